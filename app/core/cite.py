"""Citation text for a news source in three styles: Chicago, APA 7 and AP.

Every function takes a `SourceRef` (title, outlet, author, date, URL,
accessed date, file name) and returns styled text as a tuple of `Span`s, so
the exporters can italicise outlet names and make URLs clickable without
parsing strings. What depends on the memo's other sources (short titles that
tell sources apart, APA's 2024a/2024b) is decided in app/core/citations.py.
Missing fields follow each style's rule:

- no author: Chicago's bibliography lists the article under its outlet
  (CMOS 14.207); notes, APA and AP start with the title;
- no date: "n.d." (Chicago and APA), and the accessed date is added when
  known, as both guides ask for undated web pages; AP leaves it out;
- no title: the file name stands in as a last resort (never quoted, because
  it is not a title).

Examples follow *The Chicago Manual of Style* (17th ed., 14.191 and 14.206-207:
newspaper articles; 14.29-36: short notes; 8.159: headline-style titles), the
*Publication Manual of the APA* (7th ed., 10.2 newspaper articles; 8.10-8.20
in-text citations) and the AP Stylebook ("according to the ..." attribution,
month abbreviations).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from app.core.brief import SourceRef
from app.core.cite_fields import (
    Name,
    _date_ap,
    _date_apa,
    _year,
    date_long,
    headline_case,
    parse_authors,
    parse_date,
    short_title,
)
from app.core.paths import RESOURCES

Style = Literal["chicago", "apa", "ap"]
STYLES: tuple[Style, ...] = ("chicago", "apa", "ap")
STYLE_NAMES = {
    "chicago": "Chicago (notes and bibliography)",
    "apa": "APA 7 (author\u2013date in the text)",
    "ap": "AP (attribution in the text)",
}
# Styles that number notes; the others cite in the running text.
NOTE_STYLES: tuple[Style, ...] = ("chicago",)
SOURCE_LIST_TITLES = {"chicago": "Bibliography", "apa": "References", "ap": "Sources"}
# CMOS 14.67: a three-em dash stands for the author of the entry above.
SAME_AUTHOR = "\u2014\u2014\u2014"

_ARTICLES = ("a ", "an ", "the ")
# Nouns that name newspapers and magazines ("Times", "Post", ...; the list and
# where it comes from: resources/text/periodical-nouns.txt): a name ending in
# one takes "the" in running text, a broadcaster's or a brand's does not.
_PERIODICAL_NOUNS = frozenset(
    line.strip()
    for line in (RESOURCES / "text" / "periodical-nouns.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
# "News" takes "the" after words like these ("the Daily News", "the Morning
# News"), not after a broadcaster's name.
_NEWS_QUALIFIERS = frozenset("daily morning evening sunday weekly".split())


@dataclass(frozen=True)
class Span:
    """A run of citation text; `url` makes it a link, `italic` sets it in italics."""

    text: str
    italic: bool = False
    url: str = ""


Styled = tuple[Span, ...]


def plain(spans: Styled) -> str:
    """The text of styled spans without their styling."""
    return "".join(s.text for s in spans)


# -- fields -------------------------------------------------------------------


def _join(names: list[str], conj: str = "and", serial: bool = True) -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return f"{names[0]} {conj} {names[1]}"
    comma = "," if serial else ""
    return f"{', '.join(names[:-1])}{comma} {conj} {names[-1]}"


def _title(ref: SourceRef) -> str:
    return " ".join(ref.title.split())


def _fallback_name(ref: SourceRef) -> str:
    return ref.file_name.strip() or "Untitled source"


def _quoted(title: str, end: str) -> str:
    """A title in curly quotes with `end` punctuation inside, unless it has its
    own (`?`, `!`, or a closing ellipsis before a full stop); quotation marks in
    the title go one level down, as in a quotation within a quotation."""
    title = inner_quotes(title)
    if title.endswith(("?", "!")) or (end == "." and title.endswith(("\u2026", "..."))):
        return f"\u201c{title}\u201d"
    if end and title.endswith(".") and not title.endswith("..."):
        title = title[:-1]
    return f"\u201c{title}{end}\u201d"


def inner_quotes(text: str) -> str:
    """`text` as set inside double quotation marks (a quoted title, a quote
    block): its own double marks, curly or straight pairs, turn single and
    single ones inside those double (CMOS 13.30); an apostrophe stays."""
    return _one_level_down(re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text))


def _one_level_down(title: str) -> str:
    """`title`'s quotation marks for a title set in double quotes: double
    ones become single, and single ones inside those become double
    (CMOS 13.30); an apostrophe (a mark between letters) stays."""
    out = []
    depth = 0  # inside how many of the title's double quotes
    single = False  # inside a single-quoted phrase within them
    for i, char in enumerate(title):
        before = title[i - 1] if i else " "
        after = title[i + 1] if i + 1 < len(title) else " "
        if char == "\u201c":
            depth += 1
            char = "\u2018"
        elif char == "\u201d":
            depth = max(depth - 1, 0)
            single = single and depth > 0
            char = "\u2019"
        elif depth and not single and char in "\u2018'" and not before.isalnum():
            single, char = True, "\u201c"
        elif depth and single and char in "\u2019'" and not after.isalnum():
            single, char = False, "\u201d"
        out.append(char)
    return "".join(out)


def _period(text: str) -> str:
    """`text` ending in one full stop (none added after `.`, `?`, `!` or `…`)."""
    ends = (".", "?", "!", "\u2026")
    return (
        text
        if text.endswith(ends) or text.endswith(tuple(e + "\u201d" for e in ends))
        else text + "."
    )


def _url(ref: SourceRef, end: str = ".") -> list[Span]:
    url = ref.url.strip()
    return [Span(url, url=url), Span(end)] if url else []


def _finish(spans: list[Span]) -> Styled:
    """Merge neighbouring plain spans and drop empty ones."""
    out: list[Span] = []
    for s in spans:
        if not s.text:
            continue
        if out and not s.italic and not s.url and not out[-1].italic and not out[-1].url:
            out[-1] = Span(out[-1].text + s.text)
        else:
            out.append(s)
    return tuple(out)


def _capitalised(text: str) -> str:
    """A field starting a sentence: `November 19, 2024`; "n.d." stays lower
    case even after a full stop, as in CMOS's own examples."""
    return text if text == "n.d." else text[:1].upper() + text[1:]


# -- Chicago ------------------------------------------------------------------


def chicago_note(ref: SourceRef) -> Styled:
    """A full note: `Jane Doe, “Title,” *Outlet*, November 19, 2024, URL.`"""
    parts: list[list[Span]] = []
    names = parse_authors(ref.author)
    if names:
        shown = [names[0].full + " et al."] if len(names) > 3 else [n.full for n in names]
        parts.append([Span(_join(shown))])
    title = headline_case(_title(ref))
    parts.append([Span(_quoted(title, ",") if title else _fallback_name(ref) + ",")])
    if ref.outlet.strip():
        parts.append([Span(ref.outlet.strip(), italic=True)])
    parts.append([Span(date_long(ref.date) if ref.date.strip() else "n.d.")])
    if not ref.date.strip() and ref.accessed.strip():
        parts.append([Span(f"accessed {date_long(ref.accessed)}")])
    if ref.url.strip():
        parts.append([Span(ref.url.strip(), url=ref.url.strip())])
    spans = _comma_list(parts)
    last = spans[-1]
    if last.url or not last.text.endswith("."):
        spans.append(Span("."))
    return _finish(spans)


def _comma_list(parts: list[list[Span]]) -> list[Span]:
    """Join note fields with `, ` (a quoted title already carries its comma)."""
    out: list[Span] = []
    for i, part in enumerate(parts):
        if i:
            prev = out[-1].text if out else ""
            out.append(Span(" " if prev.endswith((",\u201d", ",", "?\u201d", "!\u201d")) else ", "))
        out.extend(part)
    # A quoted title that ended the note must not keep its inner comma.
    if out and out[-1].text.endswith(",\u201d"):
        out[-1] = Span(out[-1].text[:-2] + "\u201d", out[-1].italic, out[-1].url)
    elif out and out[-1].text.endswith(",") and not out[-1].url:
        out[-1] = Span(out[-1].text[:-1], out[-1].italic)
    return out


def chicago_short_note(ref: SourceRef, short: str | None = None, extra: Styled = ()) -> Styled:
    """A short note for later citations: `Doe, “Short Title.”` (CMOS 14.29);
    an unsigned article under its outlet, as in the bibliography:
    `*Outlet*, “Short Title.”`.

    `short` is the short title (by default `cite_fields.short_title`); `extra`
    (the outlet, date or file name) is added, as in `“Title,” *Outlet*.`, when
    even that would not tell this source from another one in the same memo
    (CMOS 14.30: a short note must identify its source)."""
    names = parse_authors(ref.author)
    title = _title(ref)
    spans: list[Span] = []
    if names:
        families = [n.family for n in names]
        spans.append(Span((families[0] + " et al." if len(names) > 3 else _join(families)) + ", "))
    elif ref.outlet.strip() and title:
        spans += [Span(ref.outlet.strip(), italic=True), Span(", ")]
    end = "," if extra else "."
    if title:
        spans.append(Span(_quoted(headline_case(short or short_title(title)), end)))
    else:
        spans.append(Span(_fallback_name(ref) + end))
    if extra:
        last = extra[-1]
        spans += [Span(" "), *extra, Span("." if last.url or not last.text.endswith(".") else "")]
    return _finish(spans)


def chicago_bibliography(ref: SourceRef, same_author: bool = False) -> Styled:
    """`Doe, Jane, and John Roe. “Title.” *Outlet*, November 19, 2024. URL.`

    An unsigned article is listed under its outlet: `*Outlet*. “Title.”
    November 19, 2024. URL.` (CMOS 14.207). `same_author` puts the three-em
    dash in place of an author (or outlet) the entry above has too."""
    spans: list[Span] = []
    names = parse_authors(ref.author)
    title = _title(ref)
    outlet = ref.outlet.strip()
    under_outlet = not names and outlet and title
    if names:
        shown = [names[0].inverted] + [n.full for n in names[1:]]
        # "Doe, Jane, and John Roe": the first name is inverted, so a comma
        # separates even two names.
        who = _join(shown) if len(shown) != 2 else f"{shown[0]}, and {shown[1]}"
        spans.append(Span(SAME_AUTHOR + ". " if same_author else who.rstrip(".") + ". "))
    elif under_outlet:
        spans += [Span(SAME_AUTHOR if same_author else outlet, italic=not same_author), Span(". ")]
    title = headline_case(title)
    spans.append(Span((_quoted(title, ".") if title else _fallback_name(ref) + ".") + " "))
    date = date_long(ref.date) if ref.date.strip() else "n.d."
    if outlet and not under_outlet:
        spans += [Span(outlet, italic=True), Span(_period(f", {date}"))]
    else:
        spans.append(Span(_period(_capitalised(date))))
    if not ref.date.strip() and ref.accessed.strip():
        spans.append(Span(f" Accessed {date_long(ref.accessed)}."))
    if ref.url.strip():
        spans += [Span(" ")] + _url(ref)
    return _finish(spans)


def chicago_author_key(ref: SourceRef) -> str:
    """What the three-em dash stands for: the entry's authors (or outlet)."""
    names = parse_authors(ref.author)
    if names:
        return "; ".join(n.inverted for n in names).casefold()
    return ref.outlet.strip().casefold() if ref.outlet.strip() and _title(ref) else ""


# -- APA 7 --------------------------------------------------------------------


def _apa_authors(names: list[Name]) -> str:
    shown = [n.initials for n in names]
    if len(shown) > 20:
        shown = shown[:19] + ["\u2026 " + shown[-1]]
        return ", ".join(shown)
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + ", & " + shown[-1]


def apa_year(ref: SourceRef, suffix: str = "") -> str:
    """The year of an APA citation, `2024a` with a suffix; `n.d.` (or `n.d.-a`)
    without a date."""
    year = _year(ref.date) if ref.date.strip() else ""
    return f"{year}{suffix}" if year else f"n.d.{'-' + suffix if suffix else ''}"


def apa_reference(ref: SourceRef, suffix: str = "") -> Styled:
    """`Doe, J. (2024, November 19). Title. *Outlet*. URL` (APA 7, 10.2);
    `suffix` ("a", "b") tells apart works of one author in one year (8.19)."""
    names = parse_authors(ref.author)
    # An unquoted title: its own straight quotation marks become curly ones.
    title = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", _title(ref)) or _fallback_name(ref)
    if ref.date.strip() and _year(ref.date):
        date = _date_apa(ref.date)
        year = _year(ref.date)
        date = f"({year}{suffix}{date[len(year) :]})." if date.startswith(year) else f"({date})."
    else:
        date = f"({apa_year(ref, suffix)})."
    title_part = _period(title)
    spans: list[Span] = []
    if names:
        authors = _apa_authors(names)
        spans.append(Span(f"{authors}{'' if authors.endswith('.') else '.'} {date} {title_part}"))
    else:
        spans.append(Span(f"{title_part} {date}"))
    if ref.outlet.strip():
        spans += [Span(" "), Span(ref.outlet.strip(), italic=True), Span(".")]
    url = ref.url.strip()
    if url:
        if not ref.date.strip() and ref.accessed.strip():
            spans.append(Span(f" Retrieved {date_long(ref.accessed)}, from "))
        else:
            spans.append(Span(" "))
        spans.append(Span(url, url=url))
    return _finish(spans)


def apa_in_text(
    ref: SourceRef, suffix: str = "", initials: bool = False, short: str | None = None
) -> Styled:
    """A parenthetical citation: `(Doe, 2024)`, `(Doe & Roe, 2024)`,
    `(Doe et al., 2024)`, or `(“Short Title,” 2024)` without an author (8.14,
    title in title case). `initials` adds the first author's initials when
    another cited author has the same family name (8.20); `short` is the
    title's short form (by default `cite_fields.short_title`)."""
    names = parse_authors(ref.author)
    year = apa_year(ref, suffix)
    if names:
        fam = [n.family for n in names]
        if initials:
            given = names[0].initials[len(names[0].family) + 2 :]
            fam[0] = f"{given} {fam[0]}".strip()
        who = fam[0] if len(fam) == 1 else f"{fam[0]} & {fam[1]}" if len(fam) == 2 else ""
        who = who or f"{fam[0]} et al."
        return (Span(f"({who}, {year})"),)
    title = _title(ref)
    if title:
        return (Span(f"({_quoted(headline_case(short or short_title(title)), ',')} {year})"),)
    return (Span(f"({_fallback_name(ref)}, {year})"),)


# -- AP -----------------------------------------------------------------------


def outlet_in_text(outlet: str) -> str:
    """An outlet's name as running text names it: `the Brindle Times`,
    `the Daily News`, but `Channel 9`; a name typed with its "The" keeps it."""
    outlet = " ".join(outlet.split())
    words = outlet.split()
    if not words or words[0].lower() == "the":
        return outlet
    last = re.sub(r"\W", "", words[-1].split("-")[-1]).lower()
    if last == "news":
        takes = len(words) > 2 or (len(words) == 2 and words[0].lower() in _NEWS_QUALIFIERS)
    else:
        takes = last in _PERIODICAL_NOUNS
    return f"the {outlet}" if takes else outlet


def ap_attribution(ref: SourceRef) -> Styled:
    """The words naming the source in the text: `according to the Brindle Times`.

    AP names the outlet; without one the author, then the whole title (never
    a cut one, which could credit the wrong party), then the file name."""
    outlet = ref.outlet.strip()
    if outlet:
        return (Span(f"according to {outlet_in_text(outlet)}"),)
    names = parse_authors(ref.author)
    if names:
        return (Span(f"according to {_join([n.full for n in names])}"),)
    title = _title(ref)
    if title:
        return (Span(f"according to the article {_quoted(title, '')}"),)
    return (Span(f"according to {_fallback_name(ref)}"),)


def ap_source_entry(ref: SourceRef) -> Styled:
    """An entry of the source list: `Brindle Times: “Title,” by Jane Doe, Nov. 19, 2024. URL`."""
    outlet = ref.outlet.strip()
    title = _title(ref)
    spans: list[Span] = []
    if outlet:
        spans.append(Span(f"{outlet}: "))
    fields: list[str] = []
    names = parse_authors(ref.author)
    if names:
        fields.append("by " + _join([n.full for n in names]))
    if ref.date.strip():
        fields.append(_date_ap(ref.date))
    elif ref.accessed.strip():
        fields.append(f"accessed {_date_ap(ref.accessed)}")
    if title:
        # AP, like American usage generally, keeps the comma inside the quote marks.
        head = _quoted(title, "," if fields else ".")
    else:
        head = _fallback_name(ref) + ("," if fields else "")
    spans.append(Span(_period(" ".join([head, ", ".join(fields)]).strip())))
    if ref.url.strip():
        spans += [Span(" ")] + _url(ref, end="")
    return _finish(spans)


# -- one entry point per use ----------------------------------------------------


def source_entry(ref: SourceRef, style: Style) -> Styled:
    """The source's entry in the bibliography / reference list / source list,
    on its own (app/core/citations.py adds what depends on the other entries)."""
    if style == "chicago":
        return chicago_bibliography(ref)
    if style == "apa":
        return apa_reference(ref)
    return ap_source_entry(ref)


def _letters(text: str) -> str:
    """`text` as a list sorts it: case and accents set aside, letter by
    letter (CMOS 15.77, APA 9.44), so "Çelik" stands with the C's."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_article(text: str) -> str:
    text = _letters(text.strip().lstrip("\u201c\"'"))
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article) :]
    return text


def sort_key(ref: SourceRef, style: Style) -> tuple[str, ...]:
    """Where a source goes in the list: by author's family name, else what
    stands in the author's place (Chicago: the outlet of an unsigned article;
    otherwise the title, ignoring a leading article); AP lists by outlet.
    Works of one author: Chicago by title, APA by date (n.d. first). APA
    sorts authors as it prints them, by family name and initials (9.44):
    "Dana Roe" and "D. Roe" are one author there."""
    names = parse_authors(ref.author)
    title = _strip_article(_title(ref) or _fallback_name(ref))
    if names:
        shown = [n.initials if style == "apa" else n.inverted for n in names]
        first = _letters("; ".join(shown))
    elif style == "chicago" and ref.outlet.strip() and _title(ref):
        first = _strip_article(ref.outlet)
    else:
        first = title
    if style == "ap":
        return (_strip_article(ref.outlet) or first, title, _year(ref.date))
    if style == "apa":
        return (first, _iso(ref.date), title)
    return (first, title, _year(ref.date))


def _iso(date: str) -> str:
    """A sortable form of a date: `2024-11-19`, `2024-11-00`; "" without one."""
    d = parse_date(date)
    if d is None:
        return _year(date)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
