"""newsfacts: structured facts from news articles, built on spaCy.

import pipeline
nlp = pipeline.load()                 # or pipeline.load(model="blank")
doc = nlp(text)
doc._.newsfacts                       # list of pipeline.records.Entity
record = pipeline.extract("seeds/000_33ccc7143ea87853.txt")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.batch import extract
    from pipeline.nlp import load
    from pipeline.records import ArticleRecord, Entity

__version__ = "0.1.0"
__all__ = ["ArticleRecord", "Entity", "__version__", "extract", "load"]

# Loaded on first use, so that `python -m pipeline` and its helper processes start without
# importing spaCy first (an interrupt during that import would otherwise end in a traceback).
_LAZY = {"extract": "pipeline.batch", "load": "pipeline.nlp", "ArticleRecord": "pipeline.records",
         "Entity": "pipeline.records"}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
