"""A quote's speaker corrected in the library after the quote went into a
memo (by the user, or a colleague on a team library): the memo still holds
the speaker it was picked with, so the export warns, naming both, before a
misattributed quote goes out."""

from __future__ import annotations

from contextlib import closing

import docx

from app import cli
from app.core import library_edits as edits
from app.core.brief import Block, Brief, Header, Section
from app.core.brief_sources import take_speakers
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
    # Exported again over the same file each time (--force), the strict flag last.
    strict = ["export", memo, "--out", str(out), "--library", str(path), "--force", "--strict"]
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


def test_the_memo_takes_the_library_speaker_and_an_undo_restores_it(tmp_path):
    path, item_id, brief = _memo(tmp_path)
    (block,) = brief.blocks()
    words = block.text
    with closing(Library(path)) as library:
        edits.set_item_speaker(library, item_id, "Vesk Brask")
        old = take_speakers(brief, changed_speakers(brief, library))
        assert block.speaker == "Vesk Brask" and block.text == words
        assert changed_speakers(brief, library) == {}
        take_speakers(brief, old)  # the undo
        assert block.speaker == "Velmar Tarn" and block.text == words
        assert list(changed_speakers(brief, library).values()) == ["Vesk Brask"]


def test_a_block_of_another_library_source_is_never_touched(tmp_path):
    _path, _item_id, brief = _memo(tmp_path)
    (block,) = brief.blocks()
    other_text = 'Intro. "We sell the ferry," said Roe Quill at the Vesk pier.'
    with closing(Library(tmp_path / "other.sqlite")) as other:
        # The same source id and span, another article's words and speaker.
        start = other_text.index('"We')
        other.add_source(
            other_text,
            SourceMeta(title="Ferry sale"),
            items=[NewItem("quote", start, start + len('"We build the bridge,"'), speaker="Roe")],
        )
        assert other.source(block.source.source_id).text == other_text
        assert take_speakers(brief, changed_speakers(brief, other)) == {}
    assert block.speaker == "Velmar Tarn"


def test_the_export_command_takes_the_library_speaker_on_request(tmp_path, capsys):
    path, item_id, _brief = _memo(tmp_path)
    with closing(Library(path)) as library:
        edits.set_item_speaker(library, item_id, "Vesk Brask")
    memo = tmp_path / "memo.brief.json"
    saved = memo.read_text()
    out = tmp_path / "memo.docx"
    args = ["export", str(memo), "--out", str(out), "--library", str(path), "--strict"]
    assert cli.run([*args, "--take-speakers"]) == 0
    err = capsys.readouterr().err
    assert "cited as Vesk Brask's" in err and "Velmar Tarn" in err
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Vesk Brask" in text and "Velmar Tarn" not in text
    assert memo.read_text() == saved  # the memo file keeps its speaker
    assert cli.run(args) == 1  # without it, a strict export still refuses
