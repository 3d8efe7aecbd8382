"""Words that point back to what the sentences before named, read from
a sentence alone: "on that issue", "At that, ...", "later that month",
"Roe campaigned there", "nearly 300 of them", "Roe supported it". A fact
holding one does not stand alone. (Pointing subjects are `fact_subjects`'
business.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.extract.fact_lexicon import (
    BELIEF_VERBS,
    IRREGULAR_PAST,
    MONTH_SHORT,
    MONTHS,
    SHELL_NOUNS,
    STUCK_ON,
    TIME_NOUNS,
    WEEKDAYS,
)
from app.core.extract.fact_reported import REPORTING
from app.core.extract.lexicon import SPEECH_VERBS

# Months and days as written, with a comma or stop stuck on: a date ("May"
# left out, a sentence's "May" being as often the verb; the short forms news
# writes with a stop).
DATE_WORDS = frozenset(
    w + p
    for w in WEEKDAYS
    + [m for m in MONTHS if m != "May"]
    + [m + "." for m in MONTH_SHORT if m not in ("Mar", "Apr", "Jun", "Jul", "Sep")]
    for p in ("", ",", ".")
)
# Words before an "it" or "them" that may name what it stands for, or open
# a clause it is the subject of.
_NAMING_WORDS = frozenset(
    """
    the a an its their his her our this that these those another each every no any some of in
    on at for to with by from as after before when while if whether because since although
    though [w]hen [a]s [i]f [w]hile
    """.split()
)
_EXISTENTIAL = frozenset(
    "is are was were has have had seems appears remains will would may might".split()
)
_BETWEEN_ADVERBS = frozenset("never also still now already once".split())
_PLACE_WORDS = frozenset("in at to from into near outside inside across through".split())
_POINTER_RELATIVES = frozenset("who whom that which".split())
# Words ending in "s" that are no plural noun a "them" may stand for.
_NOT_PLURAL = frozenset("this his its was has is as us thus plus less unless whereas".split())
_CLAUSE_VERBS = frozenset("would will was is has had could can may might".split())
DUMMY_IT_VERBS = frozenset("make makes made making find finds found take takes took".split())
_PREPOSITIONS = frozenset(
    "on in at after before by for with from of about over under despite during".split()
)
# Words after "this"/"these"/"those"/"that" that do not point back.
POINTER_OK = frozenset("who whom that which in of with at on for is are was were".split())


def _after_first_word(tokens: list[str], form: str) -> Iterator[int]:
    """The places of the word `form` among `tokens`, the first word left
    out (a word before it is read)."""
    i = 0
    # (Found by list methods, as many as there are: no exception raised to
    # end the search.)
    for _ in range(tokens.count(form) - (tokens[:1] == [form])):
        i = tokens.index(form, i + 1)
        yield i


def that_points_back(tokens: list[str], form: str) -> bool:
    """Whether the demonstrative `form` ("that", "that," or "that.") points
    back somewhere among `tokens`: "on that issue", "At that, ...", "later
    that month" (unless a date comes first: "in March 2019 and again later
    that month"). ("said that", "the bill that" are a conjunction and a
    relative.)"""
    for i in _after_first_word(tokens, form):
        before = tokens[i - 1].lower()
        if form != "that":
            if before in _PREPOSITIONS:
                return True  # "At that, ...", "after that."
            continue
        after = tokens[i + 1].strip(",.;:'\u2019s") if i + 1 < len(tokens) else ""
        if after in TIME_NOUNS:
            if not dated_before(tokens[:i]) and after != "year":
                return True  # ("that year" is dated, or not offered, by `fact_referents`)
        elif (
            before in _PREPOSITIONS
            and after not in POINTER_OK
            and i not in that_determiners(tokens)
        ):
            # ("on that issue"; "since that race", "in that race," are
            # named, or not offered, by `fact_referents`.)
            return True
    return False


# Words a "that" opens a clause after: verbs of saying, knowing and showing,
# nouns that hold what was said ("the claim that ..."), conjunctions ("so
# that", "now that").
_CLAUSE_HEADS = (
    SPEECH_VERBS
    | BELIEF_VERBS
    | SHELL_NOUNS
    | frozenset(
        """
        know knows knew known knowing find finds found finding show shows showed shown showing
        prove proves proved proven determine determines determined indicate indicates indicated
        mean means meant ensure ensures ensured learn learns learned realize realizes realized
        understand understands understood decide decides decided rule ruled order ordered
        deny denies denied fear fears feared worry worries worried expect expects expected
        signal signals signaled imply implies implied discover discovers discovered notice
        noticed see sees saw seen hear hears heard remember remembered guarantee guaranteed
        pledge pledged propose proposed recommend recommended request requested require
        requires required convinced sure aware clear evidence sign signs fact hint hinted
        so now given except provided such than
        """.split()
    )
)
# Words right after "that" that are no noun it determines: a pronoun, a
# determiner, a word of degree ("that much", "not that far").
_NOT_DETERMINED = POINTER_OK | frozenset(
    """
    a an the this that these those his her its their our my your some any no every each all
    both he she it they we you i much many far long often few little well so too more less
    most enough very just only even also still not never already
    """.split()
)
# Prepositions that may follow a noun a "that" determines: "carried that
# message to ...", "maintain that margin by ...".
_AFTER_NOUN = frozenset(
    "to in on at by for with from into through during since after before over under about "
    "against as".split()
)


def that_determiners(tokens: list[str]) -> list[int]:
    """The words "that" of the sentence (split at spaces: `tokens`) that
    determine a noun the sentences before named: "repeal that measure.",
    "carried that message to ...", "since that attack,". Not "said that
    turnout fell" (a clause), "the bill that passed" (a relative), nor
    "that year" or "on that issue" (`that_points_back`). A determined noun
    is singular and ends its phrase: a stop after it, or a preposition
    where the word before "that" opens no clause."""
    found: list[int] = []
    for i in _after_first_word(tokens, "that"):
        if i + 1 >= len(tokens):
            continue
        nxt = tokens[i + 1]
        word = nxt.rstrip(",.;:")
        if not (word.isalpha() and word.islower()) or word in _NOT_DETERMINED:
            continue
        if word in TIME_NOUNS or word in IRREGULAR_PAST or word.endswith(("ly", "ed")):
            continue  # "that year" (asked apart), "that quickly", "that voted", "that began"
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            continue  # a plural or a verb: "that voters ...", "that protects"
        before = tokens[i - 1].lower().strip(",.;:\"'\u201c\u201d")
        if nxt[-1] in ",.;:":
            if before not in _CLAUSE_HEADS or nxt[-1] == ".":
                found.append(i)
        elif (
            i + 2 < len(tokens)
            and tokens[i + 2] in _AFTER_NOUN
            and (before not in _CLAUSE_HEADS or _object_of_base(tokens, i))
        ):
            found.append(i)
    return found


_FINITE = _CLAUSE_VERBS | frozenset("are were do does did have should must".split())
# Words after which a word ending in "s" is a noun, not a verb.
_BEFORE_NOUNS = _NOT_DETERMINED | _PREPOSITIONS | frozenset("and or".split())


def _object_of_base(tokens: list[str], i: int) -> bool:
    """Whether the "that" at word `i`, after a verb that may open a clause,
    rather determines the verb's object: the verb is a base form ("to
    maintain that margin by hailing ...", "would repeat that claim to
    ...") and no verb follows for a clause to hold ("to show that turnout
    in Ohio fell")."""
    if i < 2 or tokens[i - 2].lower() not in _BASE_BEFORE:
        return False  # ("states that vote on March 1": a relative)
    return not _finite_after(tokens, i + 3)


_BASE_BEFORE = _CLAUSE_VERBS | frozenset("to not did does do should must".split())


def _finite_after(tokens: list[str], i: int) -> bool:
    """Whether the words from `i` to the next comma or stop may hold a
    finite verb: "said that turnout in Ohio fell", not "maintain that
    margin by hailing the record." (a word ending in "s" counts unless a
    determiner, a preposition or a possessive comes before it)."""
    for j in range(i, len(tokens)):
        word = tokens[j].lower().rstrip(",.;:")
        if word in _FINITE or word in IRREGULAR_PAST or word.endswith("ed"):
            return True
        previous = tokens[j - 1].lower()
        if (
            word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "\u2019s"))
            and previous not in _BEFORE_NOUNS
            and not previous.endswith(("'s", "\u2019s"))
        ):
            return True
        if tokens[j][-1] in ",.;:":
            return False
    return False


def dated_before(tokens: list[str]) -> bool:
    """Whether the words name a month, a day or a year."""
    return not DATE_WORDS.isdisjoint(tokens) or any(
        len(t) >= 4 and t[:2] in ("19", "20") and t[2:4].isdigit() for t in tokens
    )


def there_points_back(tokens: list[str], i: int) -> bool:
    """Whether "there", word `i`, is a place named before: "Polls there
    show ...", "Roe campaigned there in May" ("there is", "there were" say
    that something is; a name after "in", "to", "at" ... before it may be
    the place)."""
    j = i + 1
    while j < len(tokens) - 1 and tokens[j] in _BETWEEN_ADVERBS:
        j += 1  # "there never has been ..."
    nxt = tokens[j].lower() if j < len(tokens) else ""
    if nxt.rstrip(",") in _EXISTENTIAL or nxt.startswith(
        ("is", "was", "are", "were", "has", "had")
    ):
        return False
    # The place a "there" stands for follows a word of place: "moved to
    # Quillon and ran the depot there" ("ate with Dana Roe there": where?).
    return not any(
        t[:1].isupper() and tokens[j - 1].lower() in _PLACE_WORDS
        for j, t in enumerate(tokens[1:i], 1)
    )


def of_them_points_back(tokens: list[str], i: int) -> bool:
    """Whether "of them", "of those", "of these" (word `i` the pronoun)
    counts a group named before: "nearly 300 of them ..." ("many of those
    who ...", "the counties, many of them ..." name theirs)."""
    if i == 0 or tokens[i - 1] != "of":
        return False
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    if nxt in _POINTER_RELATIVES:
        return False
    return not any(
        len(t) > 3 and t.rstrip(",.;:").endswith("s") and t.lower() not in _NOT_PLURAL
        for t in tokens[: i - 1]
    )


def object_points_back(tokens: list[str], i: int) -> bool:
    """Whether "it" or "them", word `i` of the sentence, is the object of
    its first verb with nothing before it to stand for: "Roe supported it",
    "Roe has known them since 2019", "Placing it on the ballot ...". (Past a
    determiner, a preposition, a comma or a figure, something it may stand
    for has been named; "said it would", "made it clear" are no objects.)"""
    if i == 0 or i > 4:
        return False
    if i + 1 < len(tokens) and tokens[i + 1] in _CLAUSE_VERBS:
        return False  # "Roe indicated it would ..."
    for t in tokens[:i]:
        w = t.lower()
        if w in _NAMING_WORDS or t[-1] == "," or t[0].isdigit() or w in REPORTING:
            return False
    return tokens[i - 1].lower() not in DUMMY_IT_VERBS


# Words before a share that only round it: "Nearly 6 in 10", "Just 30 percent".
_ROUNDING = frozenset(
    "a mere just only nearly almost about roughly some around approximately slightly more less "
    "fewer than over under".split()
)
_SHARE_WORDS = frozenset("half third quarter majority two-thirds three-quarters".split())
# Verbs of a poll's answer: "48 percent chose Roe", "Six in 10 say ...".
# ("Half of Quillon voters opposed the depot" may be a count of votes.)
_ANSWERS = frozenset(
    """
    say says said chose choose selected select would want wants wanted consider considers see
    sees saw approve approves agree agrees prefer prefers preferred described describe view views
    rate rated
    """.split()
)
# Numbers a share may be spelled with: "Forty-one percent", "Ten percent".
_SPELLED = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    """.split()
)
# First words a share may open with, as written ("Forty-one" too).
_SHARE_STARTS = frozenset(
    f
    for w in _ROUNDING
    | _SHARE_WORDS
    | _SPELLED
    | frozenset(("a",))
    | frozenset(f"{t}-{u}" for t in _SPELLED for u in _SPELLED if t.endswith("ty"))
    for f in (w, w.capitalize())
)
_CAST = frozenset("voted approved endorsed elected rejected passed adopted ratified".split())
# Words that name where the answers come from.
_SOURCES = frozenset(
    "poll polls polled survey surveys surveyed according found showed shows study".split()
)


def unsourced_share(tokens: list[str], k: int) -> bool:
    """Whether the subject at word `k` is a share of a poll's answers ("48
    percent chose Roe", "Six in 10 say ...", "Half said ...") in a sentence
    that names no poll, survey or study: which poll, the sentences before
    say. A share of a count, a record or a vote ("Half of the county's 40
    clerks resigned", "Two-thirds of the board voted ...") is no poll's
    answer."""
    first = tokens[k]
    if not (first[0].isdigit() or first in _SHARE_STARTS):
        return False  # (most subjects: one set test)
    n = len(tokens)
    while k < n - 1 and tokens[k].lower().strip("[]") in _ROUNDING:
        k += 1
    t = tokens[k].lower().rstrip(",")
    if t in _SHARE_WORDS or (t in ("a", "one") and k + 1 < n and tokens[k + 1] in _SHARE_WORDS):
        share = not (k + 1 < n and tokens[k + 1] in ("a", "dozen"))  # "half a dozen"
    elif t[:1].isdigit() or t.split("-", 1)[0] in _SPELLED:  # "48", "Six", "Forty-one"
        share = t.endswith("%") or (k + 1 < n and tokens[k + 1].rstrip(",.") == "percent")
        share = share or (k + 2 < n and tokens[k + 1] == "in" and tokens[k + 2] in ("10", "ten"))
    else:
        share = False
    if not share:
        return False
    words = {w.strip(",.;:").lower() for w in tokens}
    return (
        not _ANSWERS.isdisjoint(words)
        and _SOURCES.isdisjoint(words)
        and _CAST.isdisjoint(words)  # "Three-quarters of the board voted ...": a vote
    )


# Words of a candidate's share of a poll or a count: "Roe won 31 percent",
# "Roe drew 13 points from Quarrow", "Roe leads with 40 percent support".
_SCORED = frozenset(
    """
    won wins drew draws received receives got gets garnered edged trails trailed beat beats
    lead leads led ahead behind doubles doubled support comes came picked chosen stands sits
    registers registered has preferred viewed at
    """.split()
)
# Words that say where a share comes from: a poll, a contest, its returns.
_CONTESTS = _SOURCES | frozenset(
    """
    polling pollster according primary primaries caucus caucuses election elections race vote
    votes voters precincts results returns exit average report census data
    """.split()
)
_SHARE_FIGURE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety))\s*(?:%|percent\b|percentage points\b"
    r"|points\b)|\d-points?\b|\bin 10\b"
)
_UP_DOWN = re.compile(r"\b(?:is|was|are|were) (?:up|down)\b")
_PLACE = re.compile(r"\b[Ii]n (?:the )?[A-Z]")


def unsourced_result(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence gives someone's share ("Roe won 31 percent",
    "Roe is up from 37 percent") with no poll, contest or place to say of
    what: the sentences before say which."""
    if _SHARE_FIGURE.search(sentence) is None:
        return False
    words = {w.strip(",.;:()").lower() for w in tokens}
    if _SCORED.isdisjoint(words) and _UP_DOWN.search(sentence) is None:
        if _STANDS.isdisjoint(words):
            return False
    if not _STANDS.isdisjoint(words) and _SOURCES.isdisjoint(words):
        # "In Quillon, Roe has 45%", "Roe had 49.9 percent to Quarrow's
        # 49.6": a share as it stands is a poll's or a count's, which one
        # the sentences before say (a place names no poll).
        return DATED.search(sentence) is None or _CONTESTS.isdisjoint(words)
    return _CONTESTS.isdisjoint(words) and _PLACE.search(sentence) is None


# A share as it stands, not as a contest gave it.
_STANDS = frozenset("has had holds held leads leading currently".split())


# A tally that changes from day to day: "Roe has 503 delegates", "40
# delegates are at stake", "Roe is assured of at least 118".
_STANDING = frozenset(
    "has have holds hold leads lead trails trail stake assured needs need total tally".split()
)
# (Short forms news writes mostly without a stop; "Mar", "Apr", "Jun", "Jul"
# are as often a name's: "Mar-Quillon".)
_DATED_SHORT = [m for m in MONTH_SHORT if m not in ("Mar", "Apr", "Jun", "Jul")]
DATED = re.compile(
    rf"\b(?:(?:19|20)\d\d|{'|'.join(MONTHS + _DATED_SHORT + WEEKDAYS)}|today|tonight|yesterday)\b"
)


def undated_tally(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence gives a delegate tally as it stands ("Roe has
    503 delegates", "40 delegates are at stake") with no day to say when:
    it changes with each contest."""
    if "delegate" not in sentence:
        return False
    words = {w.strip(",.;:()").lower() for w in tokens}
    return not _STANDING.isdisjoint(words) and DATED.search(sentence) is None


# A time told from an event the sentences before told of: "the next day",
# "the following year", "two weeks earlier,", "the day before by ...",
# "was at the time." ("two days before the vote" says before what; "in the
# next week" runs from the writing; "said at the time" dates the saying).
_ORDER_WORDS = frozenset("next following previous preceding prior".split())
_NEXT_UNITS = frozenset("day night morning afternoon evening".split())
_ORDER_UNITS = _NEXT_UNITS | frozenset(
    "week weekend month year season spring summer fall winter".split()
)
_SPAN_UNITS = frozenset(
    u + s for u in "day night week month year decade hour".split() for s in ("", "s")
)
_SPAN_COUNTS = frozenset(
    "the a an one two three four five six seven eight nine ten several few".split()
)
_AFTER_SPAN = frozenset("by in at on and but to for with when as".split())
_SPAN_ENDS = frozenset(w + p for w in ("earlier", "before", "after", "later") for p in STUCK_ON)
_TIME_ENDS = frozenset("time" + p for p in STUCK_ON)
_EVENT_MARKS = _ORDER_WORDS | _SPAN_ENDS | _TIME_ENDS
# (Exported for a caller that finds every rule's words in one set operation.)
EVENT_WATCHED = _EVENT_MARKS
_SAYING = frozenset("said says told wrote".split())


def event_relative_time(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) places what it says
    at a time told from an event the sentences before told of ("the next
    day", "two weeks earlier,", "worked there at the time.") and gives no
    date of its own."""
    if _EVENT_MARKS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    return any(map(_event_time_at, [tokens] * len(tokens), range(1, len(tokens)))) and (
        DATED.search(sentence) is None
    )


def _event_time_at(tokens: list[str], i: int) -> bool:
    """Whether word `i` ends a time told from an event before: "the next
    day", "two weeks earlier", "at the time" (see `event_relative_time`)."""
    t = tokens[i]
    if t not in _EVENT_MARKS:
        return False
    before = tokens[i - 1].lower()
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if t in _ORDER_WORDS:
        unit = nxt.rstrip(",.;:").lower()
        return before == "the" and (unit in _NEXT_UNITS if t == "next" else unit in _ORDER_UNITS)
    ends = t[-1] in ",.;:" or not nxt or nxt in _AFTER_SPAN
    if t in _TIME_ENDS:
        return (
            ends
            and i >= 2
            and before == "the"
            and tokens[i - 2] == "at"
            and (i < 3 or tokens[i - 3] not in _SAYING)
        )
    return (
        ends
        and i >= 2
        and before in _SPAN_UNITS
        and (tokens[i - 2].lower() in _SPAN_COUNTS or tokens[i - 2][:1].isdigit())
    )
