"""Each reader on good input: the text comes back whole and in order, with metadata."""

from __future__ import annotations

import sys

import pytest

from app.core.importer import import_file
from app.core.ingest import IngestError, read_document
from app.core.ingest.pdf import resolve_hyphens
from app.core.source_checks import missing_fields
from app.core.store import Library
from tests.conftest import DATA

sys.path.insert(0, str(DATA / "ingest"))
from samples import (  # noqa: E402
    article_paragraphs,
    make_docx,
    make_html,
    make_image_pdf,
    make_pdf,
)

CURLY = "\u201cWe are hardening our defenses,\u201d she said \u2014 it\u2019s done."


@pytest.mark.parametrize(
    "name,data",
    [
        ("utf8.txt", CURLY.encode("utf-8")),
        ("bom8.md", b"\xef\xbb\xbf" + CURLY.encode("utf-8")),
        ("utf16le.txt", CURLY.encode("utf-16")),
        ("utf16be.txt", b"\xfe\xff" + CURLY.encode("utf-16-be")),
        ("win.txt", CURLY.encode("cp1252")),
    ],
)
def test_text_encodings_keep_curly_quotes(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert read_document(path).text == CURLY


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read_not_refused_as_binary(tmp_path, encoding):
    text = "The ferry board met on Monday.\n" + CURLY + "\nVelmar Oste chaired it.\n"
    path = tmp_path / "nobom.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text
    with Library(tmp_path / "lib.sqlite") as library:
        assert import_file(library, path).ok


def test_nul_bytes_on_both_sides_stay_binary(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Half text\n".encode("utf-16-le") + b"\x00\x00\x01\x00" * 40 + b"ab\x00\x00")
    with pytest.raises(IngestError, match="binary"):
        read_document(path)


def test_text_newlines_normalised_like_python_text_mode(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"one\r\ntwo\rthree\n")
    doc = read_document(path)
    assert doc.text == open(path, encoding="utf-8").read() == "one\ntwo\nthree\n"


def test_docx_paragraphs_in_order_with_properties(tmp_path):
    paras = article_paragraphs(0)
    path = make_docx(
        tmp_path / "a.docx",
        paras,
        title="Council adopts ordinance",
        author="Jane Roe",
        year=2024,
        table_rows=[["Vote", "13-0"], ["Date", "Nov. 19"]],
    )
    doc = read_document(path)
    assert doc.text.split("\n\n") == [*paras, "Vote\t13-0", "Date\tNov. 19"]
    assert (doc.meta.title, doc.meta.author, doc.meta.date) == (
        "Council adopts ordinance",
        "Jane Roe",
        "2024-03-04",
    )


def test_docx_without_properties_leaves_metadata_empty(tmp_path):
    doc = read_document(make_docx(tmp_path / "b.docx", ["Just one paragraph of text."]))
    assert doc.text == "Just one paragraph of text."
    assert missing_fields(doc.meta, "b.docx") == ["title", "date", "outlet"]


@pytest.mark.parametrize("index", range(5))
def test_pdf_two_columns_hyphenated_comes_back_as_paragraphs(tmp_path, index):
    paras = article_paragraphs(index)
    path = make_pdf(tmp_path / "a.pdf", paras[1:], title=paras[0])
    doc = read_document(path)
    got = doc.text.split("\n\n")
    # Headline first, then the body in reading order (left column, then right).
    assert got[0] == paras[0]
    words = " ".join(paras).split()
    assert doc.text.split() == words or _close(doc.text.split(), words)
    exact = sum(p in got for p in paras)
    assert exact >= len(paras) - 2, [p for p in paras if p not in got]
    assert "\x02" not in doc.text and "\u00ad" not in doc.text
    assert doc.meta.title == paras[0]


def _close(got: list[str], want: list[str]) -> bool:
    """At most two words differ (a compound split at a line end can lose its hyphen)."""
    import difflib

    ops = difflib.SequenceMatcher(None, want, got, autojunk=False).get_opcodes()
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")
    return changed <= 2


def test_pdf_one_column_without_hyphenation(tmp_path):
    paras = article_paragraphs(2)
    doc = read_document(make_pdf(tmp_path / "b.pdf", paras, columns=1, hyphenate=False))
    assert doc.text.split("\n\n") == paras


def test_resolve_hyphens_uses_the_documents_own_words():
    paras = resolve_hyphens(
        [
            "the immi\x02gration office and a hard\x02working clerk",
            "more immigration, hard work and working hours",
        ]
    )
    assert paras[0] == "the immigration office and a hard-working clerk"


def test_pdf_without_text_layer_is_refused(tmp_path):
    with pytest.raises(IngestError, match="no text layer"):
        read_document(make_image_pdf(tmp_path / "scan.pdf"))


def test_pdf_with_password_is_refused(tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", ["Secret paragraph of text."], encrypt="pw")
    with pytest.raises(IngestError, match="encrypted PDF: it needs a password"):
        read_document(path)


def test_pdf_forbidding_text_copy_is_refused(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption("", ownerPassword="owner", canCopy=0)
    path = make_pdf(tmp_path / "nocopy.pdf", ["Paragraph of text."], encrypt=enc)
    with pytest.raises(IngestError, match="does not allow copying"):
        read_document(path)


def test_html_article_without_boilerplate_with_metadata(tmp_path):
    paras = article_paragraphs(0)
    path = make_html(
        tmp_path / "page.html",
        paras,
        title="Council adopts sanctuary ordinance",
        author="Jane Roe",
        date="2024-12-03T10:00:00Z",
        outlet="Daily News",
        url="https://example.org/la/ordinance",
    )
    doc = read_document(path)
    for para in paras:
        assert para in doc.text.split("\n\n")
    for junk in ("Subscribe now", "BUY CHEAP WIDGETS", "All rights reserved", "Sports"):
        assert junk not in doc.text
    assert doc.meta.title == "Council adopts sanctuary ordinance"
    assert doc.meta.author == "Jane Roe"
    assert doc.meta.date == "2024-12-03"
    assert doc.meta.outlet == "Daily News"
    assert doc.meta.url == "https://example.org/la/ordinance"


def test_html_fetches_nothing(tmp_path, monkeypatch):
    """The page links a stylesheet, a script and an image on 127.0.0.1:9; the
    conftest's no_network fixture fails the test on any connect, and urllib
    must not even be asked to open a URL."""
    import urllib.request

    opened = []
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: opened.append(a))
    path = make_html(tmp_path / "p.html", article_paragraphs(1), title="T", outlet="X")
    assert read_document(path).text
    assert opened == []


def test_dispatch_by_content_when_name_has_no_known_ending(tmp_path):
    paras = article_paragraphs(3)
    pdf = make_pdf(tmp_path / "x.pdf", paras, columns=1)
    renamed = pdf.rename(tmp_path / "download.bin")
    assert read_document(renamed).text.split("\n\n")[0] == paras[0]
    html = make_html(tmp_path / "y.html", paras, title="T").rename(tmp_path / "saved_page")
    assert paras[0] in read_document(html).text


def test_imported_items_index_the_stored_text(tmp_path):
    """Quote spans index the stored text exactly, for every format."""
    paras = article_paragraphs(0)
    files = [
        make_docx(tmp_path / "a.docx", paras),
        make_pdf(tmp_path / "b.pdf", paras[:8], columns=1, hyphenate=False),
        make_html(tmp_path / "c.html", paras[8:], title="Later part"),
    ]
    lib = Library(tmp_path / "lib.sqlite")
    for path in files:
        outcome = import_file(lib, path)
        assert outcome.ok, outcome.line()
        assert outcome.quotes >= 1
        source = lib.source(outcome.source_id)
        for item in lib.items_of_source(source.id):
            assert source.text[item.start : item.end] == item.text
    lib.close()
