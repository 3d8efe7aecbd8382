"""Acts whose object or occasion only the sentences before give, read from
a sentence alone: a verb that needs what it answers, what hurt someone or
whom money went to, said without it ("The board responded by cutting
fees", "Three clerks were injured Tuesday", "Roe donated $5,000", "The
guild followed suit"); and an episode called by a person's name alone
("the Roe controversy", "the Roe rally": which one?). A fact holding one
does not stand alone: the sentence carries no bracket that could name an
act, so it is not offered.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.extract.fact_described import STRIP
from app.core.extract.fact_lexicon import STUCK_OR_OWNED
from app.core.extract.lexicon import BE_FORMS

# Verbs that answer something: "responded to the audit" says to what.
_ANSWERING = frozenset(
    "respond responds responded responding react reacts reacted reacting retaliate retaliates"
    " retaliated".split()
)
# Words that end the stretch after such a verb in which its "to" is looked
# for: a clause's or a phrase's end ("responded by cutting fees to ...": the
# "to" is the cutting's).
_ANSWER_ENDS = frozenset("by with and but while as after when because since".split())
# Harms told in the passive, whose cause a reader needs: "were injured in a
# blast", "was hurt when the roof fell".
_HARMED = frozenset("injured wounded hurt killed".split())
# Words that open a harm's cause ("in the blast", "by a car", "when the
# roof fell"); "in" only before a common noun or a determiner ("injured in
# Quillon" says where, not in what).
_CAUSE_WORDS = frozenset("by when during after while as from at amid following".split())
_RELATIVES = frozenset(("which", "where", "whom"))
# Giving money, whose receiver a reader needs: "donated $5,000 to the guild".
_GIVING = frozenset(
    "donated donates donate contributed contributes contribute gave pledged".split()
)
# Phrasal verbs that join or follow what the sentences before told of, with
# what they need after them: "signed on to the plan", "took part in the
# march"; "followed suit" never says what it followed.
_JOINING = {
    ("signed", "on"): ("to", "as", "with", "for"),
    ("took", "part"): ("in",),
    ("joined", "in"): (),
    ("followed", "suit"): (),
    ("fell", "short"): ("of",),
    ("fallen", "short"): ("of",),
    ("falls", "short"): ("of",),
    ("opted", "out"): ("of",),
}
_JOINING_FIRST = frozenset(first for first, _ in _JOINING)
# Episodes a person's name alone does not identify: "the Roe rally" (which
# one?). A place's name does ("the Quillon rally"), and so a name no given
# name goes with; and one a person suffers ("the Roe shooting") is named by
# its victim.
EPISODES = frozenset(
    """
    controversy scandal affair flap dispute feud incident episode saga remarks comments
    rally speech interview gaffe gift donation
    """.split()
)
# The words looked for, as written: "rally", "rally,", "rally's".
_WATCHED_TOKENS = frozenset(
    w + p for w in _ANSWERING | _HARMED | _GIVING | _JOINING_FIRST for p in STUCK_OR_OWNED
)
_EPISODE_TOKENS = frozenset(w + p for w in EPISODES for p in STUCK_OR_OWNED)
# (Exported for a caller that finds every rule's words in one set operation.)
IMPLICIT_WATCHED = _WATCHED_TOKENS
EPISODE_WATCHED = _EPISODE_TOKENS


def implicit_object(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) answers, harms,
    gives or joins without saying to what, in what, to whom or what: "The
    board responded by cutting fees", "Three clerks were injured Tuesday",
    "Roe donated $5,000.", "Velmar signed on.", "Roe fell short."
    ("responded to the audit", "were injured in a blast", "donated $5,000
    to the guild", "signed on to the plan" say)."""
    if _WATCHED_TOKENS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    words = [t.strip(STRIP) for t in tokens]
    for i, w in enumerate(words):
        if w in _ANSWERING and not _answered(words, i):
            return True
        if w in _HARMED and i and words[i - 1] in BE_FORMS and not _caused(words, i):
            return True
        if w in _GIVING and _money_next(words, i) and "to" not in words[i + 1 :]:
            return True
        if w in _JOINING_FIRST and i + 1 < len(words):
            needs = _JOINING.get((w, words[i + 1]))
            if needs is not None and (
                not needs or i + 2 >= len(words) or words[i + 2] not in needs
            ):
                return True
    return False


def _answered(words: list[str], i: int) -> bool:
    """Whether the answering verb at word `i` says to what: a "to" before
    its clause or phrase ends ("responded on May 9 to the audit"), or a
    "for" or "against" after a retaliation ("retaliate for the raids")."""
    answers = ("to", "for", "against") if words[i].startswith("retaliat") else ("to",)
    for w in words[i + 1 : i + 8]:
        if w in answers:
            return True
        if w in _ANSWER_ENDS:
            return False
    return False


def _caused(words: list[str], i: int) -> bool:
    """Whether the harm at word `i` is given a cause: after it, "in the
    blast", "by a car", "when the roof fell" ("in Quillon" is where); or
    before it, by a relative ("the blast, in which three clerks were
    killed")."""
    if not _RELATIVES.isdisjoint(words[max(0, i - 5) : i]):
        return True
    for j in range(i + 1, len(words)):
        w = words[j]
        if w in _CAUSE_WORDS:
            return True
        if w == "in" and j + 1 < len(words) and words[j + 1][:1].islower():
            return True
    return False


def _money_next(words: list[str], i: int) -> bool:
    """Whether a sum of money follows the verb at word `i` closely:
    "donated $5,000", "gave more than $1 million"."""
    return any(w.startswith("$") for w in words[i + 1 : i + 4])


def person_episode(tokens: list[str], is_person: Callable[[str], bool]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) speaks of "the
    <Name> <episode>" where the name is a person's (`is_person`, asked of
    the name as written): "the Roe controversy", "the Roe rally" - which
    one, only the sentences before say."""
    if _EPISODE_TOKENS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    for i in range(len(tokens) - 2):
        if tokens[i] not in ("the", "The"):
            continue
        name = tokens[i + 1]
        noun = tokens[i + 2].strip(STRIP)
        if noun.endswith(("'s", "\u2019s")):
            noun = noun[:-2]
        if noun not in EPISODES or not tokens[i + 2][:1].islower():
            continue
        if name[:1].isupper() and name.isalpha() and is_person(name):
            return True
    return False
