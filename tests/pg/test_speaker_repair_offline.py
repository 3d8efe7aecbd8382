"""Check Speakers in a copy taken offline: the joins it makes go up with Sync
as merges; the names it would take apart are left for the team library (Sync
sends no quote moved to another speaker, and the copy takes the team's back),
and it says so."""

from __future__ import annotations

from app.core.importer import import_file
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.speaker_repair import check_speakers, repair_speakers
from app.core.sync import sync

ARTICLES = [
    'Depot news.\n\n"We need more buses on the hill route," said the union\'s chief aide.\n',
    'Depot notes.\n\n"The depot stays open at night," the aide said.\n',
    'Ferry news.\n\n"The ferry is late again," Quell said.\n',
    'Ferry notes.\n\n"The ferry runs at noon," said Dara Quell, a ferry pilot.\n',
]


def _said(library) -> dict[str, str]:
    return dict(
        library.db.execute(
            "SELECT i.text, sp.name FROM items i JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.kind = 'quote'"
        ).fetchall()
    )


def test_a_copy_joins_and_leaves_the_splits_to_the_team(team_url, tmp_path) -> None:
    with PgLibrary(team_url) as team:
        for number, text in enumerate(ARTICLES):
            (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
            import_file(team, tmp_path / f"a{number}.txt")
        ids = {s.name: s.id for s, _ in team.speakers()}
        team.merge_speakers(ids["union's chief aide"], ids["aide"])  # as the old rules did
        with team.transaction() as db:  # the surname stored first stayed apart
            db.execute("UPDATE speaker_aliases SET by_hand = 0")  # an import's join
            db.execute("INSERT INTO speakers (name, role) VALUES ('Quell', '')")
            db.execute("DELETE FROM speaker_aliases WHERE alias = 'Quell'")
            db.execute(
                "UPDATE items SET speaker_id = (SELECT id FROM speakers WHERE name = 'Quell')"
                " WHERE text = 'The ferry is late again,'"
            )
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
        try:
            check = check_speakers(local)
            assert check.lines() == [
                "\u201cQuell\u201d (1 quote) joins \u201cDara Quell\u201d: the same person",
                "1 name joined to another person: to be taken apart in the team library"
                " (Sync would not send it)",
            ]
            repair_speakers(local, check)
            sync(local, team, team_url)
        finally:
            local.close()
        said = _said(team)
        assert said["The ferry is late again,"] == "Dara Quell"
        assert said["The depot stays open at night,"] == "union's chief aide"
        assert len(check_speakers(team).splits) == 1  # left for the team library
