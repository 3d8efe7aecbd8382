"""Tightenings measured for the wide claims of issue #10 (a proposal, not
wired into the app): rules a conflict between two sentences must also pass
when one of them is a wide claim (bench/context_claims.wide_claims), a
sentence the fact finder does not offer as a fact.

The app's matching (app/core/corroborate) was tuned on facts: sentences
that name what they are about. A wide claim often does not ("A member
needs 2,380 votes to lead the guild": which guild?), or names more than
its figure is about ("11 guilds vote on Brask Day" / "15 guilds vote,
after Quillon"). Each rule here asks what the two sentences name,
by the signatures the app builds (claims.FactSig), with no word list:

- `same_names`: both sentences name the same names (FactSig.names: the
  names outside role holders, one per run of capitalized words);
- `value_names`: the names said of the two conflicting figures
  (ValueContext.names) are the same, on both sides, and not none;
- `clause_names`: the clauses holding the two figures name the same
  names (ValueContext.clause_names), none in both counting;
- `named_clauses`: the same, with one name at least;
- `both`: `same_names` and `value_names`.

Each is a function of two signatures and the conflict's value kind, as it
would sit in app/core/corroborate/judging.py beside the rules it follows;
`bench/plant_claims.py` (`--tight=RULE`) and `bench/plant_disagreements.py`
(PLANT_CLAIMS=wide PLANT_WIDE_TIGHT=RULE,...) measure them.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.corroborate.claims import FactSig


def same_names(a: FactSig, b: FactSig, kind: str) -> bool:
    """Whether the two sentences name the same things (and so may be about
    the same one): "the Velmarist nomination" and "the nomination" do not."""
    return a.names == b.names


def value_names(a: FactSig, b: FactSig, kind: str) -> bool:
    """Whether some figure of `kind` in each sentence is said of the same
    names, one at least: what both figures are about is named alike
    ("Velmar's 55,000 pages" / "Velmar's 52,000 pages"), not left to the
    sentences around them."""
    named_a = {vc.names for vc in a.values if vc.value.kind == kind and vc.names}
    return any(vc.names in named_a for vc in b.values if vc.value.kind == kind)


def clause_names(a: FactSig, b: FactSig, kind: str) -> bool:
    """Whether some figure of `kind` in each sentence stands in a clause
    naming the same names (ValueContext.clause_names, role holders among
    them; none in both counts): the other clauses of the two sentences may
    name what they like ("..., Velmar's 55,000 pages, which ..."), but
    "11 guilds on Brask Day" and "15 guilds, after Quillon" are not said
    of one thing."""
    clauses = {vc.clause_names for vc in a.values if vc.value.kind == kind}
    return any(vc.clause_names in clauses for vc in b.values if vc.value.kind == kind)


def named_clauses(a: FactSig, b: FactSig, kind: str) -> bool:
    """`clause_names` with one name at least: "15 guilds vote on May 4"
    and "The two guilds vote on May 4" name nothing their figures are of."""
    clauses = {vc.clause_names for vc in a.values if vc.value.kind == kind and vc.clause_names}
    return any(vc.clause_names in clauses for vc in b.values if vc.value.kind == kind)


def both(a: FactSig, b: FactSig, kind: str) -> bool:
    """`same_names` and `value_names`."""
    return same_names(a, b, kind) and value_names(a, b, kind)


RULES: dict[str, Callable[[FactSig, FactSig, str], bool]] = {
    "same_names": same_names,
    "value_names": value_names,
    "both": both,
    "clause_names": clause_names,
    "named_clauses": named_clauses,
}
