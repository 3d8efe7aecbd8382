"""The date an article states in its head is its date, not its file's:
a PDF's CreationDate or a DOCX's `created` is when the file was made."""

from __future__ import annotations

import datetime
import re

import pytest

from app.core.ingest import read_document
from app.core.ingest.text_meta import detect

BODY = [
    "The Velmar harbor board raised ferry fares by a quarter on Tuesday, after a hearing"
    " in which dozens of riders asked it to wait until the new boats were in service.",
    "Board members said the rise would pay for two new boats next year and for the"
    " repair of the north landing, which has been closed since the storm in the spring.",
    "Riders who cross every day will pay less with a monthly pass, the board said.",
]
# Paragraphs of several lines, as an article has: a PDF's paragraphs are told
# apart by the gaps between them, wider than the lines' usual pitch.
BODY = [p + " " + p for p in BODY]
BYLINES = [
    ("By Ana Quillon \u2014 June 28, 2016", "2016-06-28"),
    ("By Tobin Vesk | March 4, 2015", "2015-03-04"),
    ("Mira Brask, Staff Writer, June 28, 2016 4:05 p.m.", "2016-06-28"),
    ("Published Tuesday, 9 February 2016", "2016-02-09"),
]


def make_pdf(path, lines, created: datetime.datetime, creator: str = "Velmar Writer"):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = styles["BodyText"]  # 6 pt between paragraphs, as a page prints them
    flow = [Paragraph(lines[0], styles["Title"])]
    flow += [Paragraph(line, body) for line in lines[1:]]
    SimpleDocTemplate(str(path), title="", author="", creator=creator).build(flow)
    # The file's CreationDate set to `created`: the same length, so the
    # cross-reference offsets stay right.
    data = path.read_bytes()
    stamp = created.strftime("D:%Y%m%d%H%M%S").encode()
    path.write_bytes(re.sub(rb"D:\d{14}", stamp, data))
    return path


def make_docx(path, lines, created: datetime.datetime | None):
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if created is not None:
        document.core_properties.created = created
    document.save(str(path))
    return path


@pytest.mark.parametrize("byline,iso", BYLINES)
def test_detect_reads_the_date_of_a_byline_line(byline, iso):
    meta, found = detect("\n\n".join(["Ferry Fares Rise in Velmar", byline, *BODY]))
    assert meta.date == iso
    assert "date" in found


def test_a_sentence_ending_in_a_date_is_no_byline():
    text = "\n\n".join(["Ferry Fares Rise", "The board met on Tuesday, June 28, 2016", *BODY])
    assert detect(text)[0].date == ""


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
@pytest.mark.parametrize("byline,iso", BYLINES)
def test_date_is_the_texts_not_the_files_property(tmp_path, suffix, byline, iso):
    created = datetime.datetime(2024, 5, 6, 9, 0)
    make = make_pdf if suffix == "pdf" else make_docx
    path = make(tmp_path / f"a.{suffix}", ["Ferry Fares Rise in Velmar", byline, *BODY], created)
    doc = read_document(path)
    assert doc.meta.date == iso
    assert "date" in doc.detected


def test_docx_without_a_stated_date_keeps_its_property(tmp_path):
    created = datetime.datetime(2024, 5, 6, 9, 0)
    path = make_docx(tmp_path / "a.docx", ["Ferry Fares Rise in Velmar", *BODY], created)
    doc = read_document(path)
    assert doc.meta.date == "2024-05-06"
    assert doc.to_check == ["date"]  # when the file was made: the import says to check it


def test_docx_made_from_python_docx_template_has_no_date(tmp_path):
    path = make_docx(tmp_path / "a.docx", ["Ferry Fares Rise in Velmar", *BODY], None)
    doc = read_document(path)
    assert doc.meta.date == ""  # not 2013-12-23, the template's own date
    assert doc.to_check == []


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
@pytest.mark.parametrize("days", [40, 0])
def test_a_property_date_of_today_or_later_is_no_date(tmp_path, suffix, days):
    # Today: a page printed, or a file a site made when it was downloaded.
    later = datetime.datetime.now() + datetime.timedelta(days=days)
    make = make_pdf if suffix == "pdf" else make_docx
    path = make(tmp_path / f"a.{suffix}", ["Ferry Fares Rise in Velmar", *BODY], later)
    doc = read_document(path)
    assert doc.meta.date == ""
    assert doc.to_check == []


def test_a_page_printed_by_a_browser_has_no_date_from_its_print(tmp_path):
    creator = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"
    created = datetime.datetime(2024, 5, 6, 9, 0)
    path = make_pdf(tmp_path / "a.pdf", ["Ferry Fares Rise in Velmar", *BODY], created, creator)
    assert read_document(path).meta.date == ""


def test_the_import_report_says_a_property_date_is_to_check(tmp_path):
    from app.core.importer import import_file
    from app.core.store import Library
    from app.ui.import_dialog import _describe

    created = datetime.datetime(2024, 5, 6, 9, 0)
    path = make_pdf(tmp_path / "a.pdf", ["Ferry Fares Rise in Velmar", *BODY], created)
    with Library(tmp_path / "lib.db") as lib:
        outcome = import_file(lib, path)
    assert outcome.to_check == ["date"]
    assert "date from the file's properties, to check" in _describe(outcome)
    assert outcome.line().endswith("(date from the file's properties, to check)")


@pytest.mark.parametrize(
    "head,iso",
    [
        ("By Tobin Vesk | March 4, 2015 The Velmar harbor board met.", "2015-03-04"),
        ("Updated Apr. 7, 2016 9:12 a.m. ET From the harbor, a report.", "2016-04-07"),
        (
            "Mira Brask, Staff Writer, June 28, 2016 4:05 p.m. VELMAR (Quillwire) \u2014 The",
            "2016-06-28",
        ),
    ],
)
def test_a_byline_run_into_the_first_paragraph_gives_its_date(head, iso):
    # A PDF's paragraphs may join a byline to the paragraph under it.
    text = "\n\n".join(["Ferry Fares Rise in Velmar", head + " " + BODY[0], *BODY[1:]])
    assert detect(text)[0].date == iso


def test_by_and_a_date_opening_a_sentence_is_no_byline():
    text = "\n\n".join(["Ferry Fares Rise", "By March 4, 2016 The fares had doubled. " + BODY[0]])
    assert detect(text)[0].date == ""
