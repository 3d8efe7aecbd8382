"""`export`: a memo to DOCX or PDF, checked against the library when there is one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.library import busy_notice
from app.core import corroborate
from app.core.paths import default_library_path
from app.core.pg.address import is_team_location
from app.core.store import LibraryError


def _check_with_library(brief, library_path: str | Path, take_speakers: bool = False) -> dict:
    """Bring the brief's copies of its sources' details up to date with the
    library, and find (as `ExportOptions` fields) its blocks in conflicts
    (open, or carrying a value the user rejected), the digests of its
    sources' texts, the quotes the library gives another speaker now, the
    facts it cites in another form now, and (`unchecked`) warnings for the
    sources it does not have. With `take_speakers`, quotes the library gives
    another speaker now are cited with it (said on stderr), as the memo's
    Take the Library's Speaker does. LibraryError when the library cannot be read."""
    from app.core import brief_sources
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
        library.set_busy_notice(busy_notice)
        if not library.readonly:
            corroborate.ensure_current(library)
        states = source_states(brief, library)
        _mark_cited(brief, library, states)
        for news in source_news(brief, states):
            if news.status == "deleted":
                which = f" ({news.which})" if news.which else ""
                print(
                    f"note: {news.title}{which}: source deleted from the library; cited as"
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
        speakers_now = changed_speakers(brief, library)
        if take_speakers:
            _say_taken_speakers(brief, speakers_now)
            brief_sources.take_speakers(brief, speakers_now)
            speakers_now = {}
        conflicted, rejected = export_checks(brief, library)
        return {
            "conflicted_item_ids": conflicted,
            "rejected_item_ids": rejected,
            "source_hashes": cited_source_hashes(brief, library),
            "speakers_now": speakers_now,
            "facts_now": changed_citations(brief, library),
            "unchecked": unchecked_sources(brief, library),
        }


def _mark_cited(brief, library, states) -> None:
    """Mark in the library the items the memo cites, as the window does for
    a memo it opens (`brief_sources.mark_cited`): a new date typed in later
    keeps them. A library this user may not write is said, not an error."""
    from app.core.brief_sources import mark_cited

    if library.readonly:
        return
    try:
        mark_cited(brief, library, states)
    except LibraryError as exc:
        print(
            f"note: the facts the memo cites are not marked as cited in the library ({exc});"
            " a new date there may take one away",
            file=sys.stderr,
        )


def _say_taken_speakers(brief, speakers_now: dict[str, str]) -> None:
    """Say each quote cited with the speaker the library gives it now."""
    from app.core.short_text import clip_words

    for block in brief.blocks():
        if block.id in speakers_now:
            print(
                f"note: quote \u201c{clip_words(block.text, 60)}\u201d cited as"
                f" {speakers_now[block.id] or 'no one'}'s, as the library gives it"
                f" (the memo says {block.speaker or 'no one'})",
                file=sys.stderr,
            )


def cmd_export(args: argparse.Namespace) -> int:
    """Export a brief file to DOCX or PDF with its citations; warnings go to stderr."""
    from app.core.brief import Brief, BriefError
    from app.core.export import NOTICES, ExportError, ExportOptions, iter_export, preflight

    try:
        brief = Brief.load(args.brief)
    except BriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for notice in brief.notices:
        print(f"note: {Path(args.brief).name}: {notice}", file=sys.stderr)
    if Path(args.out).exists() and not args.force:
        # A script's typo or a second run must not lose an earlier export silently.
        print(
            f"error: {args.out}: a file of that name is there already; not exported"
            " (--force writes over it)",
            file=sys.stderr,
        )
        return 1
    checks: dict = {}
    library_path = args.library or default_library_path()
    if is_team_location(library_path) or Path(library_path).exists():
        # The library has the sources' current details and knows which facts
        # they disagree on; a brief exports without one, from its own copy.
        try:
            checks = _check_with_library(brief, library_path, args.take_speakers)
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
        # A strict export lists what it refuses for in its error; what it
        # goes ahead with (an empty header line left out) is said here.
        if not args.strict or warning.kind in NOTICES:
            print(f"warning: {warning.message}", file=sys.stderr)
    try:
        for _ in iter_export(brief, args.out, options):
            pass
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"ok {args.out}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export a memo to DOCX or PDF with citations")
    p.add_argument("brief", metavar="MEMO", help="a .brief.json memo file")
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="FILE.docx or FILE.pdf (refused if it is there already, unless --force)",
    )
    p.add_argument("--force", action="store_true", help="write over an existing --out FILE")
    p.add_argument("--style", choices=["chicago", "apa", "ap"], default="chicago")
    p.add_argument("--notes", choices=["footnotes", "endnotes"], default="footnotes")
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse to export if there are warnings (not for empty sections left out)",
    )
    p.add_argument(
        "--library",
        metavar="PATH",
        help="library to check the memo's facts for unresolved conflicts (default: yours)",
    )
    p.add_argument(
        "--take-speakers",
        action="store_true",
        help="cite quotes whose speaker was corrected in the library with the library's"
        " speaker (the memo file is not changed)",
    )
    p.set_defaults(func=cmd_export)
