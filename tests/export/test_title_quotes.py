"""A title that quotes someone quoting (a double-quoted phrase holding a
single-quoted one) keeps its two levels apart inside the citation's own
quotation marks: the double marks turn single and the single ones inside
them double (CMOS 13.30), "The ‘A “fare” rise’ report", never "‘A ‘fare’
rise’". Apostrophes stay. Invented titles."""

from __future__ import annotations

from app.core import cite
from app.core.brief import SourceRef

Q = "\u201c{}\u201d".format


def test_quotes_inside_quotes_alternate_in_a_quoted_title():
    ref = SourceRef(title="Roe\u2019s \u201cA \u2018fare\u2019 rise\u201d memo", file_name="a.txt")
    note = cite.plain(cite.chicago_note(ref))
    assert note.startswith(Q("Roe\u2019s \u2018A \u201cFare\u201d Rise\u2019 Memo,"))
    entry = cite.plain(cite.ap_source_entry(ref))
    assert "\u2018A \u201cfare\u201d rise\u2019" in entry


def test_straight_marks_and_apostrophes_inside_quotes():
    ref = SourceRef(title="Vesk: \"Brask\u2019s 'big' day\" at the mill", file_name="a.txt")
    note = cite.plain(cite.chicago_note(ref))
    assert note.startswith(Q("Vesk: \u2018Brask\u2019s \u201cBig\u201d Day\u2019 at the Mill,"))


def test_a_single_quote_left_open_does_not_reach_the_next_phrase():
    ref = SourceRef(
        title="\u201cRoe\u2019s \u2018plan\u201d and \u201cVesk\u2019s\u201d turn", file_name="a"
    )
    note = cite.plain(cite.chicago_note(ref))
    assert note.startswith(Q("\u2018Roe\u2019s \u201cPlan\u2019 and \u2018Vesk\u2019s\u2019 Turn,"))
