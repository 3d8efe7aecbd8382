"""Reading names: where a run of capitals stops, and which part of it is the
person. Every name here is invented."""

from __future__ import annotations

import pytest

from app.core.extract import find_quotes
from app.core.extract.name_runs import name_pieces
from app.core.extract.names import NAME_SEQ, parse_name, written_lower
from app.core.extract.place_names import after_place_word


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in name_pieces(text)]


def test_a_title_written_in_full_ends_a_sentence():
    # "House." is no abbreviation, "Gov." is.
    text = "He met the crew at the White House. Brask, an aide, said so. Gov. Vesk came."
    assert pieces(text) == ["He", "White House", "Brask", "Gov. Vesk"]


@pytest.mark.parametrize(
    "run, name",
    [
        ("Ohio Republican Ana Ruiz", ["Ana", "Ruiz"]),
        ("Lindvale Budget Ranking Democrat Ivo Brask", ["Ivo", "Brask"]),
        ("Democrat Ivo Brask", ["Ivo", "Brask"]),
    ],
)
def test_the_person_after_a_party_word(run, name):
    parsed = parse_name(run)
    assert parsed is not None and parsed.kind == "person" and parsed.name == name


@pytest.mark.parametrize("run", ["Lindvale Republican Party", "Republican Lindvale Coalition"])
def test_a_party_word_in_an_organization_name_stays_in_it(run):
    parsed = parse_name(run)
    assert parsed is not None and parsed.kind == "org"


def test_a_described_party_member_is_who_she_points_back_to():
    text = (
        "Ivo Brask spoke first. Ohio Republican Ana Ruiz, who chairs the panel, backed the "
        'plan. "We need the money," she said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz"]


def test_a_name_in_apposition_to_any_phrase_is_the_subject():
    text = (
        "Tobin Vesk spoke first. The last of the three, Ivo Brask, said he liked Vesk but "
        'would back Quorle. "Quorle has my vote," he said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ivo Brask"]


def test_a_run_in_title_case_is_no_person():
    assert parse_name("Word Response To Vosk").kind != "person"
    assert parse_name("Ana Ruvel").kind == "person"


def test_a_headline_in_title_case_after_a_title_word_is_no_person():
    # A headline opening with a title word: the words after it are no name,
    # and no quote is given to them ("he" points ahead to the pastor).
    assert parse_name("Pastor Wants Kite Makers To Be Fined For Selling").kind != "person"
    assert parse_name("Pastor Ivo Brask").kind == "person"
    text = (
        "Pastor Wants Kite Makers To Be Fined For Selling Red Kites.\n\n"
        "After he called the festival too \u201cfrivolous,\u201d Pastor Ivo Brask has now"
        " turned to the kite makers of Velmar.\n\n"
        "\u201cA kite is a vanity,\u201d Brask said on his weekly show."
    )
    speakers = {q.speaker for q in find_quotes(text)}
    assert speakers <= {"Ivo Brask", None} and "Ivo Brask" in speakers


def test_a_surname_opening_with_a_particle_in_lower_case_is_one_name():
    text = (
        'Omar al-Rashidi spoke first. "We need buses," al-Rashidi said.\n\n'
        '"We need trains," said Rashidi, who chairs the panel.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Omar al-Rashidi", "Omar al-Rashidi"]


@pytest.mark.parametrize(
    "text, word, common",
    [
        ("Zorbling came. The zorbling stayed.", "Zorbling", True),
        ("Zorbling came. A zorbling, then.", "Zorbling", True),
        ("Zorbling came. The zorblings stayed.", "Zorbling", False),
        ("Zorbling came. The zorbling\nstayed.", "Zorbling", False),  # a line end is no space
        ("Zorbling came. Unzorbling stays.", "Zorbling", False),
        ("Zorbling came. The zorbling", "Zorbling", False),  # nothing after it
    ],
)
def test_a_word_written_lower_elsewhere(text, word, common):
    assert written_lower(text, word) is common


@pytest.mark.parametrize(
    "text, word, after",
    [
        ("She grew up in Quarrow.", "Quarrow", True),
        ("He came from the\tQuarrow hills.", "Quarrow", True),
        ("It sat within Quarrow.", "Quarrow", False),  # "in" inside a word
        ("She grew up in Quarrows.", "Quarrow", False),  # another word
        ("She met Quarrow in the the Quarrow.", "Quarrow", False),
        ("Quarrow spoke.", "Quarrow", False),
    ],
)
def test_a_word_after_a_place_preposition(text, word, after):
    assert after_place_word(text, word) is after


@pytest.mark.parametrize("name", ["Quillon Patriarchate", "Velmar Diocese", "Roe Seminary"])
def test_a_church_or_school_word_after_a_place_makes_an_organization(name):
    # "He added" after "Bishop Ivo Brask of the Quillon Patriarchate" is the
    # bishop's: the patriarchate is no person a pronoun could mean.
    parsed = parse_name(name)
    assert parsed is not None and parsed.kind == "org"


def test_a_surname_alone_means_the_person_with_a_given_name_not_a_headlines_run():
    # "I Support Vesk!" in a headline reads as a person "Support Vesk"; the
    # bare "Vesk" later is Tomas Vesk, whose name holds a given name.
    text = (
        "Ana Ruiz: 'I Support Vesk!'\n\nTomas Vesk spoke on Monday.\n\n\"We will win,\" Vesk said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tomas Vesk"]
    # A run of three words keeps its person, whatever its first word.
    text = (
        "Actor Lisel Orn backs Brask. Her brother, the director Ivo Orn, does not.\n\n"
        '"He has courage," Orn said.'
    )
    assert find_quotes(text)[0].speaker.endswith("Lisel Orn")


def test_a_month_word_after_a_quote_is_the_surname_of_someone_named_in_full():
    # "Jun", "May": read as months on their own, yet the article names Ai
    # Jun and Rosa May in full, so the tags after their quotes are theirs.
    text = (
        '"Many of his ideas are far from warm," columnist Ai Jun wrote in the Quillon Times.'
        '\n\nVesk has one thing in common with voters, the columnist suggested: "He wins."'
        '\n\n"Voters have had enough," Jun wrote.'
    )
    assert [q.speaker for q in find_quotes(text)][-1] == "Ai Jun"
    text = 'Rosa May chairs the board.\n\n"We will vote in May," May said.'
    assert [q.speaker for q in find_quotes(text)] == ["Rosa May"]


SMALL_WORDS = (
    "of for the and de del della der van von da di du dos das la le bin bint ibn ben abu al el y"
).split()


@pytest.mark.parametrize("word", SMALL_WORDS)
def test_a_small_word_inside_a_name_keeps_the_run_whole(word):
    assert NAME_SEQ.match(f"Lisel {word} Vortane spoke")[0] == f"Lisel {word} Vortane"
    assert NAME_SEQ.match(f"Lisel {word}\t Vortane.")[0] == f"Lisel {word}\t Vortane."


@pytest.mark.parametrize("word", ["dell", "bi", "dosa", "an", "vin", "ye", "ofa", "thee"])
def test_a_word_only_starting_like_a_small_word_ends_the_run(word):
    assert NAME_SEQ.match(f"Lisel {word} Vortane spoke")[0] == "Lisel"


def test_at_most_two_small_words_and_ten_words_make_a_run():
    assert NAME_SEQ.match("Lisel van der Vortane")[0] == "Lisel van der Vortane"
    assert NAME_SEQ.match("Lisel de la y Vortane")[0] == "Lisel"
    words = " ".join(f"Word{i}" for i in range(12))
    assert NAME_SEQ.match(words)[0] == " ".join(f"Word{i}" for i in range(10))
    assert (
        NAME_SEQ.match("U.S. Rep. Ana O\u2019Varn-Lisk's aide")[0]
        == "U.S. Rep. Ana O\u2019Varn-Lisk's"
    )
