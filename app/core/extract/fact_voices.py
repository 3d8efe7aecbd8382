"""Views of people the sentence does not name: "Several strategists
cautioned against ...", "Some top officials are confident ...", "...,
analysts say.", also in a relative clause ("a trade that several weavers
say has no heirs", round 58). Who holds the view, no reader can check; a
view reported from a named speaker stays ("Roe cautioned against ...").

A group's act is a fact ("Some 40 members voted against the levy"); only
verbs of speech, thought or feeling, and adjectives of a state of mind,
make the sentence someone's unnamed view. The words are general English.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import VAGUE_GROUPS
from app.core.extract.fact_reported import REPORTING, reported_words

# Quantifiers that open a subject of people no one is named among.
_VAGUE = frozenset("some several many most few other others various numerous".split())
# Verbs of speech, thought or feeling (in the forms news writes them),
# and adjectives of a state of mind after "are"/"were".
_VIEW_VERBS = frozenset(
    w + p
    for w in """
    say says said caution cautions cautioned warn warns warned agree agrees agreed
    argue argues argued believe believes believed think thinks thought contend contends
    contended note notes noted worry worries worried fear fears feared expect expects
    expected predict predicts predicted suggest suggests suggested insist insists insisted
    concede concedes conceded complain complains complained doubt doubts doubted
    question questioned wonder wonders wondered privately openly quietly saying arguing
    warning insisting worrying wondering urge urges urged urging vent vents vented venting
    demand demands demanded demanding
    """.split()
    for p in ("", ",", ".")
)
# "see" of a group no one is named among is its reading of events ("Many
# voters saw a snub in ..."), as "believe" is.
_SEEING = frozenset(w + p for w in ("see", "sees", "saw") for p in ("", ","))
# Determiners after "Some of", "Many of" ...: a group ("some of his
# supporters", "many of the delegates"), not "most of whom".
_GROUP_DETERMINERS = frozenset("the his her their its our these those".split())
_STATES_OF_MIND = frozenset(
    """
    confident skeptical sceptical worried concerned convinced optimistic pessimistic
    divided unsure uncertain wary nervous hopeful doubtful frustrated
    """.split()
)
# Split in their views ("Velmar senators are split on whether ..."): a
# state of mind only before what the views are on (not "votes were split
# 5-4").
_SPLIT = frozenset(("split", "torn"))
_SPLIT_ON = frozenset("on over about between".split())
_BE = frozenset("are were remain remained".split())
# "A Velmar lawmaker said ...", "One strategist warned ...": a single
# person the sentence does not name.
_ONE = frozenset(("a", "an", "one", "another"))
# Words after which the subject says whom the person speaks for ("a
# spokesman for the council") or is told more of ("a voter who ...").
_ATTACHED = frozenset("of for with at from who that which in on to by".split())
# "..., analysts say.", "..., some strategists said.": a view's unnamed
# holders after it, people whose trade is a view (officials, aides or
# sources who said what happened report it).
_TRAILING = re.compile(
    r", (?:(?:some|many|most|several|other) )?(?:[A-Za-z-]+ ){0,2}"
    r"(?:analysts|experts|observers|economists|strategists|critics|insiders|scholars|"
    r"historians|pundits)\s+(?:say|said|says|believe|argue|note|warn)\.$"
)


# "according to officials", "according to media buying sources", "according
# to people in attendance", "according to press reports": a source named by
# its kind alone (not "officials at the Velmar Guild", "the Velmar Courier").
_UNNAMED_SOURCE = re.compile(
    r"\b[Aa]ccording to (?:(?:some|several|many|two|three|four|other|senior|top|unnamed"
    r"|anonymous|campaign|party|administration|congressional|local|state|federal|government"
    r"|media|buying|news|press|the) )*(?:sources|officials|people|reports|aides|insiders"
    r"|observers|strategists|operatives|staffers|advisers|advisors|analysts|experts"
    r"|witnesses)\b(?! (?:at|for|of|with|from|in) (?:the )?[A-Z])"
)


def unnamed_voices(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) gives the view of
    people it does not name: a subject opened by "Some", "Several",
    "Many" ... whose verb, within the next few words, is one of speech,
    thought or feeling ("Several strategists cautioned ...", "Some top
    officials are confident ..."), also after a comma ("..., some are
    quietly saying ..."), also "Some of his supporters saw ..."; a single
    person it does not name ("A Velmar lawmaker said ..."); people named
    only by a plural noun in a state of mind ("Roe's supporters are
    optimistic"); "..., analysts say." after it; or a source named by its
    kind alone ("according to officials", "according to press reports")."""
    if "ccording to" in sentence and _UNNAMED_SOURCE.search(sentence):
        return True  # "..., according to media buying sources.": whose word?
    if sentence.endswith(".") and ("say" in sentence[-12:] or "said" in sentence[-12:]):
        if _TRAILING.search(sentence):
            return True
    if _view_from(tokens) or _bare_plural_view(tokens):
        return True
    if not _BE.isdisjoint(tokens) and _plural_state(tokens):
        return True
    if _VAGUE.isdisjoint(tokens) and _ONE.isdisjoint(tokens):
        return False  # (most sentences: two set tests)
    # A clause after a comma with such a subject: "In the world of Quillon's
    # donors, some are privately hinting it is time to ...", "After the
    # vote, a Velmar senator said ...".
    for i in range(1, len(tokens) - 2):
        if (
            (tokens[i] in _VAGUE or tokens[i] in _ONE)
            and (tokens[i - 1].endswith(",") or _relative(tokens, i))
            and _view_from(tokens[i:])
        ):
            return True
    return False


def _relative(tokens: list[str], i: int) -> bool:
    """Whether `tokens[i]` opens a relative clause after a noun ("a trade
    that several weavers say has no heirs": the view of people the line
    does not name, about what it describes), not what a verb before it
    reports ("Roe said that many clerks fear ...": Roe's words)."""
    if tokens[i - 1] not in ("that", "which") or i < 2:
        return False
    before = tokens[i - 2].lower()
    return before not in _VIEW_VERBS and before not in REPORTING and not before.endswith(",")


# People named by a bare plural noun opening the sentence, a kind and not
# a body ("Clerks trying to keep their posts say ..."): general nouns of
# people (`VAGUE_GROUPS`) and of party, belief or country as a kind.
_KINDS = VAGUE_GROUPS | frozenset(
    """
    voters citizens americans democrats republicans conservatives liberals progressives
    moderates independents economists scholars historians pundits parents teachers
    """.split()
)
# The plain present of a verb of speech or thought: a plural's ("say", not
# "says"), within the first words.
_PLURAL_VIEWS = frozenset(
    w + p
    for w in "say believe think fear worry argue contend insist hope expect agree warn".split()
    for p in ("", ",")
)


def _bare_plural_view(tokens: list[str]) -> bool:
    """Whether the sentence opens with a bare plural noun of people, a kind
    ("Democrats trying to win the seat say ...", "Voters say ..."), whose
    verb within the next 14 words is the plain present of one of speech or
    thought: the view of people no one is named among."""
    if tokens[0].lower() not in _KINDS or len(tokens) < 3:
        return False
    named = tokens[3] if tokens[2] == "the" and len(tokens) > 3 else tokens[2]
    if tokens[1] in _ATTACHED and named[:1].isupper():
        return False  # "Officials at the Velmar Guild say ...": whose, the line names
    return not _PLURAL_VIEWS.isdisjoint(tokens[1:15])


def _view_from(tokens: list[str]) -> bool:
    """Whether the clause `tokens` opens with a subject of people no one is
    named among, whose verb is one of speech, thought or feeling, or "are"
    and a state of mind."""
    first = tokens[0].lstrip("[").lower()
    if first == "a" and len(tokens) > 2 and tokens[1] == "few":
        tokens = tokens[1:]
    elif first in _ONE:
        return _one_unnamed(tokens)
    elif first not in _VAGUE:
        return False
    end = 6
    for i in range(1, len(tokens) - 1):
        if i >= end:
            break
        t = tokens[i]
        if t == "of" and i == 1 and _group_after(tokens[2:4]):
            end = 8
            continue  # "Some of his supporters said ...": still no one named
        if t in _SEEING:
            return True  # "some of his backers saw a villain in ...": their reading
        if t in ("of", "who", "that", "which") or t[0].isdigit():
            return False  # "most of whom ...", "Some 14 candidates ...": told more of or counted
        if t in _VIEW_VERBS:
            return True
        if t in _BE:
            nxt = tokens[i + 1].rstrip(",.;:")
            return nxt in _STATES_OF_MIND or (tokens[i + 1] in _VIEW_VERBS and i + 2 < len(tokens))
    return False


def _group_after(words: list[str]) -> bool:
    """Whether the `words` after "Some of" open a group: a determiner or an
    owner of a word or two ("some of his supporters", "some of Dana Roe's
    aides"; not "most of whom")."""
    return words[0] in _GROUP_DETERMINERS or any(w.endswith(("'s", "\u2019s")) for w in words)


def _one_unnamed(tokens: list[str]) -> bool:
    """Whether a subject "A ...", "One ..." of a few words, with no name
    after a comma and no one it speaks for ("a spokesman for the council"),
    has a verb of speech or thought: "A Velmar lawmaker said ..."."""
    for t in tokens[1:6]:
        if t in _ATTACHED or t.endswith(",") or t[0].isdigit():
            return False
        if t in _VIEW_VERBS:
            return True
    return False


# Degree words between "are" and a state of mind: "are increasingly wary".
_DEGREES = frozenset("still increasingly now also deeply more less very so".split())


def _plural_state(tokens: list[str]) -> bool:
    """Whether people the sentence names only by a plural noun are in a state
    of mind, in the writer's voice: "[Roe's] supporters are optimistic",
    "Velmar officials remain wary", "Velmar senators are split on whether
    ..." (not "Roe said voters are angry": his words, reported)."""
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _BE:
            continue
        j = i + 1
        if tokens[j] in _DEGREES and j + 1 < len(tokens):
            j += 1
        before = tokens[i - 1].rstrip(",")
        state = tokens[j].rstrip(",.;:")
        if state in _SPLIT and j + 1 < len(tokens) and tokens[j + 1] in _SPLIT_ON:
            state = "divided"
        if (
            state in _STATES_OF_MIND
            and before.endswith("s")
            and before.isalpha()
            and before.islower()
        ):
            return not reported_words(tokens, i)
    return False
