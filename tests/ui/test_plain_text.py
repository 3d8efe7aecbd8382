"""A source's words are shown as written: a title, outlet or quote holding
what looks like markup ("<b>", "&amp;") shows those very characters in the
window's labels, tooltips and message boxes, as the memo cites them, and a "&"
in a memo's file name stays in File > Open Recent. Invented names and words."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QFont, QHelpEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem, QWidget

from app.core import library_edits as edits
from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui.item_delegate import card_height
from app.ui.plain_text import PlainLabel, RichLabel, menu_plain, plain_tip, source_html
from app.ui.shortcuts import menu_text
from tests.ui.helpers import open_window, select_library_row, wait_idle

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
TITLE = "<b>Ferry</b> fares &amp; the levy"
OUTLET = "Vesk &lt;Gazette&gt;"
QUOTE = "<b>We will</b> run the ferry all winter,"
SPEAKER = "<i>Osk</i> Quillon &amp; Vesk"
TEXT = f"The ferry board met on Monday.\n\n\u201c{QUOTE}\u201d said Osk Quillon.\n"


def shown(text: str, form: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows of `text` in a label of text format `form` (a tooltip
    or a message box is one of AutoText): rich text as its characters read."""
    rich = form == Qt.TextFormat.RichText or (
        form == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2029", "\n")


def test_no_bare_label_in_the_window():
    """Every label is a PlainLabel or a RichLabel (app/ui/plain_text.py): a
    QLabel guesses from its text whether it is markup."""
    bare = re.compile(r"\bQLabel\s*\(|\(\s*QLabel\s*\)")
    found = [
        f"{path.name}:{number}"
        for path in sorted(UI.glob("*.py"))
        if path.name != "plain_text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert found == []


def test_the_helpers_show_source_words_as_written(qtbot):
    label = PlainLabel(TITLE)
    qtbot.addWidget(label)
    assert shown(label.text(), label.textFormat()) == TITLE
    rich = RichLabel(f"<i>{source_html(TITLE)}</i><br>{source_html(OUTLET)}")
    qtbot.addWidget(rich)
    assert shown(rich.text(), rich.textFormat()) == f"{TITLE}\n{OUTLET}"
    for text in (TITLE, f"{TITLE}\n  indented {OUTLET}", "x &lt; y", "Plain words"):
        assert shown(plain_tip(text)) == text
    assert plain_tip("Plain words") == "Plain words"  # nothing to escape: left as it is
    assert menu_text(menu_plain("Q&A notes")) == "Q&A notes"


def _texts_shown(window) -> list[str]:
    """Every label's, tooltip's and list entry's tooltip's text, as shown."""
    found = [shown(label.text(), label.textFormat()) for label in window.findChildren(QLabel)]
    found += [shown(widget.toolTip()) for widget in window.findChildren(QWidget)]
    found += [shown(action.toolTip()) for action in window.findChildren(QAction)]
    sources = window.library_panel.sources
    found += [shown(sources.item(r).toolTip()) for r in range(sources.count())]
    chooser = window.library_panel.source_filter
    found += [
        shown(chooser.itemData(r, Qt.ItemDataRole.ToolTipRole) or "")
        for r in range(chooser.count())
    ]
    model = window.library_panel.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            found.append(shown(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""))
    return found


def _as_written(texts: list[str]) -> None:
    for text in texts:
        if "Ferry" in text:
            assert TITLE in text, text
        if "Gazette" in text:
            assert OUTLET in text, text
        if "We will" in text:
            assert QUOTE in text, text
        if "Osk" in text:
            assert SPEAKER in text, text


def _card_tip(view, row: int, width: int, monkeypatch) -> list[str]:
    """The tooltips a card of `width` pixels shows over its grey line."""
    import app.ui.item_delegate as cards

    tips: list[str] = []
    monkeypatch.setattr(cards.QToolTip, "showText", lambda _at, text, *_: tips.append(text))
    delegate = view.cards  # the card delegate of the list's one shown column
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.font = QFont(view.font())
    option.rect = QRect(0, 0, width, card_height(option.font))
    at = delegate._meta_rect(option).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, at, QPoint(0, 0))
    delegate.helpEvent(event, view, option, view.model().index(row, 0))
    return tips


def test_a_source_titled_with_markup_shows_it_as_written(
    qtbot, tmp_path, message_boxes, monkeypatch
):
    path = tmp_path / "ferry.txt"
    path.write_text(TEXT, encoding="utf-8")
    with Library(tmp_path / "lib.sqlite") as library:
        source_id = import_file(library, path).source_id
        library.update_source_meta(source_id, SourceMeta(title=TITLE, outlet=OUTLET))
        ((speaker_id, _name),) = library.speaker_names()
        edits.rename_speaker(library, speaker_id, SPEAKER)
        window = open_window(qtbot, library)
        panel = window.library_panel
        select_library_row(panel, 0)
        wait_idle(qtbot, window)
        assert shown(window.viewer.title.text(), window.viewer.title.textFormat()) == TITLE
        texts = _texts_shown(window)
        _as_written(texts)
        places = [t for t in texts if TITLE in t]
        assert len(places) >= 4, places  # the viewer, the list's tips, the chooser's
        assert any(QUOTE in t for t in texts)
        assert any(OUTLET in t for t in texts)
        # A card too narrow for its speaker names them whole in its tooltip.
        tips = [shown(t) for t in _card_tip(panel.items, 0, 60, monkeypatch)]
        assert tips == [SPEAKER], tips

        assert window.sources.delete_source(source_id)  # asked first
        wait_idle(qtbot, window)
        asked = [shown(text) for kind, _title, text in message_boxes if kind == "question"]
        assert asked and TITLE in asked[-1], asked
        _as_written(asked)
        window.close()


def test_a_memo_file_name_with_an_ampersand_keeps_it_in_open_recent(
    qtbot, tmp_path, seeded_library
):
    window = open_window(qtbot, seeded_library)
    memo = tmp_path / "Q&A <b>notes</b>.brief.json"
    window.settings.add_recent(memo)
    window.files.recent_menu.aboutToShow.emit()
    first = window.files.recent_menu.actions()[0]
    assert menu_text(first.text()) == f"1 {memo.name}"
    assert shown(first.toolTip()) == str(memo)
