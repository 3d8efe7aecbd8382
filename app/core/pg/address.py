"""Telling a team library's address from a file path, without loading the
PostgreSQL driver (a user without a server never loads it)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_team_location(location: object) -> bool:
    """Whether a --library value names a team library rather than a file."""
    text = str(location)
    return text.startswith(SCHEMES) or text.startswith("service=")


def without_password(location: str) -> str:
    """The address with any password removed: what may be shown or remembered."""
    if not location.startswith(SCHEMES):
        return " ".join(
            part for part in location.split() if not part.lower().startswith("password=")
        )
    parts = urlsplit(location)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        netloc = userinfo.split(":", 1)[0] + "@" + host
    # The rest exactly as written (no re-encoding), so one library is one string.
    query = "&".join(
        pair
        for pair in parts.query.split("&")
        if pair and pair.split("=", 1)[0].lower() != "password"
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
