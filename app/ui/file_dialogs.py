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

from PySide6.QtCore import QDate, QDateTime, QFileInfo, QLocale, QTime
from PySide6.QtGui import QAbstractFileIconProvider, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QTreeView,
    QWidget,
)

Option = QFileDialog.Option

# The columns of the Details view, after the name: what their widest usual
# entry says, so each is read in full (a size of 1,000 KiB or more is shown in MiB).
_WIDEST = {1: ("999 bytes", "999.99 KiB"), 2: ("SQLITE-WAL file", "Folder")}
_ROOM = 24  # pixels: the cell's margins and a gap before the next column
_SIZE = (860, 520)  # the dialog at least, where the screen has room for it


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


def show_details(dialog: QFileDialog) -> None:
    """The dialog's list in its Details view with the four columns a user
    reads a folder by (name, size, type, date modified), each wide enough to
    read. Qt's dialog opens in the view and with the columns its last use left
    (kept in QtProject.conf: a List view has none, a column hidden stays
    hidden), and at its small default size cut sizes and dates short
    ("162...tes"). The type is still told by the name (`NameOnlyIcons`)."""
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:  # a native dialog: the platform's own columns
        return
    metrics = view.fontMetrics()
    latest = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59))
    widest = dict(_WIDEST)
    widest[3] = (QLocale.system().toString(latest, QLocale.FormatType.ShortFormat),)
    header = view.header()
    for column in range(view.model().columnCount()):
        view.setColumnHidden(column, False)
    for column, texts in widest.items():
        width = max(metrics.horizontalAdvance(t) for t in texts) + _ROOM
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name: the rest
    screen = (dialog.parentWidget() or dialog).screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    width = min(max(dialog.width(), _SIZE[0]), int(free.width() * 0.9))
    height = min(max(dialog.height(), _SIZE[1]), int(free.height() * 0.9))
    dialog.resize(width, height)


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
    show_details(dialog)
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
