"""Twenty-ninth round of issue 11: whose words a quote is when its sentence
names them by a possessed noun, a reduced relative clause or a person known
by a surname and a role noun. Invented names and sentences only; each test
fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_message_or_letter_a_pronoun_owns_is_its_owner_s_words():
    # "Her message to him:": the sender speaks, not the message.
    assert speakers(
        'Orla Fenwick wrote to Piet Dunmore in March. Her message to him: "Come home."'
    ) == ["Orla Fenwick"]
    assert speakers(
        'Piet Dunmore quit the guild in May. His letter to the board: "I am done with tolls."'
    ) == ["Piet Dunmore"]
    assert speakers(
        'Orla Fenwick left the ferry crew early. Her memo to the skipper: "Back by noon."'
    ) == ["Orla Fenwick"]
    assert speakers(
        'Piet Dunmore kept quiet for weeks. Then his email to staff: "The mill closes Friday."'
    ) == ["Piet Dunmore"]


def test_a_noun_of_one_sex_after_a_name_gives_its_gender():
    # "Vesk is a father of two": no "she" after it means Vesk.
    assert speakers(
        'Orla Fenwick chairs the board. Tarn Vesk, a father of two, spoke after her. "We need the school open," she said.'
    ) == ["Orla Fenwick"]
    assert speakers(
        'Orla Fenwick chairs the board. Tarn Vesk keeps its books. Vesk is a father of two. "The ledger is wrong," she said.'
    ) == ["Orla Fenwick"]
    assert speakers(
        'Piet Dunmore chairs the board. Tarn Vesk is a mother of three. "The mill stays open," he said.'
    ) == ["Piet Dunmore"]
    assert speakers(
        'Piet Dunmore chairs the board. His deputy is Tarn Vesk, a former congresswoman. "Fares go up in May," he said.'
    ) == ["Piet Dunmore"]


def test_a_quote_in_a_relative_clause_without_who_is_its_own_subject_s():
    # "Roe, a man Fenwick calls "...",": Fenwick calls him that, not Roe.
    assert speakers(
        'Piet Dunmore, a man Orla Fenwick calls "the best ferryman on the coast," lost on Monday.'
    ) == ["Orla Fenwick"]
    assert speakers(
        'Piet Dunmore, the rival Orla Fenwick once described as "a bully," took the seat.'
    ) == ["Orla Fenwick"]
    assert speakers(
        'Mara Fenwick met Dunmore twice. Tomas Dunmore, a neighbor she has long called "a crank," moved away.'
    ) == ["Mara Fenwick"]
    # A preposition before the name: an affiliation, the subject's own words.
    assert speakers(
        'Piet Dunmore, a fellow at the Quillon Institute said the toll was "theft."'
    ) == ["Piet Dunmore"]
