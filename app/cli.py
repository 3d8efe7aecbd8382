"""Headless subcommands: `python main.py COMMAND ...` (used by tests, benchmarks, scripts).

Each command is a function `cmd_<name>(args) -> int` registered in `build_parser`;
the exit status, as README lists it: 0 done, 1 an input, the memo or the library
failed, 2 a wrong argument, 130 stopped by Ctrl+C, 141 the output's reader went away.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from app import cli_team
from app.core import corroborate
from app.core.extract import find_quotes
from app.core.ingest import IngestError
from app.core.ingest.text import read_text
from app.core.model import NEITHER
from app.core.paths import default_library_path
from app.core.pg.address import is_team_location
from app.core.store import Library, LibraryError, SearchFilter
from app.core.store_db import not_there


def _busy_notice(waiting: bool) -> None:
    if waiting:
        print("waiting: another program is writing to the library...", file=sys.stderr, flush=True)


def _library(args: argparse.Namespace, *, create: bool = False) -> Library:
    """The library a command works on; a read-only one is said to be so. A
    `--library` file that is not there is made only by a command that adds
    to it (`create`): for the others it is a slip of the keyboard, not an
    empty library to answer from."""
    from app.core.importer import open_library  # (with the fact rules: not for `quotes`)

    location = args.library or default_library_path()
    if args.library and not create and not is_team_location(location):
        if not_there(Path(location)):
            raise LibraryError(f"{location}: library file not found")
    library = open_library(location, seed_if_new=not args.library)
    library.set_busy_notice(_busy_notice)
    if library.readonly:
        print(
            f"note: {library.path}: opened read-only ({library.readonly_reason})", file=sys.stderr
        )
    return library


def _add_library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--library",
        metavar="PATH|URL",
        help="library file (default: the one in your data folder), or a team library:"
        " postgresql://user@host/database",
    )


def cmd_quotes(args: argparse.Namespace) -> int:
    """One JSON line per direct quote; offsets index the file's UTF-8 text."""
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

    library = _library(args, create=True)
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

    with _library(args) as library:
        rows = library.sources()
        if args.csl_json:
            items = to_csl((sid, meta) for sid, _name, meta, _n in rows)
            print(json.dumps(items, ensure_ascii=False, indent=2))
            return 0
        for sid, file_name, meta, n_items in rows:
            flag = f"  [{note}]" if (note := missing_note(meta)) else ""
            print(f"{sid}\t{meta.title or file_name}\t{n_items} items{flag}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search over quotes and facts, their speakers and source titles."""
    flt = SearchFilter(query=args.query, kind=args.kind)
    with _library(args) as library:
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
                    "speaker": item.speaker_name,
                }
                print(json.dumps(row, ensure_ascii=False))
            else:
                who = f" — {item.speaker_name}" if item.speaker_name else ""
                print(f"[{item.kind} {item.id}] {item.text}{who}  ({titles[item.source_id]})")
    return 0


def _speaker_named(library: Library, typed: str) -> int | None:
    """The id of the one speaker whose name is `typed` or contains it (any
    case); None, said on stderr, when none does or several do: the first of
    several would show one person's quotes as all there are."""
    wanted = typed.strip().casefold()
    found = [s for s, _ in library.speakers() if wanted in s.name.casefold()]
    exact = [s for s in found if s.name.casefold() == wanted]
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
    with _library(args) as library:
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


def _check_with_library(brief, library_path: str | Path) -> dict:
    """Bring the brief's copies of its sources' details up to date with the
    library, and find (as `ExportOptions` fields) its blocks in conflicts
    (open, or carrying a value the user rejected), the digests of its
    sources' texts, the quotes the library gives another speaker now, the
    facts it cites in another form now, and (`unchecked`) warnings for the
    sources it does not have. LibraryError when the library cannot be read."""
    from app.core.brief_conflicts import export_checks
    from app.core.brief_sources import source_news, source_states, take_current
    from app.core.export import (
        changed_citations,
        changed_speakers,
        cited_source_hashes,
        unchecked_sources,
    )
    from app.core.importer import open_library

    with open_library(library_path) as library:
        library.set_busy_notice(_busy_notice)
        if not library.readonly:
            corroborate.ensure_current(library)
        states = source_states(brief, library)
        for news in source_news(brief, states):
            if news.status == "deleted":
                print(
                    f"note: {news.title}: source deleted from the library; cited as"
                    " the memo saved it",
                    file=sys.stderr,
                )
            elif news.status != "elsewhere":  # those are warnings: `unchecked`
                print(
                    f"note: {news.title}: cited with the library's current"
                    f" {', '.join(news.changed)}",
                    file=sys.stderr,
                )
        take_current(brief, states)
        conflicted, rejected = export_checks(brief, library)
        return {
            "conflicted_item_ids": conflicted,
            "rejected_item_ids": rejected,
            "source_hashes": cited_source_hashes(brief, library),
            "speakers_now": changed_speakers(brief, library),
            "facts_now": changed_citations(brief, library),
            "unchecked": unchecked_sources(brief, library),
        }


def cmd_export(args: argparse.Namespace) -> int:
    """Export a brief file to DOCX or PDF with its citations; warnings go to stderr."""
    from app.core.brief import Brief, BriefError
    from app.core.export import ExportError, ExportOptions, iter_export, preflight

    try:
        brief = Brief.load(args.brief)
    except BriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for notice in brief.notices:
        print(f"note: {Path(args.brief).name}: {notice}", file=sys.stderr)
    checks: dict = {}
    library_path = args.library or default_library_path()
    if is_team_location(library_path) or Path(library_path).exists():
        # The library has the sources' current details and knows which facts
        # they disagree on; a brief exports without one, from its own copy.
        try:
            checks = _check_with_library(brief, library_path)
        except LibraryError as exc:
            # The memo exports from its own copy (a damaged library must not
            # hold it back), with a warning: which a strict export refuses.
            if args.strict:
                print(
                    f"error: {exc}; not exported: the memo's conflicts and changed"
                    " speakers could not be checked",
                    file=sys.stderr,
                )
                return 1
            print(
                f"warning: cited as the memo saved it, conflicts not checked: {exc}",
                file=sys.stderr,
            )
    elif args.library:
        print(f"error: {library_path}: library file not found", file=sys.stderr)
        return 1
    unchecked = checks.pop("unchecked", [])  # sources not this library's: unchecked
    for warning in unchecked:
        print(f"warning: {warning}", file=sys.stderr)
    if unchecked and args.strict:
        print(f"error: {Path(args.out).name}: not exported in strict mode", file=sys.stderr)
        return 1
    options = ExportOptions(style=args.style, notes=args.notes, strict=args.strict, **checks)
    if not args.strict:
        fmt = Path(args.out).suffix.lower().lstrip(".")
        for warning in preflight(
            brief,
            options.conflicted_item_ids,
            args.style,
            options.rejected_item_ids,
            options.source_hashes,
            options.speakers_now,
            fmt,
            options.facts_now,
        ):
            print(f"warning: {warning.message}", file=sys.stderr)
    try:
        for _ in iter_export(brief, args.out, options):
            pass
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"ok {args.out}")
    return 0


def _group_library(args: argparse.Namespace):
    """The library with its groups up to date (regrouped on request)."""
    library = _library(args)
    if library.readonly:
        print("note: groups and conflicts are shown as last stored", file=sys.stderr)
    elif args.regroup:
        corroborate.regroup(library)
    else:
        corroborate.ensure_current(library)
    return library


def cmd_clusters(args: argparse.Namespace) -> int:
    """The same quote or claim across sources: one group per line."""
    with _group_library(args) as library:
        for group in corroborate.describe_clusters(library, kind=args.kind):
            if args.json:
                print(json.dumps(group, ensure_ascii=False))
                continue
            print(
                f"[{group['kind']} group {group['id']}] {group['sources']} sources,"
                f" {group['independent']} independent"
            )
            print(f"    matched on: {corroborate.why_text(group['why'])}")
            for item in group["items"]:
                text = " ".join(item["text"].split())
                print(f"    {item['source']} {item['start']}-{item['end']}: {text}")
    return 0


def _choice_of(conflict, typed: str) -> str | None:
    """The resolution `typed` names: one of the conflict's values (as stored,
    whatever its case), NEITHER for "neither" (as the window offers); None for
    anything else, which would mark every claim's value rejected."""
    typed = typed.strip()
    if typed.casefold() in ("neither", NEITHER.casefold()):
        return NEITHER
    return next((v for v in conflict.values if v.casefold() == typed.casefold()), None)


def cmd_conflicts(args: argparse.Namespace) -> int:
    """Claims that disagree: one conflict per line; --resolve records a decision."""
    with _group_library(args) as library:
        if args.resolve is not None:
            if not args.choice:
                print("error: --resolve needs --choice", file=sys.stderr)
                return 1
            conflict = next((c for c in library.conflicts() if c.id == args.resolve), None)
            if conflict is None:
                print(f"error: no conflict {args.resolve}", file=sys.stderr)
                return 1
            choice = _choice_of(conflict, args.choice)
            if choice is None:
                values = ", ".join(sorted(set(conflict.values)))
                print(
                    f"error: {args.choice} is no value of conflict {conflict.id} ({values});"
                    " --choice one of them, or neither (and say why with --note)",
                    file=sys.stderr,
                )
                return 1
            library.resolve_conflict(conflict.id, choice, args.note or "")
        for conflict in corroborate.describe_conflicts(library):
            if args.json:
                print(json.dumps(conflict, ensure_ascii=False))
                continue
            state = f"resolved: {conflict['choice']}" if conflict["resolved"] else "unresolved"
            if conflict["resolved_by"]:
                state += f" by {conflict['resolved_by']}"
            values = " vs ".join(conflict["values"])
            about = f" \u2014 {conflict['subject']}" if conflict["subject"] else ""
            print(f"[conflict {conflict['id']}] {conflict['label']} {values}{about} ({state})")
            for other in conflict["others"]:
                print(f"    also: {other['by']} chose {other['choice']}: {other['note']}")
            print(f"    matched on: {corroborate.why_text(conflict['why'])}")
            for claim in conflict["claims"]:
                text = " ".join(claim["text"].split())
                print(f"    {claim['value']}  {claim['source']}: {text}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", add_help=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("quotes", help="print the direct quotes of text files as JSON lines")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("import", help="add files and folders to the library")
    p.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    _add_library_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("sources", help="list the library's sources (or export CSL-JSON)")
    p.add_argument("--csl-json", action="store_true", help="print the sources as CSL-JSON")
    _add_library_option(p)
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("search", help="search quotes and facts in the library")
    p.add_argument("query")
    p.add_argument("--kind", choices=["quote", "fact"])
    p.add_argument("--speaker", help="only items of a speaker whose name contains this")
    p.add_argument("--limit", type=int, default=50, help="at most this many (-1: all)")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    _add_library_option(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("facts", help="list the library's facts and how a memo cites them")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    _add_library_option(p)
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("export", help="export a memo to DOCX or PDF with citations")
    p.add_argument("brief", metavar="MEMO", help="a .brief.json memo file")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.docx or FILE.pdf")
    p.add_argument("--style", choices=["chicago", "apa", "ap"], default="chicago")
    p.add_argument("--notes", choices=["footnotes", "endnotes"], default="footnotes")
    p.add_argument("--strict", action="store_true", help="refuse to export if there are warnings")
    p.add_argument(
        "--library",
        metavar="PATH",
        help="library to check the memo's facts for unresolved conflicts (default: yours)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("clusters", help="the same quote or claim across sources")
    p.add_argument("--kind", choices=["quote", "fact"])
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--regroup", action="store_true", help="group the library from scratch")
    _add_library_option(p)
    p.set_defaults(func=cmd_clusters)

    p = sub.add_parser("conflicts", help="claims that disagree across sources")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--regroup", action="store_true", help="group the library from scratch")
    p.add_argument("--resolve", type=int, metavar="ID", help="resolve conflict ID")
    p.add_argument(
        "--choice", help="the value that holds, or neither (with --resolve and a --note)"
    )
    p.add_argument("--note", help="why (with --resolve)")
    _add_library_option(p)
    p.set_defaults(func=cmd_conflicts)

    cli_team.register(sub)
    return parser


COMMAND_PARSER = build_parser()


def command_names() -> list[str]:
    action = next(a for a in COMMAND_PARSER._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def command_help() -> str:
    action = next(a for a in COMMAND_PARSER._actions if isinstance(a, argparse._SubParsersAction))
    lines = [f"  {c.dest:<10} {c.help}" for c in action._choices_actions]
    return "headless commands (python main.py COMMAND --help for each):\n" + "\n".join(lines)


def run(argv: list[str]) -> int:
    """Run one command; its exit status as the module's docstring lists them."""
    args = COMMAND_PARSER.parse_args(argv)
    try:
        return args.func(args)
    except LibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stopped (Ctrl+C)", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `main.py facts --json | head`: the reader has what it wanted. Python
        # would report the closed pipe again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
