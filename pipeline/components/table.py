"""One token table per Doc, built once and shared by every component.

spaCy makes a new `Token` object on every `doc[i]` and every step of `for tok in doc`, and looks
its text up in the string store on every `.text`; the rules walk the tokens many times, so that
cost dominated the blank pipeline. The table holds one plain, slotted row per token with the
attributes the rules read, from `Doc.to_array` and, for what depends on the word alone (text,
lower case, flags, shape), a store per vocabulary filled from the lexemes as words are first met.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Iterator
from itertools import chain, compress, repeat
from typing import NamedTuple

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab

ATTRS = [ORTH, IDX, SPACY]
# (text, lower_, is_space, like_num, is_alpha, is_punct, is_quote, cap, brk): what a row holds
# that depends on the word alone
Lex = tuple[str, str, bool, bool, bool, bool, bool, bool, bool]
# words kept per vocabulary before the store starts again (it only saves recomputing them)
MAX_WORDS = 200_000


def _lex(vocab: Vocab, orth: int) -> Lex:
    """A word's part of a row, from its lexeme (the flags are the lexeme's, as on a Token)."""
    lex = vocab[orth]
    text = lex.orth_
    return (
        text,
        text.lower(),
        # spaCy's IS_SPACE is str.isspace: the same as stripping to nothing
        not text.strip(),
        lex.like_num,
        lex.is_alpha,
        lex.is_punct,
        lex.is_quote,
        text[:1].isupper() and (lex.is_alpha or any(c.isalpha() for c in text)),
        "\n" in text,
    )


# per vocabulary (by its id, the vocabulary held beside it), orth -> its Lex; the vocabularies of
# the last few pipelines only (a Vocab takes no weak reference)
_WORDS: dict[int, tuple[Vocab, dict[int, Lex]]] = {}
MAX_VOCABS = 2


def _words(vocab: Vocab) -> dict[int, Lex]:
    """The word store of a vocabulary (emptied when it grows past MAX_WORDS)."""
    held = _WORDS.get(id(vocab))
    if held is None or held[0] is not vocab:
        while len(_WORDS) >= MAX_VOCABS:
            del _WORDS[next(iter(_WORDS))]
        held = _WORDS[id(vocab)] = (vocab, {})
    if len(held[1]) > MAX_WORDS:
        held[1].clear()
    return held[1]


class Tok(NamedTuple):
    """One token's attributes, named as on spaCy's `Token`, plus `end`, `cap` and `brk`."""

    i: int
    text: str
    lower_: str
    idx: int
    end: int
    whitespace_: str
    is_space: bool
    like_num: bool
    is_alpha: bool
    is_punct: bool
    is_quote: bool
    # Title-case or all-caps word ('Hohhot', 'SenseTime', 'CHINA', "Xiong'an")
    cap: bool
    # the token holds a line break (spaCy keeps line breaks in tokens, never in whitespace_)
    brk: bool


class TokenTable:
    """The rows of a Doc's tokens (`table[i]`, `len(table)`, iteration) and exact char -> token
    lookup (for a span that may cut a token, base.expand_bounds over `starts`/`ends`)."""

    __slots__ = (
        "__weakref__",
        "_end_index",
        "_start_index",
        "caps",
        "ends",
        "index",
        "lowers",
        "rows",
        "starts",
    )

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        orths, idx, space = doc.to_array(ATTRS).T.tolist() if n else ([], [], [])
        # a word's text, flags and shape are the same wherever it occurs: computed once per word
        words = _words(doc.vocab)
        get = words.get
        lexes = [get(o) for o in orths]
        if None in lexes:
            for k, orth in enumerate(orths):
                if lexes[k] is None:
                    lex = get(orth)
                    if lex is None:
                        lex = words[orth] = _lex(doc.vocab, orth)
                    lexes[k] = lex
        if n:
            texts, lowers, is_space, like_num, is_alpha, is_punct, is_quote, cap, brk = zip(
                *lexes, strict=True
            )
        else:
            texts = lowers = is_space = like_num = is_alpha = is_punct = is_quote = cap = brk = ()
        ends = [a + len(t) for a, t in zip(idx, texts, strict=True)]
        rows = list(
            map(
                tuple.__new__,  # what Tok._make calls, without its Python wrapper
                repeat(Tok),
                zip(
                    range(n),
                    texts,
                    lowers,
                    idx,
                    ends,
                    [" " if s else "" for s in space],
                    is_space,
                    like_num,
                    is_alpha,
                    is_punct,
                    is_quote,
                    cap,
                    brk,
                    strict=True,
                ),
            )
        )
        self.rows = rows
        self.lowers = lowers  # the rows' lower_ and cap, as columns
        self.caps = cap
        self.starts = idx
        self.ends = ends
        self._start_index: dict[int, int] | None = None
        self._end_index: dict[int, int] | None = None
        self.index: WordIndex | None = None  # see word_index

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> Tok:
        return self.rows[i]

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.rows)

    def starting_at(self, char: int) -> int | None:
        """The token that starts exactly at `char`, if any."""
        if self._start_index is None:
            self._start_index = {s: i for i, s in enumerate(self.starts)}
        return self._start_index.get(char)

    def ending_at(self, char: int) -> int | None:
        """The token that ends exactly at `char`, if any."""
        if self._end_index is None:
            self._end_index = {e: i for i, e in enumerate(self.ends)}
        return self._end_index.get(char)


_TABLES: weakref.WeakKeyDictionary[Doc, TokenTable] = weakref.WeakKeyDictionary()


# the Doc asked for last and its table: the components ask for the same Doc's table again and
# again, and a weak-key lookup makes a weak reference each time
_LAST: tuple[Doc, TokenTable] | None = None


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token table, built on first use (kept beside the Doc, never in its user_data,
    so it is not serialised with the Doc)."""
    global _LAST
    last = _LAST  # one read: another thread may replace it
    if last is not None and last[0] is doc and len(last[1]) == len(doc):
        return last[1]
    table = _TABLES.get(doc)
    if table is None or len(table) != len(doc):
        table = _TABLES[doc] = TokenTable(doc)
    _LAST = (doc, table)
    return table


class WordIndex:
    """Where each lower-case word of a Doc occurs, and its capitalised tokens (built once per
    Doc and shared by every component, so each pass visits its trigger tokens without walking
    every token)."""

    __slots__ = ("__weakref__", "by_lower", "caps")

    def __init__(self, table: TokenTable) -> None:
        by_lower: dict[str, list[int]] = {}
        for i, low in enumerate(table.lowers):
            if low in by_lower:
                by_lower[low].append(i)
            else:
                by_lower[low] = [i]
        self.by_lower = by_lower
        self.caps = list(compress(range(len(table)), table.caps))

    def lowers(self, words: Collection[str]) -> list[int]:
        """Ascending indexes of the tokens whose lower-case form is in `words` (do not mutate)."""
        by_lower = self.by_lower
        if len(words) <= len(by_lower):
            hits = [by_lower[w] for w in words if w in by_lower]
        else:
            hits = [at for w, at in by_lower.items() if w in words]
        if len(hits) <= 1:
            return hits[0] if hits else []
        return sorted(chain.from_iterable(hits))

    def texts(self, rows: list[Tok], words: Collection[str], lowered: Collection[str]) -> list[int]:
        """Ascending indexes of the tokens whose text is in `words` (`lowered`: their lower case)."""
        return [k for k in self.lowers(lowered) if rows[k].text in words]

    def digit_led(self) -> list[tuple[str, list[int]]]:
        """Each distinct lower-case word that starts with a decimal digit, with its indexes."""
        return [(w, at) for w, at in self.by_lower.items() if w[:1].isdecimal()]


def word_index(table: TokenTable) -> WordIndex:
    """The Doc's word index (kept on its token table), built on first use."""
    ix = table.index
    if ix is None:
        ix = table.index = WordIndex(table)
    return ix
