"""Cancel inside one file: an import told to stop while a long file is read
or its quotes and facts are found stops there, between two pages or two
sentences, and stores nothing of that file (the source is in the library
whole or not at all); the outcome says it was cancelled."""

from __future__ import annotations

import sys

import pytest

from app.core.cancel import CancelledError
from app.core.importer import import_file, import_paths
from app.core.ingest import read_document
from app.core.store import Library
from tests.conftest import DATA

sys.path.insert(0, str(DATA / "ingest"))
from samples import make_docx, make_pdf  # noqa: E402

LINES = (
    '"The ferry will run all winter," said Ana Ruiz of the Vesk Water Board.',
    "The board voted {n}-1 on Tuesday to keep ferry route {n} open.",
    '"We owe the island a timetable," Ruiz said on March 3, 2031.',
)


def minutes(n_lines: int) -> str:
    return "\n\n".join(LINES[i % 3].format(n=i) for i in range(n_lines))


class StopAfter:
    """A stop that says "stop" from its `n`-th question on, counting them."""

    def __init__(self, n: int):
        self.n, self.asked = n, 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked >= self.n


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def test_a_text_cancelled_while_its_sentences_are_read_stores_nothing(library, tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(minutes(600), encoding="utf-8")
    stop = StopAfter(300)  # inside the quotes: 400 of them, each asks once
    outcome = import_file(library, path, stop)
    assert outcome.cancelled and not outcome.ok
    assert stop.asked == 300  # it stopped at the first "stop", not at the file's end
    assert "minutes.txt" in outcome.line() and outcome.line().startswith("cancelled ")
    assert library.sources() == []
    assert library.db.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    # The same file imported afterwards is no duplicate of anything.
    again = import_file(library, path)
    assert again.ok and again.quotes == 400


def test_a_stop_among_the_facts_stops_there_too(library, tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(minutes(600), encoding="utf-8")
    never = StopAfter(10**9)
    assert import_file(library, tmp_path / "minutes.txt", never).ok
    asked_in_all = never.asked
    other = tmp_path / "other.txt"
    other.write_text(minutes(601), encoding="utf-8")
    stop = StopAfter(asked_in_all - 50)  # past the quotes, among the sentences
    outcome = import_file(library, other, stop)
    assert outcome.cancelled
    assert [name for _id, name, _meta, _n in library.sources()] == ["minutes.txt"]


def test_a_cancelled_file_ends_the_import_and_leaves_the_next_untouched(library, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(minutes(300), encoding="utf-8")
    second.write_text(minutes(30), encoding="utf-8")
    outcomes = list(import_paths(library, [first, second], stop=StopAfter(100)))
    assert [o.cancelled for o in outcomes] == [True]
    assert library.sources() == []


def test_a_long_pdf_is_stopped_between_its_pages(tmp_path):
    path = make_pdf(tmp_path / "report.pdf", [minutes(40)] * 12, columns=1, hyphenate=False)
    stop = StopAfter(3)  # asked before reading, then before each page
    with pytest.raises(CancelledError):
        read_document(path, stop)
    assert stop.asked == 3
    assert read_document(path).text  # read whole when not stopped


def test_a_docx_is_stopped_between_its_paragraphs(tmp_path):
    path = make_docx(tmp_path / "report.docx", minutes(200).split("\n\n"))
    stop = StopAfter(20)
    with pytest.raises(CancelledError):
        read_document(path, stop)
    assert stop.asked == 20
