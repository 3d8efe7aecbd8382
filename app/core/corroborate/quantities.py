"""The checkable values a claim states, each typed, bounded and placed in time.

`claim_values(text)` reads, in one pass over a (`plain`) text:

- money: "$1.2 million", "$916,000", "2 billion dollars" -> kind "money";
- percentages: "3.5 percent", "40%" -> "percent"; "a 9-point lead",
  "9 percentage points" -> "count:point";
- counts of any unit noun: "40 homes", "12 protesters", "two decades",
  "5 million people" -> "count:<the unit's lemma>"; the unit is the first
  plural-looking word of the noun phrase after the number ("650 18-hole golf
  courses" -> "course"), so no list of units is needed;
- vote tallies: "13-0", "a 52–47 vote", "voted 7 to 2" -> "tally";
- days of a month: "Nov. 19", "March 4th, 2016" -> "date"; bare years -> "year";
- people in one-holder roles (see names.py) -> "name:<role>".

Each value carries the range the text allows: a written number stands for
what rounds to it ("$1.2 million" is 1.15 to 1.25 million, "1,000 people" 500
to 1,500), and a qualifier widens it ("nearly $1 billion" is 0.8 to 1 billion,
"more than 30" is 30 upward). Two values agree when their ranges meet. A value
said as a change ("rose from 4.9 to 5 percent", "up from 30", "fell 3
percent") is marked: it states a movement over time or a difference, not a
level two reports could disagree on.

The times a claim places itself at are read in times.py.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from app.core.corroborate.text import STOPWORDS, lemma

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = {**_UNITS, **_TENS, "dozen": 12, "hundred": 100}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
}  # fmt: skip
_SCALE_SHORT = {1e3: "k", 1e6: "m", 1e9: "bn", 1e12: "tn"}
# The words a figure is written with besides its number, as lemmas: its scale
# and its unit ("$4 million", "3 percent", "9 percentage points", "40
# dollars"). Two figures of one kind and size share them whatever they say.
FIGURE_WORDS = frozenset(
    [*_SCALES, "percent", "per", "cent", "percentage", "point", "dollar", "buck"]
)


class Value(NamedTuple):
    """One checkable value of a claim: `kind` says what it can be compared with."""

    kind: str  # money, percent, count:<unit>, tally, date, year, name:<role>
    value: str  # normalised: "$1.2m", "3.5%", "40", "13-0", "11-19", "2017", "Brown"
    start: int  # where it is written in the text
    end: int
    low: float = math.nan  # the range the text allows (nan for names)
    high: float = math.nan
    change: bool = False  # said as a movement or a difference, not a level
    bound: str = ""  # how the text bounds it: "" as written, "~" about, "<" at most, ">" at least
    # For a change: the words that say so ("compared with", "up from"); two
    # figures said with the same words stand in the same place of one story.
    cue: str = ""


def same_value(a: Value, b: Value) -> bool:
    """Whether two values are written as the same figure with the same
    bounds ("at least 501" and "at least 882" agree but are not the same)."""
    if a.value != b.value:
        return False
    return a.bound == b.bound or {a.bound, b.bound} == {"", "~"}


def agree(a: Value, b: Value) -> bool:
    """Whether two values of one kind can both be true of the same thing.
    Two bounds of one direction with other figures ("more than 51%", "more
    than 60%") are read as the same bound misreported, not as agreeing."""
    if a.value == b.value:
        return True
    if a.bound == b.bound and a.bound in ("<", ">"):
        return False
    if math.isnan(a.low) or math.isnan(b.low):
        return False
    return a.low < b.high and b.low < a.high  # ranges that only touch do not meet


# -- numbers ------------------------------------------------------------------

_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(k for k in _UNITS if k != 'zero')}))?"
    rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))}|a dozen|dozen|a hundred)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_NUM = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion)\b|(?:k|m|mn|bn|b|tn)\b)"


def _parse_number(token: str) -> tuple[float, float] | None:
    """(number, rounding step) of a written number: "1,200" -> (1200, 100),
    "3.5" -> (3.5, 0.1), "thirty" -> (30, 10)."""
    token = token.strip().lower()
    if token[0].isdigit() or token[0] == ".":
        digits = token.replace(",", "")
        try:
            number = float(digits)
        except ValueError:
            return None
        if "." in digits:
            return number, 10.0 ** -len(digits.split(".")[1])
        stripped = digits.rstrip("0")
        return number, 10.0 ** (len(digits) - len(stripped)) if number else 1.0
    token = token.removeprefix("a ")
    if token in NUMBER_WORDS:
        n = NUMBER_WORDS[token]
        return float(n), 10.0 if n in _TENS.values() or n == 100 else 1.0
    parts = re.split(r"[- ]", token)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return float(_TENS[parts[0]] + _UNITS[parts[1]]), 1.0
    return None


def _scaled(number: float, step: float, scale: str | None) -> tuple[float, float, float]:
    factor = _SCALES.get((scale or "").strip().lower(), 1.0)
    return number * factor, step * factor, factor


def _label(number: float) -> str:
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return text or "0"


# -- qualifiers and changes ---------------------------------------------------

# Words before a value that bound it: (pattern, how the range follows).
_QUALIFIERS = re.compile(
    r"(?P<about>about|around|roughly|approximately|some|an estimated|estimated|or so|nearly|"
    r"almost|close to|just under|just shy of|more than|over|at least|upwards of|just over|"
    r"in excess of|above|exceeding|less than|under|fewer than|below|up to|as many as|"
    r"as much as|no more than|at most)\s+(?:a |an |\$)?$",
    re.IGNORECASE,
)
_ABOUT = {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated"}
_BELOW = {"nearly", "almost", "close to", "just under", "just shy of"}
_ABOVE = {"more than", "over", "at least", "upwards of", "just over", "in excess of", "above"}
_ATMOST = {"exceeding"}  # "exceeding X" is above X
_UNDER = {"less than", "under", "fewer than", "below", "up to", "as many as", "as much as"}
_UNDER |= {"no more than", "at most"}
# A bound above denied by the verb it follows ("would not go above a $12",
# "won't rise over 40"): the figure is a ceiling, at most. A verb of
# moving or being, nothing else between ("not only more than 30" is none).
_DENIED = re.compile(
    r"\b(?:not|never|n't)\s+(?:go|goes|going|rise|rises|be|is|are|was|were|climb|get)\s+$",
    re.IGNORECASE,
)
_AFTER_QUALIFIER = re.compile(r"^(?:\s*(?:\+|-plus|plus\b|or more|or so|or less|or fewer))")

# A value said as a change: "from 4.9 to 5", "up from 30", "rose 3 percent",
# "a 10-point increase". Verbs of movement are general English.
_CHANGE_VERBS = frozenset(
    "rise increase grow climb jump surge soar gain fall drop decline decrease dip slip "
    "plunge plummet shrink sink slide tumble tick edge double triple halve cut reduce "
    "widen narrow".split()
)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:up|down|increase[sd]?|decrease[sd]?|rise|drop|change|compared)\s+(?:from|with|to)"
    r"|\bfrom|\bby|\bversus|\bvs\.?|\bafter|\bbefore|\bthan)\s+(?:a |an |the |just |only |\$)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:increase|decrease|drop|rise|jump|gain|loss|decline|growth|"
    r"change|swing|shift|more|less|fewer|higher|lower|greater|smaller|larger|bigger|lead|"
    r"advantage|margin|edge|behind|ahead)\b",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"\bfrom\s+\S+(?:\s+\S+){0,3}?\s+to\s*\$?$", re.IGNORECASE)
_CASED_LETTERS = re.compile(r"[A-Za-z]+")
# What follows the first item of a list told "from a ... to a ...": the
# item's words, then "to" and another thing, no figure ("from a $15 harbor
# toll to a ban on ferries").
_LISTED = re.compile(r"(?:[\s-]+[a-z][\w-]*){1,5}\s+to\s+(?:a|an|the)\s+[a-z][\w-]*\b(?!\s*\$?\d)")


ROUNDED = 0.2  # how far from a round number written plainly the figure may be


def _bounds(
    text: str, start: int, end: int, number: float, step: float
) -> tuple[float, float, str]:
    """The range a written number stands for, given its rounding step and
    the qualifier before (or after) it, and that qualifier as a `bound` tag.
    A round number with no qualifier stands for what a reporter rounds to
    it, never more than a fifth away (`ROUNDED`): "$100,000" is not
    $55,000, nor "$10 billion" $6 billion, though each rounds to it."""
    half = min(step / 2, abs(number) * ROUNDED)
    low, high = number - half, number + half
    tag = ""
    m = _QUALIFIERS.search(text[max(0, start - 24) : start])
    after = _AFTER_QUALIFIER.match(text[end : end + 10])
    if m:
        q = m.group("about").lower()
        if q in _ABOUT:
            low, high, tag = min(low, number * 0.85), max(high, number * 1.15), "~"
        elif q in _BELOW:
            low, high, tag = number * 0.8, number, "<"
        elif q in _ABOVE or q in _ATMOST:
            low, high, tag = number, math.inf, ">"
            if _DENIED.search(text, max(0, start - 60), start - len(m.group())):
                low, high, tag = 0.0, number, "<"  # "will not go above $12": at most
        elif q in _UNDER:
            low, high, tag = 0.0, high, "<"
    elif after:
        word = after.group().strip().lower()
        if word in ("or less", "or fewer"):
            low, tag = 0.0, "<"
        elif word == "or so":
            low, high, tag = min(low, number * 0.85), max(high, number * 1.15), "~"
        else:
            high, tag = math.inf, ">"
    return low, high, tag


def _is_change(text: str, start: int, end: int) -> str:
    """How the value at text[start:end] is said as a movement, a difference
    or a comparison rather than as a level: the words that say so, lower
    case ("compared with", "from", "rose"), or "" for a level."""
    before = text[max(0, start - 40) : start]
    qualifier = _QUALIFIERS.search(before)
    if qualifier:  # "more than 30" is a bound, not a comparison
        before = before[: qualifier.start()]
    m = _CHANGE_BEFORE.search(before) or _FROM_TO.search(before)
    if m and _LISTED.match(text, end) and m.group().lower().startswith("from"):
        m = None  # "from a $15 harbor toll to a ban on ferries": a list's first item
    if m:
        return " ".join(re.findall(r"[a-z]+", m.group().lower())[:2]) or "from"
    m = _CHANGE_AFTER.match(text[end : end + 32])
    if m:
        return " ".join(m.group().lower().split()[-1:])
    for word in _CASED_LETTERS.findall(before)[-3:]:
        verb = lemma(word.lower())
        if verb in _CHANGE_VERBS:
            return verb
    return ""


# -- the patterns -------------------------------------------------------------

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# The lookahead (a word of 3 to 9 letters, then a number) holds wherever a
# month and its day do: it only spares trying the months at every other word.
_DATE = re.compile(
    r"\b(?=[A-Za-z]{3,9}\.?\s+\d)"
    rf"({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\.?,?\s+(\d{{4}})\b)?",
    re.IGNORECASE,
)
_MONEY = re.compile(
    rf"(?:(?:US)?\$|€|£)\s?({_DIGITS})({_SCALE})?|\b({_NUM})({_SCALE})?\s+(?:dollars|bucks)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"\b({_NUM})\s?(%|percent\b|per\s?cent\b|percentage[\s-]points?\b|points?\b)",
    re.IGNORECASE,
)
_TALLY = re.compile(
    r"(?<![\w.$/-])(\d{1,3})\s?(?:[-\u2013\u2014]|-to-)\s?(\d{1,3})(?![\w.%/-])"
    r"|\bvot(?:ed?|es|ing) (?:of )?(\d{1,3}) to (\d{1,3})\b",
    re.IGNORECASE,
)
# (A lookahead on the first character, here and below, spares trying the
# whole pattern at every other character: each is run over every claim.)
_YEAR = re.compile(r"(?=[12])(?<![\w$.,/-])(1[6-9]\d\d|20\d\d)(?![\w%/]|[,.]\d|-\d)")
# Counts in digits and in words are two patterns: most texts need only the
# first, and an alternation of number words tried at every position is slow.
_COUNT_DIGITS = re.compile(rf"(?=[\d.])(?<![\w$.,/-])({_DIGITS})({_SCALE})?(?=\s)", re.IGNORECASE)
_COUNT_WORDS = re.compile(rf"(?<![\w$.,/-])({_WORD_NUMBER})({_SCALE})?(?=\s)", re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS) | {"dozen"}
_MONTH_STEM = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
# A number written before the one a unit follows shares its unit: "from 4.9 to
# 5 percent", "35 to 12 percent", "between 30 and 40 homes".
_SHARED_UNIT = re.compile(rf"\b({_NUM})\s*(?:to|and|or|-|\u2013)\s*$", re.IGNORECASE)
_NP_WORD = re.compile(r"\s+(\d+-)?([A-Za-z][A-Za-z'.-]*)")
# Any other number written in digits ("at least 1,410", "a 26-delegate lead"):
# read as kind "number", which is never compared alone but keeps two
# sentences differing in a figure from passing for the same claim.
_BARE = re.compile(r"(?=\d)(?<![\w$.,/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%])")
_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())

_DIGIT = re.compile(r"\d")


def durations(kind: str) -> bool:
    """Whether a kind of figure is a span of time or a margin ("points"):
    said around many claims, it ties none of them together, and it dates nothing."""
    return kind.startswith("count:") and (kind[6:] in _TIME_UNITS or kind == "count:point")


def _plural_head(text: str, pos: int) -> tuple[str, int] | None:
    """The unit noun after a number ending at `pos`: the first plural-looking
    word of the next few ("12 protesters", "650 18-hole golf courses"), or a
    unit of time ("one year", "two decades"); (lemma, end) or None."""
    for _ in range(4):
        m = _NP_WORD.match(text, pos)
        if m is None:
            return None
        raw = m.group(2).rstrip(".'")
        word = raw.lower()
        pos = m.end()
        if m.group(1) or "-" in raw:
            continue  # a compound modifier: "18-hole", "two-year-old"
        if word in STOPWORDS and word not in ("more", "other"):
            return None
        lem = lemma(word)
        if lem in _TIME_UNITS:
            return lem, pos
        plural = lem != word and word.endswith("s") and not word.endswith("'s")
        irregular = lem != word and not word.endswith(("ed", "ing", "er", "est", "ly"))
        if plural or (irregular and lem + "s" != word and not raw[0].isupper()):
            return lem, pos
        if word.endswith(("ed", "ing", "ly")) and lem != word:
            return None  # a verb or an adverb: the number has no unit noun
    return None


def letter_words(lower: str) -> set[str]:
    """The runs of letters of a lower-case text: what the cheap tests before
    the patterns look for (number words here, time words in times.py)."""
    return set(_LETTERS.findall(lower))


def number_values(
    text: str, taken: list[Value] = (), letters: set[str] | None = None
) -> list[Value]:
    """The typed values `text` (already `plain`) states, in text order, each
    once, with `taken` (values read before, such as names) among them;
    `letters`: `letter_words` of the text, when the caller has them.

    A span already read as one kind is not read again as a later one: dates
    first, then money, percentages, tallies, years and counts."""
    found: list[Value] = list(taken)
    lower = text.lower()
    digits = _DIGIT.search(text) is not None
    if letters is None:
        letters = letter_words(lower)
    spelled = not _NUMBER_WORD_SET.isdisjoint(letters)
    if not digits and not spelled:
        return found
    # Each pattern runs only where a cheap test says it may match.
    dates = digits and _MONTH_STEM.search(lower) is not None
    money = (
        "$" in text or "\u20ac" in text or "\u00a3" in text or "dollar" in lower or "buck" in lower
    )
    # (Every unit of a share but "%" and "point(s)" is spelled with "per" and "cent".)
    percent = "%" in text or "point" in lower or "cent" in lower and "per" in lower
    tally = digits and ("-" in text or "\u2013" in text or "\u2014" in text or "vot" in lower)
    candidates: list[Value] = []
    for m in _DATE.finditer(text) if dates else ():
        month, day = MONTHS[m.group(1).lower()], int(m.group(2))
        if 1 <= day <= 31:
            label = f"{month:02d}-{day:02d}"
            ordinal = month * 100 + day
            # "Sept. 11, 2012" states a day and a year: each compares with
            # what other reports say of it ("the 2012 attack").
            end = m.end(2) if m.group(3) else m.end()
            candidates.append(Value("date", label, m.start(), end, ordinal, ordinal))
            if m.group(3):
                year = float(m.group(3))
                candidates.append(Value("year", m.group(3), m.start(3), m.end(3), year, year))
    for m in _MONEY.finditer(text) if money else ():
        token, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        parsed = _parse_number(token)
        if parsed is None:
            continue
        number, step, factor = _scaled(*parsed, scale)
        short = _SCALE_SHORT.get(factor, "")
        label = f"${_label(number / factor)}{short}" if short else f"${_label(number)}"
        low, high, bound = _bounds(text, m.start(), m.end(), number, step)
        cue = _is_change(text, m.start(), m.end())
        candidates.append(
            Value("money", label, m.start(), m.end(), low, high, bool(cue), bound, cue)
        )
    for m in _PERCENT.finditer(text) if percent else ():
        parsed = _parse_number(m.group(1))
        if parsed is None:
            continue
        unit = m.group(2).lower()
        kind = "percent" if unit[0] in "%pc" and not unit.startswith("po") else "count:point"
        if "point" in unit:
            kind = "count:point"
        number, step = parsed
        low, high, bound = _bounds(text, m.start(), m.end(), number, step)
        label = f"{_label(number)}%" if kind == "percent" else _label(number)
        cue = _is_change(text, m.start(), m.end())
        # Points are a margin or a lead: a difference however they are said.
        change = bool(cue) or kind == "count:point"
        candidates.append(Value(kind, label, m.start(), m.end(), low, high, change, bound, cue))
    for m in _TALLY.finditer(text) if tally else ():
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if int(a) < 1000 and int(b) < 1000 and not (len(a) == 4 or len(b) == 4):
            start = m.start(1) if m.group(1) else m.start(3)
            candidates.append(Value("tally", f"{int(a)}-{int(b)}", start, m.end()))
    for m in _YEAR.finditer(text) if digits else ():
        year = float(m.group(1))
        candidates.append(Value("year", m.group(1), m.start(), m.end(), year, year))
    counts = [
        *(_COUNT_DIGITS.finditer(text) if digits else ()),
        *(_COUNT_WORDS.finditer(text) if spelled else ()),
    ]
    for m in counts:
        parsed = _parse_number(m.group(1))
        if parsed is None:
            continue
        number, step, _ = _scaled(*parsed, m.group(2))
        head = _plural_head(text, m.end())
        if head is None:
            continue
        unit, end = head
        low, high, bound = _bounds(text, m.start(), end, number, step)
        cue = _is_change(text, m.start(), end)
        candidates.append(
            Value(f"count:{unit}", _label(number), m.start(), end, low, high, bool(cue), bound, cue)
        )
    candidates.extend(_shared_unit_values(text, candidates))
    for v in candidates:
        if all(v.end <= f.start or v.start >= f.end for f in found):
            found.append(v)
    for m in _BARE.finditer(text) if digits else ():
        if all(m.end() <= f.start or m.start() >= f.end for f in found):
            number, step = _parse_number(m.group(1)) or (0.0, 1.0)
            found.append(Value("number", _label(number), m.start(), m.end(), number, number))
    found.sort(key=lambda v: v.start)
    return found


def _shared_unit_values(text: str, values: list[Value]) -> list[Value]:
    """The bare numbers that share the unit of the value after them."""
    out = []
    for v in values:
        if v.kind not in ("percent", "money") and not v.kind.startswith("count:"):
            continue
        m = _SHARED_UNIT.search(text, max(0, v.start - 30), v.start)
        parsed = _parse_number(m.group(1)) if m else None
        if parsed is None or v.kind == "money":
            continue
        number, step = parsed
        low, high, bound = _bounds(text, m.start(1), m.end(1), number, step)
        label = f"{_label(number)}%" if v.kind == "percent" else _label(number)
        out.append(Value(v.kind, label, m.start(1), m.end(1), low, high, v.change, bound, v.cue))
    return out


# A figure after "the" or an owner ("the 900 ballots", "the county's $4
# million levy", "his 13-0 win") names a thing the sentence speaks of, not
# what it says of it ("it's", "that's": a verb, not an owner).
_LABEL_FIGURE = re.compile(
    r"(?:\b(?:the|his|her|its|their|our|my|your|these|those)"
    r"|(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bhere)(?<!\bwhat)(?<!\bwho)(?<!\bhe)(?<!\bshe)'s)"
    r"(?:\s+(?:nearly|almost|about|roughly|some|more\s+than|over|at\s+least|just|only|entire|full|whole|first|last))?"
    r"\s+$",
    re.IGNORECASE,
)


def own_words(kind: str) -> frozenset[str]:
    """The words a figure of `kind` is written with besides its number
    (`FIGURE_WORDS`, and a count's unit: "ballot" of "900 ballots")."""
    if kind.startswith("count:"):
        return FIGURE_WORDS | {kind[6:]}
    return FIGURE_WORDS


def labels_a_thing(text: str, v: Value) -> bool:
    """Whether a figure (not a year, a day or a name) is written as the
    label of a thing, after "the" or an owner: "the 900 ballots", "the
    county's $4 million levy", "his 13-0 win"."""
    if v.kind in ("year", "date", "number") or v.kind.startswith("name:"):
        return False
    return bool(_LABEL_FIGURE.search(text, max(0, v.start - 40), v.start))
