"""A group's independent count says why it is lower than its sources, and
each column and each conflict side names its source's outlet and date.

In the twelfth walk a quote "carried by 3 sources, 1 independent" showed
three columns named by their titles only: nothing said the three were one
outlet's reports, and a story and its copy, titled alike, showed as two
identical headings, one "derived from" the other's same title (invented
articles)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.cluster_view import ClusterView
from app.ui.conflicts_view import ConflictsView
from app.ui.live_library import LiveLibrary

WORDS = "The quarry road closes to lorries from the first of May"


def _quote(library: Library, lead: str, title: str, outlet: str, date: str) -> int:
    text = f'{lead} "{WORDS}," said Ana Ruiz.'
    start = text.index(WORDS)
    items = [NewItem("quote", start, start + len(WORDS), speaker="Ana Ruiz")]
    meta = SourceMeta(title=title, outlet=outlet, date=date)
    sid = library.add_source(text, meta, items=items)
    corroborate.update(library, sid)
    return sid


def _headings(view: ClusterView) -> list[str]:
    return [column.findChildren(QLabel)[0].text() for column in view.columns]


def test_one_outlets_reports_are_said_to_count_as_one(qtbot, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    first = _quote(library, "Council meets.", "Quarry road", "Quarnet Courier", "2031-05-04")
    _quote(library, "Quarry news.", "Lorries barred", "Quarnet Courier", "2031-05-09")
    _quote(library, "Road works.", "Road works", "Harbour Radio", "2031-05-05")
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.show_item(library.items_of_source(first)[0].id)
    summary = view.summary.text()
    assert (
        "carried by 3 sources, 2 independent: 2 reports of Quarnet Courier count as one" in summary
    )
    headings = _headings(view)
    assert any("Quarnet Courier, 2031-05-04" in h for h in headings)
    assert any("Harbour Radio, 2031-05-05" in h for h in headings)
    library.close()


def test_a_copy_and_its_original_of_one_title_are_told_apart(qtbot, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    original = _quote(library, "Council meets.", "Quarry road", "Quarnet Courier", "2031-05-04")
    copy = _quote(library, "Council met.", "Quarry road", "Quarnet Courier", "2031-05-05")
    library.set_derived(copy, original, by_user=True)
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.show_item(library.items_of_source(copy)[0].id)
    assert (
        "2 sources, 1 independent: Quarnet Courier, 2031-05-05 is derived from"
        " Quarnet Courier, 2031-05-04." in view.summary.text()
    )
    copy_heading = next(h for h in _headings(view) if "derived from" in h)
    assert "Quarnet Courier, 2031-05-05" in copy_heading
    assert "derived from Quarnet Courier, 2031-05-04" in copy_heading
    library.close()


def test_a_copy_of_a_source_with_no_outlet_or_date_is_named_by_its_quoted_title(qtbot, tmp_path):
    """A title alone is quoted, so the sentence reads ("X is derived from "The
    council on Wednesday is…"" ran the titles into it), with no full stop after
    the quoted title's own close."""
    library = Library(tmp_path / "lib.sqlite")
    original = _quote(library, "Council meets.", "The board on Monday is expected to", "", "")
    copy = _quote(library, "Council met.", "Lorries barred", "", "")
    library.set_derived(copy, original, by_user=True)
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.show_item(library.items_of_source(copy)[0].id)
    assert (
        "2 sources, 1 independent: \u201cLorries barred\u201d is derived from"
        " \u201cThe board on Monday is expected to\u201d" in view.summary.text()
    )
    assert "\u201d." not in view.summary.text()
    library.close()


def test_conflict_sides_name_each_claims_outlet_and_date(qtbot, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    for text, outlet in (
        (
            "Velmora has had its bottle deposit law since 1971, state officials said.",
            "Quarnet Courier",
        ),
        ("Velmora passed its bottle deposit law in 1975, state officials said.", "Harbour Radio"),
    ):
        meta = SourceMeta(title="Deposit law", outlet=outlet, date="2031-05-04")
        sid = library.add_source(text, meta, items=[NewItem("fact", 0, len(text))])
        corroborate.update(library, sid)
    view = ConflictsView(LiveLibrary(library))
    qtbot.addWidget(view)
    shown = [
        box.findChild(QListWidget).item(0).text()
        for box in view.findChildren(QGroupBox, "conflictSide")
    ]
    assert [line.splitlines()[0] for line in sorted(shown)] == [
        "Deposit law \u00b7 Harbour Radio, 2031-05-04",
        "Deposit law \u00b7 Quarnet Courier, 2031-05-04",
    ]
