"""A fact that opens with a surname alone after blank lines or an indent:
found and cited with the given name, where the extractor raised
IndexError before (the characters just before the name were all spaces).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract import extract_items, find_facts
from app.core.extract.facts import sentence_verdicts

_FACT = "Quarrow won 5,210 votes on May 3, 2016."


@pytest.mark.parametrize(
    "gap",
    ["\n\n\n\n\n", "\n\n\n\n\n\n\n", "\n\n      ", "\n\t\t\t\t\t", "\n \n \n \n"],
    ids=["five blank lines", "seven blank lines", "indent", "tabs", "spaced blank lines"],
)
def test_a_surname_alone_after_blank_lines_or_an_indent_is_cited_with_its_given_name(gap):
    text = f"Dana Quarrow spoke on Monday in Velmar.{gap}{_FACT}\n"
    at = text.index(_FACT)
    facts = [f for f in find_facts(text) if f.start == at]
    assert len(facts) == 1
    fact = facts[0]
    assert text[fact.start : fact.end] == _FACT  # the span is the source's words
    assert fact.cited_text(text) == "[Dana] " + _FACT
    # The bench's verdicts and an import read it the same way.
    assert [r for a, _b, r, _f in sentence_verdicts(text) if a == at] == [""]
    items = [i for i in extract_items(text) if i.kind == "fact" and i.start == at]
    assert [i.cited for i in items] == ["[Dana] " + _FACT]


def test_an_honorific_after_blank_lines_still_says_whom():
    # "Mrs." before the surname of a man named in full: someone else, not
    # offered; "Mr.": he, cited with his given name.
    for honorific, cited in (("Mrs.", None), ("Mr.", "Mr. [Ivo] " + _FACT)):
        text = f"Ivo Quarrow spoke on Monday in Velmar.\n\n\n\n\n{honorific} {_FACT}\n"
        at = text.index(honorific)
        assert [f.cited_text(text) for f in find_facts(text) if f.start == at] == (
            [cited] if cited else []
        )
