"""`clusters` and `conflicts`: the same quote or claim across sources, and
claims that disagree (a conflict resolved with --resolve)."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.library import add_library_option, command_library
from app.core import corroborate
from app.core.corroborate.shown import NOT_OFFERED, value_text
from app.core.model import NEITHER
from app.core.short_text import which_source


def _group_library(args: argparse.Namespace):
    """The library with its groups up to date (regrouped on request)."""
    library = command_library(args)
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
            if group["independence"]:
                print(f"    fewer independent: {group['independence']}")
            print(f"    matched on: {corroborate.why_text(group['why'])}")
            for item in group["items"]:
                text = " ".join(item["text"].split())
                print(f"    {_named(item)} {item['start']}-{item['end']}: {text}")
    return 0


def _named(row: dict) -> str:
    """A member's source as a reader tells it from others: its file, then its
    outlet and date ("a.txt (Quarnet Courier, 2031-05-04)")."""
    which = which_source(row.get("outlet") or "", row.get("date") or "")
    return f"{row['source']} ({which})" if which else row["source"]


def _choice_of(conflict, typed: str) -> str | None:
    """The resolution `typed` names: one of the conflict's values (as stored,
    whatever its case), NEITHER for "neither" (as the window offers); None for
    anything else, which would mark every claim's value rejected."""
    typed = typed.strip()
    if typed.casefold() in ("neither", NEITHER.casefold()):
        return NEITHER
    return next(
        (
            v
            for v in conflict.values
            if typed.casefold() in (v.casefold(), value_text(conflict.kind, v).casefold())
        ),
        None,
    )


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
                values = ", ".join(
                    value_text(conflict.kind, v) for v in sorted(set(conflict.values))
                )
                print(
                    f"error: {args.choice} is no value of conflict {conflict.id} ({values});"
                    " --choice one of them, or neither (and say why with --note)",
                    file=sys.stderr,
                )
                return 1
            library.resolve_conflict(conflict.id, choice, args.note or "")
        conflicts = corroborate.describe_conflicts(library)
        if not conflicts and not args.json:
            print(corroborate.none_found(library))
        for conflict in conflicts:
            if args.json:
                print(json.dumps(conflict, ensure_ascii=False))
                continue

            def shown(value: str, kind: str = conflict["kind"]) -> str:
                return value_text(kind, value)

            state = (
                f"resolved: {shown(conflict['choice'])}" if conflict["resolved"] else "unresolved"
            )
            if conflict["resolved_by"]:
                state += f" by {conflict['resolved_by']}"
            values = " vs ".join(shown(v) for v in conflict["values"])
            about = f" \u2014 {conflict['subject']}" if conflict["subject"] else ""
            print(f"[conflict {conflict['id']}] {conflict['label']} {values}{about} ({state})")
            for other in conflict["others"]:
                print(f"    also: {other['by']} chose {shown(other['choice'])}: {other['note']}")
            for earlier in conflict["earlier"]:
                then = " vs ".join(shown(v) for v in earlier["values"])
                said = f": {earlier['note']}" if earlier["note"] else ""
                print(
                    f"    decided before, when the sources gave {then}: {shown(earlier['choice'])}{said}"
                )
            print(f"    matched on: {corroborate.why_text(conflict['why'])}")
            for claim in conflict["claims"]:
                text = " ".join(claim["text"].split())
                mark = f" ({NOT_OFFERED})" if claim["kind"] == "claim" else ""
                print(f"    {shown(claim['value'])}  {_named(claim)}{mark}: {text}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("clusters", help="the same quote or claim across sources")
    p.add_argument("--kind", choices=["quote", "fact"])
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--regroup", action="store_true", help="group the library from scratch")
    add_library_option(p)
    p.set_defaults(func=cmd_clusters)

    p = sub.add_parser("conflicts", help="claims that disagree across sources")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--regroup", action="store_true", help="group the library from scratch")
    p.add_argument("--resolve", type=int, metavar="ID", help="resolve conflict ID")
    p.add_argument(
        "--choice", help="the value that holds, or neither (with --resolve and a --note)"
    )
    p.add_argument("--note", help="why (with --resolve)")
    add_library_option(p)
    p.set_defaults(func=cmd_conflicts)
