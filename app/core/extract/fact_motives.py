"""The writer's reading of what moved someone: a clause that opens with a
past participle of a verb of emotion and the cause after it ("Angered by
the ruling, the guild ...", "The clerks, emboldened by the vote, ..."):
what someone felt, and why, is the writer's account, not an event a reader
can check (`fact_characterised` reads it). The participles are WordNet's
(`fact_feelings`); "Asked by", "Joined by" and the like are no feeling.

And the writer's weighing of a cause: a particularizer (Quirk et al., A
Comprehensive Grammar of the English Language, 1985, 8.116: "largely",
"partly", "mainly", "in part" ...) before a word that gives a cause
("largely because of the rules, no one has ...", "resigned, in part
because of reports ...") or a purpose ("traveled to
Velmar, partly to court investors"; not "paid in part to clerks": to
whom): how much one thing made another, or what for, is the writer's
estimate, unless in someone's reported words. So is an aim the writer
reads in an "as" clause ("as she looked to put the race out of reach")
or a participle after a comma or an "and" (", seeking to shore up
support"; not a filing's, "filed a suit, seeking to block the levy").
"""

from __future__ import annotations

from app.core.extract.fact_feelings import FEELING_PARTICIPLES
from app.core.extract.fact_reported import reported_words

# The prepositions that give the feeling its cause or object.
_CAUSES = frozenset("by at over with about".split())
# The participles as a sentence writes them: in lower case after a comma,
# capitalised opening it.
WATCHED = FEELING_PARTICIPLES | frozenset(w.capitalize() for w in FEELING_PARTICIPLES)
# Quirk's particularizers (8.116) that weigh a share of a whole; "in part"
# and "in large part" are read by their last word.
_PARTICULARIZERS = frozenset(
    "largely partly mostly mainly chiefly primarily principally predominantly part".split()
)
# Words that open a cause: "because (of)", "due to", "thanks to", "owing to",
# "driven by", "fueled by", "as a result of".
_CAUSES_OPEN = frozenset("because due thanks owing driven fueled fuelled".split())
# Verbs of aiming in the past, read in an "as" clause ("as she looked to
# put ...", "as the guild sought to ..."), and their participles, read after
# a comma or an "and" (", seeking to shore up ..."): the writer's reading of
# an aim (as `fact_hedges` reads an opening "Seeking to ..., "). Not "tried"
# or "trying": an attempt is an act a reader can check.
_AIMED = frozenset("looked sought hoped aimed scrambled struggled strove angled vied".split())
_AIMING = frozenset(
    "looking seeking hoping aiming scrambling struggling striving angling vying".split()
)
# Nouns of a filing or a text, whose aim is what it asks, no reading: "filed
# a suit on May 3, seeking to block the levy".
_FILINGS = frozenset(
    """
    suit suits lawsuit lawsuits motion motions petition petitions complaint complaints appeal
    appeals bill bills measure measures order orders amendment amendments resolution
    resolutions letter letters request requests
    """.split()
)
WEIGHED = _PARTICULARIZERS | frozenset(w.capitalize() for w in _PARTICULARIZERS) | _AIMED | _AIMING


def feeling_read(tokens: list[str], found: set[str]) -> bool:
    """Whether one of `found` (the words of `WATCHED` among `tokens`, the
    sentence split at spaces) opens a participle clause of feeling: the
    sentence's first word, or a word after a comma, with a preposition of
    cause after it ("Angered by ...", ", dismayed at ...")."""
    for i, t in enumerate(tokens[:-1]):
        if t in found and tokens[i + 1] in _CAUSES:
            if i == 0 if t[0].isupper() else i > 0 and tokens[i - 1][-1:] == ",":
                return True
    return False


def cause_weighed(tokens: list[str], found: set[str]) -> bool:
    """Whether a particularizer (one of `found`, the words of `WEIGHED` among
    `tokens`, the sentence split at spaces) weighs a cause in the writer's
    voice: "Largely because of ...", ", in part because ...", "mainly due
    to", not in someone's reported words."""
    for i, t in enumerate(tokens[:-1]):
        if t in found and _weighs(tokens, i, t.lower()):
            return not reported_words(tokens)
    return False


def _weighs(tokens: list[str], i: int, word: str) -> bool:
    """Whether the particularizer `word` at `i` weighs the cause or the
    purpose after it, or the verb of aiming `word` reads an aim."""
    if word in _AIMED or word in _AIMING:
        return _aim_read(tokens, i, word)
    if word == "part" and not (i and tokens[i - 1].lower() in ("in", "large")):
        return False  # "part of the plan": no weighing
    nxt = tokens[i + 1]
    if nxt == "to" and i + 2 < len(tokens):
        return _purpose(tokens[i + 2])  # "partly to court investors": a purpose weighed
    return nxt in _CAUSES_OPEN or (nxt == "as" and tokens[i + 2 : i + 4] == ["a", "result"])


# Words after "to" that open a noun phrase, not a verb of purpose: "in part
# to the guild", "mostly to them".
_NOT_A_VERB = frozenset(
    "the a an his her their its our my your this that these those some all each every any"
    " him them us me you it one two".split()
)


def _purpose(word: str) -> bool:
    """Whether `word`, after a particularizer and "to", opens a purpose: a
    verb's plain form, in lower case ("partly to court", "largely to
    avoid"; not "in part to clerks", "mostly to Vesk", "partly to the
    guild": to whom, not what for)."""
    w = word.rstrip(",.;:")
    if not w.isalpha() or not w.islower() or w in _NOT_A_VERB:
        return False
    return not w.endswith("s") or w.endswith("ss")


def _aim_read(tokens: list[str], i: int, word: str) -> bool:
    """Whether the verb of aiming `word` at `i`, with "to" and a verb's plain
    form after it, reads an aim: in an "as" clause of at most three words
    before it ("as she looked to put ..."; not "as she looked to the
    crowd"), or as a participle after a comma or an "and" (", seeking to
    shore up ..."), no filing before it ("filed a suit, seeking to block
    ...": what the suit asks)."""
    if tokens[i + 1 : i + 2] != ["to"] or i + 2 >= len(tokens) or not _purpose(tokens[i + 2]):
        return False
    if word in _AIMED:
        clause = tokens[max(0, i - 4) : i]
        return any(
            t.lower() == "as" and not any(u.endswith(",") for u in clause[k:])
            for k, t in enumerate(clause)
        )
    if not (i and (tokens[i - 1].endswith(",") or tokens[i - 1] == "and")):
        return False
    return _FILINGS.isdisjoint(w.rstrip(",.;:") for w in tokens[:i])
