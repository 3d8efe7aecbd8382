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
