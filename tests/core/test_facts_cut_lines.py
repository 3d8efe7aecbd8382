"""Lines that are no statement of their own, #17 round 50: a heading of a
date and a few words on a line of its own ("Sept. 9, 2013 depot
closings.": a date's comma is no clause's comma), and the pieces of a
sentence the splitter cut at a clock time's "p.m." before its time zone
("... one at 7 p.m." + "Pacific, another ...").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import OPENING, dated, verdict


def test_a_dated_heading_on_its_own_line_is_no_fact() -> None:
    heading = "Sept. 9, 2013 depot closings."
    text = OPENING + "\n\n" + heading + "\n\nThe Velmar Guild shut 12 depots on Sept. 9, 2013.\n"
    assert verdict(text, heading) == "headline"
    assert dated(text)[-1] == "The Velmar Guild shut 12 depots on Sept. 9, 2013."
    assert heading not in dated(text)


def test_a_one_line_paragraph_with_a_date_and_a_verb_stays() -> None:
    line = "Dana Roe quit the Velmar Guild on Sept. 9, 2013."
    text = OPENING + "\n\n" + line + "\n\nShe joined the Quillon Guild.\n"
    assert verdict(text, line) == ""


def test_a_sentence_cut_before_its_time_zone_is_no_fact() -> None:
    sentence = (
        "Velmar hearings on Tuesday - one at 7 p.m. Pacific, another at 10 p.m. - air on"
        " Quillon Radio."
    )
    text = OPENING + "\n" + sentence + "\n"
    assert verdict(text, "Velmar hearings on Tuesday") == "fragment"
    assert verdict(text, "Pacific, another") == "fragment"
    assert dated(text) == [OPENING]


def test_a_clock_time_ending_a_sentence_stays() -> None:
    sentence = "The Velmar Guild voted 12-3 on Tuesday at 7 p.m."
    text = OPENING + "\n\n" + sentence + " Eastern Quillon voted next.\n"
    # (A place's name after it, not a time zone's: "Eastern Quillon".)
    assert verdict(text, sentence) in ("", "fragment")
    text = OPENING + "\n\n" + sentence + " Dana Roe left.\n"
    assert verdict(text, sentence) == ""
