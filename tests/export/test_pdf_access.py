"""An accessible PDF: language, title shown, XMP, every font embedded, every
character printable, a structure tree in reading order (checked against the
machine-checkable PDF/UA failure conditions in tests/export/pdfua.py)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pikepdf
import pytest

from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from app.core.export.scripts import missing_glyphs, register_fonts
from tests.export import pdfua
from tests.export.memos import hostile_brief, library_brief, numbered_brief, ref
from tests.export.readback import notdef_chars

EMOJI = "\U0001f600 \U0001f44d \U0001f525 \u2764\ufe0f \u2705 \U0001f1fa\U0001f1f8"
OUTLET_AR = "\u0627\u0644\u062c\u0631\u064a\u062f\u0629"  # الجريدة, italic in Chicago notes
CJK = "\u5317\u4eac"


def _pdffonts(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


@pytest.fixture(scope="module")
def memo_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("access")
    out = folder / "memo.pdf"
    export_brief(library_brief(folder), out, ExportOptions(style="chicago"))
    return out


def test_language_title_shown_and_xmp_metadata(memo_pdf):
    with pikepdf.open(memo_pdf) as pdf:
        assert str(pdf.Root.Lang) == "en-US"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert pdf.Root.MarkInfo.Marked is True
        meta = pdf.open_metadata()
        title = pdf.docinfo.Title
        assert str(meta["dc:title"]) == str(title) and "sanctuary city" in str(title)
        assert list(meta["dc:creator"]) == ["Policy staff"]
        assert str(meta["pdfuaid:part"]) == "1"
        assert str(meta["xmp:CreatorTool"]).startswith("Briefing Builder")
        assert str(meta["xmp:CreateDate"])[:4] == str(pdf.docinfo.CreationDate)[2:6]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) missing")
def test_every_font_is_embedded_and_none_is_helvetica(memo_pdf):
    fonts = _pdffonts(memo_pdf)
    assert fonts
    for row in fonts:
        assert row[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, ToUnicode
        assert "Helvetica" not in row[0]


def _scripts_brief() -> Brief:
    source = ref(1, outlet=OUTLET_AR, title=f"Story {EMOJI}")
    text = f"Emoji {EMOJI} and {CJK} in a sentence."
    return Brief(
        Header(subject=f"Symbols {EMOJI}"),
        [Section(f"Heading {EMOJI}", [Block("fact", text, original=text, source=source)])],
    )


def test_emoji_and_italic_arabic_print_from_bundled_fonts(tmp_path):
    register_fonts()
    brief = _scripts_brief()
    all_text = " ".join([EMOJI, OUTLET_AR, CJK])
    assert missing_glyphs(all_text) == set()
    out = tmp_path / "symbols.pdf"
    export_brief(brief, out)
    # No character is drawn as a font's missing-glyph box...
    assert notdef_chars(out) == set()
    names = [row[0].split("+")[-1] for row in _pdffonts(out)]
    # ...because emoji come from the Symbola subset and the italic outlet
    # name from upright DejaVu: the oblique faces have no Arabic (and the
    # only italic text here is that name).
    assert "Symbola" in names and "DejaVuSans-Oblique" not in names
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for emoji in ("\U0001f600", "\U0001f44d", "\U0001f525", "\u2764", "\u2705"):
        assert emoji in text, emoji
    assert OUTLET_AR in text


def test_the_hostile_memo_draws_no_missing_glyph_either(tmp_path):
    out = tmp_path / "hostile.pdf"
    export_brief(hostile_brief(), out)
    assert notdef_chars(out) == set()
    assert pdfua.problems(out) == []


@pytest.mark.parametrize(
    ("style", "notes"),
    [("chicago", "footnotes"), ("chicago", "endnotes"), ("apa", "footnotes"), ("ap", "footnotes")],
)
def test_tagged_pdf_passes_the_machine_checks(tmp_path, style, notes):
    out = tmp_path / "memo.pdf"
    export_brief(library_brief(tmp_path), out, ExportOptions(style=style, notes=notes))
    assert pdfua.problems(out) == []


def test_a_plain_reportlab_pdf_fails_the_checks(tmp_path):
    # The checks can fail: a PDF without tagging, language or metadata does.
    from reportlab.pdfgen import canvas

    out = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(out))
    c.drawString(72, 720, "Untagged text")
    c.save()
    found = pdfua.problems(out)
    assert any("MarkInfo" in p for p in found) and "no structure tree" in found
    assert any("not embedded" in p for p in found) or any("Lang" in p for p in found)


def _struct_text(path) -> str:
    return subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) missing")
def test_structure_follows_the_reading_order_with_notes_after_their_paragraph(tmp_path):
    brief = numbered_brief(6, sources=2)
    out = tmp_path / "memo.pdf"
    export_brief(brief, out)
    tree = _struct_text(out)
    kinds = re.findall(r"^  (\w+)", tree, flags=re.M)
    assert kinds[:6] == ["H1", "P", "P", "P", "P", "H2"]
    assert kinds.count("Note") == 6 and kinds.count("H2") == 4 and kinds[-1] == "L"
    # Each note follows the paragraph that cites it, and carries its id.
    for i in range(6):
        para = tree.index(f"end{i}.{i + 1}")
        note = tree.index(f"Note <note{i + 1}>")
        assert para < note
        if i < 5:
            assert note < tree.index(f"Fact number {i + 1}")
    # Running headers and page numbers are artifacts, not content.
    assert "Page 1 of" not in tree
    # Links are in the tree, inside the note that holds them.
    assert tree.count("Link") >= 2


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) missing")
def test_right_to_left_elements_say_their_language(tmp_path):
    arabic = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645."
    out = tmp_path / "memo.pdf"
    brief = Brief(Header(subject="Lang"), [Section("S", [Block("prose", arabic)])])
    export_brief(brief, out)
    with pikepdf.open(out) as pdf:
        langs = []

        def walk(node):
            kids = node.get("/K")
            kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    langs.append((str(kid.S), str(kid.get("/Lang", ""))))
                    walk(kid)

        walk(pdf.Root.StructTreeRoot)
    assert ("/P", "ar") in langs and ("/H2", "") in langs
