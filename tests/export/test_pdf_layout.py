"""PDF layout read back from the file: one left edge, URL breaks, long notes,
fields and titles taller than a page, long paragraphs in pieces, the last
source list entry, right-to-left punctuation."""

from __future__ import annotations

import re
import subprocess

import pytest
from pypdf import PdfReader

from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief, pdf_text
from app.core.export.pdf import _styles
from app.core.export.scripts import register_fonts
from app.core.export.url_breaks import break_points
from app.core.render import render
from tests.export.expected import flatten
from tests.export.memos import numbered_brief, ref
from tests.export.readback import bbox_words

LEFT = 72.0  # 1-inch margin, in points


def _text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_header_block_body_and_footnotes_share_one_left_edge(tmp_path):
    out = tmp_path / "memo.pdf"
    export_brief(numbered_brief(3, sources=2), out)
    words = [w for w in bbox_words(out) if w[0] == 1]
    first = {w[5]: w[1] for w in reversed(words)}
    for word in ("MEMORANDUM", "TO:", "FROM:", "SUBJECT:", "One", "Fact"):
        assert first[word] == pytest.approx(LEFT, abs=0.6), word
    note_marks = [w for w in words if re.fullmatch(r"\d\.", w[5]) and w[2] > 600]
    assert note_marks and all(w[1] == pytest.approx(LEFT, abs=0.6) for w in note_marks)


def test_break_points_follow_chicago():
    url = "https://www.example-site.org/news/2024/11/story_name?id=5&x=y#top"
    points = break_points(url)
    heads = [url[:i] for i in points]
    assert "https://" in heads  # after the double slash
    assert "https://www" in heads and "https://www.example" in heads  # before . and -
    assert f"{url.split('?')[0]}" in heads  # before ?
    assert "https://www.example-site.org/news/2024/11/story_name?id=5&" in heads  # after &
    # Never inside a word.
    assert all(
        url[i - 1].isalnum() or url[i] in "/.-?#~_%=&" or url[i - 1] in "/=&" for i in points
    )


def _url_line_breaks(lines: list[str], url: str) -> list[list[int]]:
    """For each place `url` is printed: the offsets in it where a line ends."""
    found = []
    for n, line in enumerate(lines):
        at = line.find(url[:8])
        if at < 0:
            continue
        done, breaks, k = line[at:].split()[0], [], n
        while len(done) < len(url.rstrip(".")) and k + 1 < len(lines):
            breaks.append(len(done))
            k += 1
            done += lines[k].split()[0]
        assert done.rstrip(".") == url, done
        found.append(breaks)
    return found


def test_urls_break_only_at_slashes_dots_hyphens_and_query_marks(tmp_path):
    segments = ["section-name", "2024", "11", "a-very-long-story-slug-about-the-council-vote"]
    url = "https://www.examplenewspaper.org/" + "/".join(segments * 3)
    url += "?utm_source=feed&utm_medium=rss"
    source = ref(1, url=url, title="Board votes on the long road plan")
    blocks = [Block("fact", f"Fact {i}.", original=f"Fact {i}.", source=source) for i in range(2)]
    out = tmp_path / "memo.pdf"
    export_brief(Brief(Header(subject="URLs"), [Section("S", blocks)]), out)
    lines = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True
    ).stdout.splitlines()
    printed = _url_line_breaks([ln.strip() for ln in lines], url)
    assert len(printed) == 2  # the full note and the bibliography entry
    allowed = set(break_points(url))
    for breaks in printed:
        assert len(breaks) >= 3
        assert set(breaks) <= allowed, [url[b - 5 : b + 5] for b in breaks if b not in allowed]


def test_long_notes_are_never_cut_and_continue_on_the_next_page(tmp_path):
    long_title = " ".join(f"Word{i}" for i in range(3000))  # about 20,000 characters
    source = ref(1, title=long_title)
    blocks = [Block("fact", "Short fact.", original="Short fact.", source=source)]
    blocks += [Block("prose", f"Filler paragraph {i}.") for i in range(40)]
    out = tmp_path / "memo.pdf"
    export_brief(Brief(Header(subject="Long note"), [Section("S", blocks)]), out)
    pages = [flatten(p.extract_text()) for p in PdfReader(out).pages]
    note = pages[0][pages[0].index("1.Writer1Person") :]
    assert "Word0Word1" in note and "Word2999" not in pages[0]
    # The note's text goes on at the foot of the following pages, whole.
    everything = "".join(pages)
    assert flatten("Word2998 Word2999,\u201d Outlet 1, November 19, 2024,") in everything
    assert everything.count("Word1500Word1501") == 2  # in the note, and in the bibliography
    assert flatten("Filler paragraph 39.") in everything


def test_a_header_field_taller_than_a_page_is_split(tmp_path):
    to = " ".join(f"recipient{i}" for i in range(2000))
    brief = numbered_brief(2)
    brief.header.to = to
    out = tmp_path / "memo.pdf"
    export_brief(brief, out)
    pages = [p.extract_text() for p in PdfReader(out).pages]
    assert len(pages) >= 3
    text = "".join(pages)
    # Every word, in order (running headers and page numbers come between pages).
    assert re.findall(r"recipient\d+", text) == to.split()
    assert text.count("TO:") == 1 and "Fact number 1" in text


def test_a_very_long_section_title_exports_with_one_bookmark(tmp_path):
    title = " ".join(f"heading{i}" for i in range(320))
    brief = numbered_brief(3)
    brief.sections[0].title = title
    out = tmp_path / "memo.pdf"
    export_brief(brief, out)
    reader = PdfReader(out)
    assert [o.title for o in reader.outline][0] == title
    assert len(reader.outline) == 4
    text = "".join(p.extract_text() for p in reader.pages)
    assert re.findall(r"heading\d+", text) == title.split()


def _big_brief(size: int) -> Brief:
    words = " ".join(f"w{i}" for i in range(size // 6))[:size]
    spans_source = ref(1, url="https://example.org/a-link")
    text = f"Start {words} end."
    return Brief(
        Header(subject="Big"),
        [Section("S", [Block("fact", text, original=text, source=spans_source)])],
    )


def test_a_long_paragraph_in_pieces_reads_exactly_as_one(tmp_path, monkeypatch):
    brief = _big_brief(30_000)
    pieces_pdf, whole_pdf = tmp_path / "pieces.pdf", tmp_path / "whole.pdf"
    spans = render(brief).blocks()[0].spans
    register_fonts()
    build = pdf_text.Builder(_styles(), 468)
    assert len(build.paragraph(spans, build.styles["body"], None)) >= 10
    export_brief(brief, pieces_pdf)
    monkeypatch.setattr(pdf_text, "SPLIT_AT", 10**9)
    assert len(build.paragraph(spans, build.styles["body"], None)) == 1
    export_brief(brief, whole_pdf)
    layout = ["pdftotext", "-layout", "-enc", "UTF-8"]
    pieces = subprocess.run([*layout, str(pieces_pdf), "-"], capture_output=True, text=True).stdout
    whole = subprocess.run([*layout, str(whole_pdf), "-"], capture_output=True, text=True).stdout
    assert len(PdfReader(pieces_pdf).pages) >= 8
    # Same lines, same pages: the pieces end exactly where reportlab ends a line.
    assert pieces == whole


def test_a_200000_character_word_exports(tmp_path):
    word = "x" * 200_000
    out = tmp_path / "memo.pdf"
    export_brief(Brief(Header(subject="Word"), [Section("S", [Block("prose", word)])]), out)
    assert flatten(_text(out)).count("x") >= 200_000


def _entries_brief(filler: int) -> Brief:
    blocks = [Block("prose", "\n".join(f"Filler line {i}" for i in range(filler)))]
    blocks += [Block("fact", f"Fact {n}.", original=f"Fact {n}.", source=ref(n)) for n in (1, 2, 3)]
    return Brief(Header(subject="Entries"), [Section("S", blocks)])


def test_the_last_source_list_entry_never_stands_alone(tmp_path):
    out = tmp_path / "memo.pdf"
    moved = set()
    for filler in range(0, 60, 2):
        export_brief(_entries_brief(filler), out, ExportOptions(notes="endnotes"))
        pages = [flatten(p.extract_text()) for p in PdfReader(out).pages]
        second = [i for i, t in enumerate(pages) if "Person,Writer2." in t]
        last = [i for i, t in enumerate(pages) if "Person,Writer3." in t]
        assert second == last, f"{filler} lines: entry 2 on {second}, entry 3 on {last}"
        moved.add(last[0])
    assert len(moved) >= 2  # the sweep did push the list over a page break


ARABIC = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u0648\u0627\u0644\u0633\u0644\u0627\u0645."
SPEAKER = "\u0645\u062d\u0645\u062f"


def test_right_to_left_punctuation_lands_where_the_reader_expects(tmp_path):
    quote = ARABIC.rstrip(".")
    blocks = [
        Block("prose", ARABIC),
        Block("quote", quote, original=quote, speaker=SPEAKER, source=ref(1)),
    ]
    out = tmp_path / "memo.pdf"
    export_brief(Brief(Header(subject="RTL"), [Section("S", blocks)]), out)
    words = [w for w in bbox_words(out) if re.search("[\u0600-\u06ff]", w[5])]
    lines: dict[float, list] = {}
    for w in words:
        lines.setdefault(round(w[2]), []).append(w)
    prose, quoted = [sorted(lines[y], key=lambda w: w[1]) for y in sorted(lines)[:2]]
    # The paragraph's full stop is at its left end, the end of an RTL sentence.
    assert prose[0][5].startswith(".") and prose[-1][3] == pytest.approx(540, abs=1)
    # The quotation opens at the right; the speaker follows it, on its left.
    assert quoted[-1][5].endswith("\u201c")
    speaker = next(w for w in quoted if w[5] == SPEAKER[::-1])
    closing = next(w for w in quoted if "\u201d" in w[5])
    assert speaker[3] < closing[1]


def test_a_right_to_left_header_value_starts_beside_its_label(tmp_path):
    brief = numbered_brief(2)
    brief.header.to = SPEAKER
    out = tmp_path / "memo.pdf"
    export_brief(brief, out)
    name = next(w for w in bbox_words(out) if w[5] == SPEAKER[::-1])
    assert name[1] == pytest.approx(LEFT + 79.2, abs=0.6)  # the value column, not the margin
