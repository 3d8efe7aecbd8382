"""The Export dialog says that the memo cites a source deleted from the
library since, named as the memo's bar names it (title, outlet and date):
its quotes and facts are cited from the memo's copy, which the library can
no longer check for conflicts or changed speakers. Only `main.py export`
said so. A warning only: strict mode exports all the same, the memo's copy
being a faithful record of what was cited. Invented names and sentences."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Qt

from app.core import library_edits as edits
from app.core.brief import Block, Brief, Section
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.export_dialog import ExportDialog
from tests.export.memos import filled_header

HEAD = "Harbour board keeps the winter ferry running"
TEXT = (
    "\u201cThe ferry will run all winter,\u201d said Osk Quillon."
    " The Quillon board voted 5-2 on May 3, 2031 to keep the ferry."
)
META = SourceMeta(
    title=HEAD, outlet="Vesk Gazette", date="2031-05-04", url="https://vesk.example/ferry"
)


def _memo_of_a_deleted_source(library: Library) -> Brief:
    quote_end = TEXT.index(",\u201d")
    fact_start = TEXT.index("The Quillon")
    items = [
        NewItem("quote", 1, quote_end, speaker="Osk Quillon"),
        NewItem("fact", fact_start, len(TEXT)),
    ]
    sid = library.add_source(TEXT, META, items=items)
    source = library.source(sid)
    blocks = [Block.from_item(item, source) for item in library.items_of_source(sid)]
    brief = Brief(filled_header("Ferry"), [Section("Findings", blocks)])
    edits.delete_source(library, sid)
    return brief


def _warnings(dialog: ExportDialog) -> list[str]:
    return [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]


def test_the_dialog_warns_of_a_deleted_source_and_strict_mode_exports_it(qtbot, tmp_path):
    with closing(Library(tmp_path / "lib.sqlite")) as library:
        brief = _memo_of_a_deleted_source(library)
        dialog = ExportDialog(brief, None, library=library, conflicted_item_ids=frozenset())
        qtbot.addWidget(dialog)
        (said,) = [t for t in _warnings(dialog) if "deleted from the library" in t]
        assert f"Source \u201c{HEAD}\u201d (Vesk Gazette, 2031-05-04) was deleted" in said
        assert "its 1 quote and 1 fact are cited from the memo's copy" in said
        assert "no conflict or changed-speaker check" in said and "strict export goes ahead" in said
        warning = dialog.warnings.item(0).data(Qt.ItemDataRole.UserRole)  # clicked: its block
        assert warning.kind == "deleted" and warning.block_id == brief.sections[0].blocks[0].id
        assert dialog.warnings_label.text() == "<b>1 warning</b> before export:"
        # Strict mode does not refuse it: the memo's copy is a faithful record.
        out = tmp_path / "memo.docx"
        dialog.path.setText(str(out))
        dialog.open_when_done.setChecked(False)
        dialog.strict.setChecked(True)
        dialog.export()
        qtbot.waitUntil(lambda: not dialog.exporting)
        assert dialog.exported_path == out and out.stat().st_size > 0
