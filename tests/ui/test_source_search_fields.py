"""The Sources tab's search finds a phrase within one of a source's fields,
not running from one into the next: '"levy report 2025"' found a source
titled "... levy report" dated 2025-03-02, whose words hold no such phrase."""

from app.core.model import SourceMeta
from app.ui.source_list import SourceList


def test_a_phrase_does_not_run_from_one_field_into_the_next(qtbot):
    sources = SourceList()
    qtbot.addWidget(sources)
    meta = SourceMeta(title="Tarrow levy report", outlet="Quillon Ledger", date="2025-03-02")
    sources.fill([(1, "one.txt", meta, 1)])
    assert sources.set_query('"levy report"') == (1, 1)
    assert sources.set_query('"levy report 2025"') == (0, 1)
    assert sources.set_query('"report one"') == (0, 1)
    assert sources.set_query("report 2025") == (1, 1)  # words, not a phrase: both are there
