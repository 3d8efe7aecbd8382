"""What the library says about a source's metadata: which fields a citation lacks."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from app.core.model import SourceMeta

# The rule export preflight uses too; the note is the library's, shown here.
from app.core.source_checks import listed_fields, missing_fields
from app.core.source_checks import missing_note as missing_note


def missing_tooltip(meta: SourceMeta, file_name: str) -> str:
    missing = missing_fields(meta, file_name)
    if not missing:
        return ""
    return (
        f"This source has no {listed_fields(missing)}, so its citations will lack"
        " them. Fill them in with Edit > Source Properties (Ctrl+Alt+P)."
    )


def warning_icon(widget: QWidget) -> QIcon:
    """The style's warning icon, shown before a source that lacks details."""
    # Imported here: PySide builds QStyle's many enums on import, and the first
    # frame shows no source list (see item_delegate.is_selected).
    from PySide6.QtWidgets import QStyle

    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
