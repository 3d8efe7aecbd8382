"""Headless subcommands: `python main.py COMMAND ...` (used by tests, benchmarks, scripts).

Each command is a function `cmd_<name>(args) -> int` in the module of its area
(`items`: quotes, import, sources, search, facts; `export`; `groups`: clusters,
conflicts; `speakers`: check-speakers; `team`), whose `register` adds its parsers; `library` opens the library
a command works on. The exit status, as README lists it: 0 done, 1 an input, the
memo or the library failed, 2 a wrong argument, 130 stopped by Ctrl+C, 141 the
output's reader went away.

A command loads only its own area's module, and that module loads what a
command needs when it runs: `main.py quotes` reads no library and loads
neither the store nor the exporters (tests/core/test_cli_startup.py).
"""

from __future__ import annotations

import argparse
import os
import sys

from app.core.errors import LibraryError

# Each area's commands, in the order `main.py --help` lists them; each area's
# `register` adds exactly these (tests/core/test_cli_startup.py checks).
AREAS: dict[str, tuple[str, ...]] = {
    "items": ("quotes", "import", "sources", "search", "facts"),
    "export": ("export",),
    "groups": ("clusters", "conflicts"),
    "speakers": ("check-speakers",),
    "team": ("team",),
}


def build_parser(areas: tuple[str, ...] | list[str] = tuple(AREAS)) -> argparse.ArgumentParser:
    """The commands' parser, with the commands of `areas` (all by default)."""
    parser = argparse.ArgumentParser(prog="main.py", add_help=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in areas:
        _area_module(area).register(sub)
    return parser


def _area_module(area: str):
    """The module `app.cli.<area>`, loaded by an import statement's way
    (`importlib.import_module` would hide it from `python -X importtime`)."""
    name = f"app.cli.{area}"
    __import__(name)
    return sys.modules[name]


def command_names() -> list[str]:
    return [name for names in AREAS.values() for name in names]


def command_help() -> str:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    lines = [f"  {c.dest:<10} {c.help}" for c in action._choices_actions]
    return "headless commands (python main.py COMMAND --help for each):\n" + "\n".join(lines)


def _parser_for(argv: list[str]) -> argparse.ArgumentParser:
    """The parser of the command `argv` names, with only its area's commands
    (its module is all the command loads); the whole parser for anything
    else, whose error lists the commands as before."""
    word = argv[0] if argv else None
    area = next((a for a, names in AREAS.items() if word in names), None)
    return build_parser((area,) if area else tuple(AREAS))


def run(argv: list[str]) -> int:
    """Run one command; its exit status as the module's docstring lists them."""
    args = _parser_for(argv).parse_args(argv)
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
