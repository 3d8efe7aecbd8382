"""Positive evidence that a fact stands alone: the last test a sentence
passes before it is offered.

The rules before this one drop sentences that look like something else (an
opinion, a quote, a headline). This one asks the sentence to show, in its
own words, that a reader holding only it knows what it is about:

- a subject that is named: a proper name, a titled person, an institution
  with its name, or a pronoun resolved in [brackets] (`fact_pronouns`). A
  capitalized first word is a name when the article writes it so inside
  its sentences too, or never in lower case ("Debates between ...", no);
- no "the <noun>" that only the sentences before identify ("the bill",
  "the convention"); where the article names one such thing before
  ("the Velmar housing bill"), the fact cites it in brackets instead:
  "[the Velmar housing bill]" (`fact_phrases`, `fact_names`);
- no time relative to the writing ("Tuesday", "last week") that the
  source's date cannot turn into a date in brackets (`fact_dates`);
- no comparison with what the sentences before said ("another", "again",
  "the same", "the other", "both" without its pair, "such a", "later",
  ", however,"), no count without what it counts ("Roe has 653.");
- no "they", "them", "their", "it", "its" before anything named in the
  sentence that it could stand for.

`stands_alone` gives the reason a fact fails, or the bracketed edits that
make it stand.
"""

from __future__ import annotations

import datetime as dt
import re

from app.core.extract.fact_bodies import body_subject_edits
from app.core.extract.fact_complements import WATCHED as COMPLEMENT_WATCHED
from app.core.extract.fact_complements import (
    apology_unsaid,
    complement_edits,
    office_unnamed,
    owned_unnamed_person,
    poll_measured_unnamed,
)
from app.core.extract.fact_dates import dated_edits
from app.core.extract.fact_given import one_name_edit
from app.core.extract.fact_lexicon import (
    CALENDAR,
    NUMBER_WORDS,
    POSSESSIVES,
    SHELL_NOUNS,
    STUCK_ON,
)
from app.core.extract.fact_modified import (
    EPITHET_WATCHED,
    RECORD_WATCHED,
    body_record,
    described_bracket,
    epithet_object,
)
from app.core.extract.fact_names import BEFORE_SURNAME, given_names
from app.core.extract.fact_objects import OBJECT_WATCHED, other_sex_object
from app.core.extract.fact_phrases import (
    ARTICLES,
    NP_ENDS,
    NUMBER_WORD_HEADS,
    VERBISH,
    Edit,
    bare_noun_edits,
    is_proper,
    is_verb,
    names_in,
    plain,
)
from app.core.extract.fact_pointers import DATED, DUMMY_IT_VERBS
from app.core.extract.fact_pollnames import dated_poll, poll_as_of
from app.core.extract.fact_pronouns import honorific_edits
from app.core.extract.fact_referents import referent_edits
from app.core.extract.given_names import is_common_given_name, is_given_name

# A count without what it counts: "Roe has at least 653.", "Quarrow has five,".
# (Each word's first letter comes before its "\b", tested just after it as
# "(?<!\w.)": the engine then skips in C to an "h", a "w" or a "t".)
_COUNT_OF_WHAT = re.compile(
    r"(?:h(?<!\w.)(?:as|ave|ad)|w(?<!\w.)(?:on|ith)|t(?<!\w.)otal of) "
    r"(?:at least |about |nearly |only |just )?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:[.;]|,(?=\s)| and\b)(?!\d)"
)
# First words by which the writer frames or argues: "What has happened is
# ...", "Witness Roe's ...".
_OPENERS = frozenset("What What's What\u2019s Witness Consider Imagine Except".split())
_ROUNDING = frozenset(
    "nearly about almost roughly approximately some just only over under more fewer less".split()
)
_COUNTED = re.compile(r"\d [a-z]")
_SHELL_TOKENS = frozenset(w + p for w in SHELL_NOUNS for p in ("", ",", "."))
_PRONOUNS_BACK = frozenset("they them their theirs it its".split())
_THING_OBJECTS = frozenset(("it", "them"))
# The words `_compares` and `_pronoun_before_name` look for, as written.
_COMPARING = frozenset(
    f + p
    for w in "another again same other others both such later even similar similarly more".split()
    for f in (w, w.capitalize())
    for p in STUCK_ON
)
_COMPARING_WORDS = frozenset(
    "another again similar similarly more later same other others both such".split()
)
_POINTING = frozenset(
    w + p
    for w in "they them their theirs it its him her his he she he's she's he\u2019s she\u2019s".split()
    for p in STUCK_ON
)
_VAGUE_TIME = re.compile(
    r"\b(?:currently|recently|(?:has|have|[\'\u2019]s|[\'\u2019]ve) already|[Ii]n recent (?:days|weeks|months)|these days"
    r"|(?:during|in|for|over|throughout) the (?:month|week|quarter|year))\b|^Now,"
)
_BEFORE_NOUN = frozenset(("the", "a", "an", "of", "and"))
_GROUP_PRONOUNS = frozenset(("they", "them", "their", "theirs"))
_IDIOM_VERBS = frozenset("comes came turns turned seems seemed appears appeared".split())
_PERSON_OBJECTS = frozenset("him her his he she".split())
_PERSON_TOKENS = _POINTING.difference(w + p for w in _PRONOUNS_BACK for p in STUCK_ON)
# The words of the rules `stands_alone` asks that hold for no sentence
# without one of them.
_WATCHED = (
    _COMPARING | _SHELL_TOKENS | _POINTING | OBJECT_WATCHED | EPITHET_WATCHED | RECORD_WATCHED
)


def stands_alone(
    text: str,
    start: int,
    end: int,
    tokens: list[str],
    subject: int,
    resolved: bool,
    published: dt.date | None,
    speaker: bool = False,
    named: list[Edit] | None = None,
) -> tuple[str, list[Edit]]:
    """Why the fact `text[start:end]` (split at spaces: `tokens`, its subject
    at word `subject`) does not stand alone ("subject", "pointer", "time"), or
    "" and the bracketed edits its citation needs. `resolved`: its pronoun
    subject has a person in brackets; `speaker`: so has a closing "..., she
    said."; `named`: what `bare_noun_edits` gave, when the caller has asked
    it already."""
    sentence = text[start:end]
    # (A rule that holds for no sentence without one of its words is asked
    # only when one is there: its words among the sentence's, found once.)
    present = _WATCHED.intersection(tokens)
    if not resolved and not _named_subject(text, tokens, subject):
        return "subject", []
    if tokens[0] in _OPENERS:
        return "opening", []  # "What has happened is ...": the writer's framing
    if "please" in tokens or "Please" in tokens:
        return "opening", []  # "In lieu of flowers, please send ...": a request
    if _vague_time(sentence):
        return "time", []  # "Roe currently leads ...", "In recent weeks, ...": as of when?
    if (
        ", however," in sentence
        or ", too," in sentence
        or sentence.startswith(("In one,", "In one case,"))
        or (not _COMPARING.isdisjoint(present) and _compares(tokens))
        or (not _SHELL_TOKENS.isdisjoint(present) and _owned_shell(tokens))
    ):
        # (", however,": against what the sentences before said; "In one,":
        # one of what they named.)
        return "pointer", []
    if _count_of_what(sentence):
        return "pointer", []
    # (Each test is a pure condition: which fails first changes only the
    # reason. The bare nouns come before the dearer tests below because they
    # fail a third of the sentences that get here, the others a few in a
    # hundred.)
    if named is None:
        named = bare_noun_edits(text, start, tokens, subject)
    if named is None:
        return "pointer", []
    # (The pronouns before the referents: the same reason, at half the cost.)
    if (
        not _POINTING.isdisjoint(present)
        and _pronoun_before_name(text, tokens, resolved or speaker)
    ) or (not OBJECT_WATCHED.isdisjoint(present) and other_sex_object(text, tokens)):
        return "pointer", []  # ("Dana Roe challenged him": who?)
    more = referent_edits(text, start, end, tokens, subject, named)  # "the state", "this approach"
    if more is None:
        return "pointer", []
    named += more
    if (
        (named and described_bracket(text, start, named))
        or (
            not EPITHET_WATCHED.isdisjoint(present)
            and epithet_object(text, start, end, tokens, subject)
        )
        or (
            (named or not RECORD_WATCHED.isdisjoint(present))
            and body_record(text, start, tokens, named)
        )
    ):
        # "[the Quillon talk station]" from "a Quillon talk station"; "Roe
        # trails the Velmaria senator", "vetoed the Senate bill": which, whom?
        return "pointer", []
    if not COMPLEMENT_WATCHED.isdisjoint(tokens):  # (one set test decides most lines)
        kinds = complement_edits(text, start, tokens)  # "her [mayoral] bid"; "his role": in what?
        if (
            kinds is None
            or office_unnamed(tokens)  # ("Roe took office in May": which office?)
            or owned_unnamed_person(tokens)  # ("paid her aide": who?)
            or apology_unsaid(tokens)  # ("and neither apologized.": for what?)
        ):
            return "pointer", []
        named += kinds
    if poll_measured_unnamed(sentence):
        return "pointer", []  # ("since the last Vesk poll": measured in which?)
    body = body_subject_edits(text, start, tokens, subject)  # "[The Vesk Water Board] voted"
    if body is None:
        return "pointer", []  # ("The board voted" after two boards named: which?)
    named += body
    edits = dated_edits(sentence, start, published, text)
    if edits is None and (edits := dated_poll(text, start, end, named, published)) is None:
        return "time", []
    skip = -1
    if not resolved:
        person = one_name_edit(text, start, end, tokens, subject)
        if person is None:
            return "subject", []
        if person:
            edits.append(person)
            skip = person[0]
    others = honorific_edits(text, start, end, skip)  # "Mr. [Lee] Roe" of two Roes
    if others is None:
        return "subject", []
    # "[The Quillon University poll] found ... [as of June 8, 2015].": the findings' date.
    edits = poll_as_of(text, start, end, sorted(edits + others + named), published)
    return ("", edits) if edits is not None else ("time", [])


def _vague_time(sentence: str) -> bool:
    """Whether the sentence places itself at a time only the writing's date
    says ("currently", "recently", "has already", "in recent weeks", "Now,",
    "during the month") and gives no date."""
    if not (
        "rrent" in sentence
        or "recent" in sentence
        or "s already" in sentence
        or "ve already" in sentence
        or " the month" in sentence
        or " the week" in sentence
        or " the quarter" in sentence
        or " the year" in sentence
        or "these days" in sentence
        or sentence.startswith("Now,")
    ):
        return False  # (most sentences: substring tests)
    return _VAGUE_TIME.search(sentence) is not None and DATED.search(sentence) is None


_NP_ENDS_OR_THE = NP_ENDS | ARTICLES


def _named_subject(text: str, tokens: list[str], k: int) -> bool:
    """Whether the subject at word `k` holds a name: a capitalized word (a
    first word only when it is a name, `is_proper`) or a bracket, before its
    verb. "There is/are ..." names what it speaks of after the verb."""
    if tokens[k].lower() in _ROUNDING and k + 1 < len(tokens):
        k += 1  # "Nearly 10,000 jobs ...": the count is the subject
    first = plain(tokens[k])
    if first in ARTICLES:
        return True  # (which one, `_bare_nouns` asks)
    if first[:1].isdigit() or first.split("-", 1)[0].lower() in NUMBER_WORD_HEADS:
        # "Twenty of the 53 hurt were in Quillon Hospital": a count, named by
        # a name after it ("40 clerks resigned" - where?).
        return names_in(text, tokens[k + 1 :])
    if first in ("There", "there") and len(tokens) > k + 1 and tokens[k + 1] in VERBISH:
        return any(t[:1].isupper() for t in tokens[k + 2 :])
    if k and names_in(text, tokens[:k]):
        return True  # "In Quillon, depot workers struck ...": the opening phrase names where
    for j in range(k, min(len(tokens), k + 8)):
        t = tokens[j]
        w = plain(t)
        if not w:
            continue
        if t[0] == "[":
            return True
        if w[0].isupper():
            if w in ARTICLES or w in ("A", "An"):
                continue
            if j == 0 and not is_proper(text, w):
                continue
            return True
        elif j > k and is_verb(w) and tokens[j - 1].lower() not in _NP_ENDS_OR_THE:
            return False  # ("the number of suspended accounts": no verb yet)
    return False


def _count_of_what(sentence: str) -> bool:
    """Whether a count stands without what it counts: "Roe has at least
    653." ("Roe has 503 delegates and Quarrow has 70." says of what)."""
    if not (
        " has " in sentence
        or " have " in sentence
        or " had " in sentence
        or " won " in sentence
        or " with " in sentence
        or "total of " in sentence
    ):
        return False  # (substring tests first: cheaper than the expression)
    m = _COUNT_OF_WHAT.search(sentence)
    return m is not None and _COUNTED.search(sentence, 0, m.start()) is None


def _compares(tokens: list[str]) -> bool:
    """Whether the sentence compares with what the sentences before said:
    "another", "again", "the same", "the other", "other <things>", "both"
    without its "and", "such a"."""
    if _COMPARING.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    low = list(map(str.lower, map(plain, tokens)))
    if low[0] in ("other", "others", "even", "similar"):
        return True  # "Other candidates ...", "Even Roe ...": other than whom?
    for i, w in enumerate(low):
        if w not in _COMPARING_WORDS:
            continue  # (most words: each test below asks for one of these)
        if w == "another" and "one" not in low[:i]:
            return True
        if w in ("again", "similar", "similarly"):
            return True
        if (
            w == "more"
            and i
            and (tokens[i - 1][:1].isdigit() or low[i - 1] in NUMBER_WORDS)
            and (i + 1 >= len(low) or low[i + 1] != "than")
        ):
            return True  # "Five more seats ...": more than which?
        if w == "later" and not (
            i + 2 < len(low) and low[i + 1] in ("in", "on") and tokens[i + 2][:1].isdigit()
        ):
            return True  # "Roe later left": after what? ("later in 2019" says)
        if w in ("same", "other", "others") and i and low[i - 1] in ("the", "that", "those"):
            return True
        if w == "other" and i + 1 < len(low) and low[i + 1] != "than" and low[i - 1] != "among":
            return tokens[i + 1][:1].islower() and low[i + 1].endswith("s")
        if w == "both" and "and" not in low[max(0, i - 5) : i + 6]:
            return True
        if w == "such" and i + 1 < len(low) and low[i + 1] != "as" and tokens[i + 1][:1].islower():
            return True  # "such a levy", "no such praise"
    return False


def _name_after_comma(tokens: list[str], j: int) -> bool:
    """Whether the phrase holding word `j` ends with a comma and a name."""
    for c in range(j, min(len(tokens) - 1, j + 12)):
        if tokens[c][-1] == ",":
            name = plain(tokens[c + 1])
            return name[:1].isupper() and name not in ARTICLES and name not in CALENDAR
    return False


def _owned_shell(tokens: list[str]) -> bool:
    """Whether a name's or a pronoun's shell noun stands for something said
    before: "Roe's offer", "her remarks" ("Roe's offer to resign" says what
    it is)."""
    # (Only the words before a shell noun are read: each place of each shell
    # noun present, found by list methods, in C; the first word has no word
    # before it.)
    for shell in _SHELL_TOKENS.intersection(tokens):
        j = 0
        for _ in range(tokens.count(shell) - (tokens[0] == shell)):
            j = tokens.index(shell, j + 1)
            t = tokens[j - 1]
            owner = t.endswith(("'s", "\u2019s")) and t[:1].isupper()
            if owner or t.lower() in POSSESSIVES:
                nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
                if not (shell[-1].isalpha() and nxt in ("to", "that", "of", "about")):
                    return True
    return False


def _pronoun_before_name(text: str, tokens: list[str], resolved: bool) -> bool:
    """Whether "they", "them", "their", "it" or "its" comes before anything
    named in the sentence it could stand for: "Roe won it", "... and their
    votes" are fine after a name; "The tally of their votes ..." is not.
    (`resolved`: the subject is a person named in brackets.)"""
    found = _POINTING.intersection(tokens)
    if not found:
        return False  # (most sentences: one set test)
    asks_person = not _PERSON_TOKENS.isdisjoint(found)  # (else whether a word is a person's: moot)
    # Only the words up to the last pronoun matter.
    last = len(tokens) - 1 - min(map(tokens[::-1].index, found))
    named = resolved  # a name or a noun before
    thing = False  # a common noun before, that "it" or "them" may stand for
    person = resolved  # a person's name before, for "him" and "her"
    names: list[tuple[int, str]] = []  # names before, not yet asked whether a person's
    plural = resolved  # a name or a plural before, for "they" and "their"
    acted = False  # past the first verb: a noun before it is the subject, not "it"
    for j in range(last + 1):
        t = tokens[j]
        w = plain(t)
        if not w:
            continue
        if w[0].islower():
            low = w.lower()
            if not acted and j and is_verb(low):
                acted = True
                thing = False  # ("The board approved it": not the board)
                continue
            if low in _GROUP_PRONOUNS and not plural:
                return True  # "The tally of their votes ...": whose?
            if low in _PRONOUNS_BACK:
                nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
                if (
                    (j and tokens[j - 1].lower() in DUMMY_IT_VERBS)
                    or nxt in _IDIOM_VERBS
                    or (low == "it" and nxt in VERBISH and "to" in tokens[j + 2 :])
                ):
                    # "made it clear", "when it comes to", "it would cost $3
                    # million to close the depot": no thing named before.
                    continue
                # ("it" before a verb is a clause's subject: "Roe said it has
                # ...", for whatever the sentence names.)
                obj = low in _THING_OBJECTS and not (nxt in VERBISH and low == "it")
                if not named or (obj and not thing):
                    return True
                continue
            if low in _PERSON_OBJECTS and j and not person:
                # (Whose the names before are, asked here only, by their words
                # first, then by the article's mentions of each: a pass over
                # the article a name.)
                person = any(_persons_name(tokens, i, name) for i, name in names) or any(
                    given_names(text, name.removesuffix("'s").removesuffix("\u2019s"))
                    for _, name in names
                )
                if not person:
                    # ("Making her way in, Dana Roe ...": the name comes after the comma.)
                    return not _name_after_comma(tokens, j)
            if j and tokens[j - 1].lower() in _BEFORE_NOUN:
                named = thing = True  # "the depot ... it", "the clerks ... their"
                plural = plural or (w.endswith("s") and not w.endswith("ss"))
            elif j and w.endswith("s") and not w.endswith("ss"):
                thing = plural = True  # a plural: "Roe hired clerks and paid them"
        elif t[0] == "[" or (w[0].isupper() and w not in ARTICLES and (j or is_proper(text, w))):
            named = plural = True
            if asks_person and not person and not w.isupper() and not _after_the(tokens, j):
                names.append((j, w))  # (an acronym, "The Velmar Guild" are an institution's)
        elif j and t[0].isdigit():
            named = thing = plural = True
    return False


def _after_the(tokens: list[str], j: int) -> bool:
    """Whether the run of capitalized words holding word `j` opens after
    "the": an institution's name ("the Velmar Guild"), not a person's."""
    while j and tokens[j - 1][:1].isupper() and tokens[j - 1][-1].isalpha():
        j -= 1
        if tokens[j] == "The":
            return True
    return bool(j) and tokens[j - 1] == "the"


def _persons_name(tokens: list[str], j: int, w: str) -> bool:
    """Whether the name `w` (word `j`) is a person's by its words: a given
    name (a first word only when a common one) or a surname after a title.
    (Else a surname the article gives with a given name is one: "Flush with
    cash, he ..." is not.)"""
    return (is_given_name(w) and (j > 0 or is_common_given_name(w))) or (
        j > 0 and tokens[j - 1] in BEFORE_SURNAME
    )
