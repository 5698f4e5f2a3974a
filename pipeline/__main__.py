"""`python -m pipeline` runs the newsfacts command."""

import sys

from pipeline.cli import main

sys.exit(main())
