"""`quotes`, `import`, `sources`, `search`, `facts`: the quotes of text files,
and the library's sources, quotes and facts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.library import add_library_option, command_library
from app.core.errors import LibraryError

if TYPE_CHECKING:
    from app.core.store import Library

# Each command loads what it uses when it runs: `quotes` the extractor and
# no library, the others the library (tests/core/test_cli_startup.py).


def cmd_quotes(args: argparse.Namespace) -> int:
    """One JSON line per direct quote; offsets index the file's UTF-8 text."""
    from app.core.extract import find_quotes
    from app.core.ingest import IngestError
    from app.core.ingest.text import read_text

    status = 0
    for name in args.files:
        path = Path(name)
        try:
            text = read_text(path)
        except (OSError, IngestError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            print(f"error {name}: {reason}", file=sys.stderr)
            status = 1
            continue
        for q in find_quotes(text):
            row = {
                "source": path.name,
                "start": q.start,
                "end": q.end,
                "quote": text[q.start : q.end],
                "speaker": q.speaker,
            }
            print(json.dumps(row, ensure_ascii=False))
    return status


def cmd_import(args: argparse.Namespace) -> int:
    """Add files and folders to the library, one outcome line per file. A
    library that cannot take them (read-only, damaged, a full disk) stops the
    import with one line naming the library and the cause."""
    from app.core.importer import import_paths

    library = command_library(args, create=True)
    failed = False
    current: list[Path] = []
    with library:
        try:
            for outcome in import_paths(library, args.files, lambda _i, _n, p: current.append(p)):
                failed |= not (outcome.ok or outcome.skipped)
                print(outcome.line(), flush=True)
        except LibraryError as exc:
            what = f"{current[-1]} and later files not imported" if current else "nothing imported"
            print(f"error: {exc}; {what}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            # Each file is stored in one transaction: the one being read is in
            # whole or not at all, and importing again skips what is in.
            what = f" while importing {current[-1]}" if current else ""
            print(
                f"stopped (Ctrl+C){what}: the files listed above are in the library,"
                " later ones are not; importing again skips those already in",
                file=sys.stderr,
            )
            return 130
    return 1 if failed else 0


def cmd_sources(args: argparse.Namespace) -> int:
    """List the library's sources, or print them as CSL-JSON (--csl-json)."""
    from app.core.ingest.csl import to_csl
    from app.core.source_checks import missing_note

    with command_library(args) as library:
        rows = library.sources()
        if args.csl_json:
            items = to_csl((sid, meta) for sid, _name, meta, _n in rows)
            print(json.dumps(items, ensure_ascii=False, indent=2))
            return 0
        for sid, file_name, meta, n_items in rows:
            flag = f"  [{note}]" if (note := missing_note(meta, file_name)) else ""
            print(f"{sid}\t{meta.title or file_name}\t{n_items} items{flag}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search over quotes and facts, their speakers and source titles."""
    from app.core.store import SearchFilter

    flt = SearchFilter(query=args.query, kind=args.kind)
    with command_library(args) as library:
        if args.speaker:
            speaker = _speaker_named(library, args.speaker)
            if speaker is None:
                return 1
            flt.speaker_id = speaker
        titles = {sid: meta.title or fname for sid, fname, meta, _ in library.sources()}
        found = library.search(flt, limit=args.limit + 1 if args.limit >= 0 else -1)
        if 0 <= args.limit < len(found):
            found = found[: args.limit]
            print(
                f"note: only the first {args.limit} matches are shown;"
                " --limit N shows more (-1: all)",
                file=sys.stderr,
            )
        for item in found:
            if args.json:
                row = {
                    "id": item.id,
                    "kind": item.kind,
                    "source_id": item.source_id,
                    "source": titles.get(item.source_id, ""),
                    "start": item.start,
                    "end": item.end,
                    "text": item.text,
                    "cited": item.cited_text,
                    "speaker": item.speaker_name,
                }
                print(json.dumps(row, ensure_ascii=False))
            else:
                who = f" — {item.speaker_name}" if item.speaker_name else ""
                print(f"[{item.kind} {item.id}] {item.text}{who}  ({titles[item.source_id]})")
    return 0


def _speaker_named(library: Library, typed: str) -> int | None:
    """The id of the one speaker `typed` names (`Library.speakers_named`);
    None, said on stderr, when none does or several do: the first of
    several would show one person's quotes as all there are."""
    exact, found = library.speakers_named(typed)
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0].id
    if not found:
        print(f"error: no speaker's name contains {typed!r}", file=sys.stderr)
    else:
        names = "; ".join(sorted(s.name for s in found))
        print(f"error: several speakers' names contain {typed!r}: {names}", file=sys.stderr)
    return None


def cmd_facts(args: argparse.Namespace) -> int:
    """The library's facts, one a line: source, span, the source's words and
    the form a memo cites (a pronoun subject resolved in brackets)."""
    with command_library(args) as library:
        for source_id, file_name, meta, _n in library.sources():
            name = file_name or meta.title
            for item in library.items_of_source(source_id, kind="fact"):
                if args.json:
                    row = {
                        "source": name,
                        "start": item.start,
                        "end": item.end,
                        "text": item.text,
                        "cited": item.cited_text,
                    }
                    print(json.dumps(row, ensure_ascii=False))
                else:
                    cited = f"\t=> {item.cited}" if item.cited is not None else ""
                    text = " ".join(item.text.split())
                    print(f"{name}:{item.start}-{item.end}\t{text}{cited}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="print the direct quotes of text files as JSON lines")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("import", help="add files and folders to the library")
    p.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    add_library_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("sources", help="list the library's sources (or export CSL-JSON)")
    p.add_argument("--csl-json", action="store_true", help="print the sources as CSL-JSON")
    add_library_option(p)
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("search", help="search quotes and facts in the library")
    p.add_argument("query")
    p.add_argument("--kind", choices=["quote", "fact"])
    p.add_argument("--speaker", help="only items of a speaker whose name contains this")
    p.add_argument("--limit", type=int, default=50, help="at most this many (-1: all)")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    add_library_option(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("facts", help="list the library's facts and how a memo cites them")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    add_library_option(p)
    p.set_defaults(func=cmd_facts)
