"""Hidden claims: figure-bearing sentences the fact finder drops, with their
subject resolved from the sentences before (app/core/corroborate/
figure_claims.py; the wide ones are the app's figure claims, the strict and
named ones a measuring tool of the bench). Passages in invented words."""

from __future__ import annotations

from app.core.corroborate.figure_claims import context_claims, wide_claims
from app.core.extract import find_facts

GUILD = "The Velmar Guild voted on Tuesday to open a second hall in Quillby.\n\n"


def _cited(text: str, named: bool = False) -> list[str]:
    return [c.cited for c in context_claims(text, named=named)]


def test_a_thing_pronoun_takes_the_named_subject_before_it():
    text = GUILD + "It raised $4 million for the hall in 2015, its treasurer said."
    # The fact finder offers no fact: "It" points back.
    assert all(f.start < len(GUILD) for f in find_facts(text))
    claims = context_claims(text)
    assert [c.cited for c in claims] == [
        "[The Velmar Guild] raised $4 million for the hall in 2015, its treasurer said."
    ]
    assert claims[0].how == "subject"
    assert text[claims[0].start : claims[0].end].startswith("It raised $4 million")


def test_they_takes_it_too():
    text = GUILD + "They raised $4 million for the hall in 2015, the treasurer said."
    assert _cited(text) == [
        "[The Velmar Guild] raised $4 million for the hall in 2015, the treasurer said."
    ]


def test_a_person_before_is_no_things_subject():
    text = "Dana Roe won the Quillby primary on Tuesday.\n\nIt drew 40,000 voters in 2015."
    assert _cited(text) == []
    assert _cited(text, named=True) == []


def test_it_was_may_have_no_subject_at_all():
    text = GUILD + "It was the first vote of its kind since 2015 in the county."
    assert _cited(text) == []


def test_a_name_qualifying_a_noun_is_not_the_subject():
    text = (
        "The Velmar delegation voted on Tuesday to open a second hall.\n\n"
        "It raised $4 million for the hall in 2015, its treasurer said."
    )
    assert _cited(text) == []


def test_a_poll_share_takes_the_one_poll_named_before():
    text = (
        "A Quillby College poll released on Tuesday surveyed 900 likely voters.\n\n"
        "Among women, Roe leads Quarrow by 48 percent to 41 percent."
    )
    claims = context_claims(text)
    assert [c.cited for c in claims] == [
        "Among women, Roe leads Quarrow by 48 percent to 41 percent [Quillby College poll]."
    ]
    assert claims[0].how == "poll"


def test_two_polls_named_before_resolve_none():
    text = (
        "A Quillby College poll and a Varnby Institute poll were released on Tuesday.\n\n"
        "Among women, Roe leads Quarrow by 48 percent to 41 percent."
    )
    assert _cited(text) == []
    # Nor is the share taken as it stands with the named pointers.
    assert _cited(text, named=True) == []


def test_a_sentence_with_no_poll_before_is_no_claim():
    text = (
        "Roe toured Quillby on Tuesday with her running mate.\n\n"
        "Among women, Roe leads Quarrow by 48 percent to 41 percent."
    )
    assert _cited(text) == []


def test_facts_are_not_claims_and_a_named_subject_keeps_its_words():
    text = (
        GUILD + "The Velmar Guild raised $4 million in 2015, Quillby's records show.\n\n"
        "The Velmar Guild spent $3 million on the hall in 2016."
    )
    facts = find_facts(text)
    claims = context_claims(text, named=True)
    # The second sentence is a fact; the third points back ("the hall": which
    # hall, the sentences before say) and is a claim, with its own named
    # subject, only with `named`.
    assert [text[f.start : f.end] for f in facts][1:] == [
        "The Velmar Guild raised $4 million in 2015, Quillby's records show."
    ]
    assert [(c.cited, c.how) for c in claims] == [
        ("The Velmar Guild spent $3 million on the hall in 2016.", "named")
    ]
    assert context_claims(text) == []


def test_wide_claims_take_every_dropped_sentence_with_a_figure():
    text = (
        GUILD
        + "It raised $4 million for the hall in 2015, its treasurer said.\n\n"
        + "The men met again in Quillby.\n\n"
        + "He said the hall would seat 1,200 people."
    )
    claims = wide_claims(text)
    facts = [(f.start, f.end) for f in find_facts(text)]
    # Never a fact item, and never a sentence with no figure.
    assert not any(a <= c.start < b for c in claims for a, b in facts)
    assert not any("men met" in c.cited for c in claims)
    # Resolved where context_claims resolves it, else as written.
    by_how = {c.how: c.cited for c in claims}
    assert by_how["subject"].startswith("[The Velmar Guild] raised $4 million")
    assert by_how["wide"] == "He said the hall would seat 1,200 people."
    for c in claims:
        assert text[c.start : c.end].split()[-1] == c.cited.split()[-1]


def test_wide_claims_read_a_role_holder_as_a_figure():
    text = "The hall opened in Quillby.\n\nHe thanked Mayor Dana Vesk for it."
    assert [c.cited for c in wide_claims(text)] == ["He thanked Mayor Dana Vesk for it."]
    assert wide_claims("He thanked the guild for it. They left early.") == []
