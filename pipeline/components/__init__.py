"""The newsfacts spaCy components; importing this module registers their factories."""

from pipeline.components import counts, dates, link, names, numbers, resolve

__all__ = ["counts", "dates", "link", "names", "numbers", "resolve"]
