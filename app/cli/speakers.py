"""`check-speakers`: the current rules for joining speakers across sources,
applied again to a library built before them (as the Speakers tab's Check
Speakers… does): what would change, and with --apply the change."""

from __future__ import annotations

import argparse
import sys

from app.cli.library import add_library_option, command_library


def cmd_check_speakers(args: argparse.Namespace) -> int:
    """Each change on a line; --apply makes them (one edit, as in the window)."""
    from app.core.speaker_repair import check_speakers, repair_speakers

    with command_library(args, point_to_check=False) as library:
        check = check_speakers(library)
        for line in check.lines():
            print(line)
        if not check:
            print("nothing to change", file=sys.stderr)
        elif args.apply:
            edit = repair_speakers(library, check)
            print(f"changed{': ' + edit.note if edit.note else ''}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check-speakers", help="join one person's names, part names joined to another"
    )
    p.add_argument("--apply", action="store_true", help="make the changes listed")
    add_library_option(p)
    p.set_defaults(func=cmd_check_speakers)
