"""Footnotes taller than half a page, several on a page, read back from the
PDF: every note's words once and in order, and every part of a note that
continues on a later page labelled with its number, so a part printed after
other notes is never taken for theirs."""

from __future__ import annotations

import re
import shutil

import pytest

from app.core.brief import Block, Brief, Header, Section
from app.core.export import export_brief
from tests.export import pdfua
from tests.export.memos import ref
from tests.export.readback import bbox_words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")

NOTE_SIZE = 8.5  # the height pdftotext gives a word of a note (body 10, marks 8)


def _brief(sizes: list[int], filler: int) -> Brief:
    """Block n cites source n, whose title is `sizes[n - 1]` words "Tnw0 Tnw1 ..."."""
    blocks = []
    for n, size in enumerate(sizes, 1):
        title = " ".join(f"T{n}w{i}" for i in range(size))
        source = ref(n, title=title)
        blocks.append(Block("fact", f"Fact {n}.", original=f"Fact {n}.", source=source))
        blocks += [Block("prose", f"Filler {n}.{i}.") for i in range(filler)]
    return Brief(Header(subject="Tall notes"), [Section("S", blocks)])


def _read_notes(words) -> tuple[dict[int, list[int]], int]:
    """Each note's title words, as the note area of each page prints them, and
    how many parts were labelled "N. (continued)". Fails on a word printed
    where nothing says which note it belongs to."""
    notes: dict[int, list[int]] = {}
    labels = 0
    page_words: dict[int, list] = {}
    for page, x0, y0, _x1, y1, word in words:
        # The note area: note-sized words between the running header and the footer.
        if y1 - y0 == pytest.approx(NOTE_SIZE, abs=0.2) and 60 < y0 < 730:
            page_words.setdefault(page, []).append((round(y0), x0, word))
    for page in sorted(page_words):
        current = None  # whose words these are, as the page says
        tokens = [w for _, _, w in sorted(page_words[page])]
        tokens = " ".join(tokens).replace("Outlet ", "Outlet").split()
        for i, word in enumerate(tokens):
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            number = re.fullmatch(r"(\d+)\.", word)
            if number and after == "(continued)":
                current, labels = int(number[1]), labels + 1
                assert current in notes, f"page {page}: note {current} continued before it began"
            elif number and after == f"Writer{number[1]}":
                current = int(number[1])
                assert current not in notes, f"page {page}: note {current} begins twice"
                notes[current] = []
            elif found := re.search(r"T(\d+)w(\d+)", word):
                assert current is not None, f"page {page}: {word} printed with no note number"
                assert int(found[1]) == current, f"page {page}: {word} under note {current}"
                notes[current].append(int(found[2]))
            elif found := re.fullmatch(r"(?:https://example\.org/|Outlet)(\d+)\S*", word):
                # The note's outlet and URL, after its title.
                assert current is not None, f"page {page}: {word} printed with no note number"
                assert int(found[1]) == current, f"page {page}: {word} under note {current}"
    return notes, labels


def _body_marks(words) -> dict[int, int]:
    """The note number set after each "Fact n." of the body."""
    marks = {}
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        if a[5] == "Fact" and re.fullmatch(r"\d+\.", b[5]) and c[4] - c[2] < 8.3:
            marks[int(b[5][:-1])] = int(c[5])
    return marks


@pytest.mark.parametrize(
    ("sizes", "filler"),
    [
        ([400, 500, 300], 0),  # three tall notes, two of them on one page
        ([600, 700, 1500, 200, 100, 900], 4),  # a note of several pages among others
        ([350, 350, 350, 350], 1),  # notes just under the share of a page
        ([2500, 60, 800, 40, 700], 2),  # short notes between the parts of long ones
    ],
)
def test_every_part_of_a_tall_note_says_which_note_it_continues(tmp_path, sizes, filler):
    out = tmp_path / "memo.pdf"
    export_brief(_brief(sizes, filler), out)
    words = bbox_words(out)
    notes, labels = _read_notes(words)
    # Each note's words once, in order, all of them, under its own number.
    assert sorted(notes) == list(range(1, len(sizes) + 1))
    for n, size in enumerate(sizes, 1):
        assert notes[n] == list(range(size)), f"note {n}"
    assert labels >= 2  # the memos do have notes continued on later pages
    # The body cites note n after "Fact n.": the numbers match the notes'.
    assert _body_marks(words) == {n: n for n in range(1, len(sizes) + 1)}
    assert pdfua.problems(out) == []


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) missing")
def test_the_continued_label_is_pagination_not_the_notes_text(tmp_path):
    import subprocess

    out = tmp_path / "memo.pdf"
    export_brief(_brief([400, 500, 300], 0), out)
    tree = subprocess.run(
        ["pdfinfo", "-struct-text", str(out)], capture_output=True, text=True, check=True
    ).stdout
    # A screen reader reads each note once, whole, without the labels.
    assert "(continued)" not in tree
    assert tree.count("Note <note") == 3
