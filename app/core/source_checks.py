"""What a source still lacks before it can be cited properly: one rule for the
whole app, used by the library's marks and by the export's preflight, so the
two always agree."""

from __future__ import annotations

from app.core.model import SourceMeta

# In the order they are reported. A news citation names its title, outlet and
# date in every style, and a URL is how a reader finds the article again.
CITATION_FIELDS = ("title", "date", "outlet", "url")


def missing_fields(meta: SourceMeta) -> list[str]:
    """The fields of `CITATION_FIELDS` that `meta` leaves empty (or blank)."""
    return [name for name in CITATION_FIELDS if not getattr(meta, name).strip()]


def missing_note(meta: SourceMeta) -> str:
    """ "missing: date, outlet, URL", or "" when nothing is missing."""
    missing = missing_fields(meta)
    return f"missing: {', '.join(field_names(missing))}" if missing else ""


def field_names(names: list[str]) -> list[str]:
    """`names` of `CITATION_FIELDS` as the window and the warnings write them."""
    return ["URL" if name == "url" else name for name in names]


def listed_fields(names: list[str]) -> str:
    """ "date, outlet or URL": `names` in a sentence."""
    shown = field_names(names)
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
