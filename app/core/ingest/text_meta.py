"""Citation details a plain-text article states about itself.

A news article saved as text usually opens with its own headline, byline and
date, and wire copy carries a dateline ("CITY, Nov. 19 (Agency) —"); some
close with a credit line ("Agency reporter Jane Doe contributed to this
report."). `detect` reads those lines so a .txt or .md import is not titled
by its file name. It only reads what the text states: a year the text does
not give is never guessed, and every field stays editable.
"""

from __future__ import annotations

import re

from app.core.cite_fields import parse_date
from app.core.model import SourceMeta

# How far into the article the headline, byline and date lines are looked for.
_HEAD_LINES = 8
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = 200
_QUOTE_OPENERS = "\"'\u201c\u2018\u00ab"
_QUOTE_CLOSERS = ('"', "'", "\u201d", "\u2019", "\u00bb")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs with".split()
)
# Lower-case words a byline's names may hold besides names: particles of
# names, joining words, and "staff" or "reporter" after an outlet's name.
_NAME_LINKS = frozenset(
    "and de da di du del della der den van von la le y bin al of the staff"
    " reporter reporters writer writers correspondent correspondents".split()
)
_NAME_PREFIX = re.compile(r"(?:al|el|d|de|di|o)['\u2019-][A-Z]")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_BYLINE = re.compile(r"^\s*by\s+(?P<names>[A-Z][^\n]{1,150}?)\s*$", re.IGNORECASE)
# "Jane Doe, Velmar Wire Service" / "JANE DOE | The Outlet" after "By".
_BYLINE_OUTLET = re.compile(
    r"^(?P<names>.+?)\s*(?:,|\||/|\u2014|\u2013| - )\s*(?P<outlet>[^,|/]+)$"
)
_DATE_PREFIX = re.compile(
    r"^\s*(?:(?:published|posted|updated|last updated|first published)(?: on)?:?\s*)?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\.?,?\s+", re.I
)
_TIME = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*[A-Z]{2,4})?)\s*$", re.I
)
# "WASHINGTON, Nov. 19 (Agency) —" or "SAN JUAN, Puerto Rico, Nov. 19, 2024 —".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]+[A-Z.](?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?),?\s+"
    r"(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?)"
    r"(?:\s*\((?P<agency>[A-Z][\w&.' ]{1,40})\))?\s*[\u2014\u2013-]{1,2}\s"
)
_CREDIT = re.compile(
    r"^(?:The\s+)?(?P<outlet>(?:[A-Z][\w&.'-]*\s+){0,4}?[A-Z][\w&.'-]*)\s+"
    r"(?:staff\s+)?(?:reporter|writer|correspondent|staff|reporters|writers|correspondents)\s+"
    r"[A-Z][^\n]{1,80}?\s+contributed(?:\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article))?\.?\s*$"
)


def detect(text: str) -> tuple[SourceMeta, list[str]]:
    """The title, authors, date and outlet an article's text states, and the
    names of the fields found (for telling the user what was read)."""
    meta = SourceMeta()
    lines = text.split("\n")
    head = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][:_HEAD_LINES]
    used: set[int] = set()
    if head and _is_headline(head, lines):
        # A Markdown heading's words; a headline run on into its subtitle's
        # line ("<headline>; ") without the mark that joins them.
        meta.title = head[0][1].removeprefix("# ").strip().rstrip(";:,").rstrip()
        used.add(head[0][0])
    for i, line in head:
        if i in used:
            continue
        date, rest = _trailing_date(line)
        if not date:
            date, rest = _leading_date(line)
        by = _byline(rest) if date and rest else None
        if date and not meta.date and (not rest or by or _names_line(rest)):
            # "By Jane Doe | June 28, 2016", "Jane Doe, Staff Writer, June 28, 2016 4:05 p.m."
            meta.date = date
            if by and not meta.author:
                meta.author, outlet = by
                meta.outlet = meta.outlet or outlet
            used.add(i)
        elif not meta.author and (byline := _byline(line)):
            meta.author, outlet = byline
            meta.outlet = meta.outlet or outlet
            used.add(i)
        elif not meta.date and (date := _date_line(line)):
            meta.date = date
            used.add(i)
    if not meta.date or not meta.outlet:
        for i, line in head:
            if i in used:
                continue
            if m := _DATELINE.match(line):
                meta.date = meta.date or _iso(m["date"])
                meta.outlet = meta.outlet or (m["agency"] or "").strip()
                break
    if not meta.outlet:
        tail = [line.strip() for line in lines[-6:] if line.strip()]
        for line in tail:
            if m := _CREDIT.match(line):
                meta.outlet = m["outlet"]
                break
    found = [name for name in ("title", "author", "date", "outlet") if getattr(meta, name)]
    return meta, found


def _is_headline(head: list[tuple[int, str]], lines: list[str]) -> bool:
    """A first line that reads as a headline: short, on its own, not a quote
    or a byline, and either without a closing full stop or set in title case."""
    index, line = head[0]
    words = line.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS or len(line) > _HEADLINE_MAX_CHARS:
        return False
    if _BYLINE.match(line) or _date_line(line):
        return False
    if line[0] in _QUOTE_OPENERS and line.rstrip(".,").endswith(_QUOTE_CLOSERS):
        return False  # a paragraph that is one quotation, not a headline
    if line.startswith(("#", "-", "*")) and not line.startswith("# "):
        return False
    if len(head) < 2:
        return False  # a one-line text has no headline apart from its body
    if not line.endswith((".", "!", "?")):
        return True
    # Ending in a full stop: a headline when most words are capitalised, or
    # when it is short and stands alone before a longer first paragraph.
    if _title_case(words):
        return True
    on_its_own = index + 1 < len(lines) and not lines[index + 1].strip()
    next_para = head[1][1]
    return on_its_own and len(words) <= 15 and len(next_para.split()) > len(words)


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower().strip(".,:;!?") not in _SMALL_WORDS]
    if len(content) < 3:
        return False
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= 0.8 * len(content)


def _date_line(line: str) -> str:
    """An ISO date when the whole line is a date (optionally "Updated ...",
    a weekday and a time of day); "" otherwise."""
    body = _DATE_PREFIX.sub("", line)
    body = _WEEKDAY.sub("", body).strip()
    if not body or len(body) > 60:
        return ""
    return _iso(body) or _iso(_TIME.sub("", body))


_STATED_DATE = re.compile(
    r"(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH + r",?\s+\d{4}|\d{4}-\d{2}-\d{2})"
)
_SEPARATOR = re.compile(r"\s*(?:[,|/\u2014\u2013\u00b7\u2022]|\s-|\bon)\s*$")


def _leading_date(paragraph: str) -> tuple[str, str]:
    """`_trailing_date` of a byline run into the paragraph after it, as a PDF's
    paragraphs may have it ("By Jane Doe | June 28, 2016 The board met ...")."""
    m = _STATED_DATE.search(paragraph, 0, 160)
    if not m:
        return "", paragraph
    after = _TIME_START.match(paragraph, m.end())
    if not paragraph[after.end() : after.end() + 1].isupper():
        return "", paragraph
    return _trailing_date(paragraph[: after.end()])


def _trailing_date(line: str) -> tuple[str, str]:
    """(ISO date, the rest) for a short head line that ends with a full date
    after a separator ("By Jane Doe \u2014 June 28, 2016", "Staff, 28 June 2016
    4:05 p.m."); ("", line) otherwise."""
    if len(line) > 160:
        return "", line
    matches = list(_STATED_DATE.finditer(line))
    if not matches:
        return "", line
    m = matches[-1]
    after = line[m.end() :]
    if after.strip() and not _TIME.fullmatch(after):
        return "", line
    before = _WEEKDAY_TAIL.sub("", line[: m.start()])
    before, said = _DATE_PREFIX_TAIL.subn("", before)
    sep = _SEPARATOR.search(before)
    date = _iso(m.group(0))
    if date and said and not before.strip():
        return date, ""  # "Updated Apr. 7, 2016 9:12 a.m. ET"
    if not sep or not date:
        return "", line
    return date, before[: sep.start()].strip()


_TIME_START = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?)?\s*"
)
_WEEKDAY_TAIL = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\.?,?\s*$", re.I
)
_DATE_PREFIX_TAIL = re.compile(
    r"\b(?:published|posted|updated|last updated|first published)(?: on)?:?\s*$", re.I
)


def _names_line(line: str) -> bool:
    """A byline without "By" ("Jane Doe, Staff Writer"): a few words, each
    capitalised or a joining word; not a sentence."""
    words = [w for w in re.split(r"[\s,;&|/\u2014\u2013]+", line) if w]
    return 0 < len(words) <= 10 and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)


def _iso(text: str) -> str:
    """`2024-11-19` for a date with its year; "" when the text gives no year."""
    d = parse_date(text.strip().rstrip(",."))
    if d is None or not d.month:
        return ""
    return f"{d.year:04d}-{d.month:02d}" + (f"-{d.day:02d}" if d.day else "")


def _byline(line: str) -> tuple[str, str] | None:
    """(authors, outlet) of a byline ("By Jane Doe, The Outlet"); None for a line
    that is no byline, such as a sentence opening with "By" ("By March, the
    levy had doubled"): every word of a byline's names is a name."""
    m = _BYLINE.match(line)
    if not m:
        return None
    names, outlet = m["names"], ""
    if (split := _BYLINE_OUTLET.match(names)) and _looks_like_outlet(split["outlet"]):
        names, outlet = split["names"], split["outlet"]
    names = _tidy_names(names)
    words = re.split(r"[\s,;&]+", names)
    if len(words) > 15 or not all(
        w[:1].isupper() or w.lower() in _NAME_LINKS or _NAME_PREFIX.match(w) for w in words if w
    ):
        return None
    return names, outlet.strip()


def _looks_like_outlet(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w[:1] == "&" for w in words)


def _tidy_names(names: str) -> str:
    """Byline names in the case people write them ("JANE DOE" -> "Jane Doe")."""
    names = names.strip().rstrip(".,")
    if names.isupper():
        names = " ".join("and" if w == "AND" else w.title() for w in names.split())
    return names
