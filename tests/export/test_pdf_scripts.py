"""PDF export of names in other scripts: CJK in the bundled fallback font,
Arabic and Hebrew drawn in visual order and shaped, inside English
sentences, and read back from the text layer as the letters typed."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from app.core.export.scripts import visual_order
from tests.export.memos import ref
from tests.export.readback import bbox_words, libreoffice_pdf, needs_libreoffice, seen_lines

CHINESE = "\u4e60\u8fd1\u5e73"  # 习近平
JAPANESE = "\u5cb8\u7530\u6587\u96c4"  # 岸田文雄
KANA = "\u3072\u3089\u304c\u306a"  # ひらがな
KOREAN = "\uc724\uc11d\uc5f4"  # 윤석열
ARABIC = "\u0645\u062d\u0645\u062f \u0628\u0646 \u0633\u0644\u0645\u0627\u0646"  # محمد بن سلمان
HEBREW = (
    "\u05d1\u05e0\u05d9\u05de\u05d9\u05df \u05e0\u05ea\u05e0\u05d9\u05d4\u05d5"  # בנימין נתניהו
)

GREETING = (
    "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"  # مرحبا بالعالم
)

# The Arabic name as it must be drawn, left to right on the page: سلمان بن محمد
# reversed, each letter in its contextual presentation form.
ARABIC_VISUAL = "\ufee5\ufe8e\ufee4\ufee0\ufeb3\u00a0\ufee6\ufe91\u00a0\ufeaa\ufee4\ufea4\ufee3"
# Hebrew has no contextual forms: the letters reversed, final nun first.
HEBREW_VISUAL = "\u05d5\u05d4\u05d9\u05e0\u05ea\u05e0\u00a0\u05df\u05d9\u05de\u05d9\u05e0\u05d1"
# What the text layer holds, word by word in drawing order (pdftotext -bbox):
# the plain letters (no contextual forms), left to right as drawn.
ARABIC_SEEN = ARABIC[::-1]
HEBREW_SEEN = HEBREW[::-1]


def scripts_brief() -> Brief:
    source = ref(
        1,
        title=f"Interview with {ARABIC} and {CHINESE}",
        author=f"{KOREAN} and {HEBREW}",
        outlet=f"{JAPANESE} Shimbun",
    )
    other = ref(2, title=f"{HEBREW} speaks", author=ARABIC, outlet="Haaretz")
    quote = f"We met {CHINESE} and {ARABIC} in Riyadh, then {HEBREW} in Jerusalem."
    return Brief(
        Header("Council", f"Staff ({KOREAN})", "2024-12-03", f"Visits: {CHINESE}, {ARABIC}"),
        [
            Section(
                "Names",
                [
                    Block("prose", f"English text with {JAPANESE} ({KANA}) and {KOREAN} inside."),
                    Block("quote", quote, original=quote, speaker=HEBREW, source=source),
                    Block("fact", f"{ARABIC} met {HEBREW} on Tuesday.", source=other),
                    Block("prose", GREETING),
                ],
            ),
        ],
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("scripts") / "memo.pdf"
    export_brief(scripts_brief(), out, ExportOptions(style="chicago"))
    return out


def test_visual_order_reverses_and_shapes_only_the_right_to_left_run():
    assert visual_order(f"Prince {ARABIC} said") == f"Prince {ARABIC_VISUAL} said"
    assert visual_order(f"Mr {HEBREW}, 75.") == f"Mr {HEBREW_VISUAL}, 75."
    assert visual_order(f"{CHINESE} and English") == f"{CHINESE} and English"


def test_fallback_font_is_embedded_as_a_subset(exported):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    listing = subprocess.run(
        ["pdffonts", str(exported)], capture_output=True, text=True, check=True
    ).stdout
    droid = [line for line in listing.splitlines() if "DroidSansFallback" in line]
    assert droid, listing
    # pdffonts columns: name type encoding emb sub uni ...; a subset's name has a +.
    assert all(re.match(r"[A-Z]{6}\+DroidSansFallback", line) for line in droid)
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in droid), droid


def test_cjk_names_come_out_of_the_text_layer(exported):
    text = "".join(page.extract_text() for page in PdfReader(exported).pages)
    for name in (CHINESE, JAPANESE, KANA, KOREAN):
        assert name in text, name
    # In the body, the quote, the header line and the footnote (source title, author).
    assert text.count(CHINESE) >= 4
    assert text.count(KOREAN) >= 3


def test_right_to_left_names_read_right_inside_english_sentences(exported):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = "\n".join(seen_lines(exported))
    arabic, hebrew = ARABIC_SEEN, HEBREW_SEEN
    # English left to right, each name read right to left.
    assert f"\u201cWe met {CHINESE} and {arabic} in Riyadh, then {hebrew} in Jerusalem." in text
    assert f"{arabic} met {hebrew} on Tuesday." in text
    assert f"SUBJECT: Visits: {CHINESE}, {arabic}" in text
    # Footnote and bibliography: source title and author.
    assert text.count(f"Interview with {arabic} and {CHINESE}") == 2
    # Never the letters in stored order, left to right; never contextual forms.
    assert ARABIC not in text and HEBREW not in text
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


def test_plain_text_extraction_gives_the_words_as_typed(exported):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(exported), "-"], capture_output=True, text=True
    ).stdout
    words = (ARABIC + " " + GREETING + " " + HEBREW).split()
    assert len(words) == 7
    for word in words:
        assert word in text, word
    assert ARABIC in text and GREETING in text


def test_mostly_arabic_paragraph_is_aligned_right(exported):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    right = {w[-1]: w[3] for w in bbox_words(exported)}
    # Letter page, 1-inch margins: the text column ends at x = 540 points.
    assert right["Tuesday."] < 540 - 100  # English sentence opening with a name: left
    first_word = GREETING.split()[0][::-1]  # مرحبا, drawn rightmost
    assert 520 < right[first_word] <= 540.5


def test_a_long_arabic_paragraph_wraps_with_each_line_read_right_to_left(tmp_path):
    # Seven different words (كلمة سلام بيت كتاب مدينة مجلس قرار), sixty in all.
    vocabulary = (
        "\u0643\u0644\u0645\u0629 \u0633\u0644\u0627\u0645 \u0628\u064a\u062a "
        "\u0643\u062a\u0627\u0628 \u0645\u062f\u064a\u0646\u0629 "
        "\u0645\u062c\u0644\u0633 \u0642\u0631\u0627\u0631"
    ).split()
    words = [vocabulary[i % 7] for i in range(60)]
    text = " ".join(words)
    out = tmp_path / "long.pdf"
    brief = Brief(Header("A", "B", "2024-12-03", "Long"), [Section("S", [Block("prose", text)])])
    export_brief(brief, out, ExportOptions())
    lines = [line for line in seen_lines(out) if re.search("[\u0600-\u06ff]", line)]
    assert len(lines) >= 2
    # Reading each line right to left, and the lines top to bottom, gives the
    # words in their stored order.
    read = [w[::-1] for line in lines for w in reversed(line.split(" "))]
    assert read == words


@needs_libreoffice
def test_our_pdf_finds_every_arabic_word_a_libreoffice_pdf_finds(tmp_path, exported):
    # The same memo through Word's format and LibreOffice, which shapes with
    # HarfBuzz and writes a text layer of plain letters: what its PDF gives
    # pdftotext, ours must give too.
    docx = tmp_path / "memo.docx"
    export_brief(scripts_brief(), docx, ExportOptions(style="chicago"))

    def arabic_words(pdf) -> set[str]:
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
        ).stdout
        return set(re.findall("[\u0600-\u06ff]+", text))

    theirs = arabic_words(libreoffice_pdf(docx, tmp_path))
    assert len(theirs) >= 5
    assert theirs <= arabic_words(exported)
