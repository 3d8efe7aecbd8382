"""The library a headless command works on, and its `--library` option."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import LibraryError

if TYPE_CHECKING:
    from app.core.store import Library

# What a command that opens no library (`quotes`) does not need is loaded
# when a library is opened (tests/core/test_cli_startup.py).


def busy_notice(waiting: bool) -> None:
    if waiting:
        print("waiting: another program is writing to the library...", file=sys.stderr, flush=True)


def command_library(
    args: argparse.Namespace, *, create: bool = False, point_to_check: bool = True
) -> Library:
    """The library a command works on; a read-only one is said to be so. A
    `--library` file that is not there is made only by a command that adds
    to it (`create`): for the others it is a slip of the keyboard, not an
    empty library to answer from. One this opening upgraded from before the
    mark of hand joins, with speakers Check Speakers would change, is said
    so once, as the window does (unless `point_to_check` is False:
    check-speakers itself)."""
    from app.core.paths import default_library_path
    from app.core.pg.address import is_team_location
    from app.core.store import open_store
    from app.core.store_db import not_there

    location = args.library or default_library_path()
    team = is_team_location(location)
    if args.library and not create and not team:
        if not_there(Path(location)):
            raise LibraryError(f"{location}: library file not found")
    if team or not not_there(Path(location)):
        # A library that is there opens as `open_library` opens it, without
        # the importer and its extractor, which only a new library's bundled
        # sources need (`facts`, `sources`, `search` read what is stored).
        library = open_store(location)
    else:
        from app.core.importer import open_library

        library = open_library(location, seed_if_new=not args.library)
    library.set_busy_notice(busy_notice)
    if library.readonly:
        print(
            f"note: {library.path}: opened read-only ({library.readonly_reason})", file=sys.stderr
        )
    elif point_to_check:
        point_to_check_speakers(library, named=bool(args.library))
    return library


def point_to_check_speakers(library: Library, *, named: bool = True) -> None:
    """Say on stderr what Check Speakers would change in a library this
    opening (or `team init`) upgraded from before the mark of hand joins;
    `named`: the library was named with --library (not the default one)."""
    import shlex

    if library.upgraded_from is None:  # not upgraded: Check Speakers' rules not loaded
        return
    from app.core.short_text import plural
    from app.core.speaker_repair import check_speakers, upgraded_before_hand_joins

    if not upgraded_before_hand_joins(library):
        return
    check = check_speakers(library)
    if check:
        changes = plural(check.changes, "change")
        # `path`: the library's address without a password in it.
        where = f" --library {shlex.quote(str(library.path))}" if named else ""
        print(
            f"note: {library.name}: upgraded; today's rules would make {changes} to its"
            f" speakers: see them with `main.py check-speakers{where}`",
            file=sys.stderr,
        )


def add_library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--library",
        metavar="PATH|URL",
        help="library file (default: the one in your data folder), or a team library:"
        " postgresql://user@host/database",
    )
