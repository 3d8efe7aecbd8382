"""The published list of US states beside this file (`us_states.txt`; its
header gives the sources and licences), read in one place for
corroboration's state abbreviations and the facts' "the state"."""

from __future__ import annotations

from pathlib import Path


def us_states() -> list[tuple[str, str, str]]:
    """(name, USPS code, AP abbreviation) of each state and the District of
    Columbia, in the list's order."""
    rows = []
    lines = Path(__file__).with_name("us_states.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        name, postal, ap = line.split("\t")
        if name != "name":  # the header
            rows.append((name, postal, ap))
    return rows
