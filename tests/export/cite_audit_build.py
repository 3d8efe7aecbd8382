"""A seeded random memo built through the app's core API, for the citation audit.

`build(seed, folder)` makes a library of invented articles (and the five
bundled ones), then plays a random run of what a user does: picks quotes and
facts into sections (the same item twice, several of one source), writes and
edits prose around them, moves blocks and sections, deletes, re-dates and
renames sources, changes and merges speakers, undoes and redoes any of it,
saves and reopens the memo. Beside the memo it keeps its own account of each
block (`Expect`): what it was picked from and with which words, speaker and
source details. The check (cite_audit_check.py) reads the exported files back
against that account and the library as it is at the end; nothing here asks
the renderer what it would print.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path

from app.core import library_edits as edits
from app.core.brief import Block, Brief, Header, Section, SourceRef
from app.core.brief_sources import mark_cited
from app.core.importer import add_bundled_sources, import_file, open_library
from app.core.model import SourceMeta
from app.core.store import LibraryError

# Invented people and places: none is anyone's real name.
FIRST = ["Ilsa", "Dren", "Tove", "Maro", "Quenna", "Brisk", "Ottla", "Fenwick", "Sarnia", "Pell"]
LAST = ["Varrow", "Olufsby", "Marrin", "Quillet", "Dastrow", "Hembly", "Ostrava", "Pelligrue"]
PLACES = ["Quarrow", "Velmar", "Tessick", "Brannow", "Ulmhaven", "Corrby"]
THINGS = ["ferry terminal", "water plant", "bus depot", "library annex", "tram line", "harbor wall"]
OUTLETS = ["The Quarrow Ledger", "Velmar Evening Post", "Tessick Wire", "Channel 9 Brannow", ""]
VERBS = ["approve", "delay", "study", "fund"]


@dataclass
class Expect:
    """What one memo block should cite, kept beside the memo."""

    kind: str  # quote | fact | prose
    words: str  # the words picked (for prose, the user's)
    item_id: int | None = None
    source_id: int | None = None
    speaker: str = ""  # a quote's speaker as picked
    copy: SourceRef | None = None  # the source's details as the block holds them


def _article(rng: random.Random, n: int) -> tuple[str, list[str]]:
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    people = rng.sample([f"{f} {s}" for f in FIRST for s in LAST], 2)
    title = f"{place} council moves to {rng.choice(VERBS)} the {thing} plan number {n}"
    money, years, votes = rng.randint(2, 90), rng.randint(3, 19), rng.randint(5, 9)
    text = (
        f"{title}\n\nBy {rng.choice(FIRST)} {rng.choice(LAST)}\n\n"
        f"The {place} council voted {votes}-2 on Tuesday to approve a ${money} million plan"
        f" for the {place} {thing}, the {n}th such plan this decade.\n\n"
        f'"We have waited {years} years for a {thing} that works," said {people[0]},'
        f" who chairs the {place} works board.\n\n"
        f"Construction of the {thing} is scheduled to begin on March {n % 27 + 1}, 2026.\n\n"
        f'"This plan number {n} spends money we do not have and calls it progress,"'
        f" {people[1]} said at the meeting.\n"
    )
    return text, people


def _meta(rng: random.Random, n: int, title: str) -> SourceMeta:
    day = rng.randint(1, 28)
    date = rng.choice(
        [f"2025-{rng.randint(1, 12):02d}-{day:02d}", f"2024-{rng.randint(1, 12):02d}", ""]
    )
    author = rng.choice(["", f"{rng.choice(FIRST)} {rng.choice(LAST)}"])
    return SourceMeta(title, rng.choice(OUTLETS), author, date, f"https://example.org/a/{n}")


class Run:
    """A library, a memo and the account of its blocks, driven by one seed."""

    def __init__(self, seed: int, folder: Path, articles: int = 8, bundled: bool = True):
        self.rng = random.Random(seed)
        self.folder = folder
        self.library_path = folder / "lib.sqlite"
        self.library = open_library(self.library_path, new_if_empty=True)
        if bundled:
            add_bundled_sources(self.library)
        for n in range(1, articles + 1):
            text, _ = _article(self.rng, n)
            path = folder / f"article{n}.txt"
            path.write_text(text, encoding="utf-8")
            outcome = import_file(self.library, path)
            assert outcome.source_id, outcome.reason
            title = text.split("\n", 1)[0]
            self.library.update_source_meta(outcome.source_id, _meta(self.rng, n, title))
        self.brief = Brief(Header("Council", "Staff", "2026-01-05", "Audit memo"), [])
        self.expect: dict[str, Expect] = {}
        self.undo: list = []
        self.redo: list = []
        self.log: list[str] = []
        self.saves = 0
        for title in ("Background", "Reactions"):
            self._memo_op(*self._section_ops(title))
        self.undo.clear()  # a memo starts with its sections

    # -- the memo's undo stack (as app/ui/undo.py keeps memo and library edits) -----

    def _memo_op(self, do, undo, what: str = "") -> None:
        do()
        self.undo.append(("memo", do, undo))
        self.redo.clear()
        self.log.append(what)

    def _library_op(self, make, what: str) -> None:
        try:
            edit = make(self.library)
        except LibraryError:
            return  # refused, and said so (a rename onto a name taken): nothing made
        self.undo.append(("library", edit))
        self.redo.clear()
        self.log.append(what)

    def undo_last(self) -> None:
        if not self.undo:
            return
        entry = self.undo.pop()
        if entry[0] == "memo":
            entry[2]()
            self.redo.append(entry)
        else:
            self.redo.append(("library", entry[1].revert(self.library)))
        self.log.append("undo")

    def redo_last(self) -> None:
        if not self.redo:
            return
        entry = self.redo.pop()
        if entry[0] == "memo":
            entry[1]()
            self.undo.append(entry)
        else:
            self.undo.append(("library", entry[1].revert(self.library)))
        self.log.append("redo")

    # -- memo operations ------------------------------------------------------------

    def _section_ops(self, title: str):
        section = Section(title)
        row = self.rng.randint(0, len(self.brief.sections))
        return (
            lambda: self.brief.insert_section(row, section),
            lambda: self.brief.remove_section(self.brief.section_row(section.id)),
            f"add section {title}",
        )

    def _place(self) -> tuple[int, int]:
        srow = self.rng.randrange(len(self.brief.sections))
        return srow, self.rng.randint(0, len(self.brief.sections[srow].blocks))

    def _insert(self, block: Block, expect: Expect, what: str) -> None:
        srow, row = self._place()
        section = self.brief.sections[srow]

        def do() -> None:
            self.brief.insert_block(self.brief.section_row(section.id), row, block)
            self.expect[block.id] = expect

        def undo() -> None:
            srow2, row2 = self.brief.locate(block.id)
            self.brief.remove_block(srow2, row2)

        self._memo_op(do, undo, what)
        # The window marks what the memo cites after each added block.
        mark_cited(self.brief, self.library)

    def pick(self, item=None) -> None:
        sources = [s for s in self.library.sources()]
        if item is None:
            sid = self.rng.choice(sources)[0]
            items = self.library.items_of_source(sid)
            if not items:
                return
            item = self.rng.choice(items)
        source = self.library.source(item.source_id)
        block = Block.from_item(item, source)
        expect = Expect(item.kind, block.text, item.id, item.source_id, block.speaker, block.source)
        self._insert(block, expect, f"pick item {item.id} of source {item.source_id}")

    def pick_again(self) -> None:
        """The same item a second time, or a second item of a cited source."""
        cited = [e for e in self.expect.values() if e.item_id is not None]
        cited = [e for e in cited if self._alive(e.source_id)]
        if not cited:
            return self.pick()
        e = self.rng.choice(cited)
        items = self.library.items_of_source(e.source_id)
        same = [i for i in items if i.id == e.item_id]
        item = same[0] if same and self.rng.random() < 0.5 else self.rng.choice(items)
        self.pick(item)

    def prose(self) -> None:
        words = f"Staff note {self.rng.randint(100, 999)}: the vote matters for the budget."
        block = Block("prose", words)
        self._insert(block, Expect("prose", words), "prose")

    def edit_prose(self) -> None:
        prose = [b for b in self.brief.blocks() if b.kind == "prose"]
        if not prose:
            return self.prose()
        block = self.rng.choice(prose)
        new = self.rng.choice(
            [
                f"{block.text} More so after the second reading.",
                f"In short: {block.text}",
                "A line with \u201cquoted words,\u201d a note\u00b9 and 2 digits 3.",
            ]
        )
        self._set_words(block, new, "edit prose")

    def _set_words(self, block: Block, new: str, what: str) -> None:
        old = block.text

        def put(words: str) -> None:
            self.brief.set_block_text(block.id, words)
            self.expect[block.id].words = words

        self._memo_op(lambda: put(new), lambda: put(old), what)

    def alter_quote(self) -> None:
        """The user changes a quote's words: it is no longer the source's."""
        quotes = [b for b in self.brief.blocks() if b.kind == "quote"]
        if not quotes:
            return
        block = self.rng.choice(quotes)
        self._set_words(block, f"{block.text.rstrip(',.')} and more besides,", "alter quote")

    def move_block(self) -> None:
        blocks = self.brief.blocks()
        if not blocks:
            return
        block = self.rng.choice(blocks)
        srow, row = self.brief.locate(block.id)
        to_srow = self.rng.randrange(len(self.brief.sections))
        limit = len(self.brief.sections[to_srow].blocks) - (1 if to_srow == srow else 0)
        to_row = self.rng.randint(0, limit)
        from_id, to_id = self.brief.sections[srow].id, self.brief.sections[to_srow].id
        self._memo_op(
            lambda: self.brief.move_block(block.id, self.brief.section_row(to_id), to_row),
            lambda: self.brief.move_block(block.id, self.brief.section_row(from_id), row),
            "move block",
        )

    def move_section(self) -> None:
        n = len(self.brief.sections)
        row, to_row = self.rng.randrange(n), self.rng.randrange(n)
        self._memo_op(
            lambda: self.brief.move_section(row, to_row),
            lambda: self.brief.move_section(to_row, row),
            "move section",
        )

    def save_and_reopen(self) -> None:
        self.saves += 1
        path = self.folder / f"memo{self.saves % 2}.brief.json"
        self.brief.save(path)
        before = [(s.id, [b.id for b in s.blocks]) for s in self.brief.sections]
        self.brief = Brief.load(path)
        after = [(s.id, [b.id for b in s.blocks]) for s in self.brief.sections]
        assert after == before, "a saved memo reopened with its blocks elsewhere"
        # Undo commands find blocks by id: the stack survives a reopen here
        # only for the library's edits, as a new window's stack would be empty.
        self.undo = [e for e in self.undo if e[0] == "library"]
        self.redo.clear()
        self.log.append("save and reopen")

    # -- library operations ---------------------------------------------------------

    def _alive(self, source_id: int | None) -> bool:
        try:
            self.library.source(source_id)
        except KeyError:
            return False
        return True

    def _cited_source(self) -> int | None:
        ids = [e.source_id for e in self.expect.values() if self._alive(e.source_id)]
        return self.rng.choice(ids) if ids else None

    def delete_source(self) -> None:
        if (sid := self._cited_source()) is not None:
            self._library_op(lambda lib: edits.delete_source(lib, sid), f"delete {sid}")

    def edit_details(self) -> None:
        sid = self._cited_source()
        if sid is None:
            return
        meta = self.library.source(sid).meta
        others = [m for _, _, m, _ in self.library.sources() if m.title != meta.title]
        change = self.rng.choice(["date", "title", "outlet", "same title", "no date"])
        if change == "date":
            new = replace(
                meta, date=f"2025-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
            )
        elif change == "no date":
            new = replace(meta, date="")
        elif change == "title":
            new = replace(meta, title=f"{meta.title} (corrected)")
        elif change == "outlet":
            new = replace(meta, outlet=self.rng.choice(OUTLETS))
        else:  # another cited source's title: the notes must still tell them apart
            new = replace(meta, title=self.rng.choice(others).title) if others else meta
        self._library_op(
            lambda lib: edits.update_source_meta(lib, sid, new, seen=meta, cited=self._cited_ids()),
            f"{change} of {sid}",
        )

    def _cited_ids(self) -> list[int]:
        return [e.item_id for e in self.expect.values() if e.item_id is not None]

    def change_speaker(self) -> None:
        quotes = [e for e in self.expect.values() if e.kind == "quote" and self._alive(e.source_id)]
        if not quotes:
            return
        e = self.rng.choice(quotes)
        name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
        if self.rng.random() < 0.2:
            name = None  # no one: the quote's speaker taken away
        seen = self.library.item(e.item_id).speaker_name or ""
        self._library_op(
            lambda lib: edits.set_item_speaker(lib, e.item_id, name, seen), f"speaker {e.item_id}"
        )

    def merge_speakers(self) -> None:
        speakers = [s for s, _ in self.library.speakers()]
        if len(speakers) < 2:
            return
        keep, gone = self.rng.sample(speakers, 2)
        self._library_op(
            lambda lib: edits.merge_speakers(lib, keep.id, gone.id), f"merge {gone.id}>{keep.id}"
        )

    def rename_speaker(self) -> None:
        speakers = [s for s, _ in self.library.speakers()]
        if not speakers:
            return
        s = self.rng.choice(speakers)
        name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}-{self.rng.choice(LAST)}"
        self._library_op(lambda lib: edits.rename_speaker(lib, s.id, name), f"rename {s.id}")

    # -- a run ----------------------------------------------------------------------

    def play(self, steps: int) -> None:
        ops = [
            (self.pick, 8),
            (self.pick_again, 4),
            (self.prose, 3),
            (self.edit_prose, 2),
            (self.alter_quote, 1),
            (self.move_block, 4),
            (self.move_section, 1),
            (lambda: self._memo_op(*self._section_ops("More")), 1),
            (self.delete_source, 1),
            (self.edit_details, 3),
            (self.change_speaker, 1),
            (self.merge_speakers, 1),
            (self.rename_speaker, 1),
            (self.undo_last, 3),
            (self.redo_last, 2),
            (self.save_and_reopen, 1),
        ]
        funcs, weights = zip(*ops, strict=True)
        for _ in range(steps):
            if self.log[-1:] == ["undo"] and self.rng.random() < 0.5:
                self.redo_last()  # else the next edit clears what could be redone
            else:
                self.rng.choices(funcs, weights)[0]()
        self.save_and_reopen()

    def close(self) -> None:
        self.library.close()
