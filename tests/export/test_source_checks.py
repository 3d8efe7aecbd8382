"""One rule for what a source lacks: the library's marks and export preflight
agree; a CSL-JSON file that describes no source of the library says so."""

from __future__ import annotations

import json

import pytest

from app.core.brief import Block, Brief, Section, SourceRef
from app.core.export import preflight
from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.source_checks import field_names, missing_fields
from app.core.store import Library
from app.ui.source_notes import missing_note
from tests.export.memos import filled_header, ref


def _brief(*sources: SourceRef) -> Brief:
    blocks = [
        Block("fact", f"Fact {i}.", original=f"Fact {i}.", source=s) for i, s in enumerate(sources)
    ]
    return Brief(filled_header("Checks"), [Section("S", blocks)])


@pytest.mark.parametrize(
    ("empty", "said"),
    [
        ({"outlet": ""}, "has no outlet: its citations will name no outlet."),
        ({"url": ""}, "has no URL: its citations will give no link to the article."),
        (
            {"outlet": "", "url": " "},
            "has no outlet or URL: its citations will name no outlet and give no link",
        ),
        (
            {"date": "", "outlet": "", "url": ""},
            "has no date, outlet or URL: its citations will show \u201cn.d.\u201d for its date,",
        ),
    ],
)
def test_preflight_flags_a_missing_outlet_or_url(empty, said):
    source = ref(1, file_name="src1.html", **empty)  # a page saved from the web
    warnings = preflight(_brief(source))
    assert [w.kind for w in warnings] == ["source_incomplete"]
    assert said in warnings[0].message
    # The library marks the same fields, through the same rule.
    missing = missing_fields(source.meta, source.file_name)
    assert missing_note(source.meta, source.file_name) == (
        f"missing: {', '.join(field_names(missing))}"
    )
    assert all(("URL" if f == "url" else f) in warnings[0].message for f in missing)


def test_a_complete_source_has_no_warning_and_no_mark():
    assert preflight(_brief(ref(1))) == [] and missing_note(ref(1).meta, "src1.txt") == ""


@pytest.mark.parametrize(
    ("file_name", "accessed", "needs_url"),
    [
        ("notes.txt", "", False),
        ("report.docx", "", False),
        ("scan.pdf", "", False),
        ("(pasted)", "", False),
        ("page.html", "", True),
        ("page.HTM", "", True),
        ("notes.txt", "2026-11-30", True),  # read online: its link is how to find it again
    ],
)
def test_a_url_is_missing_only_where_the_citation_needs_one(file_name, accessed, needs_url):
    source = ref(1, file_name=file_name, url="", outlet="", accessed=accessed)
    warnings = preflight(_brief(source))
    assert [w.kind for w in warnings] == ["source_incomplete"]
    assert ("URL" in warnings[0].message) is needs_url
    assert ("no link" in warnings[0].message) is needs_url
    expected = ["outlet", "url"] if needs_url else ["outlet"]
    assert missing_fields(source.meta, file_name) == expected
    assert ("URL" in missing_note(source.meta, file_name)) is needs_url


def test_a_local_file_with_every_other_detail_has_no_warning():
    source = ref(1, file_name="notes.txt", url="")
    assert preflight(_brief(source)) == [] and missing_note(source.meta, "notes.txt") == ""


def test_ap_exports_never_promise_n_d():
    undated = ref(1, date="")
    chicago, apa, ap = (
        preflight(_brief(undated), style=s)[0].message for s in ("chicago", "apa", "ap")
    )
    assert "n.d." in chicago and "n.d." in apa
    assert "n.d." not in ap and "carry no date" in ap


@pytest.mark.parametrize("file_name", ["f.txt", "f.html"])
def test_library_and_preflight_agree_on_every_combination_of_fields(file_name):
    fields = ("title", "date", "outlet", "url")
    for mask in range(16):
        # A field filled holds "x", a date "2024": "x" is no date (warned about apart).
        values = {
            f: "" if mask >> i & 1 else "2024" if f == "date" else "x" for i, f in enumerate(fields)
        }
        meta = SourceMeta(**values)
        source = SourceRef(source_id=1, file_name=file_name, **values)
        warnings = preflight(_brief(source))
        marked = missing_fields(meta, file_name)
        needed = fields if file_name.endswith(".html") else fields[:-1]
        assert [f for f in needed if not values[f]] == marked
        assert bool(warnings) == bool(marked), values


def _library_with_one_source(tmp_path) -> Library:
    library = Library(tmp_path / "lib.sqlite")
    text = tmp_path / "council.txt"
    text.write_text(
        'The council voted on Tuesday. "We acted," said Jane Roe, the chair.\n', encoding="utf-8"
    )
    outcome = import_file(library, text)
    assert outcome.ok, outcome.reason
    library.update_source_meta(outcome.source_id, SourceMeta(title="Council votes"))
    return library


def test_csl_import_that_matches_no_source_says_so(tmp_path):
    library = _library_with_one_source(tmp_path)
    refs = tmp_path / "zotero.json"
    refs.write_text(
        json.dumps(
            [
                {
                    "type": "article-newspaper",
                    "title": "Something else",
                    "URL": "https://a.example/1",
                },
                {"type": "article-newspaper", "title": "Another story"},
            ]
        ),
        encoding="utf-8",
    )
    outcome = import_file(library, refs)
    assert not outcome.ok
    assert outcome.line().startswith(f"error {refs}: matches no source in the library")
    assert "none of its 2 entries" in outcome.reason
    assert library.source(library.sources()[0][0]).meta == SourceMeta(title="Council votes")
    library.close()


def test_csl_import_that_matches_says_how_many_did_not(tmp_path):
    library = _library_with_one_source(tmp_path)
    refs = tmp_path / "zotero.json"
    refs.write_text(
        json.dumps(
            [
                {"type": "article-newspaper", "title": "Council votes", "container-title": "Daily"},
                {"type": "article-newspaper", "title": "Another story"},
            ]
        ),
        encoding="utf-8",
    )
    outcome = import_file(library, refs)
    assert outcome.ok
    assert outcome.note == (
        "metadata: 1 source filled, 1 of 2 entries matched; 1 matches no source"
    )
    assert library.source(library.sources()[0][0]).meta.outlet == "Daily"
    library.close()
