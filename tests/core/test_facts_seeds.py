"""The example memo's facts survive the fact extractor: same spans, same words."""

from __future__ import annotations

import json

from app.core.extract import extract_items, find_facts
from tests.conftest import ROOT, SEEDS

MEMO = ROOT / "briefs" / "la-sanctuary-ordinance.brief.json"


def memo_fact_blocks() -> list[dict]:
    brief = json.loads(MEMO.read_text(encoding="utf-8"))
    return [
        block
        for section in brief["sections"]
        for block in section.get("blocks", [])
        if block.get("kind") == "fact"
    ]


def test_every_fact_the_example_memo_cites_is_still_extracted_with_its_span():
    blocks = memo_fact_blocks()
    assert len(blocks) >= 8
    for block in blocks:
        text = (SEEDS / block["source"]["file_name"]).read_text(encoding="utf-8")
        span = (block["start"], block["end"])
        assert text[span[0] : span[1]] == block["original"]
        assert span in {(f.start, f.end) for f in find_facts(text)}, block["original"]
        items = {(i.start, i.end) for i in extract_items(text) if i.kind == "fact"}
        assert span in items, block["original"]


def test_the_memo_facts_are_cited_as_they_stand_or_with_the_records_name():
    # None of them opens with a pronoun. The record one speaks of ("the
    # proposed ordinance") is the one the article's first line names ('a
    # "sanctuary city" ordinance'): the card shows that name in brackets, the
    # span still the source's words (#17: "which ordinance?"). "The state"
    # that declared itself a sanctuary state is the one state the article
    # named before it (the sentence before: "California's statewide
    # protections"): the card names it ("which state?"). The surname after
    # "During" gets the one given name the article gives it ("which Trump?",
    # `fact_surnames`). The others are cited as their words.
    named = {
        "the proposed ordinance": '[the "sanctuary city" ordinance]',
        "In 2017, the state declared": "In 2017, [California] declared",
        "During Trump\u2019s": "During [Donald] Trump\u2019s",
    }
    for block in memo_fact_blocks():
        text = (SEEDS / block["source"]["file_name"]).read_text(encoding="utf-8")
        fact = next(
            f for f in find_facts(text) if (f.start, f.end) == (block["start"], block["end"])
        )
        expected = block["original"]
        for words, bracket in named.items():
            expected = expected.replace(words, bracket)
        assert fact.cited_text(text) == expected
    originals = [block["original"] for block in memo_fact_blocks()]
    assert all(any(words in o for o in originals) for words in named)
