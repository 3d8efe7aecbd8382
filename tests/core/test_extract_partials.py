"""Partial quotes and quotes inside quotes: what is kept as someone's words
and with which bounds (invented sentences)."""

from __future__ import annotations

from app.core.extract import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(text)]


def test_a_quote_inside_a_quote_is_part_of_the_outer_one_and_its_speaker() -> None:
    text = "\u201cThe sign on the mill read \u201cshut\u201d all winter,\u201d said Tobin Vesk."
    assert _quotes(text) == [
        ("The sign on the mill read \u201cshut\u201d all winter,", "Tobin Vesk")
    ]
    text = '"Roe told me "never" twice," Vesk said.'
    assert _quotes(text) == [('Roe told me "never" twice,', "Vesk")]
    text = "Ivo Brask wrote, \u201cWhen \u201cyour side\u201d errs, say so.\u201d"
    assert _quotes(text) == [("When \u201cyour side\u201d errs, say so.", "Ivo Brask")]
    text = "Mara Quill said the levy \u201cdoes nothing for the \u201cnew\u201d farms\u201d in the valley."
    assert _quotes(text) == [("does nothing for the \u201cnew\u201d farms", "Mara Quill")]
