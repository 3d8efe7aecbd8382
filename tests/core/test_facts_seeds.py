"""The example memo's facts survive the fact extractor: same spans, same words."""

from __future__ import annotations

import json
import re

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


def test_the_memo_facts_are_cited_in_the_source_s_words_with_what_the_article_names_bracketed():
    # None of them opens with a pronoun. Where one says "the ordinance", the
    # card shows the name the article gave it before, in brackets; every
    # other word is the source's, in its order.
    bracketed = 0
    for block in memo_fact_blocks():
        text = (SEEDS / block["source"]["file_name"]).read_text(encoding="utf-8")
        fact = next(
            f for f in find_facts(text) if (f.start, f.end) == (block["start"], block["end"])
        )
        shown = fact.cited_text(text)
        if shown == block["original"]:
            continue
        bracketed += 1
        outside = re.split(r"\[[^\]]*\]", shown)
        at = 0
        for piece in outside:
            at = block["original"].index(piece, at) + len(piece)
        for name in re.findall(r"\[(?:the )?([^\]]*)\]", shown):
            assert name in text[: fact.start], name
    assert 0 < bracketed < len(memo_fact_blocks())
