"""What the library says about a source's metadata: which fields a citation lacks."""

from __future__ import annotations

from app.core.model import SourceMeta
from app.core.source_checks import missing_fields  # the rule export preflight uses too


def missing_note(meta: SourceMeta) -> str:
    """ "missing: date, outlet", or "" when nothing is missing."""
    missing = missing_fields(meta)
    return f"missing: {', '.join(missing)}" if missing else ""


def missing_tooltip(meta: SourceMeta) -> str:
    missing = missing_fields(meta)
    if not missing:
        return ""
    return (
        f"This source has no {' or '.join(missing)}, so its citations will lack"
        " them. Fill them in with Edit > Source Properties (Ctrl+Alt+P)."
    )
