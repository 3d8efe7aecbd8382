"""Sums of one thing told two ways (issue #10), seventh round: a backed rise
told from the sum in force to the one proposed ("favors lifting the moss
levy from the current $3 to $5": the $5 is the levy proposed, amounts.py);
a bound above denied by its verb ("would not go above a $5 moss levy":
at most $5, quantities.py); a sum of a name's own plan ("Pell's fervent
plea for $9 an hour", the thing the one raised before it), compared on the
figure whatever else the sentences say, as amounts.py's docstring has it,
and whichever day one report alone gives. Each with near misses that must
stay unflagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.amounts import AMOUNT
from app.core.corroborate.claims import fact_signature
from app.core.corroborate.quantities import number_values
from tests.core.corroborate_helpers import conflict_values

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str) -> list:
    return conflict_values(first, second, (EARLY, LATER))


def _money_marks(text: str, label: str) -> frozenset[str]:
    return next(vc.marks for vc in fact_signature(1, text).values if vc.value.value == label)


def _bound(text: str) -> str:
    return next(v.bound for v in number_values(text) if v.kind == "money")


BACKED = (
    "Orrin Pell is warier, saying he favors lifting the moss levy from the current $3.10 to {}."
)
CEILING = "Rival Orrin Pell, for his part, has signalled he would not go above a {} moss levy yet."


def test_a_backed_rise_from_the_sum_in_force_marks_the_sum_proposed():
    assert f"{AMOUNT}:moss levy@pell" in _money_marks(BACKED.format("$9"), "$9")
    assert not _money_marks(BACKED.format("$9"), "$3.1")


def test_a_backed_rise_is_set_against_the_same_subject_s_ceiling():
    assert _conflicts(BACKED.format("$9"), CEILING.format("$5")) == [("$9", "$5")]
    assert _conflicts(BACKED.format("$5"), CEILING.format("$5")) == []


def test_a_rise_that_happened_is_no_sum_proposed():
    done = "Orrin Pell lifted the moss levy from the current $3.10 to {} last spring."
    assert not _money_marks(done.format("$9"), "$9")
    assert _conflicts(done.format("$9"), CEILING.format("$5")) == []


def test_a_denied_bound_above_is_at_most():
    assert _bound("The toll would not go above $5 this year.") == "<"
    assert _bound("The toll will never rise above $5 again.") == "<"
    assert _bound("The toll would go above $5 this year.") == ">"
    assert _bound("Not only more than $5 was paid.") == ">"


def test_a_backed_rise_from_a_sum_not_said_in_force_stays_a_change():
    plain = "Orrin Pell is warier, saying he favors lifting the moss levy from $3.10 to {}."
    assert not _money_marks(plain.format("$9"), "$9")
    assert _conflicts(plain.format("$9"), CEILING.format("$5")) == []


PLEA = (
    "Late in the evening, the crowd grew restless as she praised lifting the moss levy "
    "(with far less warmth than Mr. Pell's fervent plea for {} a bale) on Thursday."
)
PETITION = "Orrin Pell wants a {} moss levy, a fervent plea."


def test_a_sum_of_a_name_s_own_plea_is_the_amount_of_the_thing_raised():
    assert f"{AMOUNT}:moss levy@pell" in _money_marks(PLEA.format("$9"), "$9")
    assert _conflicts(PETITION.format("$4"), PLEA.format("$9")) == [("$4", "$9")]
    assert _conflicts(PETITION.format("$9"), PLEA.format("$9")) == []


def test_a_plea_of_another_name_or_with_no_thing_raised_is_no_amount():
    other = PLEA.replace("Mr. Pell's", "Mr. Dunmore's")
    assert f"{AMOUNT}:moss levy@pell" not in _money_marks(other.format("$9"), "$9")
    assert _conflicts(PETITION.format("$4"), other.format("$9")) == []
    unraised = PLEA.replace("praised lifting", "praised")
    assert not _money_marks(unraised.format("$9"), "$9")
    # A name written after the owner, before the sum, is another's sum.
    later = PLEA.replace("plea for", "plea, unlike Ms. Varga's, for")
    assert not _money_marks(later.format("$9"), "$9")


def test_sums_marked_alike_are_compared_whatever_few_words_they_share():
    terse = "Orrin Pell backs a {} moss levy, with far less fanfare."
    assert _conflicts(terse.format("$4"), PLEA.format("$9")) == [("$4", "$9")]
    # Another subject's sum, told in the same words, is left alone.
    other = terse.replace("Orrin Pell", "Ines Varga")
    assert _conflicts(other.format("$4"), PLEA.format("$9")) == []


def test_the_day_one_report_alone_gives_is_no_other_time_of_a_sum_proposed():
    told, later = date(2031, 1, 29), date(2031, 3, 30)
    assert conflict_values(PLEA.format("$9"), PETITION.format("$4"), (told, later)) == [
        ("$9", "$4")
    ]
    # Reports of two years are left to the rules every conflict passes.
    next_year = date(2032, 3, 30)
    assert conflict_values(PLEA.format("$9"), PETITION.format("$4"), (told, next_year)) == []
