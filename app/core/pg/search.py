"""Searching a team library: the text query as a tsquery over the GIN-indexed
`items.doc`, with a plan that does not depend on how common the words are.

The library list asks for a page of matches in id order and a count capped
at a thousand. PostgreSQL can answer either by walking the items in id order
and checking each (quick when the words are common: the page fills at once;
slow when they are rare) or through the GIN index (quick for rare words;
slow for common ones: every match is fetched, from all over the table, and
sorted). Left to choose, the planner flips between the two on its estimates.
So the items are split at a fixed id, the end of the first `WALK_ROWS` items:

1. up to there, the items are walked in id order (a plan the query fixes):
   a common word fills the page within the first hundreds of items,
   whatever the estimates say;
2. only what is still missing is looked for past that id, in two steps that
   each stop early (`_past_page`): any matches, in whatever order the server
   finds them quickest, then the first in id order among the items up to
   the page's worth of the lowest ids found.

The split is only a boundary: the answer is the same wherever it lies.
A capped count needs no order: one statement, stopped at the cap, in the
order the server chooses (a scan from the table's start for common words,
the index for rare ones). After a first page it goes on from what the page
found (`_COUNTED`, kept for the process: the list counts on a thread and
connection of its own, after the page has been shown), so no item is
checked twice: a page filled on the walk holds every match up to its last
id, and only those past it are counted; a page that looked past the walked
part has counted the walked part's matches and, past it, up to the count
the list asks for next (`COUNT_AHEAD`), and that count then needs no
counting at all. Either way the count's statement reads the library's
change counter too: a commit since the page (anyone's) and it counts anew.

Every search is planned for its own words: a statement prepared once and
reused gets a generic plan, made without knowing them, that calls the
tsquery function on every row (a search for a missing word took minutes).
The typed words are folded into a tsquery by the server, as the stored text
was, once per process and query (`_FOLDED`), and passed to each statement
as a value.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import replace

from app.core.model import Item
from app.core.search_query import parse, tsquery
from app.core.store_search import ITEM_COLUMNS, SearchFilter, item_from_row

# Items walked in id order before the planner chooses. Checking an item on
# the walk costs about 1-2 µs; a match fetched through the index, from a
# page anywhere in a table bigger than the server's memory for it, 10-40 µs.
# A word left to the planner after a walk this long has fewer than 1 match
# in 50 items (for a page of 100), and the walk cost 5-10 ms at most.
WALK_ROWS = 5_000


def _walks(flt: SearchFilter) -> bool:
    """Whether the first items in id order are worth walking first: a text
    query without a filter that has an index of its own (a speaker's, a
    source's or a tag's items are found through it)."""
    return (
        bool(parse(flt.query)) and flt.speaker_id is None and flt.source_id is None and not flt.tag
    )


def _and(conditions: str, where: str) -> str:
    """A WHERE clause of `conditions` and those of `where` (a clause as
    `SearchFilter.where` writes it, " WHERE ...", or empty)."""
    return (
        f" WHERE {conditions} AND ({where.removeprefix(' WHERE ')})"
        if where
        else f" WHERE {conditions}"
    )


def _past(where: str) -> str:
    """The WHERE clause for the items past the split (its id the first parameter)."""
    return _and("i.id > ?", where)


# Typed words folded into tsqueries (as text), by library and query, oldest
# first. Folding is the server's (bb_term: ICU lower case and accents, as the
# stored text was), 0.4-0.5 ms a word; a page, its count, the next page, a
# refresh after an import, each in a library opened anew, ask for the same
# words again. The folding never changes for a schema version: kept for the
# process, a bounded number.
_FOLDED: dict[tuple, list] = {}
_FOLDED_LOCK = threading.Lock()
FOLDED_KEPT = 256
# The walked part's end, by library and walk (see `PgSearch._split`).
_SPLITS: dict[tuple, int] = {}
# What the last page of a search that walked found, for the count that
# follows it (see `PgSearch.search`), oldest first: (library, items table,
# WHERE, parameters, split) -> (the library's change counter before the
# page, an id, the matches up to it, the matches found in all, whether those
# are all there are). Right while the counter has not moved: the count
# checks it in its own statement.
_COUNTED: dict[tuple, tuple[int, int, int, int, bool]] = {}
_COUNTED_LOCK = threading.Lock()
COUNTED_KEPT = 64

# The walked part: every item up to the split, in id order. OFFSET 0 keeps the
# planner from merging this into the query around it, so it stays a walk of
# the id index that stops when the page is full. No LIMIT: more than
# `walk_rows` items can lie below a kept split (a deleted source put back
# with its ids), and a walk cut short would skip them.
_WALKED = "SELECT * FROM items WHERE id <= ? ORDER BY id OFFSET 0"

# The library list counts to 1,001 once it has shown its first page
# (app/ui/item_model.py): a first page that looks past the walked part
# takes up to that many matches there, and the count needs no counting.
COUNT_AHEAD = 1001


# What the list shows beside rows (`tags_of`, `corroboration_counts`; a
# first page reads the same with its rows, `_DETAILS`). The ids go as one
# array: a list of a page's 200 placeholders cost the driver a parse and the
# server a plan every time (about 1 ms each); this is one statement,
# prepared after a few uses.
_TAGS = "SELECT item_id, tag FROM tags WHERE item_id = ANY(?::bigint[]) ORDER BY tag"
_CARRIED = (
    "SELECT m.item_id, c.source_count, c.independent_count FROM cluster_members m"
    " JOIN clusters c ON c.id = m.cluster_id WHERE m.item_id = ANY(?::bigint[])"
)


# The same beside each row of a first page, read in the page's own statement
# (a round trip less than asking by the page's ids after it, and the same
# snapshot as the rows): the item's tags in `_TAGS`'s order, and the sources
# carrying it as `_CARRIED` reads them (NULL: in no group).
_DETAILS = (
    ", ARRAY(SELECT t.tag FROM tags t WHERE t.item_id = i.id ORDER BY t.tag)"
    ", (SELECT ARRAY[c.source_count, c.independent_count] FROM cluster_members m"
    " JOIN clusters c ON c.id = m.cluster_id WHERE m.item_id = i.id)"
)


def _tags(rows: list[tuple]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for item_id, tag in rows:
        out.setdefault(item_id, []).append(tag)
    return out


def _carried(ids: list[int], rows: list[tuple]) -> dict[int, tuple[int, int]]:
    out = dict.fromkeys(ids, (1, 1))
    for item_id, n, k in rows:
        out[item_id] = (n, k)
    return out


def _capped(where: str, params: list, cap: int) -> tuple[str, list]:
    """The count up to `cap`. Counting needs no order: any `cap` matches will
    do, in whatever order the server finds them quickest (a scan from the
    table's start for common words: cheaper per item than walking them in id
    order)."""
    return f"SELECT count(*) FROM (SELECT FROM items i{where} LIMIT ?) AS capped", [*params, cap]


def _count_query(known: tuple | None, where: str, params: list, cap: int) -> tuple[str, list]:
    """The statement for a count up to `cap`, going on from what a page
    found (`known`, see `_COUNTED`; None: from nothing). Its one row: the
    library's change counter (NULL without `known`) and the matches it
    counted (see `_count_total`): past the page while the counter is the
    page's, else all of them anew, in the same statement (a commit between
    the page and the count, as an import makes every few moments, costs no
    second round trip). Only the branch the counter picks is run."""
    anew, anew_params = _capped(where, params, cap)
    if known is None:
        return f"SELECT NULL::bigint, ({anew})", anew_params
    then, boundary, before, found, every = known
    on, on_params = "SELECT 0", []
    if not (every or found >= cap):
        on, on_params = _capped(_past(where), [boundary, *params], cap - before)
    return (
        f"SELECT version, CASE WHEN version = ? THEN ({on}) ELSE ({anew}) END FROM library_state",
        [then, *on_params, *anew_params],
    )


def _count_total(known: tuple | None, row: tuple, cap: int) -> int:
    """The count up to `cap` from the row of `_count_query(known, ...)`: what
    the page found and what the statement counted past it, or what it
    counted anew when a commit came after the page (the counter moved)."""
    version, counted = row
    then, _, before, found, every = known or (None, 0, 0, 0, False)
    if known is None or version != then:
        return counted
    if every or found >= cap:
        return min(found, cap)
    return before + counted


def _id_array(ids: Iterable[int]) -> str:
    """Item ids as an array literal, for `= ANY(%s::bigint[])`: the driver
    adapts a Python list of a page's ids element by element (0.7 ms for 200);
    ids are integers, so their text is all there is to it."""
    return "{" + ",".join(map(str, map(int, ids))) + "}"


class PgSearch:
    """`search` and `count` of `Library`, for a team library (a mixin of `PgLibrary`)."""

    walk_rows = WALK_ROWS

    def text_source(self, flt: SearchFilter, *, estimated: bool = True) -> tuple[str, list]:
        """The WHERE clause over `items i` for a filter (the filters as SQLite
        writes them, the text query as a tsquery value), and its parameters.

        `estimated=False`: for a statement whose plan the query fixes (the
        walk), the tsquery is given as a subquery's value, so the planner
        does not look up how common its words are (0.5 ms a statement: the
        column's word frequencies are read and unpacked for every plan)."""
        where, params = replace(flt, query="").where()
        query = parse(flt.query)
        parts, text_params = [], []
        for node in (query.match, query.exclude):
            if node is not None:
                sql, p = tsquery(node)
                parts.append(f"({sql})::text")
                text_params.extend(p)
        if not parts:
            return where, params
        # By the items table too: a database made again at this address may fold otherwise.
        key = (self.location, self.db.items_oid, query.match, query.exclude)  # type: ignore[attr-defined]
        folded = _FOLDED.get(key)
        if folded is None:
            folded = list(self._fetch(f"SELECT {', '.join(parts)}", text_params)[0])
            with _FOLDED_LOCK:  # the list's worker threads search at once
                if len(_FOLDED) >= FOLDED_KEPT:
                    del _FOLDED[next(iter(_FOLDED))]
                _FOLDED[key] = folded
        value = "?::tsquery" if estimated else "(SELECT ?::tsquery)"
        clauses = []
        if query.match is not None:
            clauses.append(f"i.doc @@ {value}")
            if estimated and "!" in (folded[0] or ""):
                # A left-out word ('s' & !'the') is checked on the row too: the
                # index can answer it wrongly while its pending list is merged
                # (autovacuum, or an import filling it): an item's first words
                # are in the tree and its later ones not yet, so it matches
                # there without the word it leaves out. ts_match_vq is @@
                # written as a call, which the planner never makes an index
                # condition, so it filters the rows the index hands over.
                clauses.append("ts_match_vq(i.doc, ?::tsquery)")
                folded = [folded[0], *folded]
        if query.exclude is not None:
            clauses.append(f"NOT coalesce(i.doc @@ {value}, false)")
        return _and(" AND ".join(clauses), where), folded + params

    def _split(self) -> int | None:
        """The id that ends the walked part: the last of the first `walk_rows`
        items, kept for the process once there are that many (the list opens
        the library anew for each search); None in an empty library.

        Kept by the items table (not only the address: a database made again
        there starts its ids anew). Items may come back below a kept split
        later (a delete undone): the walk reads every item up to it, so a
        page stays right; it only walks a little further."""
        key = (self.location, self.db.items_oid, self.walk_rows)  # type: ignore[attr-defined]
        if key in _SPLITS:
            return _SPLITS[key]
        end, n = self._fetch(
            "SELECT max(id), count(*) FROM (SELECT id FROM items ORDER BY id LIMIT ?) AS w",
            [self.walk_rows],
        )[0]
        if n >= self.walk_rows:
            _SPLITS[key] = end
        return end

    def stop_when(self, stopped: Callable[[], bool] | None) -> None:
        """Nothing to do: a team library's statement is stopped by the server
        (`PgLibrary.cancel`), asked from another thread."""

    def count(self, flt: SearchFilter, cap: int | None = None) -> int:
        """How many items match; with `cap`, counting stops there."""
        where, params = self.text_source(flt)
        if cap is None:
            return self._fetch(f"SELECT count(*) FROM items i{where}", params)[0][0]
        known = self._known(flt, where, params)
        row = self._fetch(*_count_query(known, where, params, cap))[0]
        return _count_total(known, row, cap)

    def search_page(
        self, flt: SearchFilter, limit: int, order: str
    ) -> tuple[list[Item], dict[int, list[str]], dict[int, tuple[int, int]]]:
        """As the library file's (`Library.search_page`), in one round trip
        for most searches: the page's rows carry their tags and carried-by
        counts (`_DETAILS`)."""
        rows = self._page_rows(flt, limit, 0, order, _DETAILS)
        n = len(ITEM_COLUMNS.split(","))
        tags = {r[0]: list(r[n]) for r in rows if r[n]}
        carried = {r[0]: (r[n + 1][0], r[n + 1][1]) if r[n + 1] else (1, 1) for r in rows}
        return [item_from_row(r) for r in rows], tags, carried

    def _counted_key(self, where: str, params: list, split: int | None) -> tuple:
        return (self.location, self.db.items_oid, where, tuple(params), split)  # type: ignore[attr-defined]

    def _known(self, flt: SearchFilter, where: str, params: list) -> tuple | None:
        """What the last page of this search that walked found (see `search`),
        by this library or another in this process; None when there is none."""
        if not _walks(flt):
            return None
        return _COUNTED.get(self._counted_key(where, params, self._split()))

    def _keep_counted(self, where: str, params: list, split: int, known: tuple) -> None:
        key = self._counted_key(where, params, split)
        with _COUNTED_LOCK:  # the list's worker threads search at once
            _COUNTED.pop(key, None)
            if len(_COUNTED) >= COUNTED_KEPT:
                del _COUNTED[next(iter(_COUNTED))]
            _COUNTED[key] = known

    def search(
        self, flt: SearchFilter, limit: int = -1, offset: int = 0, order: str = "id"
    ) -> list[Item]:
        """Items matching the filter; `order` is "id" or "position" (source, start)."""
        return [item_from_row(r) for r in self._page_rows(flt, limit, offset, order, "")]

    def _page_rows(
        self, flt: SearchFilter, limit: int, offset: int, order: str, details: str
    ) -> list[tuple]:
        """The rows of `search`: `ITEM_COLUMNS`, then `details` (more columns
        over `items i`), then, from the walk only, what the walk saw."""
        columns = ITEM_COLUMNS + details
        where, params = self.text_source(flt)
        order_by = "i.source_id, i.start" if order == "position" else "i.id"
        want = offset + limit
        split = None
        if order == "id" and 0 <= want <= self.walk_rows and _walks(flt):
            split = self._split()
        if split is None:
            return self._fetch(
                f"SELECT {columns} FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
                f"{where} ORDER BY {order_by} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        # The join comes after the LIMIT, so the walk stops at the page's last match.
        # Each row carries the library's change counter as the walk saw it (read
        # once): a count made from this page later is right while it has not moved.
        walk_where, walk_params = self.text_source(flt, estimated=False)
        rows = self._fetch(
            f"SELECT {columns}, (SELECT version FROM library_state)"
            f" FROM (SELECT i.* FROM ({_WALKED}) i{walk_where}"
            " ORDER BY i.id LIMIT ?) i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            " ORDER BY i.id",
            [split, *walk_params, want],
        )
        seen = rows[0][-1] if rows else None
        if len(rows) == want:
            # Every match up to the page's last item is on the page.
            if rows:
                self._keep_counted(where, params, split, (seen, rows[-1][0], want, want, False))
            return rows[offset:]
        # The whole walked part was read: its matches are all here.
        walked = len(rows)
        ahead = COUNT_AHEAD - walked if offset == 0 else 0
        past, found, every, version = self._past_page(
            where, params, split, want - walked, ahead, columns
        )
        # The walk's counter when it found any: a commit after it is seen by the count.
        then = version if seen is None else seen
        self._keep_counted(where, params, split, (then, split, walked, walked + found, every))
        return (rows + past)[offset:]

    def _past_page(
        self, where: str, params: list, split: int, need: int, ahead: int, columns: str
    ) -> tuple[list[tuple], int, bool, int]:
        """The first `need` matches past the split, in id order (`columns`); how many
        matches were found past it on the way (up to `ahead`, for the count
        that follows a first page), whether that is all of them, and the
        library's change counter as they were found.

        Asked at once ("ORDER BY id LIMIT need"), the planner either walks the
        items in id order until it has them (long when the words are rare) or
        fetches every match through the index and sorts them (long when they
        are many). So, in two steps that each stop early:

        1. any `need` (or `ahead`) matches past the split, in whatever order
           the server finds them quickest (a scan from the table's start for
           common words, the index for rare ones); it stops when it has them;
        2. there are `need` matches up to the `need`-th lowest id found, so
           the first `need` are among the items up to it: those, in id order.
           The table is mostly in id order, so that range is short.

        When step 1 found every match there is, the first `need` of them are
        read by id instead."""
        limit = max(need, ahead)
        version, ids = self._fetch(
            "SELECT (SELECT version FROM library_state),"
            f" ARRAY(SELECT i.id FROM items i{_past(where)} LIMIT ?)",
            [split, *params, limit],
        )[0]
        found = sorted(ids)
        every = len(found) < limit
        if not found:
            return [], 0, every, version
        if every:
            rows = self._fetch(
                f"SELECT {columns} FROM items i LEFT JOIN speakers sp"
                " ON sp.id = i.speaker_id WHERE i.id = ANY(?) ORDER BY i.id",
                [found[:need]],
            )
        else:
            rows = self._fetch(
                f"SELECT {columns} FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
                f"{_and('i.id > ? AND i.id <= ?', where)} ORDER BY i.id LIMIT ?",
                [split, found[need - 1], *params, need],
            )
        return rows, len(found), every, version

    def tags_of(self, item_ids: Iterable[int]) -> dict[int, list[str]]:
        """The tags of many items at once (items without tags are left out), as
        the library file's; the ids as one array (see `_TAGS`)."""
        return _tags(self.db.execute(_TAGS, [_id_array(item_ids)]).fetchall())  # type: ignore[attr-defined]

    def corroboration_counts(self, item_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
        """{item id: (sources, independent sources)} carrying each item, as the
        library file's (an item in no group: (1, 1)); the ids as one array."""
        ids = list(item_ids)
        return _carried(ids, self.db.execute(_CARRIED, [_id_array(ids)]).fetchall())  # type: ignore[attr-defined]

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        return self.db.execute(sql, params, prepare=False).fetchall()  # type: ignore[attr-defined]
