"""The newsfacts spaCy components; importing this module registers their factories."""

from pipeline.components import counts, dates, names, numbers, resolve

__all__ = ["counts", "dates", "names", "numbers", "resolve"]
