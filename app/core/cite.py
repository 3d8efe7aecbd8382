"""Citation text for a news source in three styles: Chicago, APA 7 and AP.

Every function takes a `SourceRef` (title, outlet, author, date, URL,
accessed date, file name) and returns styled text as a tuple of `Span`s, so
the exporters can italicise outlet names and make URLs clickable without
parsing strings. Missing fields follow each style's rule:

- no author: the title moves to the author's place;
- no date: "n.d." (Chicago and APA), and the accessed date is added when
  known, as both guides ask for undated web pages;
- no title: the file name stands in as a last resort (never quoted, because
  it is not a title).

Examples follow *The Chicago Manual of Style* (17th ed., 14.191 and 14.206:
newspaper articles; 14.29-36: short notes), the *Publication Manual of the APA*
(7th ed., 10.2 newspaper articles; 8.17 in-text citations) and the AP
Stylebook's rule of attribution ("according to ...", month abbreviations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.core.brief import SourceRef
from app.core.cite_fields import (
    Name,
    _date_ap,
    _date_apa,
    _year,
    date_long,
    parse_authors,
)

Style = Literal["chicago", "apa", "ap"]
STYLES: tuple[Style, ...] = ("chicago", "apa", "ap")
STYLE_NAMES = {
    "chicago": "Chicago (notes and bibliography)",
    "apa": "APA 7 (reference in each note)",
    "ap": "AP (attribution in text)",
}
SOURCE_LIST_TITLES = {"chicago": "Bibliography", "apa": "References", "ap": "Sources"}

_ARTICLES = ("a ", "an ", "the ")
_WEAK_ENDINGS = set(
    "a an the and or but nor of on in at to for by with from as into over "
    "is are was were be been has have had will would".split()
)


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


def short_title(title: str, words: int = 4) -> str:
    """A title cut to its first few words (more if the cut would end on a word
    like "of" or "has"), without a leading article (CMOS 14.32)."""
    title = " ".join(title.split())
    lowered = title.lower()
    for article in _ARTICLES:
        if lowered.startswith(article) and len(title.split()) > words:
            title = title[len(article) :]
            break
    parts = title.split()
    # A short title that stops on "on", "of", "has"... reads as cut off mid-phrase.
    while words < len(parts) and parts[words - 1].lower().strip(",;:") in _WEAK_ENDINGS:
        words += 1
    short = " ".join(parts[:words])
    return short.rstrip(",;:.…–—- ") if len(parts) > words else short


def _quoted(title: str, end: str) -> str:
    """A title in curly quotes with `end` punctuation inside, unless it has its
    own (`?`, `!`, or a closing ellipsis before a full stop); quotation marks in
    the title become single ones, as in a quotation within a quotation."""
    title = re.sub(r'"([^"]*)"', "\u2018\\1\u2019", title)
    title = title.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    if title.endswith(("?", "!")) or (end == "." and title.endswith(("\u2026", "..."))):
        return f"\u201c{title}\u201d"
    if end and title.endswith(".") and not title.endswith("..."):
        title = title[:-1]
    return f"\u201c{title}{end}\u201d"


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


# -- Chicago ------------------------------------------------------------------


def chicago_note(ref: SourceRef) -> Styled:
    """A full note: `Jane Doe, “Title,” *Outlet*, November 19, 2024, URL.`"""
    parts: list[list[Span]] = []
    names = parse_authors(ref.author)
    if names:
        shown = [names[0].full + " et al."] if len(names) > 3 else [n.full for n in names]
        parts.append([Span(_join(shown))])
    title = _title(ref)
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


def chicago_short_note(ref: SourceRef, words: int = 4, extra: Styled = ()) -> Styled:
    """A short note for later citations: `Doe, “Short Title.”` (CMOS 14.29).

    `words` is how many words of the title to keep; `extra` (the outlet, date
    or file name) is added, as in `“Title,” *Outlet*.`, when even the whole
    title would not tell this source from another one in the same memo
    (CMOS 14.30: a short note must identify its source)."""
    names = parse_authors(ref.author)
    title = _title(ref)
    spans: list[Span] = []
    if names:
        families = [n.family for n in names]
        spans.append(Span((families[0] + " et al." if len(names) > 3 else _join(families)) + ", "))
    end = "," if extra else "."
    if title:
        spans.append(Span(_quoted(short_title(title, words), end)))
    else:
        spans.append(Span(_fallback_name(ref) + end))
    if extra:
        spans += [Span(" "), *extra, Span(".")]
    return _finish(spans)


def chicago_bibliography(ref: SourceRef) -> Styled:
    """`Doe, Jane. “Title.” *Outlet*, November 19, 2024. URL.`"""
    spans: list[Span] = []
    names = parse_authors(ref.author)
    if names:
        shown = [names[0].inverted] + [n.full for n in names[1:]]
        spans.append(Span(_join(shown).rstrip(".") + ". "))
    title = _title(ref)
    spans.append(Span((_quoted(title, ".") if title else _fallback_name(ref) + ".") + " "))
    date = date_long(ref.date) if ref.date.strip() else "n.d."
    if ref.outlet.strip():
        spans += [Span(ref.outlet.strip(), italic=True), Span(_period(f", {date}"))]
    else:
        # "n.d." stays lower case even after a full stop, as in CMOS's own examples.
        spans.append(Span(_period(date if date == "n.d." else f"{date[0].upper()}{date[1:]}")))
    if not ref.date.strip() and ref.accessed.strip():
        spans.append(Span(f" Accessed {date_long(ref.accessed)}."))
    if ref.url.strip():
        spans += [Span(" ")] + _url(ref)
    return _finish(spans)


# -- APA 7 --------------------------------------------------------------------


def _apa_authors(names: list[Name]) -> str:
    shown = [n.initials for n in names]
    if len(shown) > 20:
        shown = shown[:19] + ["\u2026 " + shown[-1]]
        return ", ".join(shown)
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + ", & " + shown[-1]


def apa_reference(ref: SourceRef) -> Styled:
    """`Doe, J. (2024, November 19). Title. *Outlet*. URL` (APA 7, 10.2)."""
    names = parse_authors(ref.author)
    # An unquoted title: its own straight quotation marks become curly ones.
    title = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", _title(ref)) or _fallback_name(ref)
    date = f"({_date_apa(ref.date)})." if ref.date.strip() else "(n.d.)."
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


def apa_in_text(ref: SourceRef) -> Styled:
    """A parenthetical citation: `(Doe, 2024)`, `(Doe & Roe, 2024)`,
    `(Doe et al., 2024)`, or `(“Short Title,” 2024)` without an author."""
    names = parse_authors(ref.author)
    year = _year(ref.date) if ref.date.strip() else "n.d."
    year = year or "n.d."
    if names:
        fam = [n.family for n in names]
        who = fam[0] if len(fam) == 1 else f"{fam[0]} & {fam[1]}" if len(fam) == 2 else ""
        who = who or f"{fam[0]} et al."
        return (Span(f"({who}, {year})"),)
    title = _title(ref)
    if title:
        return (Span(f"({_quoted(short_title(title), ',')} {year})"),)
    return (Span(f"({_fallback_name(ref)}, {year})"),)


# -- AP -----------------------------------------------------------------------


def ap_attribution(ref: SourceRef) -> Styled:
    """The words naming the source in the text: `according to the Los Angeles Times`.

    AP names the outlet; without one the author, then the (short) title, then
    the file name stand in."""
    outlet = ref.outlet.strip()
    if outlet:
        return (Span(f"according to {outlet}"),)
    names = parse_authors(ref.author)
    if names:
        return (Span(f"according to {_join([n.full for n in names])}"),)
    title = _title(ref)
    if title:
        # "according to “Los Angeles City Council”" would credit the council:
        # name it as an article. The short title; the note gives the whole one.
        return (
            Span(f"according to the article {_quoted(short_title(title).removesuffix('.'), '')}"),
        )
    return (Span(f"according to {_fallback_name(ref)}"),)


def ap_source_entry(ref: SourceRef) -> Styled:
    """An entry of the source list: `Los Angeles Times: “Title,” by Jane Doe, Nov. 19, 2024. URL`."""
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


def note(ref: SourceRef, style: Style, first: bool) -> Styled:
    """The text of a note citing `ref`: Chicago's full note on a source's first
    citation and short note after; in APA and AP, the source's reference list
    or source list entry, every time."""
    if style == "chicago":
        return chicago_note(ref) if first else chicago_short_note(ref)
    return source_entry(ref, style)


def in_text(ref: SourceRef, style: Style) -> Styled:
    """The citation placed in the running text: AP's attribution; none in
    Chicago and APA, whose notes carry the whole citation."""
    if style == "ap":
        return ap_attribution(ref)
    return ()


def source_entry(ref: SourceRef, style: Style) -> Styled:
    """The source's entry in the bibliography / reference list / source list."""
    if style == "chicago":
        return chicago_bibliography(ref)
    if style == "apa":
        return apa_reference(ref)
    return ap_source_entry(ref)


def sort_key(ref: SourceRef, style: Style) -> tuple[str, str, str]:
    """Where a source goes in the list: by author's family name (or title when
    there is no author, ignoring a leading article); AP lists by outlet."""

    def strip_article(text: str) -> str:
        text = text.strip().lstrip("\u201c\"'").casefold()
        for article in _ARTICLES:
            if text.startswith(article):
                return text[len(article) :]
        return text

    names = parse_authors(ref.author)
    title = strip_article(_title(ref) or _fallback_name(ref))
    first = names[0].inverted.casefold() if names else title
    if style == "ap":
        first = strip_article(ref.outlet) or first
    return (first, title, _year(ref.date))
