"""Things a fact speaks of that only the sentences before identify, read
from the sentence alone (`fact_referents` asks):

- "the very <noun>" with nothing after it to say which ("debated on the
  very day and at the very spot Roe proposed"): the day and place the
  sentences before told of ("the very first", "the very day of the vote",
  "the very day the guild closed" say which);
- a bare count ending the sentence after a verb in the past ("Vesk chose
  four."): four of what the sentences before counted;
- a "that" standing alone after a preposition, a time or a place after it
  ("Roe hinted at that in a news conference", "agreed to that on May 3"):
  what the sentences before said;
- a quarter of a year with no year in the sentence ("raised $2 million in
  the last quarter"): its year only the writing or the sentences before say;
- someone's outcome or office with nothing after it to say which ("on her
  victory.", "resigned his post on May 3"; "her post on the Quillon board"
  and an appositive, "won Quillon, her first victory.", say which);
- an epithet for a person ending the sentence ("a fundraiser for the
  Velmar-born senator.", "an adviser to the front-runner."): whom, only
  the sentences before say ("was named the nominee", "her status as the
  front-runner" tell what someone is, and stay);
- someone's latest or newest one with nothing after it naming which
  ("Roe took her latest prize among the spring fairs."; "her latest
  prize, this time in Quillon" says which);
- a count a name owns with nothing counted ("Roe's 1,414 make up
  half.", "Roe has 739 to Vesk's 465."): of what, only the sentences
  before say, unless a count before it in the line says ("Roe won 503
  delegates to Vesk's 465."); so is a figure someone "comes in at" with
  nothing counted ("Roe comes in at 34.6 million and Vesk at 31
  million", round 58; "comes in at 34.6 million views" says, and so
  does a tally named in the line, "In the Pell count, ...").

- a stop put on something with nothing to say on what ("agreed to a
  10-month moratorium, but ...", "called for a temporary ban."): a
  moratorium, a freeze, an embargo, a boycott, a ban or a crackdown whose
  object only the sentences before name ("a moratorium on new building",
  "a hiring freeze", "an arms embargo", "a ban that covers ..." say).

And the one name a general noun for a body stands for (`named_by_kind`,
asked where `fact_names` and `fact_antecedents` find none): "the agency"
after "the Velmar Housing Bureau", "the organization" after "the Quillon
Tenants Union", by the kinds WordNet gives (`fact_kinds`); with none, or
several, the fact is not offered, as before.
"""

from __future__ import annotations

import re

from app.core.extract import fact_antecedents
from app.core.extract.fact_kinds import KINDS
from app.core.extract.fact_lexicon import (
    CALENDAR,
    EPITHETS,
    POSSESSIVES,
    SHARED_OFFICES,
    YEAR,
    past_tense,
)
from app.core.extract.fact_names import named_before

# Words after "the very" that say which by themselves ("the very first",
# "the very top of").
_VERY_OK = frozenset("first last next best worst few least most top".split())
# Words after a noun that say nothing of which one it is: "on the very day
# and at the very spot" (a complement or a clause would: "the very day of
# the vote", "the very day the guild closed").
_NOTHING_AFTER = frozenset("and or but in at on to for with as".split())
# Prepositions before a "that" that stands alone, and the words after it
# that open a time or a place ("at that in a news conference").
_BEFORE_THAT = frozenset("at to on about with for against over".split())
_AFTER_THAT = frozenset("in on at during".split())


def told_before(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) speaks of a thing or
    a time only the sentences before identify, as the module says."""
    if " very " in sentence and _very_noun(tokens):
        return True
    if sentence[-1] == "." and _bare_count(tokens):
        return True  # "Roe named five, and Vesk chose four.": four what?
    if " in at " in sentence and _COMES_IN_AT.search(sentence) and not _TALLY.search(sentence):
        return True  # "Roe comes in at 34.6 million and Vesk at 31 million": of what?
    if "quarter" in sentence and _undated_quarter(sentence):
        return True  # "Vesk raised $2 million in the last quarter.": of which year?
    if not (_OUTCOMES_STUCK.isdisjoint(tokens) and _OFFICES.isdisjoint(tokens)) and _owned_outcome(
        tokens
    ):
        return True  # "Roe congratulated Vesk on her victory.": which one?
    if tokens[-1].rstrip(".").lower() in _PERSON_NOUNS and _closing_epithet(tokens):
        return True  # "Roe spoke at a fundraiser for the Velmar-born senator.": whom?
    if ("latest" in sentence or "newest" in sentence or "most recent" in sentence) and (
        _owned_latest(tokens)
    ):
        return True  # "Roe took her latest prize among the fairs.": which?
    if ("'s " in sentence or "\u2019s " in sentence) and _owned_count(sentence):
        return True  # "Roe's 1,414 make up half.": of what?
    if not _STOPS_STUCK.isdisjoint(tokens) and _stop_of_nothing(tokens):
        return True  # "Roe agreed to a 10-month moratorium, but ...": on what?
    if "that" in tokens:
        for i in range(1, len(tokens) - 1):
            if (
                tokens[i] == "that"
                and tokens[i - 1] in _BEFORE_THAT
                and tokens[i + 1] in _AFTER_THAT
            ):
                return True  # "Roe hinted at that in a news conference": at what?
    return False


# Nouns for a stop put on something, which say on what only with a
# complement after them ("a moratorium on ...") or a noun before them ("a
# hiring freeze"); the determiners before them and the words between that
# say nothing of on what ("a 10-month moratorium", "a temporary ban").
_STOPS = frozenset(
    "moratorium moratoriums moratoria freeze freezes embargo embargoes boycott boycotts ban bans"
    " crackdown crackdowns".split()
)
_STOPS_STUCK = frozenset(w + p for w in _STOPS for p in ("", ",", ".", ";", ":"))
_STOP_DETERMINERS = frozenset("a an its his her their".split())
_SAYS_NOTHING_OF_WHAT = frozenset(
    """
    temporary total complete partial indefinite immediate permanent blanket outright new full
    brief short long formal voluntary
    """.split()
)
_DURATION = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
    r"-(?:day|week|month|year)$"
)
# Words after the noun that open its complement or a clause saying what it
# stops ("a ban on ...", "a freeze that covers ..."); "in" or "on" with a
# time after it ("in 2010", "on May 3") says only when.
_STOP_COMPLEMENTS = frozenset(
    "on of against to for over from at into that which covering targeting in".split()
)


def _stop_of_nothing(tokens: list[str]) -> bool:
    """Whether a determiner and, at most, two words that say nothing of
    on what (`_SAYS_NOTHING_OF_WHAT`, a duration: "10-month") come before a
    noun for a stop (`_STOPS`) that nothing after says on what: the noun
    ends its clause, or the next word opens no complement ("in" or "on"
    before a time opens none)."""
    for i, t in enumerate(tokens):
        word = t.rstrip(",.;:")
        if word not in _STOPS:
            continue
        j = i - 1
        while (
            j >= 0
            and i - j <= 3
            and (tokens[j] in _SAYS_NOTHING_OF_WHAT or _DURATION.match(tokens[j]))
        ):
            j -= 1
        if j < 0 or tokens[j].lower() not in _STOP_DETERMINERS:
            continue  # ("a hiring freeze", "the ban": another rule's, or it says)
        if t == word and i + 1 < len(tokens):
            after = tokens[i + 1].rstrip(",.;:")
            if after in _STOP_COMPLEMENTS and not _time_next(tokens, i + 1):
                continue
        return True
    return False


# Nouns for a person, an office held by several or none ("the senator",
# "the front-runner"), and the words before "the <noun>" that make it what
# someone is or becomes rather than whom a fact speaks of ("as the
# front-runner", "was named the nominee").
_PERSON_NOUNS = EPITHETS | SHARED_OFFICES
_PREDICATING = frozenset(
    """
    as is was are were be been being become became becomes remain remains remained named elected
    appointed chosen called crowned
    """.split()
)


def _closing_epithet(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) ends with "the",
    at most three words, and a noun for a person (`_PERSON_NOUNS`), not as
    what someone is ("as the front-runner."), after a word in lower case:
    "for the Velmar-born senator."."""
    if tokens[-1][-1] != ".":
        return False
    for k in range(len(tokens) - 2, max(0, len(tokens) - 6), -1):
        t = tokens[k]
        if t.lower() == "the":
            return tokens[k - 1].lower() not in _PREDICATING and tokens[k - 1].islower()
        if t[-1] in ",;:" or t.lower() in ("of", "and", "or", "a", "an"):
            return False
    return False


# A quarter of a year a determiner points to ("in the last quarter", "the
# second quarter", "this quarter"), with no year after ("of 2015"): its
# year only the writing or the sentences before say.
_QUARTER = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat) (?:(?:first|second|third|fourth|final|last"
    r"|previous|same|current|latest|fiscal|calendar) )*quarter\b(?!-| of\b)"
)


def _undated_quarter(sentence: str) -> bool:
    """Whether the sentence speaks of a quarter of a year with no year in
    it: "in the last quarter", "the second quarter's sales"."""
    return _QUARTER.search(sentence) is not None and YEAR.search(sentence) is None


# Outcomes and offices someone's own, which one only the sentences before
# say when nothing follows the noun: "congratulated Roe on her victory.",
# "Vesk resigned his post." ("her victory in the Quillon primary" says).
_OUTCOMES = frozenset("victory victories win wins defeat loss position post".split())
_OUTCOMES_STUCK = frozenset(w + p for w in _OUTCOMES for p in ".,;:")
# Offices, which a time after says nothing of either: "resigned her post
# on May 3" ("her post as mayor", "her post on the board" say which; a
# seat is the one its holder, named in the line, held: "Vesk resigned,
# and Roe took her seat").
_OFFICES = frozenset("position post".split())
_TIME_LEADS = frozenset("on in last this".split())


def _time_next(tokens: list[str], k: int) -> bool:
    """Whether the words from `k` open a time: "on May 3", "in 2015",
    "Tuesday"."""
    words = [t.strip(",.;:") for t in tokens[k : k + 2]]
    if words and words[0] in CALENDAR:
        return True
    return (
        len(words) == 2
        and words[0] in _TIME_LEADS
        and (words[1] in CALENDAR or (words[1].isdigit() and len(words[1]) == 4))
    )


def _owned_outcome(tokens: list[str]) -> bool:
    """Whether a possessive (with at most one word between) owns an outcome
    or an office that ends its clause ("on her first victory."), and not as
    an appositive after a comma ("won Quillon, her first victory." says
    which)."""
    for i in range(1, len(tokens)):
        if tokens[i] not in _OUTCOMES_STUCK and not (
            tokens[i] in _OFFICES and _time_next(tokens, i + 1)
        ):
            continue
        for j in (i - 1, i - 2):
            if j < 1:
                continue
            owner = tokens[j]
            if owner.lower() in POSSESSIVES or (
                owner.endswith(("'s", "\u2019s")) and owner[:1].isupper()
            ):
                if not tokens[j - 1].endswith((",", "\u2014", "-")):
                    return True
                break
    return False


# "latest", "newest" and "most recent" after an owner: the last of a
# series only the sentences before tell.
_LATEST = frozenset(("latest", "newest", "recent"))
# Prepositions that, before a name, say which one: "win in Quillon", "win
# over Vesk".
_WHICH_LEADS = frozenset("in over against of for at from on".split())


def _owned_latest(tokens: list[str]) -> bool:
    """Whether an owner ("her", "Roe's") has a "latest", "newest" or "most
    recent" noun and nothing after it names which: no name after a
    preposition ("in Quillon", "over Vesk"), no quoted title, no name set
    off right after it."""
    for i in range(1, len(tokens) - 1):
        w = tokens[i]
        if w not in _LATEST or (w == "recent" and tokens[i - 1] != "most"):
            continue
        owner = tokens[i - 1] if w != "recent" else tokens[i - 2] if i > 1 else ""
        if not (
            owner.lower() in POSSESSIVES or (owner[:1].isupper() and owner.endswith(_OWNED_ENDS))
        ):
            continue
        noun = tokens[i + 1].rstrip(",.;:")
        if not (noun.isalpha() and noun.islower()):
            continue  # "her latest, ...", "its latest Quillon poll": a name says which
        if not _names_which(tokens, i + 2):
            return True
    return False


_OWNED_ENDS = ("'s", "\u2019s", "s'", "s\u2019")
_QUOTE_OPENERS = ('"', "\u201c", "'", "\u2018")


def _names_which(tokens: list[str], j: int) -> bool:
    """Whether the words from `j` name which one the noun before them is: a
    name after a preposition ("in Quillon", "over the Velmar Guild"), or a
    quoted title or a name right after it or set off by the first comma
    after it ("latest rival, Tova Vesk,")."""
    if j < len(tokens) and (tokens[j][:1].isupper() or tokens[j].startswith(_QUOTE_OPENERS)):
        return tokens[j].strip(",.;:") not in CALENDAR
    for x in range(j - 1, len(tokens) - 1):
        if tokens[x][-1] == ",":
            # "her latest rival and ally, Tova Vesk,": the name set off after it
            nxt = tokens[x + 1]
            if nxt[:1].isupper() and nxt.strip(",.;:") not in CALENDAR:
                return True
            break
    for x in range(j, len(tokens) - 1):
        if tokens[x].strip(",") not in _WHICH_LEADS:
            continue
        nxt = tokens[x + 1]
        if nxt.lower() == "the" and x + 2 < len(tokens):
            nxt = tokens[x + 2]
        if nxt[:1].isupper() and nxt.strip(",.;:") not in CALENDAR:
            return True
    return False


# A figure a name owns, as written, and what is stuck on its end: "1,414",
# "465", "977)".
_FIGURE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)([,.;:)]*)(?=\s|$)")
# What follows a count that counts nothing: a bracket, a verb, "and", "to".
_NOTHING_COUNTED = (" (", " and ", " are ", " is ", " was ", " were ", " to ")
# A count with its noun before: "503 delegates" ("739 to Vesk's 465" is a
# tally of two counts, no noun).
_COUNTED = re.compile(r"\d (?!to [A-Z])[a-z]")


def _owned_count(sentence: str) -> bool:
    """Whether a count a name owns counts nothing ("Roe's 1,414 (to
    Vesk's 977) make up ...", "has 739 to Vesk's 465 and Brask's 143"): a
    stop, a bracket or a verb after it, and no count with its noun before it
    in the line ("Roe won 503 delegates to Vesk's 465" says). (Read from
    each "'s " the sentence holds: most hold none before a figure.)"""
    for mark in ("'s ", "\u2019s "):
        at = sentence.find(mark)
        while at > 0:
            after = at + 3
            if sentence[after : after + 1].isdigit() and _counts_nothing(sentence, at, after):
                return True
            at = sentence.find(mark, after)
    return False


def _counts_nothing(sentence: str, at: int, after: int) -> bool:
    """Whether the figure at `after`, owned by the word ending at `at`, is
    a count of nothing named in the line: see `_owned_count`."""
    if not sentence[sentence.rfind(" ", 0, at) + 1 : at][:1].isupper():
        return False  # "it's 5", "the group's 40": no name owns it
    m = _FIGURE.match(sentence, after)
    if m is None or (len(m.group(1)) == 4 and YEAR.fullmatch(m.group(1))):
        return False  # "2.5", "9/11"; a year: "Roe's 2016 race"
    if not (m.group(2) or sentence.startswith(_NOTHING_COUNTED, m.end())):
        return False  # "Roe's 40 clerks": something counted
    return _COUNTED.search(sentence, 0, at) is None


# A figure someone "comes in at" with nothing counted after it: a place in
# a tally the sentences before name ("Roe comes in at 34.6 million.").
_COMES_IN_AT = re.compile(
    r"\b(?:comes?|came|coming) in at (?:about |nearly |roughly |around |just )?"
    r"\d[\d.,]*(?: (?:thousand|million|billion|trillion))?(?=[,.;](?:\s|$)|$| and\b| \[)"
)
# A tally the line names ("In the Pell count, Roe comes in at 2.7 million").
_TALLY = re.compile(r"\b(?:count|tally|ranking|rankings|list|index|poll|polls|survey|average)\b")


# Counts written as words, that a bare count at a sentence's end may be.
_COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen".split()
)


def _bare_count(tokens: list[str]) -> bool:
    """Whether the sentence ends with a verb in the past and a count with
    nothing counted ("Roe chose four.", "Vesk picked 12."), and counts
    nothing else with a noun before ("Roe named five people, Vesk chose
    four." says five what)."""
    count = tokens[-1][:-1]
    if len(tokens) < 2 or not (count in _COUNT_WORDS or (count.isdigit() and len(count) < 4)):
        return False  # (most sentences: a word that is no count)
    if not past_tense(tokens[-2]):
        return False
    for i in range(len(tokens) - 2):
        t = tokens[i]
        if (t in _COUNT_WORDS or t.isdigit()) and tokens[i + 1][:1].islower():
            return False  # "five people": the count before says what is counted
    return True


def _very_noun(tokens: list[str]) -> bool:
    """Whether a "the very <noun>" says nothing after its noun of which one
    it is: "on the very day and at the very spot" ("the very first", "the
    very day of the vote" say)."""
    for i in range(len(tokens) - 2):
        if tokens[i].lower() != "the" or tokens[i + 1] != "very":
            continue
        word = tokens[i + 2]
        noun = word.rstrip(",.;:")
        if not (noun.isalpha() and noun.islower()) or noun in _VERY_OK or noun.endswith("est"):
            continue
        if word == noun and i + 3 < len(tokens) and tokens[i + 3] not in _NOTHING_AFTER:
            continue  # "the very day of the vote", "the very day the guild closed": which, it says
        return True
    return False


# How far before a fact the one body of the kind must be named last: two or
# three sentences (past that, the story may have turned to another).
_NEAR = 600


def named_by_kind(text: str, at: int, words: str, start: int) -> tuple[str, int] | None:
    """The one name the article gives, a few sentences before `start`, to a
    body of the kind "the <noun>" (`words`: "the agency", "the
    organization", "the firm") calls it by: a name whose last noun is of
    that kind (`fact_kinds`: "the Velmar Housing Bureau" for "the agency",
    "the Quillon Tenants Union" for "the organization"), with where it is
    given last; None when there is none or several, or when the article
    speaks of the noun otherwise than as "the <noun>" before (an "agency",
    an "advocacy organization": maybe another one)."""
    noun = words[words.rfind(" ") + 1 :].lower()
    heads = KINDS.get(noun)
    if heads is None or words.count(" ") != 1:
        return None  # (most nouns: one lookup)
    if fact_antecedents.the_mentions(text, noun, start) is None:
        return None  # "an advocacy organization": maybe another one
    lo = max(0, start - _NEAR)
    near = text[lo:start]
    names: dict[str, int] = {}
    for head in heads:
        if head.capitalize() not in near:
            continue  # (a substring test: most kinds are not named near at all)
        found = named_before(text, at, "the " + head, start)
        if found is not None and lo <= found[1] < start:
            names[found[0]] = found[1]
    if len(names) != 1:
        return None
    return next(iter(names.items()))
