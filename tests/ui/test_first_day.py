"""A first day with the app, driven by keys: importing and pasting sources,
filling in their details, searching each tab, help, the panel of agreeing
and disagreeing sources, adding to the memo and exporting it."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton

from app.core.short_text import clip_words
from app.core.store import SearchFilter
from app.ui import file_dialogs
from app.ui.help_pages import HelpDialog
from app.ui.source_list import MissingRole
from app.ui.source_properties import SourcePropertiesDialog
from tests.ui.helpers import (
    add_by_keyboard,
    focused,
    open_window,
    press,
    type_text,
    wait_idle,
)

CTRL = Qt.KeyboardModifier.ControlModifier
BRIEF = re.compile(r"\bbriefs?\b", re.IGNORECASE)  # the user reads "memo", always
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

ARTICLE = """Quillmore Council Votes to Widen the Zorbel Canal

By Ada Quill and Ben Strand

VERANTO, March 4 (Wirepost) - The Quillmore council voted 7-2 on Tuesday to widen the
Zorbel canal.

"We have waited long enough," said council leader Ora Vantt.
"""


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def dialog_of(window, kind):
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}"
    dialog = found[0]
    dialog.activateWindow()  # as a window manager does for a new dialog
    return dialog


# -- short titles --------------------------------------------------------------


def test_short_text_ends_between_words_and_never_inside_a_name():
    title = "Vellow Harbour Mayor Ada Quill announced a plan on Monday"
    assert clip_words(title, 80) == title
    # The name "Vellow Harbour Mayor Ada Quill" (30 characters) is kept whole
    # wherever it fits in half again the limit.
    for limit in range(20, len(title)):
        short = clip_words(title, limit)
        assert short.endswith("\u2026")
        kept = short[:-1]
        assert title.startswith(kept)
        assert title[len(kept)] == " ", f"{limit}: cut inside a word: {short!r}"
        # Never "Vellow Harbour Mayor Ada…": the name is kept whole or left out.
        assert not kept.endswith(("Harbour", "Mayor", "Ada")), short
        assert not kept.endswith((" a", " on")), short  # nor on a small word
    assert clip_words("Zorbelquillian", 6) == "Zorbe\u2026"


def test_conflicts_view_shows_titles_cut_between_words(window, qtbot, seeded_library):
    press(qtbot, Qt.Key.Key_F8)
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    view = dock.conflicts_view
    qtbot.waitUntil(lambda: view.list.count() > 0)
    titles = seeded_library.source_titles().values()
    seen = 0
    for row in range(view.list.count()):
        view.list.setCurrentRow(row)
        for side in view.findChildren(type(view.list)):
            if side is view.list:
                continue
            for n in range(side.count()):
                first_line = side.item(n).text().split("\n")[0]
                whole = [t for t in titles if " ".join(t.split()) == first_line]
                if whole:
                    continue
                assert first_line.endswith("\u2026"), first_line
                kept = first_line[:-1]
                title = next(" ".join(t.split()) for t in titles if t.startswith(kept))
                assert title[len(kept)] == " ", f"cut inside a word: {first_line!r}"
                seen += 1
    assert seen > 0  # the bundled titles are longer than the view shows


# -- sources ------------------------------------------------------------------


def test_the_sources_list_shows_which_need_details(window, qtbot, seeded_library):
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_3, ALT)  # View > Sources
    assert focused() is panel.sources
    note = panel.source_list.note
    assert note.isVisible()
    total = len(seeded_library.sources())
    assert f"{total} of {total} sources need details" in note.text()
    assert window.commands.key("properties") in note.text()
    for row in range(panel.sources.count()):
        entry = panel.sources.item(row)
        assert entry.data(MissingRole), entry.text()
        assert not entry.icon().isNull()  # the mark at a glance
        assert "missing:" in entry.text()


def test_enter_in_source_properties_saves_after_clicking_today(window, qtbot, seeded_library):
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_3, ALT)
    first = panel.source_list.current_source_id()
    press(qtbot, Qt.Key.Key_P, CTRL | ALT)
    dialog = dialog_of(window, SourcePropertiesDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, ALT)  # &Outlet
    assert focused() is dialog.form.edits["outlet"]
    type_text(qtbot, "Wirepost")
    qtbot.mouseClick(dialog.findChild(QPushButton, "accessedToday"), Qt.MouseButton.LeftButton)
    today = datetime.date.today().isoformat()
    assert dialog.form.edits["accessed"].text() == today
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, window)
    meta = seeded_library.source(first).meta
    assert (meta.outlet, meta.accessed) == ("Wirepost", today)
    entry = panel.sources.currentItem()
    assert "outlet" not in entry.data(MissingRole)


def test_an_imported_source_is_selected_shown_and_its_details_read(
    window, qtbot, seeded_library, tmp_path, monkeypatch
):
    path = tmp_path / "canal.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(
        file_dialogs, "open_file_names", lambda *a, **k: ([str(path)], "Text (*.txt)")
    )
    before = {sid for sid, *_ in seeded_library.sources()}
    press(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: len(seeded_library.sources()) == len(before) + 1, timeout=30_000)
    wait_idle(qtbot, window)
    (new,) = [s for s in seeded_library.sources() if s[0] not in before]
    source_id, _, meta, _ = new
    assert meta.title == "Quillmore Council Votes to Widen the Zorbel Canal"
    assert "Ada Quill" in meta.author and "Ben Strand" in meta.author
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.source_list.current_source_id() == source_id)
    assert panel.tabs.currentIndex() == 2 and panel.sources.isVisible()
    row = panel.sources.currentRow()
    assert panel.sources.visualItemRect(panel.sources.item(row)).intersects(
        panel.sources.viewport().rect()
    )
    assert window.viewer.source.id == source_id


def test_pasted_text_becomes_a_source_that_is_selected(window, qtbot, seeded_library):
    QApplication.clipboard().setText(ARTICLE)
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    from app.ui.paste_source import PasteSourceDialog

    dialog = dialog_of(window, PasteSourceDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.form.edits["title"].text().startswith("Quillmore Council")
    assert focused() is dialog.text  # Enter there is a new line...
    press(qtbot, Qt.Key.Key_Return, CTRL)  # ...and Ctrl+Enter adds the source
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)
    newest = max(sid for sid, *_ in seeded_library.sources())
    qtbot.waitUntil(lambda: window.library_panel.source_list.current_source_id() == newest)
    assert window.viewer.source.id == newest


# -- search and filters -------------------------------------------------------


def test_ctrl_f_searches_the_tab_in_view(window, qtbot, seeded_library):
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_2, ALT)  # Facts
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert panel.tabs.currentIndex() == 1  # still Facts
    type_text(qtbot, "council")
    expected = seeded_library.count(SearchFilter(query="council", kind="fact"))
    assert expected > 0
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{expected} facts")
    press(qtbot, Qt.Key.Key_Down)
    assert panel.current_item().kind == "fact"


def test_choosing_a_source_sets_no_filter_and_filters_show_with_a_clear(window, qtbot):
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_3, ALT)
    press(qtbot, Qt.Key.Key_Down)  # another source: shown, but no filter set
    assert window.viewer.source.id == panel.source_list.current_source_id()
    assert panel.current_filter().source_id is None
    assert not panel.active_filters.isVisible()
    # Enter asks for the source's quotes: the filter is set, and shown.
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.tabs.currentIndex() == 0)
    assert panel.current_filter().source_id is not None
    qtbot.waitUntil(panel.active_filters.isVisible)
    (chip,) = panel.active_filters.chips
    assert chip.text().startswith("Source: ")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # one click clears it
    qtbot.waitUntil(lambda: not panel.active_filters.isVisible())
    assert panel.current_filter().source_id is None


# -- help ---------------------------------------------------------------------


def test_f1_opens_the_quick_guide_with_the_real_keys(window, qtbot):
    press(qtbot, Qt.Key.Key_F1)
    guides = [d for d in window.findChildren(HelpDialog) if d.isVisible()]
    assert [d.windowTitle() for d in guides] == ["Quick Guide"]
    text = guides[0].text.toPlainText()
    for name in ("import", "find", "add", "export"):
        assert window.commands.key(name) in text
    assert "[[" not in text and not BRIEF.search(text)
    press(qtbot, Qt.Key.Key_Slash, CTRL)
    lists = [d for d in window.findChildren(HelpDialog) if d.windowTitle() == "Keyboard Shortcuts"]
    shown = lists[0].text.toPlainText()
    menus_part = shown.split("In the panes")[0]
    headings = [
        line for line in menus_part.splitlines() if line in ("File", "Edit", "Memo", "View")
    ]
    assert headings == ["File", "Edit", "Memo", "View"]  # each menu once, not in pieces
    for name in ("conflicts", "add_section", "restore", "next_pane", "quick_guide"):
        assert window.commands.key(name) in shown, name


def test_panes_have_tooltips_and_the_window_says_memo(window):
    panel, keys = window.library_panel, window.commands
    tips = {
        "library tabs": [panel.tabs.tabToolTip(n) for n in range(panel.tabs.count())],
        "results": [panel.items.toolTip()],
        "search": [panel.search.toolTip()],
        "viewer": [window.viewer.title.toolTip()],
        "memo": [window.brief_tabs.tabToolTip(0)],
    }
    for where, texts in tips.items():
        assert all(t.strip() for t in texts), where
    assert keys.key("add") in panel.items.toolTip()
    assert keys.key("clip") in window.viewer.title.toolTip()
    assert keys.key("go_memo") in window.brief_tabs.tabToolTip(0)
    words = []
    for menu in window.menus.values():
        words.append(menu.title())
        words.extend(a.text() for a in menu.actions())
    words.extend(a.toolTip() for a in window.commands.values())
    assert not [w for w in words if BRIEF.search(w)]


# -- the memo -----------------------------------------------------------------


def test_add_with_nothing_selected_goes_to_the_section_in_view(window, qtbot):
    editor = window.editor
    sections = window.current_brief().sections
    assert len(sections) >= 3
    # Nothing selected, the first section at the top of the memo's view.
    editor.view.clearSelection()
    editor.view.setCurrentIndex(editor.model.index(-1, -1))
    editor.view.scrollToTop()
    item = add_by_keyboard(window, qtbot, "hardening our defenses")
    first = window.current_brief().sections[0]
    assert [b.item_id for b in first.blocks] == [item.id]
    # With a block selected, the next one goes right after it.
    second = add_by_keyboard(window, qtbot, "sanctuary", kind="fact")
    assert [b.item_id for b in window.current_brief().sections[0].blocks] == [item.id, second.id]
    assert window.current_brief().sections[-1].blocks == []


def test_the_agree_disagree_panel_opens_compact_and_keeps_its_size(window, qtbot):
    window.resize(1200, 900)
    press(qtbot, Qt.Key.Key_F8)  # View > Conflicts: the fuller of its two tabs
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    qtbot.waitUntil(lambda: dock.height() > 0)
    # A conflict shown with its two sides, as when the user reads it.
    qtbot.waitUntil(lambda: dock.conflicts_view.list.currentRow() >= 0)
    qtbot.wait(100)
    assert dock.height() <= 0.32 * window.height()  # compact: about 30%
    window.resizeDocks([dock], [420], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: abs(dock.height() - 420) < 30)
    kept = dock.height()
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)  # closed
    qtbot.waitUntil(lambda: not dock.isVisible())
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)  # open again, as high as it was
    qtbot.waitUntil(dock.isVisible)
    qtbot.waitUntil(lambda: abs(dock.height() - kept) < 10)


def test_an_export_is_confirmed_in_the_status_bar(window, qtbot, tmp_path):
    add_by_keyboard(window, qtbot, "hardening our defenses")
    target = tmp_path / "memo.docx"
    press(qtbot, Qt.Key.Key_E, CTRL)
    from app.ui.export_dialog import ExportDialog

    dialog = dialog_of(window, ExportDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.path  # Save as: first
    # Each underlined letter of the dialog does one thing.
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
    assert len(letters) == len(set(letters)), sorted(letters)
    # The warnings name a source by its title, cut between words if long.
    titles = [" ".join(t.split()) for t in window.library.source_titles().values()]
    cut = [
        excerpt
        for n in range(dialog.warnings.count())
        for excerpt in re.findall(
            "Source \u201c([^\u201d]*)\u2026\u201d", dialog.warnings.item(n).text()
        )
    ]
    assert cut, "a long source title in a warning"
    for excerpt in cut:
        assert any(t.startswith(excerpt) and t[len(excerpt)] == " " for t in titles), excerpt
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(target))
    if dialog.open_when_done.isChecked():
        qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)  # "Open the file when done" off
        qtbot.waitUntil(lambda: not dialog.open_when_done.isChecked())
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=30_000)
    note = window.exports.label
    qtbot.waitUntil(note.isVisible)
    assert "memo.docx" in note.text() and "Open folder" in note.text()
    assert window.commands["export_folder"].isEnabled()
    assert Path(window.exports.last) == target


def test_captions_and_card_lines_are_cut_between_words(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from app.ui.text_fit import fit_words

    metrics = QFontMetrics(QFont())
    line = "Ada Quill  ·  Vellow Harbour Mayor Ada Quill announced a plan on Monday"
    assert fit_words(line, metrics, 10_000) == line
    for width in range(60, metrics.horizontalAdvance(line), 7):
        shown = fit_words(line, metrics, width)
        assert metrics.horizontalAdvance(shown) <= width
        assert not shown.endswith(("\u00b7\u2026", "\u00b7 \u2026")), shown  # no dangling separator
        if shown:  # cut after a whole word, the line's own spacing kept
            kept = shown.removesuffix("\u2026")
            assert line.startswith(kept) and line[len(kept)] == " ", (width, shown)
