"""newsfacts: structured facts from news articles, built on spaCy.

import pipeline
nlp = pipeline.load()                 # or pipeline.load(model="blank")
doc = nlp(text)
doc._.newsfacts                       # list of pipeline.records.Entity
record = pipeline.extract("seeds/000_33ccc7143ea87853.txt")
"""

from __future__ import annotations

from pipeline.batch import extract
from pipeline.nlp import load
from pipeline.records import ArticleRecord, Entity

__version__ = "0.1.0"
__all__ = ["ArticleRecord", "Entity", "__version__", "extract", "load"]
