"""The citations of one memo: what a source's citation depends on besides the
source itself, decided once for all its sources.

- Chicago short notes tell sources apart (CMOS 14.30): a short title of at
  most four words (CMOS 14.32) is chosen for each source, taken from
  further into the title when two would read alike (one taken from further
  in is a phrase of no other title with the same lead), and only when the
  titles are the same, or every such phrase is another title's too, is the
  outlet, date or file name added.
- APA in-text citations do the same with unsigned works' titles, add a, b,
  ... to the year of works by the same authors in the same year (8.19) and
  the initials of first authors who share a family name (8.20).
- The source list is sorted, holds each article once (two copies of one
  article make one entry), and in Chicago a three-em dash stands for the
  author of the entry above (CMOS 14.67).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from string import ascii_lowercase

from app.core import cite
from app.core.brief import SourceRef
from app.core.cite import Span, Style, Styled
from app.core.cite_fields import (
    _FUNCTION_WORDS,
    SHORT_WORDS,
    _bare,
    date_long,
    may_start_at,
    parse_authors,
    phrase_at,
    short_phrase,
    short_title,
    title_words,
)


def entry_text(ref: SourceRef, style: Style) -> str:
    """`ref`'s source-list entry in `style` as plain text: references whose
    entries read the same make one entry (copies of one article)."""
    return cite.plain(cite.source_entry(ref, style))


class MemoCitations:
    """Notes, in-text citations and source list entries for `refs` in `style`."""

    def __init__(self, refs: Iterable[SourceRef], style: Style):
        self.style = style
        # One representative per entry: copies of one article cite as one source.
        self._rep: dict[tuple, SourceRef] = {}
        by_text: dict[str, SourceRef] = {}
        for ref in refs:
            rep = by_text.setdefault(entry_text(ref, style), ref)
            self._rep.setdefault(ref.key(), rep)
        self.refs = list(by_text.values())
        self._short: dict[tuple, str] = {}
        self._extra: dict[tuple, Styled] = {}
        self._suffix: dict[tuple, str] = {}
        self._initials: set[tuple] = set()
        if style == "chicago":
            self._tell_apart(self.refs, _chicago_lead)
        elif style == "apa":
            self._apa_context()

    def _of(self, ref: SourceRef) -> SourceRef:
        return self._rep.get(ref.key(), ref)

    def entry_key(self, ref: SourceRef) -> tuple:
        """The key of `ref`'s entry in the source list: the same for copies of
        one article, so only the first citation of any of them is a full note."""
        return self._of(ref).key()

    # -- what each style prints ---------------------------------------------------

    def note(self, ref: SourceRef, first: bool) -> Styled:
        """Chicago's full note on a source's first citation, its short note after."""
        return cite.chicago_note(ref) if first else self._short_note(self._of(ref))

    def in_text(self, ref: SourceRef) -> Styled:
        """The citation in the running text: APA's `(Doe, 2024)`, AP's
        attribution; none in Chicago, whose notes cite."""
        ref = self._of(ref)
        if self.style == "apa":
            key = ref.key()
            return cite.apa_in_text(
                ref, self._suffix.get(key, ""), key in self._initials, self._short.get(key)
            )
        if self.style == "ap":
            return cite.ap_attribution(ref)
        return ()

    def entries(self) -> list[Styled]:
        """The source list, sorted as the style sorts it."""
        ordered = sorted(self.refs, key=lambda r: cite.sort_key(r, self.style))
        if self.style == "apa":
            return [cite.apa_reference(r, self._suffix.get(r.key(), "")) for r in ordered]
        if self.style == "ap":
            return [cite.ap_source_entry(r) for r in ordered]
        out, previous = [], ""
        for ref in ordered:
            author = cite.chicago_author_key(ref)
            out.append(
                cite.chicago_bibliography(ref, same_author=bool(author) and author == previous)
            )
            previous = author
        return out

    def _short_note(self, ref: SourceRef) -> Styled:
        key = ref.key()
        return cite.chicago_short_note(ref, self._short.get(key), self._extra.get(key, ()))

    # -- telling sources apart ----------------------------------------------------

    def _tell_apart(
        self, refs: list[SourceRef], context: Callable[[SourceRef], str], suffixes: bool = False
    ) -> None:
        """Choose short titles so that no two of `refs` with the same `context`
        (the author in front of a short note, the year after an APA title) read
        alike, or one as the opening of the other: a phrase of at most four
        words from where the titles part ways, or further in, that no other
        title with its context holds (`_unique_short`); sources still alike
        get a field that differs (Chicago) or a letter after the year (APA)."""

        def shown(ref: SourceRef) -> Shown:
            short = self._short.get(ref.key()) or short_title(_title(ref))
            words = tuple(_bare(w) for w in (short or ref.file_name).split())
            title = tuple(_bare(w) for w in title_words(_title(ref)))
            return context(ref), words, not short or words == title, title

        lead = context

        for group in _clashing(refs, shown):
            for ref in group:
                words = title_words(_title(ref))
                others = [title_words(_title(o)) for o in group if o is not ref]
                start, parts = _parting(words, others) or (0, 0)
                alike = [
                    title_words(_title(o)) for o in refs if o is not ref and lead(o) == lead(ref)
                ]
                self._short[ref.key()] = _unique_short(words, start, parts - start + 1, alike)
        for group in _clashing(refs, shown):
            if suffixes:
                self._add_suffixes(group)
                continue
            for ref, extra in zip(group, _distinguishers(group), strict=True):
                self._extra[ref.key()] = extra

    def _apa_context(self) -> None:
        signed = [r for r in self.refs if parse_authors(r.author)]
        by_authors: dict[tuple, list[SourceRef]] = {}
        for ref in signed:
            names = parse_authors(ref.author)
            key = (tuple(n.initials.casefold() for n in names), cite.apa_year(ref))
            by_authors.setdefault(key, []).append(ref)
        for group in by_authors.values():
            if len(group) > 1:
                self._add_suffixes(group)
        firsts: dict[str, set[str]] = {}
        for ref in signed:
            first = parse_authors(ref.author)[0]
            firsts.setdefault(first.family.casefold(), set()).add(first.initials.casefold())
        for ref in signed:
            if len(firsts[parse_authors(ref.author)[0].family.casefold()]) > 1:
                self._initials.add(ref.key())
        unsigned = [r for r in self.refs if not parse_authors(r.author)]
        self._tell_apart(unsigned, cite.apa_year, suffixes=True)

    def _add_suffixes(self, group: list[SourceRef]) -> None:
        ordered = sorted(group, key=lambda r: cite.sort_key(r, "apa")[1:])
        for letter, ref in zip(ascii_lowercase, ordered, strict=False):
            self._suffix[ref.key()] = letter


# A short title as a note shows it: its context (the author or outlet before
# it, the year after it), its words, whether they are the whole title, and
# the whole title's words.
Shown = tuple[str, tuple[str, ...], bool, tuple[str, ...]]


def _title(ref: SourceRef) -> str:
    return " ".join(ref.title.split())


def _chicago_lead(ref: SourceRef) -> str:
    """What a Chicago short note puts before the title: authors or outlet."""
    names = parse_authors(ref.author)
    if names:
        return "; ".join(n.family for n in names).casefold()
    return ref.outlet.strip().casefold()


def _clashing(refs: list[SourceRef], shown: Callable[[SourceRef], Shown]) -> list[list[SourceRef]]:
    """Groups of sources whose short titles clash: the same context and one
    title the same as the other, or a cut one the opening of the other
    (ignoring case), linked through any member."""
    groups: list[list[SourceRef]] = []
    labels: list[list[Shown]] = []
    for ref in refs:
        mine = shown(ref)
        linked = [i for i, group in enumerate(labels) if any(_clash(mine, o) for o in group)]
        merged_refs = [ref] + [r for i in linked for r in groups[i]]
        merged_labels = [mine] + [lab for i in linked for lab in labels[i]]
        for i in reversed(linked):
            del groups[i], labels[i]
        groups.append(merged_refs)
        labels.append(merged_labels)
    return [g for g in groups if len(g) > 1]


def _clash(a: Shown, b: Shown) -> bool:
    """Whether two short titles could be taken for one source's: the same,
    one cut short the opening of the other, or one cut short a phrase of the
    other's title (it points there too). A whole title that another one
    starts with ("Water Rates Rise", "Water Rates Rise Again") is no clash:
    the list prints it as the note gives it."""
    (lead_a, words_a, whole_a, title_a), (lead_b, words_b, whole_b, title_b) = a, b
    if lead_a != lead_b:
        return False
    if words_a == words_b:
        return True
    if (not whole_a and _inside(" ".join(words_a), [list(title_b)])) or (
        not whole_b and _inside(" ".join(words_b), [list(title_a)])
    ):
        return True
    n = min(len(words_a), len(words_b))
    shorter_whole = whole_a if len(words_a) < len(words_b) else whole_b
    return words_a[:n] == words_b[:n] and not shorter_whole


def _inside(short: str, titles: list[list[str]]) -> bool:
    """Whether the words of `short` run, in order, anywhere in one of `titles`."""
    words = [_bare(w) for w in short.split()]
    n = len(words)
    for title in titles:
        bare = [_bare(w) for w in title]
        if any(bare[i : i + n] == words for i in range(len(bare) - n + 1)):
            return True
    return False


def _unique_short(words: list[str], start: int, least: int, alike: list[list[str]]) -> str:
    """The short title of a title (`words`) that parts from another at `start`:
    a phrase of at most four words that no title in `alike` (those with its
    context) holds anywhere, else its words could be read as that one's
    ("Delay" alone, from "... to delay the water plant" and "... to delay the
    bus depot", is a word of both): from `start`, reaching the word where
    the titles part (`least` words), else from a word further in ("Line Plan
    Number 6"), or before it. Where every such phrase is another title's too,
    it is the whole title where the titles holding it only start with it
    (the source list prints it as the note gives it), else the phrase from
    `start`, and the note adds what tells the sources apart (`_clash`: a cut
    short title inside another's title)."""
    for at in [*range(start, len(words)), *range(start)]:
        if at != start and not may_start_at(words, at):
            continue  # a phrase starts on a word that says something, not inside a name
        need = max(least - (at - start), 1) if at >= start else start + least - at
        if need <= SHORT_WORDS:
            short = phrase_at(words, at, least=need)
            if short is not None and not _inside(short, alike):
                return short
    whole = [_bare(w) for w in words]
    holding = [t for t in alike if _inside(" ".join(words), [t])]
    if all([_bare(w) for w in t[: len(whole)]] == whole for t in holding):
        return " ".join(words)
    return short_phrase(words, start, least=least)


def _parting(words: list[str], others: list[list[str]]) -> tuple[int, int] | None:
    """Where a short title should start to tell `words` from `others`: at the
    last content word of the longest opening it shares with one of them (its
    head: "Council" in "City Council passed ..." / "City Council voted ..."),
    with the index of the first word after that opening, which the short
    title must reach. None when another title is the same throughout: no
    start tells them apart."""
    shared = 0
    for other in others:
        n = 0
        while n < min(len(words), len(other)) and _bare(words[n]) == _bare(other[n]):
            n += 1
        if n == len(words) == len(other):
            return None
        shared = max(shared, n)
    for i in range(min(shared, len(words)) - 1, -1, -1):
        if _bare(words[i]) not in _FUNCTION_WORDS:
            return i, shared
    return 0, shared


def _distinguishers(group: list[SourceRef]) -> list[Styled]:
    """For sources with the same title: the first field whose values all differ
    (outlet, date -- "n.d." for an undated one, as the source list prints it --,
    URL, the day an undated one was read: what the source list prints, so a
    reader finds the entry; then the file name); failing that, all of them and
    the library's source number."""
    fields = [
        lambda r: (Span(r.outlet.strip(), italic=True),) if r.outlet.strip() else (),
        lambda r: (Span(date_long(r.date)),) if r.date.strip() else (),
        lambda r: (Span(r.url.strip(), url=r.url.strip()),) if r.url.strip() else (),
        lambda r: (
            (Span(f"accessed {date_long(r.accessed)}"),)
            if r.accessed.strip() and not r.date.strip()
            else ()
        ),
        lambda r: (Span(r.file_name.strip()),) if r.file_name.strip() else (),
    ]
    dated = lambda r: (Span(date_long(r.date) if r.date.strip() else "n.d."),)  # noqa: E731
    for field_of in (fields[0], dated, *fields[2:]):
        values = [field_of(r) for r in group]
        texts = {cite.plain(v).casefold() for v in values}
        if all(values) and len(texts) == len(group):
            return values
    out = []
    for r in group:
        parts = [f(r) for f in fields]
        if r.source_id is not None:
            parts.append((Span(f"source {r.source_id}"),))
        spans = [
            s for i, p in enumerate(p for p in parts if p) for s in ((Span(", "),) if i else ()) + p
        ]
        out.append(tuple(spans))
    return out
