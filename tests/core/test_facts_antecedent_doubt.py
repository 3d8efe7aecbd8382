"""A "He"/"She" is bracketed with the person the sentence before names only
when no one else of that gender may be meant: not when that sentence went
on about someone a pronoun already stood for ("He said Roe would win. He
..."), not when it holds a pronoun that cannot be its named person ("Roe
called him ...", '"...," he told Roe'), and not when it quotes the article's main subject. The
fact is then not offered (precision first).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import cited

FACT = "He won 5,210 votes in the Quillon primary in 2019."
MAIN = (
    "Tobin Vesk runs for the Velmar seat. Vesk opened an office in Quillon in 2019. "
    "Vesk hired 40 staff in Quillon in 2019. "
)


@pytest.mark.parametrize(
    "before",
    [
        # The sentence before goes on about a "he" already met: Quarrow is
        # only what he said.
        "Tobin Vesk spoke in Quillon on May 2, 2019. "
        "He said that Bram Quarrow would lose the Velmar seat.",
        # "him" is a second man, not Quarrow.
        "Tobin Vesk was on the Quillon ballot in 2019. "
        "Bram Quarrow called him a patient and careful man.",
        # Quarrow only speaks of the article's main subject.
        MAIN + '"Vesk is the wrong man for Velmar," said Bram Quarrow.',
        # The "he" who told Quarrow is a second man: Quarrow was told.
        "Tobin Vesk toured Quillon in 2019. "
        '"You stood against me," he told Bram Quarrow, aides to both said.',
        "Tobin Vesk toured Quillon in 2019. There he warned Bram Quarrow about the Velmar seat.",
    ],
    ids=[
        "pronoun-subject-before",
        "him-before",
        "quoted-main-subject",
        "he-told-a-name",
        "he-before-a-name",
    ],
)
def test_a_he_another_man_may_stand_for_is_not_offered(before):
    shown = cited(before + " " + FACT)
    assert not any("5,210" in s for s in shown), shown


def test_a_pronoun_of_a_clause_put_first_may_stand_for_the_name_after_it():
    text = (
        "Bram Quarrow toured Quillon in 2019. "
        "If he loses the Velmar seat, Quarrow said he will run again. " + FACT
    )
    assert "[Bram Quarrow] won 5,210 votes in the Quillon primary in 2019." in cited(text)


def test_a_pronoun_after_a_named_subject_is_still_bracketed():
    text = "Bram Quarrow spoke in Quillon on May 2, 2019. Quarrow said the seat was close. " + FACT
    assert "[Bram Quarrow] won 5,210 votes in the Quillon primary in 2019." in cited(text)


def test_a_her_that_is_no_possessive_holds_two_women():
    text = (
        "Nora Fell was on the Quillon ballot in 2019. "
        "Dana Roe called her a patient and careful neighbor. "
        "She won 5,210 votes in the Quillon primary in 2019."
    )
    assert not any("5,210" in s for s in cited(text))
    kept = text.replace("called her a patient", "called her own race a")
    assert "[Dana Roe] won 5,210 votes in the Quillon primary in 2019." in cited(kept)


def test_a_speaker_quoting_someone_the_fact_names_is_still_bracketed():
    text = (
        MAIN + '"Vesk is the wrong man for Velmar," said Bram Quarrow. '
        "He won 5,210 votes against Vesk in the Quillon primary in 2019."
    )
    # (The surname in the object gets its given name too: `fact_surnames`.)
    assert (
        "[Bram Quarrow] won 5,210 votes against [Tobin] Vesk in the Quillon primary in 2019."
        in cited(text)
    )


def test_a_pronoun_going_on_from_a_resolved_pronoun_keeps_its_person():
    text = (
        "Tobin Vesk spoke in Quillon on May 2, 2019. "
        "He won 4,000 votes in 2018, more than Bram Quarrow won. " + FACT
    )
    shown = cited(text)
    assert "[Tobin Vesk] won 4,000 votes in 2018, more than Bram Quarrow won." in shown
    assert "[Tobin Vesk] won 5,210 votes in the Quillon primary in 2019." in shown
