"""The source viewer's page: paragraphs apart, facts quiet, the chosen item loud,
and character positions still the source's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.source_viewer import SourceViewer
from app.ui.viewer_looks import CURRENT_COLOR, QUOTE_COLOR

TEXT = (
    "The council voted 13-0 on Tuesday.\n"
    "\u201cWe are ready \U0001f600 now,\u201d the mayor said.\n"
    "The ordinance takes effect in 2025."
)


def _viewer(qtbot, tmp_path, live_of):
    library = Library(tmp_path / "lib.sqlite")
    quote_start = TEXT.index("We are")
    quote_end = TEXT.index("now,") + 3
    fact_start = TEXT.index("The ordinance")
    items = [
        NewItem("fact", 0, TEXT.index("\n")),
        NewItem("quote", quote_start, quote_end, speaker="Karla Brandvik"),
        NewItem("fact", fact_start, len(TEXT)),
    ]
    source_id = library.add_source(TEXT, SourceMeta(title="Vote"), items=items)
    viewer = SourceViewer(live_of(library))
    qtbot.addWidget(viewer)
    viewer.resize(500, 400)
    viewer.show()
    viewer.show_source(source_id)
    return library, viewer, library.items_of_source(source_id)


def _format_of(viewer, item) -> QTextCharFormat:
    start, end = viewer._pos(item.start), viewer._pos(item.end)
    selections = viewer.text.extraSelections()
    for selection in selections:
        if (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (start, end):
            return QTextCharFormat(selection.format)  # a copy outlives the list
    raise AssertionError(f"item {item.id} not highlighted")


def test_paragraphs_get_a_gap_and_the_text_is_unchanged(qtbot, tmp_path, live_of):
    library, viewer, _ = _viewer(qtbot, tmp_path, live_of)
    document = viewer.text.document()
    assert viewer.text.toPlainText() == TEXT
    assert document.blockCount() == 3
    margins = []
    block = document.begin()
    while block.isValid():
        margins.append(block.blockFormat().bottomMargin())
        block = block.next()
    assert margins[0] > 0 and margins[1] > 0  # each runs straight into the next
    # Three lines of text and two gaps are taller than three lines alone.
    line = viewer.text.fontMetrics().lineSpacing()
    assert document.size().height() > 3 * line + 2 * 4
    library.close()


def test_facts_are_quiet_quotes_tinted_and_the_chosen_item_loud(qtbot, tmp_path, live_of):
    library, viewer, items = _viewer(qtbot, tmp_path, live_of)
    fact, quote, last = items
    assert _format_of(viewer, fact).background().style() == Qt.BrushStyle.NoBrush
    assert (
        _format_of(viewer, fact).underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    )
    assert _format_of(viewer, quote).background().color() == QUOTE_COLOR
    viewer.show_item(last)
    assert _format_of(viewer, last).background().color() == CURRENT_COLOR
    assert _format_of(viewer, fact).background().style() == Qt.BrushStyle.NoBrush
    # Positions past the emoji count it twice in Qt and once in Python.
    assert viewer.text.textCursor().position() == last.start + 1
    cursor = viewer.text.textCursor()
    cursor.setPosition(viewer._pos(quote.start))
    cursor.setPosition(viewer._pos(quote.end), cursor.MoveMode.KeepAnchor)
    viewer.text.setTextCursor(cursor)
    assert viewer.selected_span() == (quote.start, quote.end)
    assert cursor.selectedText() == quote.text
    library.close()


def test_blank_lines_between_paragraphs_are_not_doubled(qtbot, tmp_path, live_of):
    library = Library(tmp_path / "lib.sqlite")
    text = "First paragraph of the story.\n\nSecond paragraph.\n\nThird one."
    source_id = library.add_source(text, SourceMeta(title="Spaced"))
    viewer = SourceViewer(live_of(library))
    qtbot.addWidget(viewer)
    viewer.show_source(source_id)
    assert viewer.text.toPlainText() == text
    block = viewer.text.document().begin()
    while block.isValid():
        assert block.blockFormat().bottomMargin() == 0, block.text()
        block = block.next()
    library.close()


def _marked(viewer) -> set[tuple[int, int]]:
    return {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in viewer.text.extraSelections()
    }


def test_a_long_source_marks_the_items_near_the_view_and_follows_a_scroll(qtbot, tmp_path, live_of):
    """A source of many items: only those near the viewport get a mark (each
    mark is weighed at every paint), and a scroll brings the marks along."""
    library = Library(tmp_path / "lib.sqlite")
    line = "\u201cThe ferry leaves at nine,\u201d said Orla Fenwick of the harbour board.\n"
    text = line * 400
    items = [
        NewItem("quote", n * len(line) + 1, n * len(line) + 25, "Orla Fenwick") for n in range(400)
    ]
    source_id = library.add_source(text, SourceMeta(title="Ferries"), items=items)
    viewer = SourceViewer(live_of(library))
    qtbot.addWidget(viewer)
    viewer.resize(500, 400)
    viewer.show()
    stored = library.items_of_source(source_id)
    middle = stored[200]
    viewer.show_item(middle)
    marked = _marked(viewer)
    assert (middle.start, middle.end) in marked
    assert (stored[201].start, stored[201].end) in marked
    assert 2 < len(marked) < len(stored) // 4
    assert _format_of(viewer, middle).background().color() == CURRENT_COLOR
    last = stored[-1]
    assert (last.start, last.end) not in marked
    bar = viewer.text.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: (last.start, last.end) in _marked(viewer))
    assert _format_of(viewer, last).background().color() == QUOTE_COLOR
    library.close()
