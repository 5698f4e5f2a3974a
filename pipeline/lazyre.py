"""Regular expressions compiled on first use: a module's patterns cost start-up time (compiling
them is Python code), and many are needed only by some commands or some articles."""

from __future__ import annotations

import re
from typing import Any, cast

# what a caller may read of a pattern: each becomes a plain attribute of the stand-in once
# compiled, so that a call after the first costs what it costs on the compiled pattern
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    """Stands in for `re.compile(pattern, flags)` until one of its attributes is first read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used (searched, matched…).

    For patterns only read through their methods and attributes: `re.sub(p, …)` and friends
    need the compiled pattern itself."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
