"""Things only the sentences before identify, read from the sentence alone
(`fact_earlier`): "the very day", a bare count ("Vesk chose four."), a
"that" standing alone after a preposition ("hinted at that in ..."), and
"the 99-county pledge" read as a bare "the <noun>"; and a general noun
for a body ("the agency", "the organization") cited with the one name of
that kind a few sentences before ("[the Velmar Housing Bureau]"), a
kind WordNet gives (`fact_kinds`).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract import find_facts
from app.core.extract.fact_earlier import named_by_kind, told_before
from app.core.extract.fact_kinds import KINDS
from tests.core.facts_helpers import verdict

LEAD = "Dana Roe spoke in Quillon on Monday, May 2, 2015, to 400 farmers.\n\n"


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited."""
    return [f.cited_text(text) for f in find_facts(text)]


def told(sentence: str) -> bool:
    return told_before(sentence, sentence.split())


def test_the_very_day_is_the_one_the_sentences_before_told_of() -> None:
    sentence = "Vesk debated 40 rivals on the very day and at the very spot Roe proposed."
    assert told(sentence)
    assert cited(LEAD + sentence + "\n")[-1:] != [sentence]
    # "the very first", "the very day of the vote" say which.
    assert not told("Vesk debated 40 rivals on the very first day of the session in 2015.")
    assert not told("Vesk debated 40 rivals on the very day of the vote in Quillon in 2015.")
    text = LEAD + "Vesk debated 40 rivals on the very first day of the session in 2015.\n"
    assert cited(text)[-1] == "Vesk debated 40 rivals on the very first day of the session in 2015."


def test_a_bare_count_at_the_end_counts_what_the_sentences_before_did() -> None:
    lead = "Roe named six people to the Quillon board on May 3, 2015.\n\n"
    sentence = "Quillon Rep. Tova Vesk, the Velmar party's chair, chose four."
    assert told(sentence)
    assert cited(lead + sentence + "\n") == cited(lead)
    # A count with its noun before says what is counted; a year is no count.
    assert not told("Tova Vesk named five people to the Quillon board, and Brask chose four.")
    assert not told("Tova Vesk won the Quillon primary with 40 percent in 2015.")
    assert not told("The Quillon board was founded in 2015.")


def test_that_alone_after_a_preposition_before_a_time_points_back() -> None:
    assert told("Roe hinted at that in a news conference on Monday, May 2, 2015.")
    assert told("Roe agreed to that on May 3, 2015, after 40 days.")
    # A conjunction, a pronoun before "of", a determiner are no such "that".
    assert not told("Roe said that in 2015 the Quillon board cut 40 jobs.")
    assert not told("The rate is higher than that of Quillon, at 40 percent in 2015.")
    assert not told("Roe voted for that plan in 2015 with 40 others.")


def test_a_count_joined_to_a_noun_makes_a_bare_the_noun() -> None:
    # "the 99-county pledge" is the pledge the sentences before told of.
    text = (
        "Dana Roe made a pledge to visit 99 counties in 2015.\n\n"
        "Tova Vesk said on May 3, 2015, the 99-county pledge was not constraining.\n"
    )
    assert not any("99-county" in c for c in cited(text))
    assert verdict(text, text.splitlines()[-1]) == "pointer"  # (for this reason)


def test_the_agency_is_the_one_bureau_named_a_few_sentences_before() -> None:
    text = (
        "Dana Roe worked for the Velmar Consumer Protection Bureau until 2014.\n\n"
        "The agency fined 40 banks in 2015.\n"
    )
    assert cited(text)[-1] == "[The Velmar Consumer Protection Bureau] fined 40 banks in 2015."


def test_the_organization_is_the_one_body_of_its_kind_named_before() -> None:
    lead = "Tova Vesk heads the Quillon Tenants Union, which Roe founded in 1990.\n\n"
    text = lead + "A survey by the organization in March 2015 found 40 percent of renters behind.\n"
    assert cited(text)[-1] == (
        "A survey by [the Quillon Tenants Union] in March 2015 found 40 percent of renters behind."
    )


def test_no_name_of_the_kind_when_two_are_named_or_the_noun_is_used_otherwise() -> None:
    two = (
        "Tova Vesk heads the Quillon Tenants Union, which Roe founded in 1990. "
        "The Velmar Tenants League is its rival.\n\n"
        "The organization held a strike on May 3, 2015.\n"
    )
    at = two.index("The organization")
    assert named_by_kind(two, at, "The organization", at) is None
    assert all("strike" not in c for c in cited(two))
    other = (
        "Tova Vesk heads an advocacy organization, the Quillon Tenants Union.\n\n"
        "The organization held a strike on May 3, 2015.\n"
    )
    at = other.index("The organization")
    assert named_by_kind(other, at, "The organization", at) is None
    # Long before (past a few sentences), the story may have turned to another.
    far = (
        "Tova Vesk heads the Quillon Tenants Union.\n\n"
        + "Roe spoke to 40 farmers in Velmar on Monday about the harvest and the rain.\n\n" * 9
        + "The organization held a strike on May 3, 2015.\n"
    )
    at = far.index("The organization")
    assert named_by_kind(far, at, "The organization", at) is None


def test_the_kinds_are_wordnet_nouns_of_the_general_noun() -> None:
    assert "bureau" in KINDS["agency"]
    assert {"union", "committee", "institute"} <= KINDS["organization"]
    assert "corporation" in KINDS["firm"]
    assert "company" not in KINDS  # (no kind of its own: "the company" is looked up as now)


def test_a_verb_form_right_after_the_is_a_noun_to_name() -> None:
    # "the show" is the show the sentences before named; "the poll shows"
    # is a verb after the noun, as before.
    text = (
        'Tova Vesk joined the "Quillon Hour" program as an anchor, Velmar TV said.\n\n'
        "Dana Roe has been a regular guest on the show since 2009.\n"
    )
    assert not any("the show since 2009" in c for c in cited(text))
    assert verdict(text, text.splitlines()[-1]) == "pointer"  # (for this reason)
    text = (
        "Velmar Polling released a poll of 800 voters on May 2, 2015.\n\n"
        "The Velmar Polling poll shows Roe at 40 percent on May 2, 2015.\n"
    )
    assert cited(text)[-1] == "The Velmar Polling poll shows Roe at 40 percent on May 2, 2015."


def test_the_very_day_a_clause_or_a_complement_names_stands() -> None:
    assert not told("Dana Roe won on the very day the Velmar Guild closed, May 9, 2016.")
    assert told("Dana Roe won 40 votes on the very day, as Vesk said in 2016.")


def test_a_to_phrase_after_a_past_verb_is_the_verbs_not_the_nouns() -> None:
    # "posted the clip to Velmar TV": to where it was posted, not which clip.
    text = LEAD + "Tova Vesk posted the clip to Velmar TV on Thursday, May 5, 2015.\n"
    assert not any("the clip" in c for c in cited(text))
    assert verdict(text, text.splitlines()[-1]) == "pointer"  # (for this reason)
    # "the right to a recount" says which right.
    text = (
        LEAD
        + "Under Quillon law, candidates trailing by 0.5 percent have the right to a recount.\n"
    )
    assert cited(text)[-1] == (
        "Under Quillon law, candidates trailing by 0.5 percent have the right to a recount."
    )


def test_a_super_pac_introduced_with_an_is_the_one_told_of() -> None:
    # An acronym may end the phrase, and a hyphened word stand between
    # "an" and it: "an anti-Velmar super PAC ... The super PAC has spent".
    text = (
        "On the eve of the Quillon primary, an anti-Velmar super PAC is releasing a robocall.\n\n"
        "The super PAC has spent nearly $3 million in Quillon since May 2, 2015.\n"
    )
    assert not any("super PAC has spent" in c for c in cited(text))
    assert verdict(text, text.splitlines()[-1]) == "pointer"  # (for this reason)


def test_a_quarter_with_no_year_is_the_one_the_writing_dates() -> None:
    sentence = "Vesk raised $2 million and Roe $3 million in the last quarter."
    assert told(sentence)
    assert cited(LEAD + sentence + "\n")[-1:] != [sentence]
    assert told("The Velmar Guild reported the second quarter's sales were up 4 percent.")
    # A year says which; a share or a span of time is no quarter of a year.
    assert not told("Vesk raised $2 million in the last quarter of 2015.")
    assert not told("Vesk won a quarter of the 400 votes in 2015.")
    assert not told("Vesk served the Velmar Guild for a quarter-century until 2015.")


def test_an_owned_outcome_or_office_ending_its_clause_is_told_before() -> None:
    sentence = "On May 4, 2015, Vesk congratulated Roe on her victory."
    assert told(sentence)
    assert cited(LEAD + sentence + "\n")[-1:] != [sentence]
    assert told("Roe resigned her post on May 3, 2015.")
    assert told("Vesk resigned his position Tuesday, and Roe took over on May 3, 2015.")
    # A place, a body or an appositive says which; a seat is its holder's.
    assert not told("Roe resigned her post on the Quillon board on May 3, 2015.")
    assert not told("Vesk resigned on May 3, 2015, and Roe took her seat.")
    assert not told("Roe won the Quillon primary on May 3, 2015, her first victory.")
    assert not told("Roe said her victory in Quillon on May 3, 2015 cost $2 million.")
