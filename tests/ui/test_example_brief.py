"""The bundled example brief: opens in the window, matches the library, uses every block kind."""

from __future__ import annotations

from app.core.brief import Brief
from app.core.paths import BRIEFS
from app.core.render import render
from app.core.templates import TEMPLATES
from tests.ui.helpers import open_window

EXAMPLE = BRIEFS / "la-sanctuary-ordinance.brief.json"


def test_example_brief_is_complete_and_true_to_its_sources(seeded_library):
    brief = Brief.load(EXAMPLE)
    kinds = {b.kind for b in brief.blocks()}
    assert kinds == {"quote", "fact", "prose"}
    assert all(getattr(brief.header, f) for f in ("to", "from_", "date", "subject"))
    assert [s.title for s in brief.sections] == list(TEMPLATES[0].sections)
    for block in brief.blocks():
        assert not block.altered  # the example exports without warnings
        if block.kind == "prose":
            continue
        # Snapshots are the source's exact words at the block's span, and the
        # item ids are those of a freshly built default library.
        source = seeded_library.source(block.source.source_id)
        assert source.text[block.start : block.end] == block.text == block.original
        item = seeded_library.item(block.item_id)
        assert (item.source_id, item.start, item.end) == (source.id, block.start, block.end)
    layout = render(brief)
    assert len(layout.notes) == sum(b.cited for b in brief.blocks())


def test_example_brief_opens_in_the_window(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    assert window.open_brief(EXAMPLE)
    assert window.windowTitle() == "Briefing Builder — la-sanctuary-ordinance.brief.json[*]"
    assert not window.isWindowModified()
    model = window.document.model
    assert model.rowCount() == len(window.current_brief().sections)
    window.prepare_screenshot()
    chosen = window.editor.selected_block()
    assert chosen is not None and chosen.kind == "quote"
    assert window.viewer.source.id == chosen.source.source_id
    assert window.viewer.text.textCursor().position() == chosen.start


def test_opening_the_example_says_it_is_an_unsaved_copy(qtbot, seeded_library):
    import os

    window = open_window(qtbot, seeded_library)
    assert window.files.open_example()
    assert window.document.path is None and window.current_brief().header.subject
    message = window.statusBar().currentMessage()
    assert message.startswith("Opened the example memo as an unsaved copy: Save As keeps it")
    if os.environ.get("SHOT_DIR"):
        window.grab().save(os.path.join(os.environ["SHOT_DIR"], "example_opened.png"))


def test_a_memo_opened_in_a_narrow_window_shows_its_header_fields_from_their_start(
    qtbot, seeded_library
):
    """A header field too narrow for its text showed its end ("ity ordinance:
    what passed ..."): the text was set with the cursor after it."""
    window = open_window(qtbot, seeded_library)
    window.resize(1024, 640)
    window.library_panel.search.setFocus()  # no header field has the focus
    assert window.open_brief(EXAMPLE)
    fields = window.editor.fields
    subject = fields["subject"]
    qtbot.waitUntil(
        lambda: subject.width() < subject.fontMetrics().horizontalAdvance(subject.text())
    )
    for name, edit in fields.items():
        assert edit.text() and edit.cursorPosition() == 0, name
