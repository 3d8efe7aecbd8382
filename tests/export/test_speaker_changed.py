"""A quote's speaker corrected in the library after the quote went into a
memo (by the user, or a colleague on a team library): the memo still holds
the speaker it was picked with, so the export warns, naming both, before a
misattributed quote goes out."""

from __future__ import annotations

from contextlib import closing

from app import cli
from app.core import library_edits as edits
from app.core.brief import Block, Brief, Header, Section
from app.core.export import changed_speakers, preflight
from app.core.model import NewItem, SourceMeta
from app.core.store import Library

TEXT = 'Intro. "We build the bridge," said Velmar Tarn at the Quillon hall.'


def _memo(tmp_path):
    """A library with one quote, and a saved memo citing it."""
    path = tmp_path / "library.sqlite"
    with closing(Library(path)) as library:
        start = TEXT.index('"We')
        end = start + len('"We build the bridge,"')
        sid = library.add_source(
            TEXT,
            SourceMeta(
                title="Bridge vote",
                outlet="Quillon Courier",
                date="2024-05-02",
                url="https://example.org/bridge",
            ),
            items=[NewItem("quote", start, end, speaker="Velmar Tarn")],
        )
        (item,) = library.items_of_source(sid)
        block = Block.from_item(item, library.source(sid))
        brief = Brief(Header(subject="Bridge"), [Section("Quotes", [block])])
        brief.save(tmp_path / "memo.brief.json")
    return path, item.id, brief


def test_the_export_warns_when_the_library_gives_the_quote_another_speaker(tmp_path, capsys):
    path, item_id, brief = _memo(tmp_path)
    out = tmp_path / "memo.docx"
    memo = str(tmp_path / "memo.brief.json")
    strict = ["export", memo, "--out", str(out), "--library", str(path), "--strict"]
    assert cli.run(strict) == 0
    with closing(Library(path)) as library:
        assert changed_speakers(brief, library) == {}
        edits.set_item_speaker(library, item_id, "Vesk Brask")
        now = changed_speakers(brief, library)
    assert list(now.values()) == ["Vesk Brask"]
    (warning,) = [w for w in preflight(brief, speakers_now=now) if w.kind == "speaker"]
    assert "Velmar Tarn" in warning.message and "Vesk Brask" in warning.message

    capsys.readouterr()
    assert cli.run(strict[:-1]) == 0
    err = capsys.readouterr().err
    assert "Vesk Brask" in err and "Velmar Tarn" in err
    assert cli.run(strict) == 1
