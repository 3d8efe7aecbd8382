"""What the library says about a source's metadata: which fields a citation lacks."""

from __future__ import annotations

from app.core.model import SourceMeta


def missing_fields(meta: SourceMeta) -> list[str]:
    """Fields to fill in before citing: what `SourceMeta.missing()` requires,
    plus the outlet, without which a news citation reads as anonymous."""
    return meta.missing() + ([] if meta.outlet.strip() else ["outlet"])


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
