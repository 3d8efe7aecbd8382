"""A surname the article named in full only earlier gets its given name in
brackets also where a word that opens the sentence stands before it: a
conjunction or a sentence adverb ("While [Orla] Tamsk ...", "But [Orla]
Tamsk ..."), a preposition before the surname's possessive ("In [Orla]
Tamsk's address ..."). A preposition before the bare surname ("At Tamsk,
...") may open a firm's or a place's name: as written. A pronoun of the line
denies a given name only of the other sex, and only where no other person
of the pronoun's sex the line names may take it (but in a relative clause
on the surname's own noun phrase: "Vesk's visit, in which she ...").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_surnames import _surname_of_sex
from tests.core.facts_helpers import cited

LEAD = "Orla Tamsk joined the Brindle Port board in Quarrow on May 3, 2011. "


def test_a_conjunction_before_the_surname_is_no_given_name():
    text = LEAD + (
        "While Tamsk did not vote, the Brindle Port board approved a $9 million pier "
        "on May 9, 2011."
    )
    assert (
        "While [Orla] Tamsk did not vote, the Brindle Port board approved a $9 million pier "
        "on May 9, 2011." in cited(text)
    )


def test_a_preposition_before_the_possessive_opens_the_sentence():
    text = LEAD + (
        "In Tamsk's address to the Quarrow ferry guild, the mayor announced 14 new "
        "berths on May 9, 2011."
    )
    assert (
        "In [Orla] Tamsk's address to the Quarrow ferry guild, the mayor announced 14 new "
        "berths on May 9, 2011." in cited(text)
    )


def test_a_preposition_before_the_bare_surname_is_left_as_written():
    line = "At Tamsk, pier tolls dropped to $8 million in 2014 from $9 million in 2012."
    assert line in cited(LEAD + line)


# A given name of either sex ("Lee"): no pronoun of the line can deny it.
KIN = "The Brindle Port board hired Lee Vantor and Greta Tamsk in Quarrow on May 3, 2011. "
PAST = (
    " was a U.S. attorney in the 1990s, but he quit in 1999 after an audit of Quarrow pier tolls."
)


def test_a_pronoun_does_not_deny_a_given_name_of_either_sex():
    text = KIN + "A pilot in South Quarrow, Vantor" + PAST
    assert "A pilot in South Quarrow, [Lee] Vantor" + PAST in cited(text)


def test_a_pronoun_of_the_other_sex_still_denies_a_given_name_of_one():
    text = KIN + "A pilot in South Quarrow, Tamsk" + PAST
    assert "A pilot in South Quarrow, Tamsk" + PAST in cited(text)


# A pronoun of the other sex another person of the line may stand for.
HIRED = "The Brindle Port board hired Tobin Vesk in Quarrow on May 3, 2011. "


def given_in_brackets(lead: str, line: str, surname: str) -> bool:
    """Whether `line` after `lead` is cited with "[Tobin] " before `surname`."""
    return line.replace(surname, "[Tobin] " + surname) in cited(lead + line)


def test_a_pronoun_another_person_of_its_sex_may_take_does_not_deny():
    line = "Greta Tamsk said in 2012 that she paid Vesk $4,000 for Quarrow pier repairs."
    assert given_in_brackets(HIRED, line, "Vesk")


def test_a_pronoun_in_a_relative_clause_on_the_surname_still_denies():
    line = "Greta Tamsk cited Vesk's visit to Quarrow in which she signed 14 pier leases in 2011."
    assert line in cited(HIRED + line)


def test_a_bracket_given_before_in_the_line_may_take_the_pronoun():
    text = (
        "The Brindle Port board hired Tobin Vesk and Greta Tamsk in Quarrow on May 3, 2011. "
        "In 2012, the Quarrow ferry guild released a ledger where Tamsk asked Vesk to send "
        "her 14 pier leases."
    )
    assert (
        "In 2012, the Quarrow ferry guild released a ledger where [Greta] Tamsk asked "
        "[Tobin] Vesk to send her 14 pier leases." in cited(text)
    )


def test_the_person_a_subject_pronoun_stands_for_takes_it():
    text = (
        HIRED + "\n\nGreta Tamsk ran the Quarrow ferry guild in 2011. "
        "She paid Vesk $4,000 for Brindle Port pier repairs in 2012."
    )
    assert "[Greta Tamsk] paid [Tobin] Vesk $4,000 for Brindle Port pier repairs in 2012." in (
        cited(text)
    )


def test_a_bracket_given_after_in_the_line_may_take_the_pronoun():
    text = (
        "The Brindle Port board hired Tobin Vesk and Greta Tamsk in Quarrow on May 3, 2011. "
        "Bram Odell said in 2012 that he paid Vesk $4,000 but that Tamsk kept her 14 pier leases."
    )
    assert (
        "Bram Odell said in 2012 that he paid [Tobin] Vesk $4,000 but that [Greta] Tamsk kept "
        "her 14 pier leases." in cited(text)
    )


# A surname ending in "s" owns with the apostrophe alone ("Velks' plan").
VELKS = "The Brindle Port board hired Tobin Velks in Quarrow on May 3, 2011. "


def test_an_owner_s_apostrophe_alone_after_the_surname_as_object_or_subject():
    line = "The Quarrow ferry guild approved Velks' plan for 14 pier leases on May 9, 2011."
    assert given_in_brackets(VELKS, line, "Velks")
    line = "Velks\u2019 ferry guild signed 14 pier leases in Quarrow on May 9, 2011."
    assert given_in_brackets(VELKS, line, "Velks")


def test_another_surname_the_article_names_in_full_may_take_the_pronoun():
    lead = "The Brindle Port board hired Tobin Vesk and Greta Tamsk in Quarrow on May 3, 2011.\n\n"
    line = "Tamsk won 12 ferry races during her career, while Vesk was rising to fame in his guild."
    text = lead + line
    start = len(lead)
    vesk = text.index("Vesk was") - start
    assert _surname_of_sex(text, start, len(text), vesk, "f")  # (Tamsk, a woman's name)
    assert not _surname_of_sex(text, start, len(text), vesk, "m")
    assert "while [Tobin] Vesk was rising" in " ".join(cited(text))


def test_a_surname_that_owns_as_a_thing_does_is_a_firm_cited_as_written():
    # "its" after the name's own verbs: a firm called by its founder's name,
    # not the founder ("[Orla] Tamsk started publishing its index": wrong).
    lead = "Orla Tamsk founded the Tamsk Ledger in Quarrow in 1990. "
    for line, as_cited in (
        (
            "In 2012, Tamsk started publishing its daily index of pier fees.",
            "In 2012, Tamsk started publishing its daily index of pier fees.",
        ),
        (
            "In 2012, Tamsk has expanded its Quarrow staff to 40 clerks.",
            "In 2012, Tamsk has expanded its Quarrow staff to 40 clerks.",
        ),
        # Her own verbs, or an "its" that owns a noun before it: the person.
        (
            "In 2012, Tamsk started publishing her daily index of pier fees.",
            "In 2012, [Orla] Tamsk started publishing her daily index of pier fees.",
        ),
        (
            "In 2012, Tamsk sold the Quarrow pier and its sheds for $3 million.",
            "In 2012, [Orla] Tamsk sold the Quarrow pier and its sheds for $3 million.",
        ),
    ):
        assert as_cited in cited(lead + line), line
