"""The window's file dialogs, which never read the files they list.

Qt's own dialog opens each file it lists whose name does not settle its type
(a .sqlite, a .py, a name with no ending) to read its first bytes, for the
Type column and the icon. Closing a descriptor of a file drops every POSIX
lock the process holds on it, SQLite's included (app/core/file_head.py): a
dialog showing the library's folder (Open Library and New Library start
there) left the window's connections unlocked, and a command or another
window closing the library meanwhile took itself for its last user and
deleted the -wal the window was still writing into. So these dialogs tell a
file's type and icon by its name alone. Same arguments and results as
QFileDialog's static functions of the same purpose.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QWidget

Option = QFileDialog.Option


class NameOnlyIcons(QFileIconProvider):
    """A file's icon and type from its name and kind, never its contents."""

    def icon(self, what):  # QFileInfo, or one of the provider's IconTypes
        if isinstance(what, QFileInfo):
            kind = QAbstractFileIconProvider.IconType
            return super().icon(kind.Folder if what.isDir() else kind.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        suffix = info.suffix()
        return f"{suffix.upper()} file" if suffix else "File"


_ICONS: list[NameOnlyIcons] = []  # one for every dialog: a dialog does not own it


def _run(
    parent: QWidget | None,
    caption: str,
    folder: str,
    filters: str,
    mode: QFileDialog.FileMode,
    options: QFileDialog.Option,
    saving: bool = False,
) -> tuple[list[str], str]:
    if not _ICONS:
        _ICONS.append(NameOnlyIcons())
    dialog = QFileDialog(parent, caption, folder, filters)
    dialog.setIconProvider(_ICONS[0])
    dialog.setFileMode(mode)
    dialog.setOptions(dialog.options() | options)
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def _chooser(mode: QFileDialog.FileMode, doc: str, *, saving: bool = False):
    """A function with the arguments and results of QFileDialog's static one
    for `mode`: one file's name, or for ExistingFiles a list of them."""

    def choose(
        parent: QWidget | None,
        caption: str = "",
        folder: str = "",
        filters: str = "",
        options: QFileDialog.Option = Option(0),
    ):
        files, chosen = _run(parent, caption, folder, filters, mode, options, saving)
        if mode == QFileDialog.FileMode.ExistingFiles:
            return files, chosen
        return (files[0], chosen) if files else ("", "")

    choose.__doc__ = doc
    return choose


open_file_name = _chooser(
    QFileDialog.FileMode.ExistingFile,
    """(an existing file chosen, its filter); ("", "") when none was.""",
)
open_file_names = _chooser(
    QFileDialog.FileMode.ExistingFiles,
    """(the existing files chosen, their filter); ([], "") when none were.""",
)
save_file_name = _chooser(
    QFileDialog.FileMode.AnyFile,
    """(a file name to write, its filter); ("", "") when none was chosen.
    `folder` may end in a file name, offered selected.""",
    saving=True,
)


def existing_directory(parent: QWidget | None, caption: str = "", folder: str = "") -> str:
    """A folder chosen; "" when none was."""
    files, _ = _run(
        parent, caption, folder, "", QFileDialog.FileMode.Directory, Option.ShowDirsOnly
    )
    return files[0] if files else ""
