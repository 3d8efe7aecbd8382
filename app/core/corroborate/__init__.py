"""Corroboration: which sources agree, which copy, and where they disagree.

The package, from text to the library:

- `text`, `quantities`, `names`, `claims`: what a quote or claim says, as
  comparable parts (words, typed and bounded values, what each is said about);
- `matching`: the index that finds which quotes and claims to compare
  across sources; `judging` (with `rules`, and `weights` for how telling
  each word is): the rules that decide whether two are the same quote or
  claim, or disagree;
- `conflicts`, `derived`: conflicts from the matches, rewrites of other sources;
- `state`, `index_store`, `grouping`: the grouping state of an open library,
  the index kept in it between sessions, and the runs (`update`, `regroup`;
  `beside`: the regroup of a library opened stale, built beside its writer);
  `signing` builds the items' signatures for a run, and `sig_cache` keeps
  them in the library for the next;
- `report`: groups and conflicts as plain data, each with why it was made.

What the store keeps is read and written through the library's methods
(app/core/store_groups.py); nothing here runs SQL of its own.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.corroborate.grouping import Summary, ensure_current, forget, regroup, update
    from app.core.corroborate.names import kind_label
    from app.core.corroborate.report import (
        describe_clusters,
        describe_conflict,
        describe_conflicts,
        describe_group,
        independence,
        none_found,
        value_labels,
        why_text,
    )
    from app.core.corroborate.shown import value_text

# Each public name and the module it comes from. The modules load at first use
# (PEP 562), not with the package: the window's first frame imports the code
# that edits a library, which names this package, but compares nothing yet.
_HOME = {
    "Summary": "grouping",
    "ensure_current": "grouping",
    "forget": "grouping",
    "regroup": "grouping",
    "update": "grouping",
    "kind_label": "names",
    "value_text": "shown",
    "describe_clusters": "report",
    "describe_conflict": "report",
    "describe_conflicts": "report",
    "describe_group": "report",
    "independence": "report",
    "none_found": "report",
    "value_labels": "report",
    "why_text": "report",
}


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")  # a submodule, as before
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


__all__ = [
    "Summary",
    "describe_clusters",
    "describe_conflict",
    "describe_conflicts",
    "describe_group",
    "ensure_current",
    "forget",
    "independence",
    "kind_label",
    "none_found",
    "regroup",
    "update",
    "value_labels",
    "value_text",
    "why_text",
]
