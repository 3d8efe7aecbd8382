"""A long text whose sentences speak of "the board" or "the ferry plan"
again and again is read once for the names it gives them and for whether
it introduced them ("a ferry plan"), not again up to each fact: read up to
each fact's start, its time grew with the square of its length (a 6 MB
text imported in the window would have held the library's writer for
hours). The brackets stay as they were."""

from __future__ import annotations

import re

from app.core.extract import extract_items, fact_bodies, fact_names, fact_referents
from app.core.extract.fact_bodies import body_subject_edits

SENTENCE = (
    '"The ferry will run all winter," said Ana Ruiz of the Vesk Water Board.'
    " The board voted {n}-1 on Tuesday to keep ferry route {n}.\n\n"
)


def _calls(monkeypatch, module, name: str, calls: list) -> list:
    """`calls`, to which each call of `module.name` adds its second argument."""
    real = getattr(module, name)

    def counted(text, what, *rest):
        calls.append(what)
        return real(text, what, *rest)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_names_of_the_board_are_read_once_per_text(monkeypatch):
    scans = _calls(monkeypatch, fact_names, "_places", [])

    class CountedRe:
        """`re` as fact_bodies sees it, counting its scans of the text."""

        def __getattr__(self, name):
            return getattr(re, name)

        def finditer(self, pattern, string, *args):
            scans.append("finditer")
            return re.finditer(pattern, string, *args)

    monkeypatch.setattr(fact_bodies, "re", CountedRe())
    items = extract_items("".join(SENTENCE.format(n=n) for n in range(40)))
    facts = [i.cited for i in items if i.kind == "fact"]
    assert facts and facts[0].startswith("[The Vesk Water Board] voted 0-1")
    # Each of the 40 sentences on the board is asked about (40 scans of
    # the text before it, each, before): the text is read once.
    assert scans.count("board") == 1
    assert scans.count("finditer") == 0  # (the fallback, for a word cut at a fact's start)


def test_whether_a_phrase_was_introduced_is_read_once_per_place(monkeypatch):
    # "the ferry plan" in each of 40 facts, never "a ferry plan": each fact
    # looked at every place of it before its own (780 looks, 40 * 39 / 2).
    looks = _calls(monkeypatch, fact_referents, "_introduced", [])
    line = (
        '"The ferry will run all winter," said Ana Ruiz.'
        " The board met on Tuesday and voted {n}-2 on the ferry plan.\n\n"
    )
    items = extract_items("".join(line.format(n=n) for n in range(40)))
    assert sum(i.kind == "fact" for i in items) == 40
    assert len(looks) == len(set(looks)) == 40  # each place once


def test_a_name_running_across_the_facts_start_is_read_as_before():
    # "Vesk Water Board Chair Ana Ruiz. The board": in the whole text one
    # run of capitals reaches past the fact's start; the text before it
    # still names the Vesk Water Board.
    cases = {
        "The levy was set by the Vesk Water Board Chair Ana Ruiz. The board voted 4-1.": (
            "[The Vesk Water Board]"
        ),
        "Ana Ruiz chairs the Vesk Water Board. The board voted 4-1 on Monday.": (
            "[The Vesk Water Board]"
        ),
        "Ana Ruiz chairs the Vesk Water Board and the Quillon Board. The board voted.": None,
        "Ana Ruiz spoke. The board voted 4-1 on Monday.": "",
    }
    for text, bracket in cases.items():
        start = text.index("The board")
        edits = body_subject_edits(text, start, text[start:].split(" "), 0)
        if bracket is None:
            assert edits is None, text
        elif not bracket:
            assert edits == [], text
        else:
            assert edits == [(start, len("The board"), bracket)], text
