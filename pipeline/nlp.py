"""Build the newsfacts spaCy pipeline from config.cfg."""

from __future__ import annotations

import gc
import importlib.resources
import re
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, load_config, registry

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.bases import BASES, MODELS, ModelError
from pipeline.components.base import USER_KEY
from pipeline.read import mask_for_model

__all__ = ["BASES", "MODELS", "ModelError", "NewsTokenizer", "load", "load_base"]

EXTRA_PREFIXES = [r"(?:US|HK|NT|S|A|AU|C|CA|NZ|R)\$", r"(?:RMB|CNY|USD|EUR|GBP|HKD|JPY)(?=\d)"]
EXTRA_SUFFIXES = [
    r"(?<=\d)(?:bn|mn|mln|tn|trn|k|m|b)",
    r"(?<=[a-z0-9)]\.)(?:--|[-–—])[A-Z]{2,}[A-Za-z]*",  # "...of Finance.-VNA": a wire glued to a sentence
]
# spaCy's tokenizer strips affixes one character at a time, each time searching the rest of the
# chunk: a chunk of n quotes or ampersands costs O(n^2). Chunks longer than this are cut first.
MAX_CHUNK = 100
LONG_CHUNK = re.compile(rf"\S{{{MAX_CHUNK + 1},}}")


def default_config_path() -> Path:
    return Path(str(importlib.resources.files("pipeline").joinpath("config.cfg")))


class NewsTokenizer:
    """Tokenises a same-length masked copy of the text (page cruft blanked, Unicode
    spaces made plain) and keeps the exact text and photo credits on the Doc."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        masked, credits = mask_for_model(text)
        doc = self._tokenize(masked)
        data = doc.user_data.setdefault(USER_KEY, {})
        data["text"] = text
        data["masked"] = masked
        data["credits"] = [list(c) for c in credits]
        return doc

    def _tokenize(self, text: str) -> Doc:
        """The tokenizer's Doc; white-space-free runs over MAX_CHUNK characters are tokenised in
        pieces of MAX_CHUNK, so time stays linear in the length of the text."""
        if not _has_long_chunk(text):
            return self.tokenizer(text)  # type: ignore[no-any-return]
        docs: list[Doc] = []
        pos = 0
        for m in LONG_CHUNK.finditer(text):
            if m.start() > pos:
                docs.append(self.tokenizer(text[pos : m.start()]))
            for i in range(m.start(), m.end(), MAX_CHUNK):
                docs.append(self.tokenizer(text[i : min(i + MAX_CHUNK, m.end())]))
            pos = m.end()
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


def _has_long_chunk(text: str) -> bool:
    """Whether `text` holds a white-space-free run over MAX_CHUNK characters."""
    if len(text) > 100_000:
        return LONG_CHUNK.search(text) is not None
    # str.split and the pattern's \S agree on what white space is; on an article, split is faster
    return max(map(len, text.split()), default=0) > MAX_CHUNK


@registry.tokenizers("newsfacts.Tokenizer.v1")
def make_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's rule-based tokenizer with the language's defaults, plus splits for 'HK$3.2',
    'RMB800' and '5bn', so numbers and currencies are tokens of their own.

    Built once with its affixes: changing a built tokenizer's affixes re-validates its special
    cases (a tenth of a second each time), and so does loading the model's own copy of the
    defaults from disk, which `load_base` skips for this one.
    """

    def make(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=d.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(EXTRA_PREFIXES + list(d.prefixes or [])).search,
            suffix_search=compile_suffix_regex([*list(d.suffixes or []), *EXTRA_SUFFIXES]).search,
            infix_finditer=compile_infix_regex(d.infixes).finditer if d.infixes else None,
            token_match=d.token_match,
            url_match=d.url_match,
        )

    return make


NEWS_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "newsfacts.Tokenizer.v1"}}}


def load_base(model: str, exclude: list[str] | None = None, news_tokenizer: bool = False) -> Language:
    """spaCy's small English pipeline (checked by its meta) or a blank English one; with
    `news_tokenizer`, its tokenizer is newsfacts' (the model's own is the English defaults)."""
    config = NEWS_TOKENIZER if news_tokenizer else {}
    if model == "blank":
        return spacy.blank("en", config=config)
    if model not in MODELS:
        raise ModelError(f"unknown base model {model!r}; choose one of {', '.join(BASES)}")
    package, name, version = MODELS[model]
    try:
        nlp = spacy.load(
            package, exclude=[*(exclude or []), *(["tokenizer"] if news_tokenizer else [])], config=config
        )
    except OSError:
        raise ModelError(
            f"base model {model!r} is not installed (package {package.replace('_', '-')}=={version}); "
            "run the README's set-up command, or use --model blank"
        ) from None
    meta = nlp.meta
    if meta.get("name") != name or meta.get("version") != version:
        raise ModelError(
            f"package {package} has meta name={meta.get('name')!r} version={meta.get('version')!r}, "
            f"expected {name!r} {version!r}: it has been swapped or upgraded"
        )
    return nlp


def load(
    model: str | None = None,
    config: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    timings: dict[str, float] | None = None,
) -> Language:
    """The newsfacts pipeline: `model` is 'en_core_web_sm' (default) or 'blank'.

    `config` is a config.cfg of your own (default: the packaged one); `overrides`
    maps dotted config paths to values, as spaCy's CLI does. When `timings` is given, the
    seconds spent on each step of loading (the base model, the tokenizer, each component)
    are added to it. Loading ends with `gc.freeze()` (see below): a long-lived process that
    loads and drops many pipelines should call `gc.unfreeze()` after dropping one, or its
    reference cycles are never collected.
    """
    collecting = gc.isenabled()
    gc.disable()  # loading makes only long-lived objects: no collection passes over them
    try:
        return _load(model, config, overrides, timings)
    finally:
        if collecting:
            gc.enable()


def _load(
    model: str | None,
    config: str | Path | None,
    overrides: dict[str, Any] | None,
    timings: dict[str, float] | None,
) -> Language:
    clock = time.perf_counter()

    def step(what: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        if timings is not None:
            timings[what] = timings.get(what, 0.0) + now - clock
        clock = now

    cfg = load_config(Path(config) if config else default_config_path(), overrides=overrides or {})
    base = cfg.get("base", {})
    model = model or base.get("model", "en_core_web_sm")
    step("config")
    nlp = load_base(model, exclude=list(base.get("exclude", [])), news_tokenizer=True)
    step(f"base model ({model})")
    if base.get("line_break_sentences", False) and "parser" in nlp.pipe_names:
        nlp.add_pipe("newsfacts_line_breaks", before="parser")
    if base.get("fast_pos", False) and "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("newsfacts_pos", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    nlp.tokenizer = NewsTokenizer(nlp.tokenizer)
    step("tokenizer")
    components = cfg.get("components", {})
    for name in cfg["newsfacts"]["components"]:
        if name not in components:
            raise ValueError(f"config lists component {name!r} but has no [components.{name}] section")
        settings = dict(components[name])
        factory = settings.pop("factory", name)
        if model == "blank" and "use_model_ents" in settings:
            settings["use_model_ents"] = False
        nlp.add_pipe(factory, name=name, config=settings)
        step(name)
    nlp.meta["newsfacts_base"] = model
    # The model, vocabulary and rule tables live as long as the pipeline: move them out of the
    # cyclic collector's sight, so its full collections stop rescanning them while articles are
    # processed (about a fifth of the run time otherwise). They are still freed by reference
    # counting; only cycles among objects that exist now are never collected.
    gc.freeze()
    return nlp
