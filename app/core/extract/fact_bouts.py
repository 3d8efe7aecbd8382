"""A contest of votes told as a fight or a race, in the writer's voice:
"a showdown between Roe and Vesk", "the two are neck and neck", "43% to
42% -- a dead heat", "hopes to pick off Vesk's delegates", "clung to a
narrow lead in the ward".

The votes, the shares and the debate are facts; the figure (a duel, a
tie in a horse race, a sniper's shot, a grip kept) is the writer's reading
of them, which no count bears out as written. The phrases are general
English idiom (a dictionary of idioms lists each with its figurative
sense), none taken from the articles' wording.

A figure counts only where the line is about a contest of votes, a poll
or a debate (a word of `_CONTESTS` in it): "two colts finished in a dead
heat", "the shortstop picked off a runner" are the sport's own words. Not
in quote marks, and not after a verb of speech ("Roe said the race is a
dead heat": her words). A source named for the figures ("according to the
poll") gives the shares, not the figure, which stays the writer's.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import STUCK_ON

# The fight or the race: a duel's last round ("showdown", "face-off"), a
# brawl ("slugfest", "dogfight", "donnybrook", "knife fight"), a tie or a
# near one at a horse race's post ("dead heat", "neck and neck", "photo
# finish", "nail-biter", "cliffhanger").
_NOUNS = (
    r"showdowns?|face-?offs?|slugfests?|dogfights?|donnybrooks?|knife[- ]fights?"
    r"|(?:statistical |virtual )?dead heats?|neck[- ]and[- ]neck|photo finish(?:es)?"
    r"|nail-?biters?|cliffhangers?"
)
# Votes won from a rival as targets picked off ("pick off Vesk's
# delegates"), and a lead kept as a grip ("clung to a narrow edge").
_PICKED = r"(?:pick|picks|picked|picking) off (?:\S+ ){0,2}?"
_GAINS = r"(?:delegates|votes|voters|seats|states|districts|counties|supporters|superdelegates)"
_HELD = r"(?:hold|holds|held|holding|cling|clings|clung|clinging|hang|hangs|hung|hanging)"
_LEADS = r"(?:leads?|edges?|advantages?|margins?|majorit(?:y|ies))"
_PHRASES = (
    rf"\b(?:{_NOUNS})\b",
    rf"\b{_PICKED}{_GAINS}\b",
    rf"\b{_HELD} on(?:to| to) (?:(?:a|an|the|his|her|their|its|narrow|slim|slight|thin|"
    rf"single-digit|double-digit|[\w-]+-point) ){{1,3}}{_LEADS}\b",
)
_FIGURES = re.compile("|".join(f"(?:{p})" for p in _PHRASES), re.IGNORECASE)
# A word each phrase holds, as a sentence split at spaces writes it: most
# sentences hold none (one set test).
CUES = frozenset(
    w + p
    for w in """
    showdown showdowns face-off faceoff face-offs faceoffs slugfest slugfests dogfight
    dogfights donnybrook donnybrooks knife fight heat heats neck neck-and-neck finish
    finishes nail-biter nailbiter nail-biters cliffhanger cliffhangers off on onto
    """.split()
    for p in STUCK_ON
)
# A contest of votes, a poll or a debate: what the figure is said of.
_CONTESTS = frozenset(
    w + p
    for w in """
    poll polls polling survey surveys voters vote votes voting ballot ballots election
    elections primary primaries caucus caucuses nomination nominee candidate candidates
    candidacy delegates superdelegates debate debates race campaign campaigns percent
    electorate contest contests referendum
    """.split()
    for p in STUCK_ON
)
# Verbs of speech before a figure make it the speaker's.
_SPEECH = frozenset(
    w + p
    for w in """
    said says saying say told tells argued argues added adds wrote writes contended contends
    claimed claims insisted insists predicted predicts warned warns declared declares
    """.split()
    for p in STUCK_ON
)
_QUOTED = re.compile('["\u201c][^"\u201c\u201d]*["\u201d]|\u2018[^\u2018\u2019]*\u2019(?!\\w)')


def bout(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) tells a contest of
    votes, a poll or a debate as a fight or a race (`_PHRASES`) in the
    writer's voice: not in quote marks, not after a verb of speech."""
    if CUES.isdisjoint(tokens) or _CONTESTS.isdisjoint(t.lower() for t in tokens):
        return False  # (most sentences: two set tests)
    sentence = " ".join(tokens)
    for m in _FIGURES.finditer(sentence):
        if any(q.start() < m.start() and m.end() <= q.end() for q in _QUOTED.finditer(sentence)):
            continue
        if _SPEECH.isdisjoint(sentence[: m.start()].split()):
            return True
    return False
