"""The fields of a citation read from what users type: dates and author names.

Dates come as users and importers write them (`2024-11-19`, `Nov. 19, 2024`,
`19 November 2024`, `2024`); names as `Jane Doe and John Roe`, `Doe, Jane;
Roe, John` or `By Jane Doe`. Each style's formatter in app/core/cite.py
writes them its own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
# AP abbreviates these months when a day is given; March-July are never abbreviated.
_AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Date:
    year: int
    month: int = 0
    day: int = 0


def parse_date(text: str) -> Date | None:
    """Read `2024-11-19`, `2024-11`, `2024`, `November 19, 2024`, `Nov. 19, 2024`
    or `19 November 2024`; None for anything else."""
    text = text.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", text)
    if m:
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        return Date(year, month, day) if month <= 12 and day <= 31 else None
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", text)
    if m and _month_number(m[1]):
        return Date(int(m[3]), _month_number(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", text)
    if m and _month_number(m[2]):
        return Date(int(m[3]), _month_number(m[2]), int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+)\.?,?\s+(\d{4})", text)
    if m and _month_number(m[1]):
        return Date(int(m[2]), _month_number(m[1]))
    return None


def _month_number(name: str) -> int:
    name = name.lower()
    for i, month in enumerate(_MONTHS, 1):
        if len(name) >= 3 and month.lower().startswith(name):
            return i
    return 0


def _format_date(text: str, with_day, month_only) -> str:
    """A parsed date written by `with_day(date, month index)` or
    `month_only(...)`; a bare year as itself; unparseable text as written."""
    d = parse_date(text)
    if d is None:
        return text.strip()
    if not d.month:
        return str(d.year)
    return (with_day if d.day else month_only)(d, d.month - 1)


def date_long(text: str) -> str:
    """Chicago's `November 19, 2024`; unparseable dates are kept as written."""
    return _format_date(
        text,
        lambda d, m: f"{_MONTHS[m]} {d.day}, {d.year}",
        lambda d, m: f"{_MONTHS[m]} {d.year}",
    )


def _date_apa(text: str) -> str:
    """APA's `2024, November 19` (inside the parentheses)."""
    return _format_date(
        text,
        lambda d, m: f"{d.year}, {_MONTHS[m]} {d.day}",
        lambda d, m: f"{d.year}, {_MONTHS[m]}",
    )


def _date_ap(text: str) -> str:
    """AP's `Nov. 19, 2024`; a month without a day is spelled out (`November 2024`)."""
    return _format_date(
        text,
        lambda d, m: f"{_AP_MONTHS[m]} {d.day}, {d.year}",
        lambda d, m: f"{_MONTHS[m]} {d.year}",
    )


def _year(text: str) -> str:
    d = parse_date(text)
    if d is not None:
        return str(d.year)
    m = re.search(r"\b(1\d{3}|2\d{3})\b", text)
    return m[1] if m else ""


@dataclass(frozen=True)
class Name:
    given: str
    family: str
    suffix: str = ""

    @property
    def full(self) -> str:
        """`Martin Luther King Jr.` (CMOS 17 sets no comma before Jr.)."""
        return " ".join(p for p in (self.given, self.family, self.suffix) if p)

    @property
    def inverted(self) -> str:
        """`King, Martin Luther, Jr.` for the first name of a bibliography entry."""
        out = f"{self.family}, {self.given}" if self.given else self.family
        return f"{out}, {self.suffix}" if self.suffix else out

    @property
    def initials(self) -> str:
        """APA's `Family, G. M.` (hyphenated given names keep the hyphen: J.-P.)."""
        parts = []
        for word in self.given.split():
            bits = [b for b in word.split("-") if b]
            parts.append("-".join(f"{b[0]}." for b in bits))
        out = f"{self.family}, {' '.join(parts)}" if parts else self.family
        return f"{out}, {self.suffix}" if self.suffix else out


def parse_authors(text: str) -> list[Name]:
    """Split an author field (`Jane Doe and John Roe`, `Doe, Jane; Roe, John`,
    `By Jane Doe, John Roe`) into names."""
    text = re.sub(r"^\s*by\s+", "", text.strip(), flags=re.IGNORECASE)
    if not text:
        return []
    if ";" in text:
        pieces = text.split(";")
    else:
        pieces = re.split(r",?\s+(?:and|&)\s+|\s*&\s*", text)
        # "Jane Doe, John Roe" is a list; "Doe, Jane" is one inverted name.
        if len(pieces) == 1 and all(len(p.split()) >= 2 for p in text.split(",")):
            pieces = text.split(",")
        elif len(pieces) > 1 and "," in pieces[0]:
            head = pieces[0].split(",")
            if all(len(p.split()) >= 2 for p in head):
                pieces = head + pieces[1:]
    return [_name(p.strip()) for p in pieces if p.strip()]


def _name(text: str) -> Name:
    if "," in text:
        family, _, given = text.partition(",")
        return Name(given.strip(), family.strip())
    words = text.split()
    if len(words) == 1:
        return Name("", words[0])
    if words[-1].lower() in _SUFFIXES and len(words) > 2:
        return Name(" ".join(words[:-2]), words[-2], words[-1])
    return Name(" ".join(words[:-1]), words[-1])
