"""A quote group whose sources give the words to different people says so:
the same words under two names are a misattribution somewhere, which a
reader must check before citing either, not corroboration of one of them."""

from __future__ import annotations

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library

WORDS = "The harbour levy will pay for the new sea wall by spring"


def _add(library: Library, text: str, speaker: str | None, title: str) -> int:
    start = text.index(WORDS)
    item = NewItem("quote", start, start + len(WORDS), speaker=speaker)
    sid = library.add_source(text, SourceMeta(title=title), items=[item])
    corroborate.update(library, sid)
    return sid


def _group(library: Library) -> dict:
    (group,) = corroborate.describe_clusters(library, kind="quote")
    return group


def test_a_group_given_to_two_people_names_both_with_their_sources(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    _add(library, f'"{WORDS}," said Ana Ruiz, the port director.', "Ana Ruiz", "Port news")
    _add(library, f'"{WORDS}," Ruiz told the council.', "Ruiz", "Council notes")
    _add(library, f'"{WORDS}," said Ivo Brask, a ferry pilot.', "Ivo Brask", "Ferry weekly")
    group = _group(library)
    assert group["sources"] == 3
    assert [i["speaker"] for i in group["items"]] == ["Ana Ruiz", "Ana Ruiz", "Ivo Brask"]
    assert group["why"]["speakers"] == ["Ana Ruiz (2 sources)", "Ivo Brask (1 source)"]
    text = corroborate.why_text(group["why"])
    assert "speakers differ: Ana Ruiz (2 sources), Ivo Brask (1 source)" in text
    library.close()


def test_one_speaker_or_an_unknown_one_is_no_difference(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    _add(library, f'"{WORDS}," said Ana Ruiz, the port director.', "Ana Ruiz", "Port news")
    _add(library, f'"{WORDS}," Ruiz told the council.', "Ruiz", "Council notes")
    _add(library, f'"{WORDS}," a notice read.', None, "Ferry weekly")
    group = _group(library)
    assert group["sources"] == 3
    assert "speakers" not in group["why"]
    assert "speakers differ" not in corroborate.why_text(group["why"])
    library.close()
