"""The Sources list counts each source's items in words a reader expects."""

from app.core.model import SourceMeta
from app.ui.source_list import SourceList


def test_item_counts_are_singular_for_one(qtbot):
    sources = SourceList()
    qtbot.addWidget(sources)
    meta = SourceMeta(
        title="Tarrow levy vote",
        outlet="Quillon Ledger",
        date="2025-03-02",
        url="https://example.org/levy",
    )
    sources.fill([(1, "one.txt", meta, 1), (2, "two.txt", meta, 2), (3, "none.txt", meta, 0)])

    lines = [sources.list.item(row).text().splitlines()[1] for row in range(3)]
    assert lines[0].endswith("· 1 item")
    assert lines[1].endswith("· 2 items")
    assert lines[2].endswith("· 0 items")
