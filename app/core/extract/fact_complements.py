"""Nouns that ask for what they are about, written without it: "Roe
launched her bid" (for what office?), "Roe defended his position" (on
what?), "questioned about her involvement" (in what?). Only the sentences
before say, so the fact does not stand alone (`fact_standalone` asks):

- a bid or a candidacy, owned ("her bid") or after "a", with nothing
  before it or after it saying for what ("her presidential bid", "a bid
  for governor", "a bid to unseat Roe" do). Where the article, before the
  fact, writes one kind of race only, with an adjective of office before
  "bid", "candidacy", "campaign" or "run" ("a mayoral campaign") or an
  office or a body a bid or a run is for ("ran for governor"), that kind
  is bracketed, the journalist's way: "her [mayoral] bid", "her bid [for
  governor]". Two kinds, or none: not offered;
- an owner's participation, involvement, role, position, stance or tenure
  ("his participation", "Roe's stance") with no complement after it ("in
  the strike", "on rents", "as treasurer"), or an owner's ideas, proposals
  or suggestions with none ("Her ideas were not taken up"; "her ideas for
  the depot" say which): not offered;
- condolences, owned or not, with no "to", "for" or "over" after them
  ("offered condolences on Monday"): for what? Not offered;
- taking or leaving office with no office or title in the line ("Roe
  took office in May"; "Mayor Roe took office", "took office as
  treasurer" say which): not offered;
- an owner's aide, adviser, lawyer or such, one of several, with no name
  after it ("Roe paid her former aide $5,000"): who? Not offered;
- an apology with nothing saying for what or to whom ("and neither
  apologized."): not offered;
- a change measured "since the last" poll in a line naming no other
  poll ("rose four points since the last Vesk poll"): in which poll? Not
  offered.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import SHARED_OFFICES, STUCK_ON, STUCK_OR_OWNED
from app.core.extract.fact_names import Edit
from app.core.extract.given_names import is_given_name
from app.core.extract.lexicon import ROLE_HEADS

# Adjectives of an office or a race: the kind of bid they say.
_OFFICE_ADJECTIVES = frozenset(
    """
    presidential vice-presidential gubernatorial mayoral congressional senatorial parliamentary
    judicial reelection re-election
    """.split()
)
_BID_NOUNS = frozenset(("bid", "candidacy"))
# Nouns of an owner's part in something, with the words that say in what.
_PART_NOUNS: dict[str, frozenset[str]] = {
    "participation": frozenset("in at".split()),
    "involvement": frozenset("in with".split()),
    "role": frozenset("in as at on with of".split()),
    "position": frozenset("on as in at to that regarding about toward towards of".split()),
    "stance": frozenset("on toward towards against about regarding".split()),
    "tenure": frozenset("as at in on with".split()),
    "condolences": frozenset("to for over after following".split()),
}
# An owner's ideas or proposals, and the words that say which ("his ideas on rents").
_PART_NOUNS.update(
    dict.fromkeys(
        "idea ideas proposals suggestion suggestions".split(),
        frozenset("for on about to that of regarding".split()),
    )
)
_OWNERS = frozenset("his her their its".split())
# Words after a bid that say what it is for ("a bid for the seat", "a bid to
# win", "her bid as an independent") or what it is, an offer ("a bid of $5").
_BID_AFTER = frozenset("for to as of".split())
_WATCHED = frozenset(w + p for w in (*_BID_NOUNS, *_PART_NOUNS) for p in STUCK_ON)
# The nouns of a race, as the article writes them before an adjective of
# office ("a mayoral campaign") or a "for" ("ran for governor"); "campaign"
# only after the adjective ("campaigned for Roe" is on Roe's behalf).
_RACE_NOUNS = ("bid", "candidacy", "campaign", "run", "runs", "ran", "running")
_AFTER_ADJECTIVE = frozenset(("bid", "candidacy", "campaign", "run"))
# What a bid or a run is for, right after its noun: " for governor of
# Vesk", " for the Quillon Senate", " for the Brask nomination".
_FOR_KIND = re.compile(
    r" (for (?:the )?(?:"
    + "|".join(sorted(ROLE_HEADS | SHARED_OFFICES))
    + r"|(?:[A-Z][\w-]* ){0,3}nomination|(?P<body>[A-Z][\w-]*)(?: [A-Z][\w-]*){0,3})"
    + r"(?: of [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?)\b"
)


def complement_edits(text: str, start: int, tokens: list[str]) -> list[Edit] | None:
    """The brackets that say for what a bid of the fact `text[start:...]`
    (split at spaces: `tokens`) is; [] when it needs none; None when a bid
    lacks what it is for and the article does not say it with confidence,
    or a part or condolences lack what they are about."""
    if _WATCHED.isdisjoint(tokens):
        return []  # (most sentences: one set test)
    edits: list[Edit] = []
    at = start
    for i, t in enumerate(tokens):
        at = text.find(t, at)
        word = t.rstrip(",.;:")
        if word in _BID_NOUNS:
            if not _bare_bid(tokens, i):
                continue
            kind = _one_kind(text, start)
            if kind is None:
                return None
            words, first = kind
            if first:
                edits.append((at, 0, f"[{words}] "))  # "her [mayoral] bid"
            else:
                edits.append((at + len(word), 0, f" [{words}]"))  # "her bid [for governor]"
        elif word in _PART_NOUNS and (word == "condolences" or (i and _owned(tokens[i - 1]))):
            after = tokens[i + 1].lower() if word == t and i + 1 < len(tokens) else ""
            if after not in _PART_NOUNS[word]:
                return None
        at += len(t)
    return edits


def _owned(word: str) -> bool:
    """Whether `word`, before a noun, says whose it is: "his", "Roe's"."""
    if word.lower() in _OWNERS:
        return True
    return word.endswith(("'s", "\u2019s", "s'")) and word[:1].isupper()


def _bare_bid(tokens: list[str], i: int) -> bool:
    """Whether the bid or candidacy at word `i` is owned or follows "a",
    with no adjective of office, capitalized word (a body, a party) or
    year before it and no "for", "to" or "as" after it."""
    t = tokens[i]
    if t[-1].isalpha() and i + 1 < len(tokens) and tokens[i + 1] in _BID_AFTER:
        return False
    if i + 1 < len(tokens) and t[-1].isalpha() and tokens[i + 1][:1] in "$0123456789":
        return False  # "a bid $5 higher": an offer
    j = i - 1
    while j >= 0 and tokens[j].islower() and tokens[j].isalpha() and not _owned(tokens[j]):
        if tokens[j] in _OFFICE_ADJECTIVES or tokens[j] in ("a", "an"):
            break
        j -= 1
    if j < 0:
        return False
    # (Stopped at an adjective of office, a capitalized word or a year:
    # "her presidential bid", "a Senate bid", "his 2012 bid", that year's.)
    return tokens[j] in ("a", "an") or _owned(tokens[j])


def _one_kind(text: str, start: int) -> tuple[str, bool] | None:
    """The one kind of race the article writes before `start`, and whether
    it goes before the noun: an adjective of office before "bid",
    "candidacy", "campaign" or "run" ("mayoral", True), or what a bid or a
    run is "for" ("for governor", "for the Quillon Senate", False); None
    when it writes none or more than one. (The nouns are found by
    `str.find`, in C: a pattern's search over the whole text cost more
    than every other test of this module.)"""
    kinds: dict[str, tuple[str, bool]] = {}
    for noun in _RACE_NOUNS:
        at = text.find(noun, 0, start)
        while at >= 0:
            end = at + len(noun)
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                if noun in _AFTER_ADJECTIVE and text[at - 1 : at] == " ":
                    before = text[max(0, at - 25) : at - 1].rsplit(None, 1)
                    word = before[-1].lower() if before else ""
                    if word in _OFFICE_ADJECTIVES:
                        kinds[word.replace("-", "")] = (word, True)
                m = _FOR_KIND.match(text, end) if noun != "campaign" else None
                if m is not None:
                    if m.group("body") and is_given_name(m.group("body")):
                        return None  # ("ran for Dana Roe's seat": someone's, unsure)
                    kinds[m.group(1).lower()] = (m.group(1), False)
            at = text.find(noun, end, start)
    return next(iter(kinds.values())) if len(kinds) == 1 else None


# Acts of taking or leaving an office: which office, the line must say.
_OFFICE_ACTS = frozenset(
    f"{v} office"
    for v in """
    took takes take taking taken assumed assumes assume assuming left leaves leave leaving
    entered enters enter entering
    """.split()
)
# Words after the act that say which office ("took office as treasurer",
# "left office to run for mayor"), and the words of an office or a title
# anywhere in the line ("Mayor Dana Roe took office", "Roe, the guild's
# treasurer, took office"). (Resigning or being reelected, the fact tests
# read as standing alone: "Roe resigned on Tuesday.")
_OFFICE_AFTER = frozenset(("as", "to"))
_TIME_WORDS = frozenset("after before since until upon when".split())
_OFFICES = ROLE_HEADS | SHARED_OFFICES
_OFFICE_WATCHED = frozenset("office" + p for p in STUCK_ON)


def office_unnamed(tokens: list[str]) -> bool:
    """Whether the fact (split at spaces: `tokens`) tells someone took or
    left office ("took office in May"), with no office or title anywhere
    in the line and no "as" or "to" after the act: which office, only the
    sentences before say."""
    if _OFFICE_WATCHED.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    for i in range(1, len(tokens)):
        if tokens[i].rstrip(",.;:") != "office" or f"{tokens[i - 1]} office" not in _OFFICE_ACTS:
            continue
        if i > 1 and tokens[i - 2] in _TIME_WORDS:
            continue  # ("wrote a book after leaving office": a time, told by the act)
        if not _OFFICE_AFTER.isdisjoint(tokens[i + 1 :]):
            return False
        return not any(w.strip(".,;:()\"'").lower().removesuffix("'s") in _OFFICES for w in tokens)
    return False


# People someone has several of, whom an owner alone does not single out:
# "her former aide" (which one?); kin ("her husband") and a rival in a
# race of two may be one, and are left as they are.
_ONE_OF_SEVERAL = frozenset(
    """
    aide adviser advisor spokesman spokeswoman spokesperson lawyer attorney assistant staffer
    deputy supporter donor friend associate colleague employee official ally strategist
    consultant
    """.split()
)
_PERSON_WATCHED = frozenset(w + p for w in _ONE_OF_SEVERAL for p in STUCK_OR_OWNED)
# Words of rank or time between the owner and the noun: "her former top aide".
_RANKS = frozenset(
    "former top senior longtime chief close campaign personal onetime one-time".split()
)
# Words before the owner that make the phrase say what someone named is:
# "Vesk was her aide", "Vesk, her aide, said", "named as her aide".
_PREDICATING = frozenset("is was are were be been became becomes as named remains".split())


def owned_unnamed_person(tokens: list[str]) -> bool:
    """Whether the fact (split at spaces: `tokens`) speaks of an owner's
    aide, adviser, lawyer or such, one of several, with no name after it
    ("Roe paid her former aide $5,000", "Roe's spokesman said ..."): which
    one, only the sentences before say, if any. A name after it ("her aide
    Lena Brask", "her aide, Lena Brask,") and a predicate or an
    appositive before it ("Vesk was her aide", "Vesk, her aide,") say
    whom."""
    if _PERSON_WATCHED.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    for i, t in enumerate(tokens):
        word = t.rstrip(",.;:")
        if word not in _ONE_OF_SEVERAL:
            continue
        j = i - 1
        while j >= 0 and tokens[j] in _RANKS:
            j -= 1
        if j < 0 or not _owned(tokens[j]):
            continue
        k = j - 1
        while k >= 0 and tokens[j][:1].isupper() and tokens[k][:1].isupper():
            k -= 1  # (the owner's name's words before: "Velmar Guild's")
        if k > 0 and tokens[k] == "the":
            k -= 1  # ("was the Velmar Guild's top donor")
        before = tokens[k] if k >= 0 else ""
        if before.lower() in _PREDICATING or before.endswith(","):
            continue
        rest = tokens[i + 1 : i + 3]
        if word != t and t[-1] == "," and rest and rest[0][:1].isupper():
            continue  # ("her aide, Lena Brask,")
        if word == t and rest and rest[0][:1].isupper():
            continue  # ("her aide Lena Brask")
        return True
    return False


# An apology, which says for what or to whom it was made ("apologized for
# the delay", "apologized to the pilots", "apologized over the remark").
_APOLOGIES = frozenset(
    w + p
    for w in "apologize apologizes apologized apologizing apologise apologises apologised".split()
    for p in STUCK_ON
)
_APOLOGY_FOR = frozenset("for to over after that about".split())


def apology_unsaid(tokens: list[str]) -> bool:
    """Whether the fact (split at spaces: `tokens`) tells someone
    apologized with nothing after it saying for what or to whom ("Roe did
    not resign, and neither apologized."): only the sentences before say."""
    if _APOLOGIES.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    i = next(i for i, t in enumerate(tokens) if t in _APOLOGIES)
    return _APOLOGY_FOR.isdisjoint(tokens[i + 1 :])


# A change measured against an earlier poll: "rose four points since the
# last Vesk poll" (in which poll, the new one?).
_SINCE_POLL = re.compile(
    r"\b(?:since|from) (?:the|its|their|a) (?:last|previous|prior|earlier|most recent)"
    r"(?: [\w'\u2019-]+){0,4}? (?:poll|survey)s?\b"
)
_POLL_WORD = re.compile(r"\b(?:poll|survey)s?\b", re.IGNORECASE)


def poll_measured_unnamed(sentence: str) -> bool:
    """Whether the fact `sentence` tells a change measured "since the last"
    or "from the previous" poll and names no other poll, the one the
    change was measured in: "Roe's support rose four points since the last
    Vesk poll" (in which?)."""
    if "poll" not in sentence and "survey" not in sentence:
        return False  # (most sentences)
    m = _SINCE_POLL.search(sentence)
    if m is None:
        return False
    rest = sentence[: m.start()] + sentence[m.end() :]
    return _POLL_WORD.search(rest) is None


# Every word the tests above (but the poll's) look for: one set test a line
# decides most lines by (`fact_standalone` asks it first).
WATCHED = _WATCHED | _OFFICE_WATCHED | _PERSON_WATCHED | _APOLOGIES
