"""A transcript's line, opened by its speaker's label and a colon, is that
speaker's direct speech, not a fact in the writer's voice; a heading's
colon or a clock time's is no speaker's.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_transcript import spoken_line
from tests.core.facts_helpers import facts

FACT = "The Velmar council passed the budget 5-2 on May 3, 2015."
SECOND = "Dana Roe won 61 percent of the vote in Quillon on May 3, 2015."


def _lines(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_debate_transcripts_turns_are_no_facts() -> None:
    text = _lines(
        "Two guests spoke on the Quillon hour.",
        "TOVA BRASK: Why not debate?",
        f"DANA ROE: {FACT} {SECOND}",
        "BRASK: You said so in January.",
        "ROE: We did.",
    )
    assert facts(text) == []


def test_an_interviews_answers_are_no_facts() -> None:
    text = _lines(
        "Vesk Quarrow spoke with us about the guild.",
        "Q: What did you see in the spring?",
        f"A: It was a long spring. {FACT}",
        "Q: And after that?",
        f"A: We waited. {SECOND}",
    )
    assert facts(text) == []
    # Its answers alone, the questions set apart: a one-letter label is no heading.
    answers = _lines(
        "Vesk Quarrow spoke with us.",
        f"A: It was a long spring. {FACT}",
        "A: We did.",
        f"A: I left. {SECOND}",
    )
    assert facts(answers) == []


def test_a_panel_with_names_in_title_case() -> None:
    text = _lines(
        "A panel met on the Quillon hour.",
        f"Tova Brask: {FACT}",
        "Vesk Roe: Well, I see it another way.",
        "Brask: You know the record.",
    )
    assert facts(text) == []
    assert spoken_line(text, text.index("The Velmar"))


def test_a_headings_colon_is_no_speakers() -> None:
    # One heading, or the same heading word twice, is no transcript.
    text = _lines("UPDATE: " + FACT, SECOND)
    assert not spoken_line(text, text.index("The Velmar"))
    assert facts(text)[-1] == SECOND
    twice = _lines(
        f"Correction: {FACT}", "Some lines here.", f"Correction: {SECOND}", "Correction: Another."
    )
    assert not spoken_line(twice, twice.index("The Velmar"))


def test_a_clock_time_or_a_count_is_no_label() -> None:
    text = _lines("9:05 p.m.: " + FACT, "9:10 p.m.: " + SECOND, "9:20 p.m.: More news.")
    assert not spoken_line(text, text.index("The Velmar"))
    counts = _lines("Roe: 547.", "Brask: 46.", "Quarrow: 12.", FACT)
    assert facts(counts) == [FACT]


def test_a_line_without_a_label_in_a_transcript_stays_a_fact() -> None:
    text = _lines(
        FACT,
        "TOVA BRASK: Why not debate?",
        "DANA ROE: We will.",
        "BRASK: When will you?",
    )
    assert facts(text) == [FACT]


def test_run_in_headings_of_the_writers_are_no_turns() -> None:
    # Three headings or more under two labels, none in the first or second person: the writer's list.
    text = _lines(
        "How the guilds stand.",
        f"Velmar: {FACT}",
        f"Quillon: {SECOND}",
        "Brask: Tova Roe, Vesk Quarrow, Dana Brask.",
    )
    assert [line.split(": ")[-1] for line in facts(text)] == [FACT, SECOND]
