"""Noun phrases a capitalized modifier describes without naming: a
bracket the article's "a <description>" would give ("a Quillon talk
station" -> "[the Quillon talk station]") leaves the fact unoffered, and
so does an epithet for a person outside the subject ("the Velmaria
senator") that the sentence ties to no name, and a record a body or a
person describes ("the Senate bill", "the Roe proposal").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract import find_facts
from app.core.extract.fact_modified import body_record, described_bracket, epithet_object


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited."""
    return [f.cited_text(text) for f in find_facts(text)]


STATION = (
    "Vesk anchor quits.\n\n"
    "The host of Velmar Radio, a Quillon talk station, was fired in May after a row.\n\n"
)


def test_a_bracket_from_an_indefinite_description_is_not_offered() -> None:
    text = (
        STATION + "Dana Roe has run the station's news desk since 1998, drawing 40,000 listeners.\n"
    )
    assert not any("news desk" in c for c in cited(text))


def test_a_bracket_from_a_definite_mention_stays() -> None:
    text = (
        "Vesk anchor quits.\n\n"
        "The host of the Quillon talk station was fired in May after a row.\n\n"
        "Dana Roe has run the station's news desk since 1998, drawing 40,000 listeners.\n"
    )
    assert (
        described_bracket(text, text.index("Dana"), [(0, 3, "[the Quillon talk station]")]) is False
    )


def test_a_title_after_the_phrase_says_which() -> None:
    text = (
        "Quillon mayor sued.\n\n"
        "The Brask Gazette reprinted a harsh Velmar Post editorial about the mayor.\n\n"
        # (Not "were angry at": a feeling the writer ascribes, `fact_manner`.)
        "Roe's aides objected to the editorial, entitled \u201cRoe Is No Reformer,\u201d "
        "when it posted on May 3.\n"
    )
    assert any("[the Velmar Post editorial], entitled" in c for c in cited(text))


def test_names_and_plain_brackets_are_not_read() -> None:
    text = STATION + "Dana Roe ran it.\n"
    at = text.index("Dana")
    assert described_bracket(text, at, [(0, 3, "[Velmar Radio]"), (5, 3, "[Dana Roe]")]) is False
    assert described_bracket(text, at, [(0, 3, "[the Quillon talk station]")]) is True


SENATOR = "Senator Dana Roe of Velmaria ran for president in 2016.\n\n"


def test_an_epithet_object_tied_to_no_name_is_not_offered() -> None:
    text = SENATOR + "A new Vesk poll shows Tova Brask trailing the Velmaria senator by 9 points.\n"
    assert not any("trailing" in c for c in cited(text))
    at = text.index("A new")
    assert epithet_object(text, at, len(text) - 1, text[at:-1].split(), 0)


def test_an_epithet_the_article_ties_to_a_name_in_the_sentence_stays() -> None:
    text = (
        SENATOR + "Dana Roe won the Quillon primary on Tuesday, with Vesk TV calling the race "
        "for the Velmaria senator within an hour.\n"
    )
    assert any("calling the race for the Velmaria senator" in c for c in cited(text))


def test_appositives_predicates_names_after_and_clause_subjects_say_whom() -> None:
    for line in (
        "Vesk TV called the race for Roe, the Velmaria senator, on Tuesday.",
        "Tova Brask hopes to be named the Velmaria nominee in July.",
        "Vesk TV interviewed the Velmaria senator Dana Roe on Tuesday.",
        "Police charged Tova Brask after a clip showed the Quillon resident hit a guard.",
    ):
        text = "Quillon news.\n\n" + line + "\n"
        at = text.index(line)
        assert not epithet_object(text, at, at + len(line), line.split(), 0), line


RENTS = (
    "Quillon rents rise.\n\n"
    "The Quillon Senate passed a rent cap in April, and Dana Roe proposed a freeze in March.\n\n"
)


def test_a_record_a_body_or_a_person_describes_is_not_offered() -> None:
    for line in (
        "Governor Tova Brask vetoed the Senate bill on May 3.",
        "Governor Tova Brask signed the House version on May 3.",
        "Tova Brask rejected the original Roe proposal on May 3.",
    ):
        text = RENTS + line + "\n"
        assert not any("May 3" in c for c in cited(text)), line


def test_a_complement_says_which_record() -> None:
    line = "Governor Tova Brask vetoed the Senate bill on rent caps on May 3."
    text = RENTS + line + "\n"
    at = text.index(line)
    assert not body_record(text, at, line.split(), [])


def test_a_record_the_story_is_about_or_a_name_stays() -> None:
    text = "Quillon Senate bill vetoed.\n\n" + RENTS.split("\n\n", 1)[1]
    line = "Governor Tova Brask vetoed the Senate bill on May 3."
    text += line + "\n"
    assert not body_record(text, text.index(line), line.split(), [])
    line = "Governor Tova Brask signed the Velmar Plan on May 3."
    assert not body_record(RENTS + line, len(RENTS), line.split(), [])


def test_a_bracket_of_a_body_s_record_is_not_offered() -> None:
    line = "Dana Roe voted for it on May 3."
    text = RENTS + line + "\n"
    assert body_record(text, len(RENTS), line.split(), [(0, 3, "[the Senate bill]")])
    assert not body_record(text, len(RENTS), line.split(), [(0, 3, "[the Senate race]")])
