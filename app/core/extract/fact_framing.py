"""The writer's framing: a sentence built to interpret, not to report.

Read from its grammar, not its topic:

- an abstract "shell" noun as the subject of "to be" ("The dilemma for
  Roe is ...", "The problem was that ...", "One reason is ...") or of
  "there is/are" ("There are two reasons the board ..."): the writer
  names what the facts amount to;
- a chance held ("Roe has a real chance to ...", "a shot at"): a
  possibility weighed, a prediction;
- a frequency adverb before a passive participle ("is often compared
  to", "is widely described as", "commonly called"): a generalisation
  no one in the line makes;
- "marks"/"represents" with an indefinite noun ("marked a turning
  point", "..., marking a proud day"): a significance the writer
  gives; "marked the first time" and a figure ("marked a 10 percent
  rise") stay;
- "continued to" with a verb of suggesting ("continued to suggest", "to
  insist"): a summary of many acts, none of them dated.

Someone's reported words ("Roe said the dilemma is ...", "according to")
are that person's claim, and stay.

The shell nouns are those Schmid lists as the most frequent in
English Abstract Nouns as Conceptual Shells (Hans-Jörg Schmid, Mouton de
Gruyter, 2000, table 4.1), with the "chance" family of Hunston and
Francis, Pattern Grammar (John Benjamins, 2000, ch. 4); the frequency
adverbs are the "usuality" adjuncts of Quirk et al., A Comprehensive
Grammar of the English Language (1985, 8.64). A short list of common
grammatical words from published grammars; no word is taken from the
articles.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import reported_words
from app.core.extract.lexicon import BE_FORMS

# Shell nouns (Schmid 2000): the noun stands for a proposition the rest of
# the sentence gives.
_SHELLS = frozenset(
    """
    problem problems reason reasons question questions issue issues dilemma dilemmas
    irony paradox challenge challenges difficulty difficulties danger dangers risk risks
    trouble truth lesson lessons point upshot message takeaway catch twist key answer
    hope fear worry concern concerns thing things idea goal aim strategy calculation
    bet gamble hurdle hurdles obstacle obstacles stakes
    """.split()
)
_BE = frozenset("is are was were remains remained becomes became".split())
# Words between a determiner and its shell noun: "The real problem", "The
# biggest question for Roe" (any adjective; at most two).
_DETERMINERS = frozenset("the a an one another his her their its our this that".split())
# "There are two primary reasons ...": the existential with a shell noun.
_THERE = frozenset(("There", "there"))
# A chance held: "has a chance", "have a real shot", "had an opening".
_HAVE = frozenset("has have had having gets get got stands".split())
_AFTER_CHANCE = frozenset("to at of for in with on against".split())
_CHANCE_NOUNS = frozenset(("chance", "chances", "shot", "opening", "path"))
_CHANCES = frozenset(w + p for w in _CHANCE_NOUNS for p in STUCK_ON)
# Adverbs of usuality (Quirk et al. 8.64) before a passive participle.
_USUALLY = frozenset(
    f
    for w in "often frequently commonly widely generally routinely usually typically".split()
    for f in (w, w.capitalize())
)
_IRREGULAR_PARTICIPLES = frozenset(
    "seen known held thought described called compared cited viewed regarded dubbed".split()
)
_PREPOSITIONS = frozenset("in of on at for to by with from as".split())
_SIGNIFYING = frozenset(
    """
    marks marked marking represents represented representing constitutes constituted
    constituting signals signaled signaling signalled signalling
    """.split()
)
_CONTINUED = frozenset("continued continues continue continuing".split())
_SUGGESTING = frozenset("suggest insist hint imply signal maintain".split())
WATCHED = (
    frozenset(w + p for w in _SHELLS for p in STUCK_ON)
    | _CHANCES
    | _USUALLY
    | _SIGNIFYING
    | _CONTINUED
)


def framed(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) frames rather than
    reports, in the writer's own voice: a shell noun as the subject of "to
    be" or after "there is/are", a chance held, a frequency adverb before a
    participle, "marked a ...", "continued to suggest", an analogy ("Much
    like ..., ", "Just as ...") or a kind of people for its subject
    ("Candidates like Roe never ...") or of places for its setting ("In
    towns like Velmar, ...")."""
    first = tokens[0]
    if (first in _ANALOGY_OPENERS or tokens[1] in _ANALOGY_STARTS) and _analogy(tokens):
        return not reported_words(tokens)
    if first[-1] == "s" and tokens[1] in ("like", "such") and _kind_subject(tokens):
        return not reported_words(tokens)
    if first in ("In", "At") and len(tokens) > 3 and tokens[2] in ("like", "such"):
        # "In places like Velmar, Roe ...": a kind of place, a generalisation.
        if _kind_subject([tokens[1].capitalize(), *tokens[2:]]):
            return not reported_words(tokens)
    found = WATCHED.intersection(tokens)
    if not found:
        return False  # (most sentences: one set test)
    for i, t in enumerate(tokens):
        if t not in found:
            continue
        if _frame_at(tokens, i, t) and not reported_words(tokens, i):
            return True
    return False


def _frame_at(tokens: list[str], i: int, t: str) -> bool:
    """Whether the watched word `t` at `tokens[i]` frames the sentence."""
    nxt = tokens[i + 1].rstrip(",.;:") if i + 1 < len(tokens) else ""
    word = t.rstrip(",.;:").lower()
    if word in _SHELLS:
        return _shell_subject(tokens, i, nxt)
    if word in _CHANCE_NOUNS:
        # "has a real chance to", "has a shot at": not "a chance meeting".
        j = i - 1
        while j > i - 4 and j >= 0 and tokens[j] not in _HAVE:
            j -= 1
        if j < 0 or tokens[j] not in _HAVE or (j and tokens[j - 1] == "will"):
            return False  # ("will have a chance to vote on Tuesday": a schedule)
        # (A preposition or nothing after it: not "a chance meeting".)
        return nxt in _AFTER_CHANCE or t[-1] in ".,;:"
    if t in _USUALLY:
        # A passive: after "is"/"been" ("is often compared"), or before
        # "as"/"to"/"by" ("a plan often compared to"); not "Roe routinely
        # netted $1,000": an act, counted.
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        return (nxt.endswith("ed") or nxt in _IRREGULAR_PARTICIPLES) and (
            (i > 0 and tokens[i - 1] in BE_FORMS) or after in ("as", "to", "by")
        )
    if t in _SIGNIFYING:
        # "marked a turning point" (not "marked the first time", "marks a
        # 10 percent rise": what is counted).
        rest = tokens[i + 1 : i + 5]
        return nxt in ("a", "an") and not any(c.isdigit() for r in rest for c in r)
    if t in _CONTINUED:
        return nxt == "to" and i + 2 < len(tokens) and tokens[i + 2].rstrip(",.") in _SUGGESTING
    return False


def _shell_subject(tokens: list[str], i: int, nxt: str) -> bool:
    """Whether the shell noun at `tokens[i]` heads the subject of "to be"
    ("The problem is", "The biggest question for Roe was") or follows
    "there is/are" ("There are two reasons")."""
    # Back to the determiner over at most two modifiers: the sentence's
    # subject opens the sentence or follows a comma.
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].lower() not in _DETERMINERS:
        if tokens[j].endswith(",") or tokens[j] in _BE:
            break
        j -= 1
    if j >= 1 and tokens[j] in _BE and tokens[j - 1] in _THERE:
        # "There are two primary reasons ..." (not "there were in fact ...").
        return _PREPOSITIONS.isdisjoint(tokens[j + 1 : i])
    if j < 0 or tokens[j].lower() not in _DETERMINERS:
        return False
    if j > 0 and not tokens[j - 1].endswith(","):
        return False  # not the sentence's subject: "Roe raised the issue ..."
    # Its verb: "is" right after, or after its complement, "for Roe", "of
    # the plan", "behind the Roe-Vesk ticket" (up to five words).
    for k in range(i + 1, min(i + 7, len(tokens))):
        if tokens[k].rstrip(",") in _BE:
            return True  # (also "The problem is, in a sense, ...")
        if tokens[k].endswith(",") or tokens[k][:1].isdigit():
            return False
    return False


# Openers of an analogy the writer draws: "Much like Roe in 2004, ...",
# "Just as the levy did, ...", after a conjunction or not ("Yet, much like").
_ANALOGIES = (("much", "like"), ("much", "as"), ("just", "as"), ("just", "like"))
_ANALOGY_STARTS = frozenset(first for first, _ in _ANALOGIES)
_ANALOGY_OPENERS = _ANALOGY_STARTS | {w.capitalize() for w in _ANALOGY_STARTS}


def _analogy(tokens: list[str]) -> bool:
    """Whether the sentence opens (past a conjunction) with an analogy:
    "Much like ...", "Just as ..."."""
    i = 1 if tokens[0].rstrip(",") in ("Yet", "But", "And", "So") else 0
    if i + 1 >= len(tokens):
        return False
    return (tokens[i].lower(), tokens[i + 1]) in _ANALOGIES


def _kind_subject(tokens: list[str]) -> bool:
    """Whether the subject is a kind of thing or people shown by example,
    a generalisation no one is named in: "Candidates like Roe and Quarrow
    never ...", "States such as Velmar ..." (a capitalized plural noun
    opening the sentence, then "like" or "such as")."""
    first = tokens[0]
    if len(tokens) < 3 or not (first.endswith("s") and first[1:].islower() and first[0].isupper()):
        return False
    return tokens[1] == "like" or (tokens[1] == "such" and tokens[2] == "as")
