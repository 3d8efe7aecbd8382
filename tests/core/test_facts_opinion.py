"""Letters and columns give no fact (`fact_opinion`): a section label among
the first lines ("LETTERS.", "Letter from Quillon."). The writer's own first
person alone does not make a text a column: its checkable lines stay.

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


def test_the_writers_first_person_alone_keeps_the_texts_facts() -> None:
    lead = "I have covered the Quillon council for 20 years, and my notes from 2012 tell the same story.\n"
    assert len(cited("Roe wins in Quillon.\n\n" + lead + "\n" + BODY)) == 2
    # Under a column's label the same text gives none.
    assert cited("Roe wins in Quillon.\n\nColumn\n\n" + lead + "\n" + BODY) == []
