"""What a source still lacks before it can be cited properly: one rule for the
whole app, used by the library's marks and by the export's preflight, so the
two always agree."""

from __future__ import annotations

from pathlib import PurePath

from app.core.ingest import SUFFIXES
from app.core.model import SourceMeta

# In the order they are reported. A news citation names its title, outlet and
# date in every style, and a URL is how a reader finds the article again.
CITATION_FIELDS = ("title", "date", "outlet", "url")


def needs_url(meta: SourceMeta, file_name: str) -> bool:
    """Whether a citation of the source needs its URL: a page saved from the
    web (an HTML file), or a source read online (it has an access date). A
    document or text file of the user's own, or a pasted text, is cited
    without one: the URL an empty field asks for may not exist."""
    web_page = SUFFIXES.get(PurePath(file_name).suffix.lower()) == "html"
    return web_page or bool(meta.accessed.strip())


def missing_fields(meta: SourceMeta, file_name: str) -> list[str]:
    """The fields of `CITATION_FIELDS` that `meta` leaves empty (or blank)
    and a citation of the source (`file_name`: the file it was read from,
    "" when pasted) needs."""
    needed = CITATION_FIELDS if needs_url(meta, file_name) else CITATION_FIELDS[:-1]
    return [name for name in needed if not getattr(meta, name).strip()]


def missing_note(meta: SourceMeta, file_name: str) -> str:
    """ "missing: date, outlet, URL", or "" when nothing is missing."""
    missing = missing_fields(meta, file_name)
    return f"missing: {', '.join(field_names(missing))}" if missing else ""


def field_names(names: list[str]) -> list[str]:
    """`names` of `CITATION_FIELDS` as the window and the warnings write them."""
    return ["URL" if name == "url" else name for name in names]


def listed_fields(names: list[str]) -> str:
    """ "date, outlet or URL": `names` in a sentence."""
    shown = field_names(names)
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
