"""Start the Qt application: the window, or an offscreen screenshot of it."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.core.importer import open_library
from app.core.paths import default_library_path
from app.core.store import LibraryError
from app.desktop import icon_files

STYLE = Path(__file__).with_name("style.qss")


def make_app(argv: list[str] | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Briefing Builder")
    app.setOrganizationName("Briefing Builder")
    icon = QIcon()
    for path in icon_files():  # every size: title bar, task bar, switcher
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    app.setDesktopFileName("briefing-builder")  # ties windows to the launcher (Wayland app id)
    app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    return app


def run_gui(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    path = Path(args.library) if args.library else default_library_path()
    try:
        library = open_library(path, seed_if_new=not args.library)
    except LibraryError as exc:
        if args.screenshot:
            print(f"error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Cannot open the library", str(exc))
        return 1
    window = MainWindow(library)
    if args.screenshot:
        if args.brief and hasattr(window, "open_brief"):
            window.open_brief(Path(args.brief))
        return screenshot(app, window, Path(args.screenshot))
    window.show()
    # After a crash, the autosaved work comes first; otherwise the brief asked for.
    restored = window.offer_recovery() if hasattr(window, "offer_recovery") else False
    if args.brief and not restored and hasattr(window, "open_brief"):
        window.open_brief(Path(args.brief))
    return app.exec()


def screenshot(app, window, out: Path) -> int:
    """Show the window offscreen at 1400x900, let it settle, save a PNG."""
    window.resize(1400, 900)
    window.show()
    if hasattr(window, "prepare_screenshot"):
        window.prepare_screenshot()
    for _ in range(10):
        app.processEvents()
    pixmap = window.grab()
    ok = pixmap.save(str(out), "PNG")
    window.close()
    if not ok:
        print(f"error: could not write {out}", file=sys.stderr)
        return 1
    print(f"saved {out} ({pixmap.width()}x{pixmap.height()})")
    return 0
