"""A missing URL is flagged only where a citation needs one: a page saved from
the web, or a source read online (it has an access date); never a text file
or document of the user's own, the bundled articles among them. On screen (the
Sources tab, the viewer) and in the warnings before export alike. Invented
names and sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui.source_list import MissingRole
from tests.ui.helpers import add_by_keyboard, open_window, wait_idle

PAGE = (
    "<html><head><title>Ferry board keeps the winter timetable</title></head><body>"
    "<p>\u201cThe ferry will run all winter,\u201d said Osk Quillon on Tuesday.</p>"
    "</body></html>"
)


def _entries(window) -> dict[int, tuple[str, list[str]]]:
    sources = window.library_panel.sources
    return {
        sources.item(r).data(Qt.ItemDataRole.UserRole): (
            sources.item(r).text(),
            sources.item(r).data(MissingRole),
        )
        for r in range(sources.count())
    }


def test_the_bundled_articles_need_no_url_on_screen_or_at_export(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    for text, missing in _entries(window).values():
        assert missing == ["date", "outlet"] and "URL" not in text, text
    add_by_keyboard(window, qtbot, "hardening our defenses")
    wait_idle(qtbot, window)
    dialog = window.export_brief()
    shown = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    lacking = [line for line in shown if "has no date or outlet:" in line]
    assert lacking and not [line for line in shown if "URL" in line or "no link" in line], shown
    dialog.reject()
    window.files.maybe_save = lambda: True


def test_a_saved_web_page_and_a_source_read_online_need_their_url(qtbot, tmp_path):
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    ids = {}
    for name, accessed in (("own", ""), ("online", "2031-05-06")):
        notes = tmp_path / f"{name}.txt"
        notes.write_text(f"\u201cThe pier reopens in May,\u201d said Ama Vesk ({name}).\n")
        ids[name] = (tmp_path / f"{name}.txt", accessed)
    with Library(tmp_path / "lib.sqlite") as library:
        web = import_file(library, page).source_id
        for name, (path, accessed) in ids.items():
            sid = import_file(library, path).source_id
            meta = SourceMeta(title=name, outlet="Vesk Gazette", date="2031-05-04")
            meta.accessed = accessed
            library.update_source_meta(sid, meta)
            ids[name] = sid
        window = open_window(qtbot, library)
        entries = _entries(window)
        assert "url" in entries[web][1] and "URL" in entries[web][0]
        assert entries[ids["own"]][1] == []  # a text file of the user's own: nothing lacking
        assert entries[ids["online"]][1] == ["url"] and "missing: URL" in entries[ids["online"]][0]
        window.library_panel.select_source(ids["online"])
        assert "missing: URL" in window.viewer.meta.text()
        window.close()
