"""Regular expressions compiled on first use: a module's patterns cost start-up time (compiling
them is Python code), and many are needed only by some commands or some articles."""

from __future__ import annotations

import re
import sys
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
    """Stands in for `re.compile(pattern, flags)` until one of its attributes is first read;
    then the module that made it holds the compiled pattern itself under the same name."""

    def __init__(self, pattern: str, flags: int, home: dict[str, Any]) -> None:
        self._source = (pattern, flags)
        self._home = home  # the globals of the module that made it

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet
        if name.startswith("_"):  # (a pattern has no such attribute: probes do not compile it)
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:  # for whoever kept this stand-in (a table, another module)
            setattr(self, attribute, getattr(compiled, attribute))
        # the module's own name for it: from now on the compiled pattern (a call on a stand-in's
        # attribute is a little slower than on the pattern, and patterns run per token)
        for key, value in list(self._home.items()):
            if value is self:
                self._home[key] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used (searched, matched…).

    For patterns only read through their methods and attributes: `re.sub(p, …)` and friends
    need the compiled pattern itself."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags, sys._getframe(1).f_globals))
