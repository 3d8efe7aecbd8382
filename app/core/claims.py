"""What a quote or a factual claim says, reduced to comparable parts.

Corroboration compares texts written by different people: the same quote
with other quote marks or punctuation, the same claim in other words. This
module turns one text into what those comparisons need:

- `words(text)`: lower-case word tokens, quote marks and punctuation gone,
  so "isn't" and "isn’t" and "`sanctuary’" compare equal;
- `claim_values(text)`: the checkable values of a claim, each typed (a year,
  a day of a month, a vote tally, an amount of money, a count of days ...),
  so that only values of the same kind are ever compared;
- `claim_features(text)`: the content words and word pairs that say what a
  claim is about, plus its values, for weighting by rarity.

Nothing here knows about the library; it is plain text in, plain data out.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Apostrophes and quote marks of every style become one apostrophe or vanish.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into
    is it its itself just me more most my no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them then
    there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours said says say according
    told stated noted added new one two three four five six seven eight nine ten first
    last year years day days week weeks month months time times mr ms mrs dr st
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    however since already still even much many may might must shall would""".split()
)

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
    "thirty": 30, "hundred": 100, "dozen": 12, "once": 1, "twice": 2, "thrice": 3,
}  # fmt: skip


def plain(text: str) -> str:
    """Text with one apostrophe style and Unicode compatibility forms folded."""
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)


def words(text: str) -> list[str]:
    """The lower-case words of `text`, without quote marks and punctuation."""
    return _WORD.findall(plain(text).lower())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude English stem: enough to match "voted"/"vote", "protections"/"protection"."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, keep in (
        ("ations", 3), ("ation", 3), ("ingly", 3), ("ings", 3), ("ing", 3), ("ies", 3),
        ("edly", 3), ("ed", 3), ("ly", 4), ("es", 4), ("s", 3),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") or word


class Value(NamedTuple):
    """One checkable value of a claim: `kind` says what can be compared with it."""

    kind: str  # year, date, tally, money, percent, count:<unit>, name:<role>
    value: str  # normalised: "2017", "11-19", "13-0", "$2.5m", "12%", "10", "Brown"
    start: int  # where it was written in the text
    end: int


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\.?,?\s+(\d{{4}})\b)?",
    re.IGNORECASE,
)
_TALLY = re.compile(r"(?<![\w.$])(\d{1,3})\s?[-\u2013\u2014]\s?(\d{1,3})(?![\w.%])")
_YEAR = re.compile(r"(?<![\w$.,])(1[7-9]\d\d|20\d\d)(?![\w%,.]\d)")
_MONEY = re.compile(
    r"\$\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|m|bn|k)?\b", re.IGNORECASE
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.IGNORECASE)
_NUMBER = r"\d[\d,]*|" + "|".join(NUMBER_WORDS)
_COUNT = re.compile(
    rf"\b({_NUMBER})\s+(days?|weeks?|months?|years?|hours?|people|persons|members|officers"
    r"|agents|votes|times|immigrants|residents|students|cases|arrests|deportations"
    r"|councilmembers|seats)\b",
    re.IGNORECASE,
)
_TWICE = re.compile(r"\b(once|twice|thrice)\b", re.IGNORECASE)
_SCALE = {"million": "m", "m": "m", "billion": "bn", "bn": "bn", "thousand": "k", "k": "k"}


# Every value has a digit or a number word: most sentences skip the patterns.
_ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


def _number(token: str) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def claim_values(text: str) -> list[Value]:
    """The typed values a claim states, in text order, each once.

    A day of a month is a `date` ("Nov. 19", "November 19th" -> "11-19"); a
    bare four-digit year is a `year`; "13-0"/"13–0" is a `tally`; amounts,
    percentages and counts of a unit ("10 days", "twice") have their own kinds;
    a person named with a one-holder title ("Gov. Jerry Brown") is a
    `name:<role>` whose value is the surname (see `_name_values`).
    """
    return _values_of_plain(plain(text))


def _values_of_plain(text: str) -> list[Value]:
    """`claim_values` of a text already passed through `plain`."""
    found: list[Value] = _name_values(text)
    if not _ANY_NUMBER.search(text):
        return found
    # Each pattern's matches, in the order the patterns are tried: a span
    # already taken by an earlier kind is not read again as a later one.
    candidates: list[tuple[str, str, int, int]] = []
    for m in _DATE.finditer(text):
        month, day = MONTHS[m.group(1).lower()], int(m.group(2))
        if 1 <= day <= 31:
            candidates.append(("date", f"{month:02d}-{day:02d}", m.start(), m.end()))
    for m in _MONEY.finditer(text):
        amount = m.group(1).replace(",", "").rstrip(".")
        scale = _SCALE.get((m.group(2) or "").lower(), "")
        candidates.append(("money", f"${amount}{scale}", m.start(), m.end()))
    for m in _PERCENT.finditer(text):
        candidates.append(("percent", f"{m.group(1)}%", m.start(), m.end()))
    for m in _TALLY.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a < 200 and b < 200:
            candidates.append(("tally", f"{a}-{b}", m.start(), m.end()))
    for m in _YEAR.finditer(text):
        candidates.append(("year", m.group(1), m.start(), m.end()))
    for m in _COUNT.finditer(text):
        n = _number(m.group(1))
        if n is not None:
            unit = stem(m.group(2).lower())
            candidates.append((f"count:{unit}", str(n), m.start(), m.end()))
    for m in _TWICE.finditer(text):
        candidates.append(("count:time", str(NUMBER_WORDS[m.group(1).lower()]), m.start(), m.end()))
    for kind, value, a, b in candidates:
        if all(b <= v.start or a >= v.end for v in found):
            found.append(Value(kind, value, a, b))
    found.sort(key=lambda v: v.start)
    return found


# -- people named in a role -------------------------------------------------------

# Titles held by one person at a time in a place or body, so two claims about
# the same thing naming different holders disagree. Titles held by many at
# once (council member, supervisor, representative) are left out: two of them
# acting on the same bill is no disagreement. A senator is kept because a
# bill's author is one senator; conflicts of any name kind also need a shared
# word pair around the names (grouping.py), which "the bill's author" gives.
_ROLES: dict[str, str] = {
    "Gov.": "gov", "Governor": "gov", "Lt. Gov.": "lt-gov", "Lieutenant Governor": "lt-gov",
    "Mayor": "mayor", "Police Chief": "chief", "Chief of Police": "chief", "Chief": "chief",
    "Fire Chief": "fire-chief", "Sen.": "senator", "Senator": "senator",
    "State Sen.": "senator", "State Senator": "senator", "President": "president",
    "Vice President": "vice-president", "CEO": "ceo", "Chief Executive": "ceo",
    "Sheriff": "sheriff", "Attorney General": "attorney-general",
    "City Attorney": "city-attorney", "District Attorney": "district-attorney",
    "Superintendent": "superintendent", "Chief Justice": "chief-justice",
    "Speaker": "speaker", "Prime Minister": "prime-minister",
}  # fmt: skip

ROLE_LABELS: dict[str, str] = {
    "gov": "governor", "lt-gov": "lieutenant governor", "chief": "police chief",
    "fire-chief": "fire chief", "ceo": "chief executive",
}  # fmt: skip


def kind_label(kind: str) -> str:
    """A reader's word for a value kind: "name:gov" -> "governor", "year" -> "year"."""
    if kind.startswith("name:"):
        role = kind[5:]
        return ROLE_LABELS.get(role, role.replace("-", " "))
    return kind


_ROLE_NAMES = "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True))
_NAME_WORD = r"[A-Z\u00c0-\u00de][^\W\d_]+(?:['-][A-Z\u00c0-\u00de]?[^\W\d_]+)*"
_PARTICLE = r"(?:de|la|del|della|di|da|van|von|der|le|bin|al)"
_ROLE_NAME = re.compile(
    rf"(?<![\w.])({_ROLE_NAMES})\s+"
    rf"((?:{_NAME_WORD}\s+|[A-Z]\.\s+|{_PARTICLE}\s+)*{_NAME_WORD})"
)
# A former holder is not the holder the other claim names: "former Mayor Eric
# Garcetti" and "Mayor Karen Bass" are two slots, not a disagreement.
# "Former California Gov. Jerry Brown": a place may come between.
_FORMER = re.compile(r"\b(?i:former|ex|late|onetime|past|retired)[\s-]+(?:[A-Z][\w.'-]*\s+){0,2}$")
_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# Capitalised words after a title that are not a person's name.
_NOT_NAMES = {"Of", "And", "The", "Says", "Said", "Who", "On", "In", "At", "For"}


def _fold(text: str) -> str:
    """Accents dropped, so "León" and "Leon" are one surname."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name_values(text: str) -> list[Value]:
    """People named with a one-holder title: kind "name:<role>", value the
    surname as written without accents ("Gov. Jerry Brown" and "Gov. Brown"
    -> "Brown"); the span covers title and name."""
    if not any(r in text for r in ("Gov", "Mayor", "Chief", "Sen", "President", "CEO",
                                   "Sheriff", "Attorney", "Superintendent", "Speaker",
                                   "Minister")):  # fmt: skip
        return []
    found = []
    for m in _ROLE_NAME.finditer(text):
        if _FORMER.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        parts = m.group(2).split()
        while parts and (parts[-1].rstrip(".") in _SUFFIXES or parts[-1] in _NOT_NAMES):
            parts.pop()
        for n, part in enumerate(parts):
            if part in _NOT_NAMES:
                parts = parts[:n]
                break
        if not parts or parts[-1].endswith("."):
            continue
        last = parts[-1]
        if last.endswith("'s"):
            last = last[:-2]
        # A surname keeps its particles: "Kevin de León" -> "de Leon".
        n = len(parts) - 1
        while n > 0 and re.fullmatch(_PARTICLE, parts[n - 1]):
            n -= 1
        surname = " ".join([*parts[n:-1], last])
        end = m.start(2) + m.group(2).find(parts[-1]) + len(parts[-1])
        found.append(Value(f"name:{_ROLES[m.group(1)]}", _fold(surname), m.start(), end))
    return found


def name_as_written(text: str, value: Value) -> str:
    """The person's name as `text` writes it at `value` (a name value), without the title."""
    m = _ROLE_NAME.match(text, value.start)
    if m is None:
        return value.value
    name = text[m.start(2) : value.end]
    return name[:-2] if name.endswith("'s") else name


def content_stems(text: str) -> list[str]:
    """The stems of the content words of `text`, in order (no stopwords,
    no numbers, no month names: values are compared separately)."""
    out = []
    for w in words(text):
        if w in STOPWORDS or w in MONTHS or w in NUMBER_WORDS or w[0].isdigit():
            continue
        if len(w) < 3 and not w.isupper():
            continue
        out.append(stem(w))
    return out


class Token(NamedTuple):
    """A content word: its stem, whether it was written as a name (capital
    letter, not first in the sentence) and where it is."""

    stem: str
    word: str
    name: bool
    start: int
    end: int


_CASED_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def content_tokens(text: str) -> list[Token]:
    """The content words of `text` in order, with their case and position.

    Same filtering as `content_stems`; a word counts as a name when it starts
    with a capital and is not the first word of the text.
    """
    return _tokens_of_plain(plain(text))


def claim_parts(text: str) -> tuple[list[Token], list[Value]]:
    """`content_tokens(text)` and `claim_values(text)`, folding the text once."""
    text = plain(text)
    return _tokens_of_plain(text), _values_of_plain(text)


def _tokens_of_plain(text: str) -> list[Token]:
    out = []
    for n, m in enumerate(_CASED_WORD.finditer(text)):
        raw = m.group()
        w = raw.lower()
        if w in STOPWORDS or w in MONTHS or w in NUMBER_WORDS or w[0].isdigit():
            continue
        if len(w) < 3 and not raw.isupper():
            continue
        out.append(Token(stem(w), w, n > 0 and raw[0].isupper(), m.start(), m.end()))
    return out


def claim_features(text: str, values: list[Value] | None = None) -> set[str]:
    """What a claim is about: content stems, pairs of neighbouring content
    stems ("sanctuary state"), and its values as "=kind:value"."""
    stems = content_stems(text)
    feats = set(stems)
    feats.update(f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False) if a != b)
    for v in claim_values(text) if values is None else values:
        feats.add(f"={v.kind}:{v.value}")
    return feats
