"""A conflict's values as a reader writes them. Imports nothing: the
library's cards say them from the window's first frame, which loads none of
the comparing code."""

from __future__ import annotations

_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()


def value_text(kind: str, value: str) -> str:
    """A value as a reader writes it: a day of a month, stored "12-15",
    as "Dec. 15" (never to be read as a day and a month, or a score); a
    count of four digits or more with its thousands marked, "52,000";
    other values as stored."""
    if kind.startswith("count:") and value.isdigit() and len(value) > 3:
        return f"{int(value):,}"
    if kind == "date":
        month, _, day = value.partition("-")
        if month.isdigit() and day.isdigit() and 1 <= int(month) <= 12:
            return f"{_MONTHS[int(month) - 1]} {int(day)}"
    return value


# How a conflict's side that is a figure claim (corroborate/wide.py) is
# marked wherever it is shown: a sentence of its source, never a fact.
NOT_OFFERED = "not offered as a fact"
