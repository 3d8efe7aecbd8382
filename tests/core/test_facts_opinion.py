"""Letters and columns give no fact (`fact_opinion`): a section label among
the first lines ("LETTERS.", "Letter from Quillon."), or the writer's own
first person in the opening paragraphs, outside quotes, in a text that is
no transcript.

Every example is an invented text with invented names.
"""

from __future__ import annotations

from app.core.extract import find_facts

BODY = (
    "Dana Roe won the Quillon council race on May 3, 2016, with 5,210 votes.\n\n"
    "The Velmar Guild gave $40,000 to the Quillon depot fund in 2015, its treasurer said on Monday.\n"
)


def cited(text: str) -> list[str]:
    return [f.cited_text(text) for f in find_facts(text)]


def test_a_news_text_gives_its_facts() -> None:
    assert len(cited("Roe wins in Quillon.\n\n" + BODY)) == 2


def test_a_section_label_makes_the_text_a_letter_or_a_column() -> None:
    for label in ("LETTERS.", "Letters to the editor", "Opinion.", "Op-Ed", "Letter From Quillon."):
        assert cited(f"Roe wins in Quillon.\n\n{label}\n\n{BODY}") == [], label
    # A label's word inside a sentence, or after the first lines, is none.
    assert len(cited("Roe wins in Quillon.\n\n" + BODY + "\nLetters.\n")) == 2


def test_the_writers_first_person_makes_the_text_a_column() -> None:
    lead = "I have covered the Quillon council for 20 years, and my notes from 2012 tell the same story.\n"
    assert cited("Roe wins in Quillon.\n\n" + lead + "\n" + BODY) == []


def test_the_first_person_in_quotes_a_saying_or_a_transcript_is_no_column() -> None:
    quoted = '"I have covered the Quillon council for 20 years, and my notes tell the story," Roe said.\n'
    assert len(cited("Roe wins in Quillon.\n\n" + quoted + "\n" + BODY)) == 2
    saying = (
        "In Quillon an old clerks' rule held that a rival of my rival is my ally, they recall.\n"
    )
    assert len(cited("Roe wins in Quillon.\n\n" + saying + "\n" + BODY)) == 2
    transcript = (
        "Roe spoke to the Velmar Ledger on May 4, 2016, after her win in the Quillon council race.\n\n"
        "Q: How did you win the Quillon race by 5,210 votes?\n\n"
        "A: I knocked on every door, and my team called 40,000 voters in Quillon in April.\n\n"
        "Q: What comes next for you?\n\n"
        "A: I will open 3 depots in 2017, as I promised the Velmar Guild in my first speech.\n"
    )
    assert cited("Roe wins in Quillon.\n\n" + transcript) != []
