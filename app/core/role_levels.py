"""A team library's levels, in rising order, and whether one is enough.

Apart from `pg.roles` (which needs the PostgreSQL driver) so the window can
say what a user may do without loading the driver."""

from __future__ import annotations

LEVELS = ("reader", "editor", "admin")


def enough(has: str | None, needed: str) -> bool:
    """Whether the level `has` ("owner", a level of `LEVELS`, anything else:
    none) allows a change needing the level `needed`."""
    return has == "owner" or (has in LEVELS and LEVELS.index(has) >= LEVELS.index(needed))
