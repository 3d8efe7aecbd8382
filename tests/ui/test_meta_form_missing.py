"""Source Properties names the same missing details as the library's marks
and the export's warnings: one rule (app/core/source_checks.py)."""

from __future__ import annotations

from app.core.model import SourceMeta
from app.core.source_checks import missing_fields
from app.ui.meta_form import MetaForm
from app.ui.source_notes import missing_note


def test_the_form_marks_what_the_library_marks(qtbot):
    meta = SourceMeta(title="Velmar council adopts the Quillon levy")
    form = MetaForm(meta, file_name="levy.html")
    qtbot.addWidget(form)
    assert form.missing() == missing_fields(meta, "levy.html") == ["date", "outlet", "url"]
    assert form.missing_note.text() == "\u25cf Missing for citations: date, outlet, URL"
    assert missing_note(meta, "levy.html") == "missing: date, outlet, URL"
    for name in ("date", "outlet", "url"):
        assert form.labels[name].property("missing") is True
    assert form.labels["author"].property("missing") is False
    form.edits["outlet"].setText("Brask Courier")
    assert form.labels["outlet"].property("missing") is False
    assert form.missing_note.text() == "\u25cf Missing for citations: date, URL"


def test_a_local_file_needs_a_url_only_once_it_has_an_access_date(qtbot):
    meta = SourceMeta(title="Velmar council adopts the Quillon levy", outlet="Brask Courier")
    form = MetaForm(meta, file_name="levy.docx")
    qtbot.addWidget(form)
    assert form.missing() == ["date"] and form.labels["url"].property("missing") is False
    assert form.missing_note.text() == "\u25cf Missing for citations: date"
    form.edits["accessed"].setText("2026-11-30")  # read online after all: cited with its link
    assert form.missing() == ["date", "url"] and form.labels["url"].property("missing") is True


def test_a_date_it_cannot_read_is_said_once_the_field_is_left(qtbot):
    """A date in another order, or a day its month lacks, was saved as typed
    without a word, and citations printed it so in every style."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    meta = SourceMeta(title="Velmar council adopts the Quillon levy", outlet="Brask Courier")
    form = MetaForm(meta, file_name="levy.txt")
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()  # the field's focus leaves it on Tab in an active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    date = form.edits["date"]
    date.setFocus()
    qtbot.keyClicks(date, "31/02/2024")
    assert not form.date_note.isVisible()  # not while it is being typed
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert form.unreadable_dates() == ["date"]
    assert form.date_note.isVisible()
    assert "Date \u201c31/02/2024\u201d is not a date it can read" in form.date_note.text()
    assert "2024-11-19" in form.date_note.text()
    date.setText("2024-02-31")  # no such day
    assert form.date_note.isVisible() and "2024-02-31" in form.date_note.text()
    date.setText("2024-02-29")
    assert not form.date_note.isVisible() and form.unreadable_dates() == []
    for readable in ("2024-11", "2024", "19 November 2024", "Nov. 19, 2024"):
        date.setText(readable)
        assert form.unreadable_dates() == []
    # A source opened with one is told at once.
    form = MetaForm(SourceMeta(title="Levy", date="12/11/2024", accessed="yesterday"))
    qtbot.addWidget(form)
    assert form.unreadable_dates() == ["date", "accessed"]
    assert "Accessed \u201cyesterday\u201d" in form.date_note.text()
