"""Speaker rules of issue 11's twenty-fourth helper round (speakers54), each
from a construction found among the realnews tuning part's quotes. Invented
names and sentences only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_remarks_a_name_made_with_a_gerund_of_saying_are_that_persons():
    # "remarks Brask made in 1998 saying he ...": the words are Brask's, not
    # those of the sentence's subject, who only brings them up again.
    text = (
        "Ivo Brask runs the old depot in Marlow. Nora Fell wants it sold.\n\n"
        "Her allies circulated remarks Brask made in 1998 saying he "
        '"would gladly close the depot to save the river."'
    )
    assert speakers(text) == ["Ivo Brask"]
    text = (
        "Ivo Brask runs the old depot in Marlow. Nora Fell wants it sold.\n\n"
        "She circulated comments Brask made on a radio show saying he "
        '"would gladly close the depot to save the river."'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_remarks_brought_up_by_a_clause_of_their_own_stay_the_subjects():
    # A clause between "made" and the gerund: the gerund is not the remarks'.
    text = (
        "Ivo Brask runs the old depot in Marlow. Nora Fell wants it sold.\n\n"
        "Nora Fell recalled the remarks Brask made, and she went on saying "
        '"the river comes first."'
    )
    assert speakers(text) != ["Ivo Brask"]


def test_a_he_after_a_description_of_no_office_is_whom_the_sentence_before_names():
    # "Instead, the rancher has insisted ... he said": the description points
    # back to the one the sentence before names, here only as an owner,
    # not to a man quoted further back.
    text = (
        "Ivo Brask spoke to the guild on Monday. Tobin Quorle was in the hall.\n\n"
        '"It was rude," said Quorle.\n\n'
        "More worrying to many in the hall was Brask\u2019s refusal to back the canal. "
        "Instead, the rancher has insisted that his hand will be stronger if he keeps quiet. "
        '"I want to wait until the vote" before any promise, he said. The answer drew jeers.'
    )
    assert speakers(text) == ["Tobin Quorle", "Ivo Brask"]


def test_saying_with_a_pronoun_of_the_other_sex_after_an_as_clause_is_its_newcomer():
    # "Vesk asks as a porter walks in front of her, saying he is ...": the
    # "he" cannot be Vesk; the porter the clause of time brings in speaks.
    text = (
        "Ana Vesk spoke at the hall. \u201cWho can count the votes?\u201d Vesk asks as a "
        "porter strolls past her desk, saying he\u2019s \u201cjust here to mend the "
        "lanterns by the door.\u201d"
    )
    assert speakers(text) == ["Ana Vesk", "porter"]
    # A pronoun of the subject's own sex: the subject goes on speaking.
    text = (
        "Ana Vesk spoke at the hall. \u201cWho can count the votes?\u201d Vesk asks as a "
        "porter strolls past her desk, saying she is \u201cjust here to mend the "
        "lanterns by the door.\u201d"
    )
    assert speakers(text) == ["Ana Vesk", "Ana Vesk"]


def test_a_department_after_a_lower_case_head_is_no_part_of_the_name():
    # "Former secretary of State Quorle": the person Quorle, not a body named
    # "State Quorle"; the "she" after the sentence is hers, not the man's
    # named beside her.
    text = (
        "Lena Quorle wants the harbor job. Mayor Brask does too.\n\n"
        "Former secretary of State Quorle was in the hall with Brask. "
        '"We need more inspectors," she said.'
    )
    assert speakers(text) == ["Lena Quorle"]
    # A head of no department keeps the name whole.
    text = 'The president of Harbor Bank said, "Rates will hold."'
    assert speakers(text) == ["president of Harbor Bank"]
