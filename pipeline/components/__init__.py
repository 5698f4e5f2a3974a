"""The newsfacts spaCy components; importing this module registers their factories."""

from pipeline.components import attribution, counts, dates, link, names, numbers, pos, resolve

__all__ = ["attribution", "counts", "dates", "link", "names", "numbers", "pos", "resolve"]
