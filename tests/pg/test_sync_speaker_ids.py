"""A copy taken offline never gives a team speaker's id to a new speaker of
its own: Sync reads the copy's speakers by the team's ids, and a new person
under the id of a team speaker merged away here read as that speaker's
rename (the merge never went up; the report told the user to merge the two
people in the team library)."""

from __future__ import annotations

from app.core import library_edits as edits
from app.core.model import NewItem, SourceMeta
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.sync import sync

FIRST = 'Ferry news. "Fares stay," said Vesk Brask. "The pier opens," said Velmar Tarn.'
LATER = 'Harbour news. "Rates fall," said Orra Quell.'


def _quote(text, words, speaker):
    start = text.index(words)
    return NewItem("quote", start, start + len(words), speaker=speaker)


def _said(library):
    return dict(
        library.db.execute(
            "SELECT i.text, sp.name FROM items i JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.kind = 'quote'"
        ).fetchall()
    )


def test_a_speaker_merged_away_offline_is_never_renamed_to_a_new_one(team_url, tmp_path):
    with PgLibrary(team_url) as team:
        team.add_source(
            FIRST,
            SourceMeta(title="Ferry"),
            items=[
                _quote(FIRST, '"Fares stay,"', "Vesk Brask"),
                _quote(FIRST, '"The pier opens,"', "Velmar Tarn"),
            ],
        )
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
        try:
            ids = {s.name: s.id for s, _ in local.speakers()}
            assert ids["Velmar Tarn"] == max(ids.values())  # the team's newest speaker
            edits.merge_speakers(local, ids["Vesk Brask"], ids["Velmar Tarn"])
            local.add_source(
                LATER,
                SourceMeta(title="Harbour"),
                items=[_quote(LATER, '"Rates fall,"', "Orra Quell")],
            )
            assert {s.name: s.id for s, _ in local.speakers()}["Orra Quell"] > ids["Velmar Tarn"]
            report = sync(local, team, team_url)
        finally:
            local.close()
        assert report.kept == [] and report.speakers_sent == 1  # the merge, as made here
        assert _said(team) == {
            '"Fares stay,"': "Vesk Brask",
            '"The pier opens,"': "Vesk Brask",
            '"Rates fall,"': "Orra Quell",
        }
