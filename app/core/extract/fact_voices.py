"""Views of people the sentence does not name: "Several strategists
cautioned against ...", "Some top officials are confident ...", "...,
analysts say." Who holds the view, no reader can check; a view reported
from a named speaker stays ("Roe cautioned against ...").

A group's act is a fact ("Some 40 members voted against the levy"); only
verbs of speech, thought or feeling, and adjectives of a state of mind,
make the sentence someone's unnamed view. The words are general English.
"""

from __future__ import annotations

import re

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
    question questioned wonder wonders wondered privately openly quietly
    """.split()
    for p in ("", ",")
)
_STATES_OF_MIND = frozenset(
    """
    confident skeptical sceptical worried concerned convinced optimistic pessimistic
    divided unsure uncertain wary nervous hopeful doubtful frustrated
    """.split()
)
_BE = frozenset("are were remain remained".split())
# "..., analysts say.", "..., some strategists said.": a view's unnamed
# holders after it, people whose trade is a view (officials, aides or
# sources who said what happened report it).
_TRAILING = re.compile(
    r", (?:(?:some|many|most|several|other) )?(?:[A-Za-z-]+ ){0,2}"
    r"(?:analysts|experts|observers|economists|strategists|critics|insiders|scholars|"
    r"historians|pundits)\s+(?:say|said|says|believe|argue|note|warn)\.$"
)


def unnamed_voices(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) gives the view of
    people it does not name: a subject opened by "Some", "Several",
    "Many" ... whose verb, within the next few words, is one of speech,
    thought or feeling ("Several strategists cautioned ...", "Some top
    officials are confident ..."), or "..., analysts say." after it."""
    if sentence.endswith(".") and ("say" in sentence[-12:] or "said" in sentence[-12:]):
        if _TRAILING.search(sentence):
            return True
    first = tokens[0].lstrip("[").lower()
    if first == "a" and len(tokens) > 2 and tokens[1] == "few":
        tokens = tokens[1:]
    elif first not in _VAGUE:
        return False
    for i in range(1, min(6, len(tokens) - 1)):
        t = tokens[i]
        if t in ("of", "who", "that", "which") or t[0].isdigit():
            return False  # "Some of the givers ...", "Some 14 candidates ...": named or counted
        if t in _VIEW_VERBS:
            return True
        if t in _BE:
            return tokens[i + 1].rstrip(",.;:") in _STATES_OF_MIND
    return False
