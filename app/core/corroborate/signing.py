"""Items' signatures for a grouping run, in item order, built beside it.

An item's signature (claims.py) depends on its own text, its source's date
and its source's text only, so a large regroup builds them in a second
process while this one indexes and compares those built before: on two
cores about half the work moves off the indexing path. The signatures come
back in the order of the items, exactly as built here (a process pool of
one, fed a few chunks ahead), so the groups and conflicts are the same
either way; a run that cannot start the process, or loses it, builds the
rest here.

Small runs (an import, a small library) build them here: starting a
process costs more than it saves below `PARALLEL_MIN` items. So does a run
on a machine whose cores are all busy: measured at load 6 on two cores, a
regroup of 200,000 items took 159 s with the second process and 102 s
without (the signatures' pickling adds a fifth to the work).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import NamedTuple

from app.core.corroborate.claims import FactSig, QuoteSig, fact_signature, quote_signature
from app.core.corroborate.sig_cache import SigCache, bucket
from app.core.corroborate.text import ProperWords, proper_words
from app.core.corroborate.times import parse_date

PARALLEL_MIN = 20_000  # items a run must have for a second process to pay
CHUNK = 2_000  # items sent to the second process at a time
AHEAD = 3  # chunks in flight: the process never waits for the next one

Row = tuple[int, int, str, str, str]  # item id, source id, kind, text, source date
Signed = tuple[int, int, str, QuoteSig | FactSig]  # item id, source id, kind, signature


def _sign(rows: list[Row], texts: dict[int, str]) -> list[QuoteSig | FactSig]:
    """The signatures of `rows`; `texts`: the text of each source a claim
    of them comes from (read for the words it uses as names)."""
    proper: dict[int, ProperWords] = {}
    dates: dict[str, date | None] = {}
    out: list[QuoteSig | FactSig] = []
    for _, source_id, kind, text, written in rows:
        if kind == "quote":
            out.append(quote_signature(source_id, text))
            continue
        if written not in dates:
            dates[written] = parse_date(written)
        if source_id not in proper:
            proper[source_id] = proper_words(texts[source_id])
        out.append(fact_signature(source_id, text, dates[written], proper[source_id]))
    return out


class Batch(NamedTuple):
    """Up to `CHUNK` rows, in order, and what signing them needs."""

    rows: list[Row]
    todo: list[Row]  # the rows whose signature is to be built
    texts: dict[int, str]  # the text of each source a claim of `todo` comes from
    kept: dict[int, QuoteSig | FactSig]  # signatures kept in the library, by item id
    checks: dict[int, int]  # each item's check (sig_cache.check, quote_check), by item id
    buckets: dict[int, dict]  # the kept rows read (sig_cache.SigCache.kept)


def _batch(rows: list[Row], source_text: Callable[[int], str], cache: SigCache | None) -> Batch:
    checks = cache.checks(rows) if cache is not None else {}
    kept, buckets = cache.kept(checks) if cache is not None and checks else ({}, {})
    todo = [row for row in rows if row[0] not in kept]
    texts: dict[int, str] = {}
    for row in todo:
        if row[2] != "quote" and row[1] not in texts:
            texts[row[1]] = source_text(row[1])
    return Batch(rows, todo, texts, kept, checks, buckets)


def _chunks(rows: Iterable[Row], source_text: Callable[[int], str], cache: SigCache | None):
    """The rows in `Batch`es of about `CHUNK` rows each, cut between the
    rows where signatures are kept (sig_cache.bucket): each is read and
    written by one batch."""
    chunk: list[Row] = []
    for row in rows:
        if len(chunk) >= CHUNK and bucket(row[0]) != bucket(chunk[-1][0]):
            yield _batch(chunk, source_text, cache)
            chunk = []
        chunk.append(row)
    if chunk:
        yield _batch(chunk, source_text, cache)


def _idle_cores() -> float:
    """How many cores no process is running or waiting for (the one-minute
    load average against the cores this process may use)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average on this system
        busy = 0.0
    return cores - busy


def _can_fork_work(n_items: int) -> bool:
    """Whether a second process may build the signatures: a large run, a
    core left idle for it (on a busy machine the two processes only share
    the cores others leave, and pickling the signatures makes the work
    more), and a Python that can start one (a frozen app does not run a
    worker's entry point)."""
    if n_items < PARALLEL_MIN or getattr(sys, "frozen", False):
        return False
    return _idle_cores() >= 1


def signed(
    rows: Iterable[Row],
    source_text: Callable[[int], str],
    n_items: int,
    cache: SigCache | None = None,
) -> Iterator[Signed]:
    """Each row's (item id, source id, kind, signature), in the rows' order.
    `source_text(source_id)` gives a source's text; `n_items` how many rows
    there are about to be (it decides whether a second process builds them);
    `cache`: the signatures kept in the library, read where they still hold
    and written for the items built (sig_cache.py)."""
    chunks = _chunks(rows, source_text, cache)
    if _can_fork_work(n_items):
        yield from _signed_beside(chunks, cache)
        return
    for batch in chunks:
        yield from _merge(batch, _sign(batch.todo, batch.texts), cache)


def _merge(batch: Batch, sigs: list[QuoteSig | FactSig], cache: SigCache | None):
    """The batch's rows signed: kept signatures, and those built (`sigs`, of
    `batch.todo` in order), which are kept for next time."""
    if cache is not None:
        built = {row[0]: sig for row, sig in zip(batch.todo, sigs, strict=True)}
        cache.write(batch.checks, built, batch.buckets)
    fresh = iter(sigs)
    for item_id, source_id, kind, _, _ in batch.rows:
        sig = batch.kept.get(item_id)
        yield item_id, source_id, kind, sig if sig is not None else next(fresh)


def _signed_beside(chunks: Iterator[Batch], cache: SigCache | None) -> Iterator[Signed]:
    """`signed` with the signatures built by a second process, a few chunks
    ahead; what it cannot build (it did not start, or died) is built here."""
    pending: deque[tuple[Batch, Future | None]] = deque()
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError):
        pool = None
    try:
        for batch in chunks:
            pending.append((batch, _submit(pool, batch)))
            if len(pending) > AHEAD:
                yield from _collect(*pending.popleft(), cache)
        while pending:
            yield from _collect(*pending.popleft(), cache)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor | None, batch: Batch):
    if pool is None or not batch.todo:
        return None
    try:
        return pool.submit(_sign, batch.todo, batch.texts)
    except (BrokenProcessPool, RuntimeError, OSError):
        return None


def _collect(batch: Batch, future: Future | None, cache: SigCache | None) -> Iterator[Signed]:
    sigs = None
    if future is not None:
        try:
            sigs = future.result()
        except (BrokenProcessPool, OSError):
            sigs = None  # the process is gone: build this chunk here
    if sigs is None:
        sigs = _sign(batch.todo, batch.texts)
    yield from _merge(batch, sigs, cache)
