"""Help > Keyboard Shortcuts, made from the window's menus themselves.

Every command in a menu is listed with its key, so the list cannot drift
from what the keys do. Keys that belong to a widget rather than a command
(arrows in the source viewer, Escape in a memo block) are listed after it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.ui.menus import LISTED_AS, LISTS
from app.ui.scoped_keys import own_keys

# Keys a widget handles itself, not a menu command: (where, key, what it does).
WIDGET_KEYS = (
    ("Search box", "Down or Enter", "Move into the results"),
    ("Search box", "Escape", "Clear the search"),
    ("Sources tab", "Enter", "Show the source's quotes"),
    ("Source viewer", "Arrows, Home, End", "Move the caret through the article"),
    ("Source viewer", "Shift+arrows", "Select text (then clip it)"),
    ("Memo", "Up, Down", "Choose a block or section"),
    ("Memo block being edited", "Tab or Escape", "End the edit, keeping your words"),
    ("Memo block being edited", "Ctrl+Z", "Undo typing in the block"),
    ("Conflicts panel", "Ctrl+Return", "Resolve: record the value chosen as the right one"),
    ("Any list", "Tab", "Next control"),
)


def key_text(action: QAction) -> str:
    """An action's keys as the platform writes them ("Ctrl+I"; several joined by "or")."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in own_keys(action)]
    return " or ".join(k for k in keys if k)


def menu_text(text: str) -> str:
    """A menu label as read: no accelerator mark, no tab-separated key."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def command_rows(menus: dict[str, QMenu]) -> list[tuple[str, str, str]]:
    """(menu path, command, keys) of every command in `menus`, in menu order;
    submenus are walked (a dynamic one is asked to fill itself first), but a
    submenu of files (`LISTS`) is one row saying what it lists."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # Open Recent fills itself when it opens
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                if listed := action.menu().property(LISTS):
                    rows.append((path, f"{menu_text(action.text())}: {listed}", ""))
                    continue
                walk(action.menu(), f"{path} > {menu_text(action.text())}")
                continue
            named = action.property(LISTED_AS) or menu_text(action.text())
            rows.append((path, named, key_text(action)))

    for menu in menus.values():
        walk(menu, menu_text(menu.title()))
    return rows


def shortcuts_html(menus: dict[str, QMenu]) -> str:
    """The whole list as HTML, a table per menu."""
    from html import escape  # loads when the list is first shown

    parts = ["<h2>Keyboard Shortcuts</h2>"]
    # One table per menu or submenu: a menu's own commands together, though
    # its submenus sit between them in the menu.
    tables: dict[str, list[tuple[str, str]]] = {}
    for path, command, keys in command_rows(menus):
        tables.setdefault(path, []).append((command, keys))
    for path, rows in tables.items():
        parts.append(f"<h3>{escape(path)}</h3><table cellpadding='2'>")
        for command, keys in rows:
            shown = f"<kbd>{escape(keys)}</kbd>" if keys else "<i>(menu only)</i>"
            parts.append(f"<tr><td width='260'>{escape(command)}</td><td>{shown}</td></tr>")
        parts.append("</table>")
    parts.append("<h3>In the panes</h3><table cellpadding='2'>")
    for where, keys, what in WIDGET_KEYS:
        parts.append(
            f"<tr><td width='180'>{escape(where)}</td><td width='150'><kbd>{escape(keys)}"
            f"</kbd></td><td>{escape(what)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)
