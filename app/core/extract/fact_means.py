"""The writer's account of how a result came about: "by" with a verb's
"-ing" form, a means adjunct (Quirk et al., A Comprehensive Grammar of
the English Language, 1985: the process adjuncts of means), in the
writer's own voice ties an outcome to the act the writer holds caused it
("Roe has won the backing of thousands by echoing ...", "By voting to delay
the levy, the council knocked out a pillar of ...", "Roe earned some
goodwill by raising money for ..."); so do "thanks to" and "on the
strength of" ("Roe thrilled voters on the strength of ..."). The outcome
so told is the writer's reading; the acts are facts where a line states
them alone.

Not the writer's account:

- someone's reported words ("Roe said the board saved $2 million by
  closing ...", "according to"): that person's claim;
- the means of an intention the line reports, after an infinitive
  ("rejected Roe's offer to make an exception by allowing ...", "plans to
  cut costs by closing ..."): what was offered or planned, not how a
  result came about;
- a noun in "-ing" ("by morning", "by nothing"), a capitalized word or a
  compound ("caught short by up-and-coming rivals").

Grammatical words only; none is taken from the articles.
"""

from __future__ import annotations

from app.core.extract.fact_reported import reported_words

# Nouns ending in "-ing" that are no verb's form ("by morning", "is
# something").
_ING_NOUNS = frozenset(
    "morning evening nothing something anything everything spring string thing ceiling".split()
)


def ing_form(word: str) -> bool:
    """Whether `word` (stripped of its punctuation) is a verb's "-ing" form
    as written in lower case, not a noun in "-ing"."""
    return (
        len(word) > 4
        and word.endswith("ing")
        and word.isalpha()
        and word.islower()
        and word not in _ING_NOUNS
    )


# Words that may stand between "by" and its verb: "by simply echoing",
# "by not voting".
_BETWEEN = frozenset(("not", "never", "simply", "only", "also", "again"))
# The words the means are told by: "by", "thanks to", "on the strength of".
_TRIGGERS = frozenset(("by", "By", "thanks", "Thanks", "strength"))


def by_means(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) tells, in the
    writer's voice, the means by which a result came about: "by" and a
    verb's "-ing" form ("won the support of millions by echoing ...") with
    no infinitive before it, "thanks to" or "on the strength of"; not in
    someone's reported words."""
    if _TRIGGERS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    last = len(tokens) - 1
    for i, t in enumerate(tokens[:-1]):
        if t in ("thanks", "Thanks"):
            told = tokens[i + 1] == "to"
        elif t == "strength":
            told = i > 1 and tokens[i - 2 : i] == ["on", "the"] and tokens[i + 1] == "of"
        elif t == "by" or (t == "By" and not i):
            j = i + 1 if tokens[i + 1] not in _BETWEEN or i + 1 == last else i + 2
            told = ing_form(tokens[j].rstrip(",.;:"))  # not "by morning"
            if told and "to" in tokens[:i]:
                return False  # "offered to make an exception by allowing ..."
        else:
            continue
        if told:
            return not reported_words(tokens)
    return False
