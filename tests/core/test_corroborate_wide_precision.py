"""Kinds of figure pairs that are never a disagreement (issue #10): the day
an embedded post was written, and a count of a whole against one of a
part. Each with a real disagreement beside it that stays
flagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.claims import claim_values, fact_signature
from app.core.corroborate.matching import GroupIndex
from app.core.corroborate.two_things import whole_part


def _flagged(first: str, second: str, when_a=None, when_b=None) -> bool:
    index = GroupIndex()
    index.add(1, 1, "fact", first, when_a)
    edges = index.add(2, 2, "fact", second, when_b)
    return any(e.relation == "conflict" for e in edges)


# -- an embedded post's sign-off -----------------------------------------------


def test_a_posts_sign_off_day_is_no_figure():
    post = (
        '<tweet id="1" author="@quillrow">The Velmar guild hall is full tonight '
        "https://t.co/abc \u2014 Ossia Quill (@quillrow) March 14, 2031</tweet>."
    )
    assert [v.kind for v in claim_values(post)] == []
    # Written as the writer's own words, the day stays a figure.
    said = "The Velmar guild hall opened on March 14, 2031, after repairs."
    assert [v.kind for v in claim_values(said)] == ["date", "year"]


def test_other_sign_off_forms_and_what_stays():
    assert claim_values("Count them again (@quillrow) 3/14/2031") == []
    assert claim_values("Count them again \u2014 Ossia (@quillrow) 14 March 2031") == []
    # A figure in the post's own words is still one.
    kinds = [v.kind for v in claim_values("Some 40 homes were lost (@quillrow) March 14, 2031")]
    assert kinds == ["count:home"]


def test_two_posts_days_never_disagree():
    first = (
        "Tonight the guild votes on the levy https://t.co/x \u2014 Ossia Quill (@quillrow) "
        "March 14, 2031"
    )
    second = (
        "Tonight the guild votes on the new levy https://t.co/y \u2014 Ossia Quill (@quillrow) "
        "May 2, 2031"
    )
    assert not _flagged(first, second, date(2031, 5, 20), date(2031, 5, 21))


# -- a whole and a part --------------------------------------------------------


def _count(sig):
    return next(vc for vc in sig.values if vc.value.kind.startswith("count:"))


def test_a_count_written_as_a_whole_against_a_part():
    whole = fact_signature(1, "In all, 691 guild seats are at stake in the Velmar vote.")
    part = fact_signature(2, "The Dunmere ward alone sends 475 guild seats to the Velmar vote.")
    assert whole_part(_count(whole), _count(part))
    for other in (
        "A total of 702 guild seats are at stake in the Velmar vote.",
        "There are 702 guild seats in all at stake in the Velmar vote.",
    ):
        # Two wholes: one thing, may differ.
        assert not whole_part(_count(whole), _count(fact_signature(3, other)))
    # Neither a whole: the rule says nothing.
    other = fact_signature(4, "The Dunmere ward sends 480 guild seats to the Velmar vote.")
    assert not whole_part(_count(part), _count(other))


def test_no_flag_between_a_whole_and_a_part_but_two_wholes_stay():
    when = date(2031, 2, 1)
    whole = "In all, 691 guild seats are up for grabs in the Velmar vote on Tuesday."
    part = "Some 475 guild seats are up for grabs in the Velmar vote on Tuesday."
    assert not _flagged(whole, part, when, when)
    other = "In all, 702 guild seats are up for grabs in the Velmar vote on Tuesday."
    assert _flagged(whole, other, when, when)
