"""The Sources tab folds each source's search words once (case, accents,
apostrophes), not at every search nor at every re-read of the list: the
folding was most of a library change's re-read of the window (every edit
re-reads the list), which froze the window for a moment on a big library.
An empty search folds nothing: it finds every source."""

import app.ui.source_list as source_list
from app.core.model import SourceMeta
from app.ui.source_list import SourceList

SOURCES = [
    (1, "one.txt", SourceMeta(title="Tarrow levy report", outlet="Quillon Ledger"), 3),
    (2, "two.txt", SourceMeta(title="Vesk harbor vote", outlet="Bayside Café Post"), 1),
    (3, "three.txt", SourceMeta(title="Pier plan", outlet="Quillon Ledger"), 2),
]


def _shown(sources: SourceList) -> list[int]:
    rows = range(sources.list.count())
    return [r for r in rows if not sources.list.item(r).isHidden()]


def test_each_sources_words_are_folded_once(qtbot, monkeypatch):
    folded: list[str] = []
    real = source_list.fold

    def counted(text: str) -> str:
        folded.append(text)
        return real(text)

    monkeypatch.setattr(source_list, "fold", counted)
    sources = SourceList()
    qtbot.addWidget(sources)
    sources.fill(SOURCES)
    assert sources.set_query("") == (3, 3) and folded == []  # nothing to fold
    assert sources.set_query("quillon") == (2, 3)
    assert len([t for t in folded if "\n" in t]) == 3  # each source's words, once
    folded.clear()
    assert sources.set_query("cafe") == (1, 3)  # accents still do not matter
    assert _shown(sources) == [1]
    sources.fill(SOURCES)  # the library changed: the list is read again
    assert _shown(sources) == [1]  # the search still applies
    assert sources.set_query("-ledger") == (1, 3)
    assert [t for t in folded if "\n" in t] == []  # no source's words folded again

    renamed = [(2, "two.txt", SourceMeta(title="Vesk harbor poll", outlet="Bayside Post"), 1)]
    sources.fill(SOURCES[:1] + renamed)
    assert sources.set_query("poll") == (1, 2)
    assert len([t for t in folded if "\n" in t]) == 1  # only the changed source's words
