"""A short aside in parentheses right after a name: a party's or a state's
initials ("Sen. Ana Ruiz (D-Ohio), ..."), which a name in apposition ends before."""

from __future__ import annotations

import re

_ASIDE_AFTER = re.compile(r"[ \t]*\([^()\n]{1,24}\)")


def aside_end(text: str, pos: int) -> int:
    """Where a short aside in parentheses right after `pos` ends, else `pos`."""
    m = _ASIDE_AFTER.match(text, pos)
    return m.end() if m is not None else pos


def before_aside(toks, lo: int, hi: int) -> int:
    """Where such an aside closing the tokens `toks[lo:hi]` opens, else
    `hi`: a name in apposition ends before it ("Sen. Ana Ruiz (D-Ohio),")."""
    if hi - lo < 3 or toks[hi - 1][0] != ")":
        return hi
    opening = next((k for k in range(hi - 2, max(lo, hi - 5) - 1, -1) if toks[k][0] == "("), None)
    return opening if opening is not None and opening > lo else hi
