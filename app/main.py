"""Entry point: the window by default, headless subcommands by name."""

from __future__ import annotations

import argparse
import sys


def gui_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The window's arguments; `with_commands` lists the headless commands in
    the help (which loads the CLI)."""
    epilog = None
    if with_commands:
        from app import cli

        epilog = cli.command_help()
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Briefing Builder: build cited briefing memos from news articles, offline.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("brief", nargs="?", metavar="MEMO", help="a *.brief.json memo to open")
    parser.add_argument("--library", metavar="PATH", help="library file to open")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="build the window offscreen at 1400x900, save a PNG and exit",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add this copy to your desktop's applications and open *.brief.json with it "
        "(Linux, for you only)",
    )
    desktop.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added",
    )
    return parser


def _may_be_command(argv: list[str]) -> bool:
    """Whether `argv` could name a headless command: a first word that is not
    an option or a memo file. The window's own arguments are told apart
    without loading the CLI, which loads the importer and its extractors
    that the window's first frame does not need (bench/bench_startup.py)."""
    return bool(argv) and not argv[0].startswith("-") and not argv[0].endswith(".json")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _may_be_command(argv):
        from app import cli

        if argv[0] in cli.command_names():
            return cli.run(argv)
    helping = any(a in ("-h", "--help") for a in argv)
    args = gui_parser(with_commands=helping).parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from app import desktop

        return desktop.main(remove=args.uninstall_desktop_entry)
    _load_qt_free_modules()
    from app.ui.application import run_gui

    return run_gui(args)


def _load_qt_free_modules() -> None:
    """Load the Qt-free modules the window needs before Qt itself. Once
    imported, PySide reads the source of every module imported after it, to
    look for its `__feature__` switches: loaded first, these are not read
    (about 8 ms of the start; bench/bench_startup.py)."""
    import app.core.brief_conflicts
    import app.core.brief_sources
    import app.core.cite
    import app.core.source_checks
    import app.core.store
    import app.core.templates
    import app.core.writer
    import app.desktop  # noqa: F401


if __name__ == "__main__":
    sys.exit(main())
