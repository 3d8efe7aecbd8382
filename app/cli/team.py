"""`main.py team ...`: set up a team library on a PostgreSQL server and give its roles.

    main.py team init postgresql://admin@server/newsdesk
    main.py team grant dana editor --library postgresql://admin@server/newsdesk
    main.py team members --library postgresql://admin@server/newsdesk
    main.py team offline road.sqlite --library postgresql://dana@server/newsdesk [--tag T | --memo M]
    main.py team sync road.sqlite [--memo M]...

Passwords come from libpq's passfile or service file, never from the app
(README, "Team libraries").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.library import point_to_check_speakers
from app.core.errors import LibraryError
from app.core.short_text import plural


def _location(args: argparse.Namespace) -> str:
    from app.core.pg.address import is_team_location

    location = args.library or ""
    if not is_team_location(location):
        raise LibraryError(
            "name the team library with --library postgresql://user@host/database (or service=NAME)"
        )
    return location


def _warn_password(location: str) -> None:
    from app.core.pg.connect import has_password

    if has_password(location):
        print(
            "note: the password in the address is used once and not kept; put it in"
            " ~/.pgpass (or the file PGPASSFILE names) instead",
            file=sys.stderr,
        )


def cmd_team_init(args: argparse.Namespace) -> int:
    """Create (or upgrade) the team library's schema, its roles and their grants."""
    from app.core.pg.address import is_team_location
    from app.core.pg.connect import describe
    from app.core.pg.roles import init_team

    if not is_team_location(args.url):
        print(f"error: {args.url}: not a PostgreSQL address (postgresql://...)", file=sys.stderr)
        return 1
    _warn_password(args.url)
    roles, found = init_team(args.url, prefix=args.prefix)
    print(f"ready: {describe(args.url)}")
    for level, role in roles.items():
        print(f"  {level:<7} {role}")
    if found:
        from app.core.pg.library import PgLibrary

        with PgLibrary(args.url) as library:
            library.upgraded_from = found  # the upgrade init_team made
            point_to_check_speakers(library)
    return 0


def cmd_team_grant(args: argparse.Namespace) -> int:
    """Give a server user one role in the library (or none)."""
    from app.core.pg.roles import set_role

    location = _location(args)
    _warn_password(location)
    role = set_role(location, args.user, args.role)
    if role is None:
        print(f"{args.user}: no role in this library now")
    else:
        print(f"{args.user}: {args.role} ({role})")
    return 0


def cmd_team_members(args: argparse.Namespace) -> int:
    """Who has which role."""
    from app.core.pg.roles import members

    location = _location(args)
    for user, level in members(location):
        print(f"{user}\t{level}")
    return 0


def cmd_team_offline(args: argparse.Namespace) -> int:
    """Copy the team library, or a part, into a new library file."""
    from app.core.brief import Brief, BriefError
    from app.core.offline import Part, take_offline
    from app.core.pg.library import PgLibrary

    location = _location(args)
    if args.tag:
        part = Part.with_tag(args.tag)
    elif args.memo:
        try:
            part = Part.memo(Brief.load(args.memo))
        except BriefError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    else:
        part = Part.everything()
    with PgLibrary(location) as team:
        local = take_offline(team, args.path, part, location)
    n = local.count_sources()
    local.close()
    print(f"offline: {args.path} holds {part.describe()}: {n} sources")
    return 0


def cmd_team_sync(args: argparse.Namespace) -> int:
    """Send a copy's changes to its team library and bring down others'; the
    memos named with --memo then cite what went up by the team's ids. What
    each memo cites is marked in the copy first (`in_memo`, as the window
    marks an open memo), so the marks go up before the details: a date sent
    up keeps the facts they cite."""
    from app.core.brief import Brief, BriefError
    from app.core.brief_sources import mark_cited
    from app.core.offline import link_of, moved_ids
    from app.core.pg.library import PgLibrary
    from app.core.store import Library
    from app.core.sync import sync

    if not Path(args.path).is_file():  # a slip of the keyboard: no new library made there
        raise LibraryError(f"{args.path}: library file not found")
    try:  # each memo read before anything is sent: a bad one stops nothing midway
        memos = [(path, Brief.load(path)) for path in args.memo or []]
    except BriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with Library(args.path) as local:
        link = link_of(local)
        if link is None:
            raise LibraryError(f"{args.path}: not a copy taken offline from a team library")
        location = args.library or link[0]
        for _, brief in memos:
            mark_cited(brief, local)
        with PgLibrary(location) as team:
            report = sync(local, team, location)
            for line in report.lines():
                print(line)
            status = 0
            for path, brief in memos:
                status = max(status, _renumber(brief, path, team, moved_ids(local)))
    return status


def _renumber(brief, path: str, team, moved: dict[int, int]) -> int:
    """Make a memo drafted in the copy cite what Sync renumbered by the team
    library's ids, and save it, saying what was done; the exit status."""
    from app.core.brief_sources import synced_citations

    found = synced_citations(brief, team, moved)
    if not found:
        print(f"memo {path}: cites nothing Sync renumbered; left as it was")
        return 0
    for block_id, (item_id, source) in found.items():
        brief.set_block_cited(block_id, item_id, source)
    try:
        brief.save(path)
    except OSError as exc:
        print(
            f"error: memo {path}: cannot be saved ({exc.strerror or exc}); run `team sync`"
            " with --memo again once it can: it still cites the copy's ids",
            file=sys.stderr,
        )
        return 1
    verb = "cites" if len(found) == 1 else "cite"
    print(f"memo {path}: {plural(len(found), 'block')} now {verb} the team library's ids")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `team` command and its actions to the CLI's subcommands."""
    team = sub.add_parser("team", help="set up a team library on PostgreSQL and give roles")
    actions = team.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("init", help="create or upgrade the schema and the three roles")
    p.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    p.add_argument("--prefix", help="role names' prefix (default: the database's name)")
    p.set_defaults(func=cmd_team_init)

    p = actions.add_parser("grant", help="give USER the role reader, editor or admin (or none)")
    p.add_argument("user", metavar="USER")
    p.add_argument("role", metavar="ROLE", choices=["reader", "editor", "admin", "none"])
    p.add_argument("--library", metavar="URL", help="the team library")
    p.set_defaults(func=cmd_team_grant)

    p = actions.add_parser("offline", help="copy the library (or a part) into a library file")
    p.add_argument("path", metavar="PATH", help="the new library file")
    p.add_argument("--library", metavar="URL", help="the team library")
    p.add_argument("--tag", help="only the sources of items with this tag")
    p.add_argument("--memo", metavar="BRIEF", help="only what this memo needs")
    p.set_defaults(func=cmd_team_offline)

    p = actions.add_parser("sync", help="send a copy's changes up and bring others' down")
    p.add_argument("path", metavar="PATH", help="a library file taken offline")
    p.add_argument(
        "--library", metavar="URL", help="the team library (default: where it came from)"
    )
    p.add_argument(
        "--memo",
        metavar="BRIEF",
        action="append",
        help="a memo drafted in the copy: made to cite new sources by the team's ids (repeatable)",
    )
    p.set_defaults(func=cmd_team_sync)

    p = actions.add_parser("members", help="list who has which role")
    p.add_argument("--library", metavar="URL", help="the team library")
    p.set_defaults(func=cmd_team_members)
