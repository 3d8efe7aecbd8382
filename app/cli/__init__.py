"""Headless subcommands: `python main.py COMMAND ...` (used by tests, benchmarks, scripts).

Each command is a function `cmd_<name>(args) -> int` in the module of its area
(`items`: quotes, import, sources, search, facts; `export`; `groups`: clusters,
conflicts; `speakers`: check-speakers; `team`), whose `register` adds its parsers; `library` opens the library
a command works on. The exit status, as README lists it: 0 done, 1 an input, the
memo or the library failed, 2 a wrong argument, 130 stopped by Ctrl+C, 141 the
output's reader went away.
"""

from __future__ import annotations

import argparse
import os
import sys

from app.cli import export, groups, items, speakers, team
from app.core.store import LibraryError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", add_help=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in (items, export, groups, speakers, team):
        area.register(sub)
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
