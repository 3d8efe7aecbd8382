"""Entry point: the window by default, headless subcommands by name."""

from __future__ import annotations

import argparse
import gc
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


def plain_window_args(argv: list[str]) -> argparse.Namespace | None:
    """The window's arguments for its usual starts (a memo, `--library PATH`,
    either, neither), as `gui_parser` reads them; None for anything else,
    which `gui_parser` reads. Building that parser looks up its messages'
    translations: about 3 ms of the window's start (bench/bench_startup.py)."""
    brief = library = None
    words = iter(argv)
    for word in words:
        if word == "--library" and library is None:
            library = next(words, None)
            if library is None or library.startswith("-"):
                return None
        elif word.startswith("-") or brief is not None:
            return None
        else:
            brief = word
    return argparse.Namespace(
        brief=brief,
        library=library,
        screenshot=None,
        install_desktop_entry=False,
        uninstall_desktop_entry=False,
    )


def _may_be_command(argv: list[str]) -> bool:
    """Whether `argv` could name a headless command: a first word that is not
    an option or a memo file. The window's own arguments are told apart
    without loading the CLI, which loads the importer and its extractors
    that the window's first frame does not need (bench/bench_startup.py)."""
    return bool(argv) and not argv[0].startswith("-") and not argv[0].endswith(".json")


def _mistyped_command(word: str, commands: list[str]) -> bool:
    """Whether `word`, given where a command or a memo goes, is neither: no
    file of that name, and a bare word (`main.py fact`). Said on stderr, as
    a script wants it, instead of starting the window on a memo of that
    name (or, with no display, Qt's abort)."""
    import os

    if os.path.exists(word) or os.sep in word or "." in word:
        return False
    import difflib

    near = difflib.get_close_matches(word, commands, n=1)
    hint = f"did you mean {near[0]}? " if near else ""
    print(
        f"main.py: {word!r} is no command and no memo file; {hint}"
        f"the commands: {', '.join(commands)} (main.py --help)",
        file=sys.stderr,
    )
    return True


def _library_first(argv: list[str]) -> list[str]:
    """`--library PATH COMMAND ...` as `COMMAND --library PATH ...`: the
    library named before the command, as many tools take a global option,
    started the window on a memo named after the command instead (with no
    display, Qt's abort)."""
    if len(argv) > 2 and argv[0] == "--library" and _may_be_command(argv[2:]):
        from app import cli

        if argv[2] in cli.command_names():
            return [argv[2], *argv[:2], *argv[3:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = _library_first(sys.argv[1:] if argv is None else argv)
    if _may_be_command(argv):
        from app import cli

        if argv[0] in cli.command_names():
            return cli.run(argv)
        if _mistyped_command(argv[0], cli.command_names()):
            return 2
    args = plain_window_args(argv)
    if args is None:
        helping = any(a in ("-h", "--help") for a in argv)
        args = gui_parser(with_commands=helping).parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from app import desktop

        return desktop.main(remove=args.uninstall_desktop_entry)
    # The window's thread runs the cycle collector once QApplication is made
    # (app/ui/collector.py); until then the imports would set it off some 50
    # times (about 6 ms of the start) for the little garbage they leave.
    gc.disable()
    _before_qt()
    from app.ui.application import run_gui

    return run_gui(args)


def _before_qt() -> None:
    """Load the Qt-free modules the window needs before Qt, and tell PySide
    which modules use which of its `__feature__` switches: none. Once loaded,
    PySide reads the source of each module the first time an import names
    it, to find out; a module loaded before PySide cannot use one, and the
    window's modules (app.ui) use none. Marked as PySide marks such modules,
    they are not read (about 8 ms of the start; bench/bench_startup.py)."""
    import app.core.collector_hold
    import app.core.corroborate  # (library_edits no longer loads it at its own load)
    import app.core.corroborate.shown  # the cards' conflict marks say values with it
    import app.core.library_edits
    import app.core.role_levels  # the write gate says what a role may change
    import app.core.short_text
    import app.core.source_checks
    import app.core.store
    import app.core.templates
    import app.core.writer
    import app.desktop
    import app.ui  # noqa: F401

    loaded = list(sys.modules)
    try:
        from PySide6.support.feature import pyside_feature_dict
    except ImportError:  # a PySide without it: it reads them, as it did
        return
    marks = dict.fromkeys(loaded, -1)  # -1: "no PySide here"
    for name in window_modules():
        marks[name] = 0  # 0: "PySide, with no feature switched on"
    for name, mark in marks.items():
        pyside_feature_dict.setdefault(name, mark)


def window_modules() -> list[str]:
    """The names of the window's modules (app.ui's), as `pkgutil.iter_modules`
    lists them: its module files and packages, by name. (Read from the folder
    here: pkgutil is a module more to load, 0.5 ms of the start;
    tests/ui/test_startup.py compares the two. A folder with no module file,
    as in the packaged app, whose modules are in its archive, is left to
    pkgutil, which the packager teaches to list them.)"""
    import inspect  # loaded already (dataclasses loads it)
    import os

    import app.ui

    names: dict[str, None] = {}
    for folder in app.ui.__path__:
        for entry in sorted(os.listdir(folder)):
            name = inspect.getmodulename(entry)
            if not name and "." not in entry and os.path.isdir(os.path.join(folder, entry)):
                inside = os.listdir(os.path.join(folder, entry))
                if "__init__" in map(inspect.getmodulename, inside):
                    name = entry
            if name and name != "__init__" and "." not in name:
                names.setdefault(f"app.ui.{name}")
    if not names:
        import pkgutil

        return [module.name for module in pkgutil.iter_modules(app.ui.__path__, "app.ui.")]
    return list(names)


if __name__ == "__main__":
    sys.exit(main())
