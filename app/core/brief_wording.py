"""Fact blocks the library now words with other brackets.

A fact block keeps the cited form it was picked with ("Earlier Wednesday,
[Dana] Roe ..."). When its source is found again (a date given in Source
Properties dates "Wednesday" as "[April 20, 2016]", a name found again),
the library cites the same words with other brackets; the memo should
follow, as its notes follow the new details. Only a difference in brackets
(and the spaces around them) counts: a block whose own words were changed
in the memo is left as the user wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.brief import Brief
from app.core.model import Item

_BRACKETS_AND_SPACES = re.compile(r"\[[^\]]*\]|\s+")


def _words_outside_brackets(text: str) -> str:
    return _BRACKETS_AND_SPACES.sub("", text)


def wording_now(brief: Brief, items: Mapping[str, Item]) -> dict[str, str]:
    """{block id: the library's cited form now} for each fact block whose
    library item (`brief_conflicts.matching_items`) is cited with other
    brackets than the block's text, the words outside them the same."""
    out: dict[str, str] = {}
    for block in brief.blocks():
        item = items.get(block.id)
        if block.kind != "fact" or item is None:
            continue
        now = item.cited_text
        if now != block.text and _words_outside_brackets(now) == _words_outside_brackets(
            block.text
        ):
            out[block.id] = now
    return out
