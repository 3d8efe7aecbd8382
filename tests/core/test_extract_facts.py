"""Facts and sentence splitting: exact spans, abbreviations, boilerplate."""

from __future__ import annotations

from app.core.extract import extract_items, find_facts
from app.core.extract.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def facts(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_facts(text)]


def test_abbreviations_do_not_end_sentences():
    text = (
        "Council members voted 13-0 Nov. 19 in favor. Former California Gov. Jerry Brown "
        "signed it. It lets police call U.S. Immigration and Customs Enforcement. The "
        "meeting starts at 10 a.m. Tuesday in Room 340. Former House Speaker John A. Boehner "
        "spoke. It ended at 5 p.m. The crowd left."
    )
    assert sentences(text) == [
        "Council members voted 13-0 Nov. 19 in favor.",
        "Former California Gov. Jerry Brown signed it.",
        "It lets police call U.S. Immigration and Customs Enforcement.",
        "The meeting starts at 10 a.m. Tuesday in Room 340.",
        "Former House Speaker John A. Boehner spoke.",
        "It ended at 5 p.m.",
        "The crowd left.",
    ]


def test_paragraphs_always_end_sentences_and_spans_are_exact():
    text = "  First line without a stop\nSecond one.  Third one!\n"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "First line without a stop",
        "Second one.",
        "Third one!",
    ]


def test_checkable_sentences_are_facts_boilerplate_is_not():
    text = (
        "The Velmar sanctuary ordinance was passed unanimously with a 13-0 vote on Nov. 19.\n"
        "Mayor Karla Brandvik signed the Velmar sanctuary ordinance into law on Nov. 20.\n"
        "Mayor Karla Brandvik signed it into law.\n"  # signed what? the sentence before says
        "The Quillon transition team did not respond by publication time to a request for comment.\n"
        "The Harbor Wire and reporter Jory Pellam contributed to this report.\n"
        "By Jane Doe\n"
        "What happens next is unclear to many.\n"
    )
    assert facts(text) == [
        "The Velmar sanctuary ordinance was passed unanimously with a 13-0 vote on Nov. 19.",
        "Mayor Karla Brandvik signed the Velmar sanctuary ordinance into law on Nov. 20.",
    ]


def test_sentences_holding_quotes_are_not_facts():
    text = (
        '"We are hardening our defenses," Councilman Bram Velloway said on Nov. 19. '
        "The council voted 13-0 on the Velmar measure on Nov. 19."
    )
    assert facts(text) == ["The council voted 13-0 on the Velmar measure on Nov. 19."]


def test_fact_spans_are_sentences_of_the_seed_text():
    with open("resources/sources/001_e8b384dd1070e07e.txt", encoding="utf-8") as f:
        text = f.read()
    found = find_facts(text)
    assert len(found) >= 6
    for fact in found:
        sentence = text[fact.start : fact.end]
        assert sentence == sentence.strip() and sentence[-1] in '.!?\u201d"'
        assert "contributed to this report" not in sentence


def test_extract_items_returns_quotes_and_facts_in_text_order():
    text = (
        "The council voted 9-4 on Monday.\n"
        '"Tonight we said enough," said Councilwoman Amanda Sandoval.\n'
    )
    items = extract_items(text)
    assert [(i.kind, text[i.start : i.end]) for i in items] == [
        ("fact", "The council voted 9-4 on Monday."),
        ("quote", "Tonight we said enough,"),
    ]
    assert (items[1].speaker, items[1].speaker_role) == ("Amanda Sandoval", "Councilwoman")
