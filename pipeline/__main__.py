"""`python -m pipeline` runs the newsfacts command."""

import sys

try:
    from pipeline.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries load: one line, no traceback
    print("newsfacts: interrupted", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
