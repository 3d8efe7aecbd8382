"""The main window's menus, one function per menu, and the named commands in them.

Every command is a QAction with an accelerator (the underlined letter) and,
where one is used often, a shortcut. `Commands` keeps them by name, so the
Quick Guide and Help > Keyboard Shortcuts read the keys from the actions
themselves, never from a copy that could drift.

To add a command: make its QAction (with "&" in its text, a shortcut if it
earns one), `commands.add("name", action)` and put it in its menu below.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core.templates import template_names
from app.ui.scoped_keys import KeyWhereFocused

# A submenu listing files (Open Recent) carries what it lists in this
# property: Help > Keyboard Shortcuts shows it as one row, not each file
# (or its "No recent memos") as a command.
LISTS = "listsWhat"
# A command whose text says what it would do now ("Undo Delete Source
# “<title>”") carries its plain name here, which Help > Keyboard Shortcuts shows.
LISTED_AS = "listedAs"


class Commands(dict[str, QAction]):
    """The window's commands by name (name -> QAction)."""

    def add(self, name: str, action: QAction) -> QAction:
        self[name] = action
        return action

    def key(self, name: str) -> str:
        """The command's first shortcut as the platform writes it ("Ctrl+I"), or ""."""
        return self[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def make_action(
    parent: QObject,
    text: str,
    slot: Callable,
    shortcut: str | QKeySequence.StandardKey | None = None,
    context: Qt.ShortcutContext | None = None,
) -> QAction:
    """An action calling `slot`. With a `context`, the action is also added to
    `parent` (a widget), whose focus decides where its shortcut works."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    if context is not None:
        action.setShortcutContext(context)
        parent.addAction(action)
    return action


def build_menus(window: QMainWindow) -> dict[str, QMenu]:
    """The menu bar of `window` (a MainWindow): File, Edit, Memo, View, Help."""
    bar = window.menuBar()
    menus = {
        "file": file_menu(window, bar.addMenu("&File")),
        "edit": edit_menu(window, bar.addMenu("&Edit")),
        "memo": memo_menu(window, bar.addMenu("&Memo")),
        "view": view_menu(window, bar.addMenu("&View")),
        "help": help_menu(window, bar.addMenu("&Help")),
    }
    # Delete deletes a source in the Sources list, removes a block in the memo:
    # the menus show it on the one it does where the focus is.
    commands = window.commands
    KeyWhereFocused(window, [commands["delete_source"], commands["delete"]])
    return menus


def _add(menu: QMenu, commands: Commands, name: str, action: QAction) -> QAction:
    menu.addAction(commands.add(name, action))
    return action


def file_menu(window, menu: QMenu) -> QMenu:
    c, files = window.commands, window.files
    _add(menu, c, "import", window.sources.import_action)
    _add(menu, c, "import_folder", window.sources.folder_action)
    menu.addSeparator()
    new_menu = menu.addMenu("&New Memo")
    for number, name in enumerate(template_names()):
        shortcut = QKeySequence.StandardKey.New if number == 0 else None
        action = make_action(
            window, f"&{number + 1} {name}", lambda _=False, n=name: files.new(n), shortcut
        )
        _add(new_menu, c, "new" if number == 0 else f"new_{number + 1}", action)
    open_action = make_action(
        window, "&Open\u2026", files.open_dialog, QKeySequence.StandardKey.Open
    )
    _add(menu, c, "open", open_action)
    menu.addMenu(files.recent_menu)
    menu.addSeparator()
    libraries = window.library_menu
    _add(menu, c, "new_library", libraries.new_action)
    _add(menu, c, "open_library", libraries.open_action)
    _add(menu, c, "open_team_library", libraries.team_action)
    menu.addMenu(libraries.recent_menu)
    _add(menu, c, "take_offline", window.offline.take_action)
    _add(menu, c, "sync", window.offline.sync_action)
    _add(menu, c, "sync_kept", window.offline.kept_action)
    menu.addSeparator()
    _add(menu, c, "save", make_action(window, "&Save", files.save, QKeySequence.StandardKey.Save))
    _add(
        menu,
        c,
        "save_as",
        make_action(window, "Save &As\u2026", lambda: files.save_as(), "Ctrl+Shift+S"),
    )
    menu.addSeparator()
    _add(menu, c, "export", make_action(window, "&Export\u2026", window.export_brief, "Ctrl+E"))
    _add(menu, c, "export_folder", window.exports.folder_action)
    menu.addSeparator()
    quit_action = make_action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    if quit_action.shortcut().isEmpty():  # a platform without a standard key for it: Ctrl+Q
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    _add(menu, c, "quit", quit_action)
    return menu


def edit_menu(window, menu: QMenu) -> QMenu:
    c, panel, sources = window.commands, window.library_panel, window.sources
    for name, action in (
        ("undo", window.history.undo_action),
        ("redo", window.history.redo_action),
    ):
        action.setProperty(LISTED_AS, name.capitalize())
        _add(menu, c, name, action)
    menu.addSeparator()
    find = make_action(
        window, "&Find in Library", window.focus_search, QKeySequence.StandardKey.Find
    )
    _add(menu, c, "find", find)
    _add(menu, c, "clear_filters", panel.clear_action)
    menu.addSeparator()
    _add(menu, c, "add", panel.add_action)
    _add(menu, c, "tags", panel.tags_action)
    _add(menu, c, "speaker", panel.speaker_action)
    _add(menu, c, "show_conflict", panel.conflict_action)
    _add(menu, c, "clip", window.viewer.clip_action)
    menu.addSeparator()
    _add(menu, c, "paste_source", sources.paste_action)
    _add(menu, c, "properties", sources.properties_action)
    _add(menu, c, "delete_source", sources.delete_action)
    return menu


def memo_menu(window, menu: QMenu) -> QMenu:
    c, actions = window.commands, window.editor.actions
    for name in ("add_section", "add_paragraph"):
        _add(menu, c, name, actions[name])
    menu.addSeparator()
    for name in ("move_up", "move_down", "rename", "delete"):
        _add(menu, c, name, actions[name])
    menu.addSeparator()
    _add(menu, c, "restore", actions["restore"])
    _add(menu, c, "update_sources", actions["update_sources"])
    _add(menu, c, "take_speaker", window.speaker_notice.take_action)
    return menu


def view_menu(window, menu: QMenu) -> QMenu:
    c = window.commands
    for number, label in enumerate(("&Quotes", "&Facts", "&Sources", "Spea&kers")):
        action = make_action(
            window,
            label,
            lambda _=False, n=number: window.show_library_tab(n),
            f"Alt+{number + 1}",
        )
        _add(menu, c, ("quotes", "facts", "sources", "speakers")[number], action)
    menu.addSeparator()
    focus = window.pane_focus
    _add(menu, c, "next_pane", focus.next_action)
    _add(menu, c, "previous_pane", focus.previous_action)
    for name, action in zip(("go_library", "go_viewer", "go_memo"), focus.go_actions, strict=True):
        _add(menu, c, name, action)
    menu.addSeparator()
    editor = make_action(window, "Memo &Editor", lambda: window.show_memo_tab(0))
    _add(menu, c, "memo_editor", editor)
    _add(
        menu,
        c,
        "memo_preview",
        make_action(window, "Memo &Preview", lambda: window.show_memo_tab(1)),
    )
    menu.addSeparator()
    group = make_action(
        window,
        "Same Quote/Claim in &Other Sources",
        lambda: window.corroboration().show_tab(0),
        "Ctrl+Shift+G",
    )
    _add(menu, c, "group", group)
    conflicts = make_action(window, "&Conflicts", lambda: window.corroboration().show_tab(1), "F8")
    _add(menu, c, "conflicts", conflicts)
    panel_action = make_action(
        window, "Sources &Agree / Disagree Panel", window.toggle_corroboration, "Ctrl+Shift+A"
    )
    panel_action.setCheckable(True)
    _add(menu, c, "corroboration_panel", panel_action)
    return menu


def help_menu(window, menu: QMenu) -> QMenu:
    c, help_ = window.commands, window.help
    _add(menu, c, "quick_guide", help_.guide_action)
    _add(menu, c, "shortcuts", help_.shortcuts_action)
    menu.addSeparator()
    example = make_action(window, "Open &Example Memo", window.files.open_example)
    _add(menu, c, "example", example)
    menu.addSeparator()
    _add(menu, c, "about", make_action(window, "&About Briefing Builder", help_.show_about))
    return menu
