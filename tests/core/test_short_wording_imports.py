"""A short wording's quote group follows the speaker joins an import makes
(a lone surname joined to the full name a later source gives, and taken
back when a second full name comes) and Check Speakers' repair with its
undo (on both backends; invented names and sentences)."""

from __future__ import annotations

from app.core import corroborate
from app.core.speaker_repair import check_speakers, repair_speakers
from tests.conftest import import_texts

ALONE = 'Crane news.\n\n"The cranes stay put," Brask said.\n'
FULL = 'Crane notes.\n\n"The cranes stay put," said Ivo Brask, a crane driver.\n'
OTHER = 'Crane sales.\n\n"We sell the old ones," said Lena Brask, a crane seller.\n'


def _sources_together(library) -> list[int]:
    return sorted(
        len({row["source_id"] for row in library.report_rows(g.item_ids).values()})
        for g in library.clusters(kind="quote")
        if len(g.item_ids) > 1
    )


def _speaker(lib, name: str) -> int:
    return next(sp.id for sp, _ in lib.speakers() if sp.name == name)


def test_a_lone_surname_joined_on_import_joins_the_group(any_library, tmp_path):
    import_texts(any_library, tmp_path, ALONE, FULL)
    assert _sources_together(any_library) == [2]


def test_a_join_taken_back_on_import_splits_the_group(any_library, tmp_path):
    import_texts(any_library, tmp_path, ALONE, FULL)
    assert _sources_together(any_library) == [2]
    import_texts(any_library, tmp_path, OTHER)  # "Brask" alone may be either
    assert _sources_together(any_library) == []
    assert corroborate.regroup(any_library).groups == 0  # as a regroup finds them


def test_check_speakers_regroups_and_its_undo_too(any_library, tmp_path):
    lib = any_library
    import_texts(lib, tmp_path, ALONE, FULL, OTHER)
    # The old rules' shape: the lone surname kept with the first full name.
    lib.merge_speakers(_speaker(lib, "Ivo Brask"), _speaker(lib, "Brask"))
    with lib.transaction() as db:  # an import's join, not the user's merge
        db.execute("UPDATE speaker_aliases SET by_hand = 0")
    corroborate.regroup(lib)
    assert _sources_together(lib) == [2]
    edit = repair_speakers(lib, check_speakers(lib))
    assert edit.changes.groups
    assert _sources_together(lib) == []
    redo = edit.revert(lib)
    assert _sources_together(lib) == [2]
    redo.revert(lib)
    assert _sources_together(lib) == []
