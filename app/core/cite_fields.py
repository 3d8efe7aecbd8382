"""The fields of a citation read from what users type: dates, author names, titles.

Dates come as users and importers write them (`2024-11-19`, `Nov. 19, 2024`,
`19 November 2024`, `2024`); names as `Jane Doe and John Roe`, `Doe, Jane;
Roe, John` or `By Jane Doe`; titles in sentence or headline case. Each
style's formatter in app/core/cite.py writes them its own way.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from app.core.extract.abbreviations import TITLE_ABBREVIATIONS
from app.core.extract.given_names import is_frequent_given_name
from app.core.extract.lexicon import ROLE_HEADS

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
# AP abbreviates these months when a day is given; March-July are never abbreviated.
_AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
# Nouns that name a body, not a person (general English, no one's name): an
# author ending in one ("Velmar Public Library Foundation") is a group author,
# cited whole (CMOS 14.72, APA 9.11), as is one joined by "of" or "for"
# ("Department of Roads"). Nouns that are also common surnames ("Court",
# "Service") are left out: a person is the likelier author.
_GROUP_NOUNS = frozenset(
    """agency alliance association authority board bureau center centre coalition college
    commission committee company corporation council department federation foundation
    government group inc institute institution league library ltd llc ministry museum
    network newsroom office organisation organization partnership police press services
    society staff union university""".split()
)
_GROUP_JOINS = frozenset(("of", "for"))


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


# The forms of a date field `readable_date` takes, as the messages name them.
DATE_FORMS = "2024-11-19, 2024-11, 2024 or 19 November 2024"


def readable_date(text: str) -> bool:
    """Whether a date field's text is a date the citations can write in each
    style (`parse_date` reads it, and a day given is a day of its month):
    "31/02/2024" or "2024-02-31" is printed as typed, the same in every style."""
    d = parse_date(text)
    if d is None:
        return False
    if d.day:
        try:
            datetime.date(d.year, d.month, d.day)
        except ValueError:
            return False
    return True


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
        """`Jane Q. Doe Jr.` (CMOS 17 sets no comma before Jr.)."""
        return " ".join(p for p in (self.given, self.family, self.suffix) if p)

    @property
    def inverted(self) -> str:
        """`Doe, Jane Q., Jr.` for the first name of a bibliography entry."""
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
        if _is_group(text.split()) and any(len(p.split()) < 2 for p in pieces):
            # "Department of Roads and Bridges": one body, not a list ending in "Bridges".
            return [Name("", " ".join(text.split()))]
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
    if (words[-1].isalpha() and words[-1].islower() and not text.islower()) or _is_group(words):
        # "Velmar Daily staff", "the Quillon desk", "Brindle Harbor Council": a group, cited whole.
        return Name("", " ".join(words))
    if words[-1].lower() in _SUFFIXES and len(words) > 2:
        return Name(" ".join(words[:-2]), words[-2], words[-1])
    return Name(" ".join(words[:-1]), words[-1])


def _is_group(words: list[str]) -> bool:
    """Whether the words of an author name a body: a name of two words or
    more ending in a noun for one, or with "of"/"for" between capitalised words."""
    if len(words) < 2:
        return False
    if words[-1].strip(".,").casefold() in _GROUP_NOUNS:
        return True
    return any(w in _GROUP_JOINS for w in words[1:-1]) and not " ".join(words).islower()


# -- titles ---------------------------------------------------------------------

# Words a headline-style title leaves in lower case inside it (the list the
# Citation Style Language, and so Zotero and pandoc, use).
_STOP_WORDS = frozenset(
    "a an and as at but by down for from in into nor of on onto or over so the till to up "
    "via with yet".split()
)
# English function words: a short title never ends on one, and one starting
# the next word marks the end of a phrase (grammar, not data).
_FUNCTION_WORDS = _STOP_WORDS | frozenset(
    "about after against amid among before despite during per since than through toward "
    "towards under until upon within without while because although though if whether when "
    "where that which who whom whose is are was were be been being am has have had will would "
    "shall should can could may might must do does did it its this these those their his her "
    "our your my not no".split()
)
_ARTICLES = frozenset(("a", "an", "the"))
# Titles written before a person's name ("Mayor", "Sen."), as the name finder
# knows them: a short title neither ends on one nor starts the name after it.
_NAME_TITLES = ROLE_HEADS | TITLE_ABBREVIATIONS
_EDGE_MARKS = "\u201c\u201d\u2018\u2019\"'()[]{}"
_TRAILING = ",;:.\u2026\u2013\u2014-"
SHORT_WORDS = 4  # CMOS 14.32: a short title has at most four words


def _bare(word: str) -> str:
    return word.strip(_EDGE_MARKS + _TRAILING + "?!").lower()


def _capital(word: str) -> bool | None:
    """True for a word starting with a capital letter, False for a lower-case
    one, None for one starting with a digit or symbol."""
    letters = [c for c in word if c.isalnum()]
    if not letters or not letters[0].isalpha():
        return None
    return letters[0].isupper()


def headline_case(title: str) -> str:
    """`title` capitalised headline style (CMOS 8.159), as citation processors
    do it: each lower-case word is capitalised except the stop words inside the
    title; words with a capital already (names, acronyms, `iPhone`) are kept."""
    words = title.split(" ")
    last = max((i for i, w in enumerate(words) if w), default=-1)
    out = []
    after_colon = True
    for i, word in enumerate(words):
        core = word.strip(_EDGE_MARKS + _TRAILING + "?!")
        if core and core == core.lower() and any(c.isalpha() for c in core):
            if not (core in _STOP_WORDS and not after_colon and i != last):
                word = "-".join(_capitalise(part) for part in word.split("-"))
        out.append(word)
        if word:
            after_colon = word.endswith((":", "\u2014", "?", "!"))
    return " ".join(out)


def _capitalise(part: str) -> str:
    """`part` with its first letter capitalised, unless it starts with a digit (`13th`)."""
    for i, c in enumerate(part):
        if c.isalnum():
            return part[:i] + c.upper() + part[i + 1 :] if c.isalpha() else part
    return part


def title_words(title: str) -> list[str]:
    """The words of `title` a short title is taken from: without a leading
    article (CMOS 14.32), unless the title is nothing else."""
    words = title.split()
    if len(words) > 1 and _bare(words[0]) in _ARTICLES:
        return words[1:]
    return words


def _headline(words: list[str]) -> bool:
    """Whether the title is capitalised headline style, where capitals say
    nothing about where a name starts or ends."""
    content = [w for w in words if _bare(w) and _bare(w) not in _FUNCTION_WORDS]
    caps = [_capital(w) for w in content[1:] if _capital(w) is not None]
    return len(caps) >= 2 and sum(caps) * 4 >= 3 * len(caps)


def _phrase_ends_after(words: list[str], i: int, headline: bool) -> bool:
    """Whether a short title may end after words[i]: never on a function word
    or inside a name, always at punctuation or before a function word."""
    word = words[i]
    if i + 1 >= len(words):
        return True
    if _bare(word) in _FUNCTION_WORDS or not _bare(word):
        return False
    after = words[i + 1]
    if word.endswith(tuple(",;:\u2013\u2014")) or after in ("-", "\u2013", "\u2014"):
        return True
    if _bare(after) in _FUNCTION_WORDS:
        return True
    if headline or _capital(after) is None or _capital(word) is None or _splits_name(words, i):
        return False
    # Sentence case: a run of capitalised words is a name; end before or after it.
    return _capital(word) != _capital(after)


def short_phrase(words: list[str], start: int = 0, most: int = SHORT_WORDS, least: int = 1) -> str:
    """A phrase of at most `most` words taken from `words` at `start`, and of
    at least `least` (the word that tells it from another title): as
    `phrase_at` chooses it, else (no end nor cut in reach) cut after `most`
    words."""
    found = phrase_at(words, start, most, least)
    return found if found is not None else _tidy(words[start : start + max(most, least)], False)


def phrase_at(
    words: list[str], start: int = 0, most: int = SHORT_WORDS, least: int = 1
) -> str | None:
    """A phrase of `least` to `most` words from `words` at `start`: ending
    where a phrase ends, else (no such end after two words or more) cut
    after a word that ends no phrase badly (never inside a name or after a
    word like "of" or "has"); without trailing punctuation, its quote marks
    paired. None where no such end or cut is in reach."""
    rest = words[start:]
    most = max(most, least)
    if len(rest) <= most:
        return _tidy(rest, whole=True)
    headline = _headline(words)
    sizes = range(least, most + 1)
    ends = [k for k in sizes if _phrase_ends_after(words, start + k - 1, headline)]
    cuts = [k for k in sizes if k >= 2 and _may_cut_after(words, start + k - 1, headline)]
    good = [k for k in ends if k >= 2] or cuts or ends
    return _tidy(rest[: max(good)], whole=False) if good else None


def _may_cut_after(words: list[str], i: int, headline: bool) -> bool:
    """Whether a short title with no phrase end in reach may be cut after
    words[i] ("How Will the Town"): not after a function word, nor inside a
    name: a run of capitals in a title written in sentence case; in any
    title, after a given name or a title before a capitalised word ("Mayor
    Dana | Vesk", "Sen. | Dana Vesk"), or before such a title, after the
    words that say whose title it is ("Velmar | Mayor Dana Vesk")."""
    word, after = _bare(words[i]), words[i + 1]
    if not word or word in _FUNCTION_WORDS or _splits_name(words, i):
        return False
    return headline or not (_capital(words[i]) and _capital(after))


def _splits_name(words: list[str], i: int) -> bool:
    """Whether an end after words[i] parts a person's name from its given
    name or its title, or a title from the words saying whose it is."""
    if _opens_name(words, i):
        return True
    return _bare(words[i + 1]) in _NAME_TITLES and _opens_name(words, i + 1)


def _opens_name(words: list[str], i: int) -> bool:
    """Whether words[i], a title or a frequent given name, stands before the
    (rest of a) person's name: a capitalised word, no punctuation between."""
    word = words[i]
    if i + 1 >= len(words) or word.endswith(tuple(",;:\u2013\u2014")) or not _capital(words[i + 1]):
        return False
    bare = _bare(word)
    return bare in _NAME_TITLES or (word[-1:].isalpha() and is_frequent_given_name(bare))


def may_start_at(words: list[str], at: int) -> bool:
    """Whether a short title taken from further into a title may start at
    words[at]: on a word that says something, not inside a name: not after
    a given name ("Dana | Vesk Said"), nor, in a title written in sentence
    case, inside a run of capitals but where a name follows its title
    ("Velmar Mayor | Dana Vesk said", not "Velmar | Mayor")."""
    bare = _bare(words[at])
    if not bare or bare in _FUNCTION_WORDS:
        return False
    if at == 0:
        return True
    before = words[at - 1]
    if is_frequent_given_name(_bare(before)) and _opens_name(words, at - 1):
        return False
    if _headline(words) or before.endswith(tuple(",;:\u2013\u2014")):
        return True
    return not (_capital(before) and _capital(words[at])) or _bare(before) in _NAME_TITLES


def _phrase_further_in(words: list[str], most: int) -> str | None:
    """For a title with no phrase end nor cut in reach of its start ("Velmar
    Mayor Dana Vesk Announced Efforts on ..."): the longest phrase of two
    to `most` words further in that ends where a phrase ends, the first of
    those ("Dana Vesk Announced Efforts", not "Mayor Dana Vesk" where the
    title is in sentence case), as a title that opens like another's is cited."""
    headline = _headline(words)
    best: tuple[int, int] | None = None
    for at in range(1, len(words) - 1):
        if not may_start_at(words, at):
            continue
        reach = range(2, min(most, len(words) - at) + 1)
        ends = [k for k in reach if _phrase_ends_after(words, at + k - 1, headline)]
        if ends and (best is None or max(ends) > best[1]):
            best = (at, max(ends))
    return None if best is None else _tidy(words[best[0] : sum(best)], whole=False)


def _tidy(words: list[str], whole: bool) -> str:
    text = " ".join(words)
    if not whole:
        text = text.rstrip(_TRAILING + " ")
    # A phrase cut inside a quotation closes it.
    for opening, closing in (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019")):
        if opening == closing:
            if text.count(opening) % 2:
                text += closing
        elif text.count(opening) > text.count(closing):
            text = text.rstrip(_TRAILING + " ") + closing
    return text


def short_title(title: str, words: int = SHORT_WORDS) -> str:
    """A title's short form for later citations (CMOS 14.32): `Snap Makes a Bet`
    for `Snap Makes a Bet on the Cultural Supremacy of the Camera`; `words`
    is how many words it has at most."""
    parts = title_words(" ".join(title.split()))
    found = phrase_at(parts, most=words) or _phrase_further_in(parts, words)
    return found or short_phrase(parts, most=words)
