"""Bad input: every file gets its own one-line outcome; none crashes, hangs or
changes the library."""

from __future__ import annotations

import sqlite3
import sys
import zipfile

import pytest

from app.core.importer import import_file, import_paths
from app.core.ingest import MAX_FILE_BYTES, IngestError, read_document
from app.core.store import Library
from tests.conftest import DATA

sys.path.insert(0, str(DATA / "ingest"))
from samples import (  # noqa: E402
    article_paragraphs,
    make_docx,
    make_docx_bomb,
    make_pdf,
    rewrite_docx_part,
)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document_xml(entity_decl: str, body_ref: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<!DOCTYPE w:document [{entity_decl}]>\n"
        f"<w:document {W_NS}><w:body><w:p><w:r><w:t>Intro {body_ref} end"
        "</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def _refused(path, *words: str) -> str:
    with pytest.raises(IngestError) as info:
        read_document(path)
    reason = str(info.value)
    assert "\n" not in reason
    for word in words:
        assert word in reason, reason
    return reason


def test_empty_and_whitespace_only(tmp_path):
    for name, data in [("e.txt", b""), ("w.md", b" \n\t\r\n  "), ("e.html", b"<html> </html>")]:
        (tmp_path / name).write_bytes(data)
    _refused(tmp_path / "e.txt", "empty")
    _refused(tmp_path / "w.md", "empty")
    _refused(tmp_path / "e.html", "no visible text")


def test_binary_garbage_and_nul(tmp_path):
    import random

    rng = random.Random(7)
    (tmp_path / "g.txt").write_bytes(bytes(rng.randrange(256) for _ in range(50_000)))
    (tmp_path / "nul.txt").write_bytes(b"Some text\x00with a NUL byte")
    _refused(tmp_path / "g.txt")
    _refused(tmp_path / "nul.txt", "NUL")


def test_a_few_control_characters_are_kept_at_their_offsets(tmp_path):
    text = "He said \x07 \u201cwe are ready,\u201d the mayor said.\x1b\n" + "More text.\n" * 50
    (tmp_path / "ctl.txt").write_text(text, encoding="utf-8")
    assert read_document(tmp_path / "ctl.txt").text == text


@pytest.mark.parametrize("name", ["fake.docx", "fake.pdf"])
def test_file_named_docx_or_pdf_that_is_not_one(tmp_path, name):
    (tmp_path / name).write_text("just some plain text, really", encoding="utf-8")
    _refused(tmp_path / name, "not a")


def test_truncated_docx(tmp_path):
    full = make_docx(tmp_path / "full.docx", article_paragraphs(0)).read_bytes()
    for cut in (len(full) // 2, len(full) - 30, 100):
        (tmp_path / "cut.docx").write_bytes(full[:cut])
        _refused(tmp_path / "cut.docx", "DOCX")


def test_truncated_pdf(tmp_path):
    full = make_pdf(tmp_path / "full.pdf", article_paragraphs(0)).read_bytes()
    for cut in (len(full) // 2, 2000, 10):
        (tmp_path / "cut.pdf").write_bytes(full[:cut])
        _refused(tmp_path / "cut.pdf", "PDF")


def test_docx_external_entity_does_not_leak(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-PASSWORD", encoding="utf-8")
    xml = _document_xml(f'<!ENTITY xxe SYSTEM "file://{secret}">', "&xxe;")
    good = make_docx(tmp_path / "good.docx", ["placeholder"])
    evil = rewrite_docx_part(good, tmp_path / "xxe.docx", "word/document.xml", xml)
    reason = _refused(evil, "DOCTYPE")
    assert "TOP-SECRET" not in reason
    # Second line of defence: python-docx's own parser does not resolve it either.
    from docx.oxml.parser import parse_xml

    root = parse_xml(xml)
    assert "TOP-SECRET" not in "".join(root.itertext())


def test_docx_billion_laughs_is_refused_quickly_and_harmless(tmp_path):
    decls = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    xml = _document_xml(decls, "&lol9;")
    good = make_docx(tmp_path / "good.docx", ["placeholder"])
    evil = rewrite_docx_part(good, tmp_path / "laughs.docx", "word/document.xml", xml)
    _refused(evil, "entities")
    from docx.oxml.parser import parse_xml
    from lxml.etree import XMLSyntaxError

    try:  # libxml2 either refuses the amplification or leaves it unexpanded
        assert len("".join(parse_xml(xml).itertext())) < 1000
    except XMLSyntaxError as exc:
        assert "amplification" in str(exc)


def test_docx_zip_bomb_refused_before_unpacking(tmp_path):
    bomb = make_docx_bomb(tmp_path / "bomb.docx")  # 2 MB file, 2 GB inside
    _refused(bomb, "unpack", "MB")


def test_docx_part_lying_about_its_size_is_refused(tmp_path):
    """A part whose header declares less than it holds: zipfile stops at the
    declared size, so the mismatch surfaces as a damaged file, not a memory blow-up."""
    good = make_docx(tmp_path / "good.docx", article_paragraphs(0))
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("word/document.xml")
    small = (200).to_bytes(4, "little")
    # Patch the unpacked size in the local header and the central directory.
    local = info.header_offset
    data[local + 22 : local + 26] = small
    cd = data.rfind(b"word/document.xml") - 46
    data[cd + 24 : cd + 28] = small
    (tmp_path / "liar.docx").write_bytes(bytes(data))
    _refused(tmp_path / "liar.docx", "DOCX")


def test_file_over_the_size_limit(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_FILE_BYTES + 1)
    _refused(huge, "over the 100 MB limit")


def test_single_two_megabyte_line(tmp_path):
    line = ("The mayor spoke at length and then left the room. " * 50_000)[: 2 * 1024 * 1024]
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    lib = Library(tmp_path / "lib.sqlite")
    outcome = import_file(lib, path)
    assert outcome.ok, outcome.line()
    assert lib.source(outcome.source_id).text == line
    lib.close()


def test_single_two_megabyte_line_full_of_quotes(tmp_path):
    line = ("The mayor said \u201cwe will act\u201d and left. " * 50_000)[: 2 * 1024 * 1024]
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    assert read_document(path).text == line
    lib = Library(tmp_path / "lib.sqlite")
    outcome = import_file(lib, path)
    assert outcome.ok, outcome.line()
    lib.close()


def test_html_nested_100000_levels(tmp_path):
    page = "<html><body>" + "<div>" * 100_000 + "Deep article text here."
    page += "</div>" * 100_000 + "</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    assert read_document(tmp_path / "deep.html").text == "Deep article text here."


def test_broken_html(tmp_path):
    page = (
        "<html><head><title>Broken page</title><body><p>First para <b>bold <i>nested"
        "<p>Second para & stray < sign</div></span><p>Third \u201cquote\u201d"
    )
    (tmp_path / "broken.html").write_text(page, encoding="utf-8")
    text = read_document(tmp_path / "broken.html").text
    for words in ("First para", "Second para", "Third \u201cquote\u201d"):
        assert words in text


RTL = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001f600\U0001f1fa\U0001f1f8 \u201cok\u201d"


def test_rtl_and_emoji_round_trip_in_every_format(tmp_path):
    from samples import make_html

    paras = [f"{RTL} paragraph {i}." for i in range(3)]
    (tmp_path / "r.txt").write_text("\n\n".join(paras), encoding="utf-8")
    make_docx(tmp_path / "r.docx", paras)
    make_html(tmp_path / "r.html", paras, title="RTL")
    for name in ("r.txt", "r.docx", "r.html"):
        text = read_document(tmp_path / name).text
        for para in paras:
            assert para in text, name


def test_unbalanced_quote_marks(tmp_path):
    text = '\u201cThis quote never closes, the mayor said. And "this one neither.\n' * 20
    (tmp_path / "q.txt").write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "lib.sqlite")
    outcome = import_file(lib, tmp_path / "q.txt")
    assert outcome.ok, outcome.line()
    source = lib.source(outcome.source_id)
    for item in lib.items_of_source(source.id):
        assert source.text[item.start : item.end] == item.text
    lib.close()


def test_a_batch_of_bad_files_leaves_the_library_unchanged(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.pdf").write_text("not a pdf")
    (folder / "fake.docx").write_bytes(b"PK\x03\x04broken")
    (folder / "bomb.docx").write_bytes(make_docx_bomb(tmp_path / "b.docx").read_bytes())
    (folder / "refs.json").write_text("{not json")
    (folder / "good.txt").write_text("\n".join(article_paragraphs(4)), encoding="utf-8")
    lib_path = tmp_path / "lib.sqlite"
    lib = Library(lib_path)
    outcomes = list(import_paths(lib, [folder]))
    lib.close()
    lines = [o.line() for o in outcomes]
    assert len(lines) == 6
    assert sum(line.startswith("ok good.txt ") for line in lines) == 1
    for line in lines:
        assert "\n" not in line and "Traceback" not in line
        assert line.startswith(("ok ", "error "))
    errors = [line for line in lines if line.startswith("error")]
    assert len(errors) == 5 and all(str(folder) in line for line in errors)
    db = sqlite3.connect(lib_path)
    assert db.execute("SELECT file_name FROM sources").fetchall() == [("good.txt",)]


def test_text_neither_utf8_nor_windows_1252_names_the_byte_and_its_line(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"The ferry board met.\r\nIt voted twice.\nThe third \x81 vote failed.\n")
    reason = _refused(path)
    assert reason == "byte 0x81 on line 3 is not valid UTF-8 or Windows-1252"
    with Library(tmp_path / "lib.sqlite") as library:
        outcome = import_file(library, path)
    assert outcome.line() == f"error {path}: {reason}"


def test_text_each_encoding_refuses_on_a_byte_the_other_reads(tmp_path):
    # 0x81 inside a whole UTF-8 letter; later an 0xe9 Windows-1252 reads.
    path = tmp_path / "mixed.txt"
    path.write_bytes("\u00c1lvaro Penn\n".encode() + b"wrote the caf\xe9 menu.\n")
    assert _refused(path) == (
        "byte 0xe9 on line 2 is not valid UTF-8 and byte 0x81 on line 1 is not Windows-1252"
    )


def test_broken_text_after_a_byte_order_mark_names_the_byte_and_its_line(tmp_path):
    utf8 = tmp_path / "bom8.txt"
    utf8.write_bytes(b"\xef\xbb\xbfThe ferry board met.\r\nIt voted \xff twice.\n")
    assert _refused(utf8) == "broken UTF-8 text: byte 0xff on line 2 cannot be read"
    utf16 = tmp_path / "bom16.txt"
    text = "The ferry board met.\nIt voted twice.\nThe pier reopened.\n"
    utf16.write_bytes(text.encode("utf-16")[:-1])  # its last line break cut in half
    assert _refused(utf16) == "broken UTF-16 text: byte 0x0a on line 3 cannot be read"


def test_a_file_of_no_kind_it_reads_is_refused_by_its_kind(tmp_path):
    """A photo or a spreadsheet picked by mistake is refused saying its kind
    and what is read, not only that its bytes are not text; a file of an
    unknown ending that is text is still read as text."""
    (tmp_path / "harbour.jpg").write_bytes(
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8
    )
    reason = _refused(tmp_path / "harbour.jpg", "a .jpg file", "Word (.docx)", "PDF")
    assert "binary" not in reason
    (tmp_path / "levy").write_bytes(bytes(range(256)) * 8)
    _refused(tmp_path / "levy", "no name ending")
    (tmp_path / "minutes.log").write_text("The ferry board met on Monday.\n", encoding="utf-8")
    assert read_document(tmp_path / "minutes.log").text.startswith("The ferry board")
    # A file named as text keeps the reason about its bytes.
    (tmp_path / "g.txt").write_bytes(bytes(range(256)) * 8)
    _refused(tmp_path / "g.txt", "binary")
