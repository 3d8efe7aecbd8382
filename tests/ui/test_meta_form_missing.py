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
