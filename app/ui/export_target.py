"""Where the Export dialog writes: chosen in a file dialog, or asked before
a file there is replaced.

Exporting again offers the same name (the memo's subject) in the last
folder, so the file there may be another memo's with the same subject, or
this memo's last export edited in Word since: it is replaced only when the
user says so, in a file dialog that asked, or here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.export import free_name
from app.ui import file_dialogs
from app.ui.plain_text import menu_plain, plain_tip

FORMAT_FILTERS = {"docx": "Word document (*.docx)", "pdf": "PDF (*.pdf)"}


def choose_path(parent: QWidget, current: str, fmt: str) -> str:
    """A path chosen in a file dialog that asks before replacing a file
    (Qt's own, and the system's); "" when none was chosen. A name typed
    without a known suffix takes `fmt`'s."""
    filters = [FORMAT_FILTERS[fmt], *(f for k, f in FORMAT_FILTERS.items() if k != fmt)]
    name, _ = file_dialogs.save_file_name(parent, "Export Memo", current, ";;".join(filters))
    if name and Path(name).suffix.lower().lstrip(".") not in FORMAT_FILTERS:
        name = f"{name}.{fmt}"
    return name


def replacing_asked(parent: QWidget, path: Path) -> Path | None:
    """Where to write, when a file is at `path` that nobody said to replace:
    `path` itself (Replace), a free name beside it, or None (No, the default:
    nothing is written)."""
    other = free_name(path)
    box = QMessageBox(
        QMessageBox.Icon.Question, "Export Memo", plain_tip(f"Replace {path.name}?"), parent=parent
    )
    box.setInformativeText(
        plain_tip(
            f"A file named {path.name} is already in {path.parent}. Replacing it loses what"
            " it holds: another memo's export with the same subject, or edits made to it since."
        )
    )
    replace = box.addButton("&Replace", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(f"Save as {menu_plain(other.name)}", QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return path
    if clicked is keep:
        return other
    return None
