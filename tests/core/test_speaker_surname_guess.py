"""A lone surname joined to the one full name of that surname is a guess: when
a second full name of the surname comes later, the quotes said by the surname
alone go back to an entry of their own, and later ones stay there (invented
articles, imported as a user does; on both backends)."""

from __future__ import annotations

from app.core.importer import import_file

LONE = 'Ferry news.\n\n"The ferry will run again in May," Ruiz said.\n'
ANA = (
    "Harbor news.\n\n"
    '"We will open the harbor in June," said Ana Ruiz, the harbor chief.\n\n'
    '"Nothing is settled," Ruiz said later.\n'
)
IVO = 'Works news.\n\n"The bridge waits for the spring," said Ivo Ruiz, a works engineer.\n'
LONE_AGAIN = 'Market news.\n\n"The stalls stay shut on Sunday," Ruiz said.\n'


def _import(library, tmp_path, *texts: str) -> dict[str, str]:
    """{quote: speaker} after importing `texts` in order."""
    for number, text in enumerate(texts):
        path = tmp_path / f"article{number}.txt"
        path.write_text(text, encoding="utf-8")
        import_file(library, path)
    return dict(
        library.db.execute(
            "SELECT i.text, sp.name FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.kind = 'quote'"
        ).fetchall()
    )


def test_the_lone_surname_leaves_the_first_full_name_when_a_second_comes(
    any_library, tmp_path
) -> None:
    said = _import(any_library, tmp_path, LONE, ANA)
    assert said["The ferry will run again in May,"] == "Ana Ruiz"  # the one fit: joined
    said = _import(any_library, tmp_path, LONE, ANA, IVO, LONE_AGAIN)
    assert said["The ferry will run again in May,"] == "Ruiz"
    assert said["The stalls stay shut on Sunday,"] == "Ruiz"
    assert said["Nothing is settled,"] == "Ana Ruiz"
    assert said["The bridge waits for the spring,"] == "Ivo Ruiz"
    aliases = {sp.name: sp.aliases for sp, _ in any_library.speakers()}
    assert "Ruiz" not in aliases["Ana Ruiz"]


def test_the_full_name_first_then_the_surname_then_a_second_full_name(
    any_library, tmp_path
) -> None:
    said = _import(any_library, tmp_path, ANA, LONE, IVO)
    assert said["The ferry will run again in May,"] == "Ruiz"
    assert said["We will open the harbor in June,"] == "Ana Ruiz"


def test_a_quote_the_user_gave_the_full_name_stays_with_it(any_library, tmp_path) -> None:
    _import(any_library, tmp_path, LONE, ANA)
    (item_id,) = any_library.db.execute(
        "SELECT id FROM items WHERE text = ?", ("The ferry will run again in May,",)
    ).fetchone()
    any_library.set_item_speaker(item_id, "Ana Ruiz")
    said = _import(any_library, tmp_path, IVO)
    assert said["The ferry will run again in May,"] == "Ana Ruiz"
