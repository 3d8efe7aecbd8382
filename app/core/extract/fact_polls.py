"""Polls a fact leans on without naming: "a new poll shows ...", "the
survey of 1,000 voters ...", "Among women, Roe leads by 9 points",
"In a head-to-head race, Roe gets 41 percent to Quarrow's 40".

Which poll, and when it was taken, only the sentences before say; a reader
holding the line alone cannot check it. A poll is named by a capitalized
word before it ("a Velmar College poll", "Quillon Post's survey"), by
"by"/"from"/"for" and a name after it ("a poll by Velmar College"), or by
"according to" and a name; an exit or entrance poll is its contest's.
Every poll noun of the line is named, not one of them ("second in May
polls, while a Velmar College survey ..."); "polling" is a poll's noun
("in national polling"), and a person owning the numbers ("Roe's poll
numbers") names no poll. A share of a group holding a view in the present
("89% of Quillon renters back the levy") or "12 percent approval" is a
poll's answer. So are "first-place votes" in a line naming no source and
no contest: a ranking's, as a panel or a poll gives them (round 58).
"""

from __future__ import annotations

import re

from app.core.corroborate.us_states import us_states
from app.core.extract.fact_lexicon import MONTHS, POLL_NOUNS, STUCK_ON, YEAR
from app.core.extract.fact_pointers import DATE_WORDS
from app.core.extract.fact_rules import has_digit
from app.core.extract.given_names import is_given_name

# Nouns of a poll, and "polling" as a noun: "in national polling", "her
# polling numbers" (`_poll_noun`).
_POLL_NOUNS = POLL_NOUNS | frozenset("polling" + p for p in STUCK_ON)
# Nouns "polling" describes that are no poll: where votes are cast ("a
# polling place"), who takes polls ("a polling team", "a polling firm").
_NOT_A_POLL = frozenset(
    """
    place places location locations station stations booth booths site sites center centers
    day hours official officials worker workers team teams firm firms company companies
    operation operations unit
    """.split()
)
# Words before "polling" that make it a verb: "Roe is polling at 30
# percent", "has been polling well".
_POLLING_VERB = frozenset("is are was were be been being 's am".split())
# Nouns after a poll noun that make it someone's standing in polls: "Roe's
# poll numbers", "her polling numbers" (the owner is who is polled, not who
# polled).
_STANDING_NOUNS = frozenset(
    w + p for w in ("numbers", "number", "standing", "standings") for p in STUCK_ON
)
# Words that, after a poll noun, lead to who made it: "conducted by",
# "released by", "from", "for".
_MADE_BY = frozenset("by from for".split())
_MADE = frozenset(
    """
    conducted conducting conducts compiled commissioned released releases taken done
    sponsored published found finds aggregates aggregated
    """.split()
)
# Words that end the words a poll noun's name may stand among.
_BEFORE_NOUN = frozenset(
    "the a an in of on at to for from with by atop this that these those most some all any".split()
)
# Quantifiers and adjectives of time or kind, capitalized only because they
# open the sentence: "Recent polls show ...", "Several surveys ...", "And
# surveys ..." (not "New" in "New Hampshire surveys", which is no
# sentence's first word). (Fewer than `NUMBER_WORDS` and
# `fact_subjects.CONJUNCTIONS` hold: "One", "Million", "Nor" are not read.)
_OPENERS = frozenset(
    """
    recent new newest latest early earlier later several many other various numerous multiple
    two three four five internal private public independent online and but yet or so
    """.split()
)
# Words before a poll noun that say where or when it was taken, not who
# took it: "New Hampshire surveys", "January polls" (US states from the
# published list `corroborate/us_states.txt`).
_NOT_POLLSTERS = frozenset(
    [name for name, _, _ in us_states()] + MONTHS + ["National", "State", "Statewide"]
)
# Words before a poll noun that make it what the named poll's finding is
# measured against: "a slimmer lead than in the 2015 poll", "up from the
# last survey", "since the May poll".
_BASELINE = frozenset("than from since".split())
# Possessives after "of" that give a poll to an owner the sentence names:
# "Roe said polling of her members showed ...".
_OWNERS = frozenset("his her its their".split())
# Kinds of poll that name their contest: "exit polls", "entrance poll".
_CONTEST_POLLS = frozenset("exit entrance".split())
# "polls closed", "went to the polls": the places a vote is cast.
_VOTING_PLACE = re.compile(
    r"\bpolls (?:close|closed|closes|open|opened|opens)\b|\bto the polls\b", re.IGNORECASE
)
# Nouns of a figure's source a name before them names: "a Velmar College
# analysis", "Quillon Post estimates".
_SOURCE_NOUNS = frozenset(
    "poll polls polling survey surveys average averages analysis study report data records estimates "
    "count tally tracker tracking".split()
)
# A share of people or a margin, as a poll reports it.
_SHARE = re.compile(
    r"\d\s*%|\d percent\b|\bpercent of\b|\bpercentage points?\b|\d[- ]points?\b|\bin 10\b"
    r"|\bminus \d|\bplus \d|\b\d{1,2}-\d{1,2}\b(?! (?:vote|votes|ruling|decision)\b)"
)
# "according to" a source that names no one: "one report", "a new study",
# "some estimates" (not "a report by the Velmar Post").
_UNNAMED_SOURCE = re.compile(
    r"\b[Aa]ccording to (?:a|an|one|some|several|two|three) (?:[a-z-]+ ){0,2}"
    r"(?:report|reports|study|studies|estimate|estimates|analysis|survey|poll|count|source|"
    r"sources|tally)\b(?! (?:by|from|for|of|conducted|released|published|compiled) "
    r"(?:the )?[A-Z])"
)
# A share as a sentence's subject, with no group after it: "Sixty-seven
# percent were Quillon natives", "48% said no" ("48 percent of the clerks ..." says
# of whom).
_SHARE_OPENING = re.compile(
    r"(?:[A-Z][a-z]+(?:-[a-z]+)? percent|\d+(?:\.\d+)?(?: percent|%)) "
    r"(?!of\b|in\b|to\b|from\b|and\b|or\b)[a-z]+"
)
# The same share opening a clause after a colon or a dash: "Roe fares
# better: 54% have a positive view".
_SHARE_CLAUSE = re.compile(r"(?:: |; |\u2014 |-- )" + _SHARE_OPENING.pattern)
# A share of a group holding a view in the present, as a poll reports its
# answers: "89% of Quillon renters back the levy" (a vote's count is told
# in the past: "59 percent of voters approved it").
_OPINION_SHARE = re.compile(
    r"\d(?:%| percent) of (?:[\w-]+ ){0,4}?[A-Za-z]+s (?:say|endorse|support|favor|oppose|back|"
    r"approve|disapprove|want|believe|think|prefer|agree|disagree|trust|distrust)\b"
)
# Words that make such a share a poll's answer rather than a count of
# votes: a group it is "among", a contest that has not been held. (A word
# added here needs its piece in `_may_be_shaped`.)
_POLL_SHAPE = re.compile(
    r"\b(?:hypothetical|hypothetically|theoretical|matchups?|match-ups?|head-to-head|"
    r"favorabl\w*|unfavorabl\w*|approval rating|(?:percent|%) approval)\b",
    re.IGNORECASE,
)
# "Among women, Roe leads by 9 points", "among voters, 48 percent to 40":
# a group's margin or split, as a poll breaks its answers down.
_AMONG = re.compile(r"\b[Aa]mong\b")
_MARGIN = re.compile(
    r"\d[- ]points?\b|\bpercentage points?\b|\bminus \d|\bminus (?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten)\b|\d\s*(?:%|percent)?\s*(?:to|versus|vs\.?)\s*\d"
)
# A share of a poll's sample: "33% of likely Quillon voters", "48 percent of
# respondents" (won in a contest, it is a result: "won 60 percent of voters").
_SHARE_OF_VOTERS = re.compile(
    r"(?:%|\bpercent) of (?:[\w-]+ ){0,4}(?:voters|respondents|adults|those (?:polled|surveyed))\b"
)
_RESULT = re.compile(
    r"\b(?:won|wins|win|winning|carried|carries|captured|took|takes|lost|rejected|approved|"
    r"elected|passed|defeated|beat|beats|bested|edged|topped)\b"
)
# A share as a poll's answer: held in the present ("Roe gets 16 percent",
# "voters who favor Roe by 6 points": a count of votes is told in the
# past) or choosing someone ("Roe was named by 3 percent").
_ANSWERED = re.compile(
    r"\b(?:gets?|draws?|earns?|garners?) (?:about |roughly |just |only |nearly |almost )?"
    r"(?:\d+(?:\.\d+)?|[a-z]+) ?(?:percent|%)"
    r"|\b(?:named|chosen|picked|cited|mentioned|favored|preferred) by (?:a |an |only |just )?"
    r"(?:[a-z]+ )?(?:\d+(?:\.\d+)?|[a-z]+) ?(?:percent|%)"
    r"|\b(?:favors?|backs?|prefers?) [^,.;]{1,40}? by (?:a |an )?(?:\d+|[a-z]+)[- ]points?\b"
)
# "3 in 10 voters", "six in 10 Democrats": a share of a group as surveys
# give it (a count of votes is given in percent).
_IN_TEN = re.compile(r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine) in 10\b")
# The states (and the days and years) that say which contest an exit poll
# was of.
_STATE_NAMES = re.compile("|".join(name for name, _, _ in us_states()))
_CONTEST = re.compile(
    r"[A-Z][\w.'\u2019-]* (?:primary|primaries|caucus|caucuses|election|contest|race|vote)\b"
    rf"|\b(?:{'|'.join(MONTHS)}) \d"
)
# A contest whose ballots rank the candidates ("first-place votes in the
# mayoral race").
_ELECTION = re.compile(r"\b(?:primary|primaries|caucus|caucuses|election|elections|race|runoff)\b")
# A split of two shares, "51 percent to her 35 percent", "46% to 40%": a
# poll's answers, unless a contest's count (`_RESULT`, `_CONTEST`).
_SPLIT = re.compile(r"\d(?:\.\d+)? ?(?:percent|%) to (?:(?:her|his|their|[A-Z][\w'\u2019]+) )?\d")
# "In a race between Roe and Quarrow": a contest not yet held, unless dated.
_BETWEEN = re.compile(r"\b(?:race|contest) between\b")


def unnamed_poll(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence leans on a poll it does not name: a poll noun
    with no name to it ("a new poll shows", "the survey of 1,000 voters"),
    a share of people shaped as a poll's answer ("among women",
    "a hypothetical race", "head-to-head") or a share as the subject with no
    group ("Sixty-seven percent were Quillon natives"), with no source named at all."""
    if "ccording to" in sentence and _UNNAMED_SOURCE.search(sentence):
        return True  # "according to one report", "according to a study": which?
    if ("xit poll" in sentence or "ntrance poll" in sentence) and not _contest_named(
        sentence, tokens
    ):
        return True  # "Exit polls showed ...": of which contest?
    if "irst-place vote" in sentence or "irst place vote" in sentence:
        # "Roe got 18 first-place votes this week": a ranking's (a panel's,
        # a poll's), whose, only the sentences before say, unless a source
        # or a contest is named ("in the Velmar mayoral race").
        if not (_named_source(sentence, tokens) or _ELECTION.search(sentence)):
            return True
    lower = sentence.lower()
    polled = ("poll" in lower or "survey" in lower) and not _POLL_NOUNS.isdisjoint(
        t.lower() for t in tokens
    )
    if not polled and not (has_digit(sentence) or "percent" in sentence):
        return False  # (most sentences: a few substring tests; a share needs one of these)
    if "polling " in sentence and _polling_at(tokens):
        # "Roe was polling at 40 percent": in whose polls? (The verb is no
        # source noun: "Roe" before it names no pollster.)
        verbless = [t if t != "polling" else "" for t in tokens]
        if not _named_source(sentence, verbless):
            return True
    if " in 10" in sentence and _IN_TEN.search(sentence) and not _named_source(sentence, tokens):
        return "xit poll" not in sentence or not _contest_named(sentence, tokens)
    if (
        _SHARE_OPENING.match(sentence)
        or (" is " in sentence and _person_standing(sentence))
        or (("%" in sentence or "percent" in sentence) and _SHARE_CLAUSE.search(sentence))
        or ("ercent" in sentence or "%" in sentence or "point" in sentence)
        and (_ANSWERED.search(sentence) or _OPINION_SHARE.search(sentence))
    ) and not _named_source(sentence, tokens):
        return True  # "Sixty-seven percent were Quillon natives": of whom, in which poll?
    if not polled and not (_poll_shaped(sentence) and _SHARE.search(sentence)):
        # (The shape first: its searches cost a fifth of the share's, and
        # most sentences fail them.)
        return False
    if _named_source(sentence, tokens):
        return (
            polled
            and "ccording to" not in sentence
            and not _VOTING_PLACE.search(sentence)
            and _unnamed_poll_noun(tokens)
        )
    if polled:
        if _VOTING_PLACE.search(sentence):
            return False
        return any(
            t.lower() in _POLL_NOUNS
            and (i == 0 or tokens[i - 1].lower() not in _CONTEST_POLLS)
            and _poll_noun(tokens, i)
            for i, t in enumerate(tokens)
        )
    return True


# Words after "polling" as a verb that lead to the figure it polls at.
_POLLED_AT = frozenset("at above below around near under over in".split())


def _polling_at(tokens: list[str]) -> bool:
    """Whether "polling" stands as a verb with its figure: "Roe was polling
    at 40 percent", "is polling above 30%" (a poll's figure; whose poll?)."""
    for i, t in enumerate(tokens[1:-2], 1):
        if (
            t == "polling"
            and tokens[i - 1].lower() in _POLLING_VERB
            and tokens[i + 1] in _POLLED_AT
            and any(has_digit(x) or x.startswith("percent") for x in tokens[i + 2 : i + 6])
        ):
            return True
    return False


def _poll_noun(tokens: list[str], i: int) -> bool:
    """Whether the poll word `tokens[i]` speaks of a poll: not "polling"
    describing a place or a team ("a polling place", "a polling firm") or
    as a verb ("Roe is polling at 30 percent")."""
    if not tokens[i].lower().startswith("polling"):
        return True
    if i + 1 < len(tokens) and tokens[i + 1].strip(",.;:").lower() in _NOT_A_POLL:
        return False
    return i == 0 or tokens[i - 1].lower() not in _POLLING_VERB


# A person's standing in percent, told in the present: "[Dana] Roe is up
# from 37 percent", "Dana Roe is at 41 percent" (a vote's count is told in
# the past, with its contest).
_STANDING = re.compile(
    r"\[?([A-Z][a-z]+)\]? (?:[A-Z][\w'\u2019-]+ ){0,2}is (?:now |still )?(?:up|down|at|polling)\b"
    r"[^.;,]{0,20}?\d+(?:\.\d+)? ?(?:percent|%)"
)


def _person_standing(sentence: str) -> bool:
    """Whether a person, named by a given name, stands at a share in the
    present: "Dana Roe is up from 37 percent" (not "Unemployment is down to
    4 percent")."""
    m = _STANDING.match(sentence)
    return m is not None and is_given_name(m.group(1))


def _poll_shaped(sentence: str) -> bool:
    """Whether a sentence holding a share reads as a poll's answers: a
    contest not held ("hypothetical", "head-to-head", a race between two
    with no year), a rating, a group's margin ("among women ... by 9
    points", "minus 40"), or a split of two shares no contest's count
    ("Roe earned 51 percent to her 35 percent")."""
    return bool(
        (_may_be_shaped(sentence.lower()) and _POLL_SHAPE.search(sentence))
        or (
            ("%" in sentence or "percent" in sentence)
            and _SHARE_OF_VOTERS.search(sentence)
            and not _RESULT.search(sentence)
        )
        or (" between" in sentence and _BETWEEN.search(sentence) and not YEAR.search(sentence))
        or ("mong" in sentence and _AMONG.search(sentence) and _MARGIN.search(sentence))
        or (
            ("percent to " in sentence or "% to " in sentence)
            and _SPLIT.search(sentence)
            and not _RESULT.search(sentence)
            and not _CONTEST.search(sentence)
        )
    )


def _may_be_shaped(lower: str) -> bool:
    """Whether the lower-cased sentence holds a piece of every word
    `_POLL_SHAPE` finds (substring tests: most sentences hold none, and the
    expression's search costs several times more). The pieces leave out the
    letters "i", "k" and "s", which the expression, ignoring case, also
    finds as other letters ("\u0131", the Kelvin sign, the long s)."""
    return (
        "ypothet" in lower
        or "heoret" in lower
        or "atch" in lower
        or "ead-to-head" in lower
        or "favorab" in lower
        or "pproval" in lower
    )


def _named_source(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence names where its figures come from: "according
    to" a name, a name just before a source noun ("a Velmar College poll",
    "exit polls"), or a poll noun followed by who made it ("a poll by
    Velmar College", "polls compiled by the Quillon Post")."""
    n = len(tokens)
    made = [j for j in range(n) if tokens[j] in _MADE]  # (the same for every noun below)
    for i, t in enumerate(tokens):
        word = t.rstrip(",.;:]").lower()  # ("poll]": a bracket naming it)
        if word == "according" and i + 1 < n and tokens[i + 1] == "to":
            if any(_capital(x) for x in tokens[i + 2 : i + 6]):
                return True
            continue
        if word in _SOURCE_NOUNS and _noun_named(tokens, i, made):
            return True
    return False


def _unnamed_poll_noun(tokens: list[str]) -> bool:
    """Whether a poll noun of a sentence that names a source is itself
    unnamed: "Roe came in second in January polls, while a Velmar College
    survey ..." (the first finding's polls are whose?)."""
    n = len(tokens)
    made = [j for j in range(n) if tokens[j] in _MADE]
    for i, t in enumerate(tokens):
        if t.lower() in _POLL_NOUNS and _poll_noun(tokens, i):
            if i and tokens[i - 1].lower() in _CONTEST_POLLS:
                continue
            if not _BASELINE.isdisjoint(tokens[max(0, i - 4) : i]):
                continue  # "... than in the 2015 poll", "up from the last poll": a baseline
            if not _noun_named(tokens, i, made) and not _part_of_named(tokens, i, made):
                return True
    return False


def _part_of_named(tokens: list[str], i: int, made: list[int]) -> bool:
    """Whether the poll noun `tokens[i]` is what a named source is made of:
    "the Velmar average of recent national polls"."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j] == "of":
            return j > 0 and tokens[j - 1] in _SOURCE_NOUNS and _noun_named(tokens, j - 1, made)
    return False


def _noun_named(tokens: list[str], i: int, made: list[int]) -> bool:
    """Whether the source noun `tokens[i]` is named: by its kind ("exit
    polls"), a name before it or owning it, an agent ("Velmar College
    conducted the poll") or who made it after it ("a poll by ...")."""
    n = len(tokens)
    if i and tokens[i - 1].lower() in _CONTEST_POLLS:
        return True
    # A name among the two words before the noun ("a Velmar College
    # poll", "a Velmar national poll", not "in the polls"), or one that
    # owns it a few words before ("Quillon Post's own tracking poll");
    # not an owner of its numbers ("Dana Roe's poll numbers": whose
    # standing, not whose poll).
    standing = i + 1 < n and tokens[i + 1].lower() in _STANDING_NOUNS
    if _named_before(tokens, i) and not (standing and _owned(tokens[i - 1])):
        return True
    if not standing and any(_capital(t) and _owned(t) for t in tokens[max(0, i - 4) : i]):
        return True
    # Who made it: "Velmar College conducted the poll", "..., Velmar
    # College found".
    if made and (
        any(_capital(t) for t in tokens[: made[0]] if made[0] < i)
        or any(j and _capital(tokens[j - 1]) for j in made)
    ):
        return True
    if (
        i + 2 < n
        and tokens[i + 1] == "of"
        and tokens[i + 2] in _OWNERS
        and any(_capital(x) for x in tokens[:i])
    ):
        return True  # "Roe said polling of her members showed ...": her union's
    k = i + 1
    if k < n and tokens[k] in _MADE:
        k += 1
    return (
        k < n
        and tokens[k] in _MADE_BY
        and any(_capital(x) for x in tokens[k + 1 : k + 4])
        and not _for_a_contest(tokens, k)
    )


# Nouns of a contest: "the polls for the Velmar seat" are of that race, not
# made for anyone.
_CONTEST_NOUNS = frozenset(
    w + p
    for w in """
    seat race nomination primary primaries caucus caucuses election presidency contest
    governorship mayoralty
    """.split()
    for p in STUCK_ON
)


def _for_a_contest(tokens: list[str], k: int) -> bool:
    """Whether the "for" at `tokens[k]` after a poll noun names the contest
    polled ("in the polls for the Velmar seat"), not who the poll was made
    for ("a poll for the Quillon Post")."""
    return tokens[k] == "for" and not _CONTEST_NOUNS.isdisjoint(tokens[k + 1 : k + 6])


def _contest_named(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence names the contest its exit or entrance poll was
    of: a state, a day or a year ("exit polls in Ohio", "Tuesday's exit
    polls"; not "Exit polls showed ...")."""
    return (
        _STATE_NAMES.search(sentence) is not None
        or _CONTEST.search(sentence) is not None
        or not DATE_WORDS.isdisjoint(t.removesuffix("'s").removesuffix("\u2019s") for t in tokens)
        or YEAR.search(sentence) is not None
    )


def _named_before(tokens: list[str], i: int) -> bool:
    """Whether a name stands among the two words before the source noun
    `tokens[i]` ("a Velmar College poll", "a Velmar national poll"; not
    "in the polls"), other than a state's or a month's ("New Hampshire
    surveys", "January polls": where or when, not whose)."""
    names = []
    j = i - 1
    while j >= max(0, i - 2) and tokens[j].lower() not in _BEFORE_NOUN:
        if j == 0 and tokens[0].lower() in _OPENERS and (i == 1 or not _capital(tokens[1])):
            break  # "Recent polls", "Several new surveys" (not "New Hampshire polls")
        if _capital(tokens[j]):
            names.insert(0, tokens[j])
        j -= 1
    if not names:
        return False
    if j >= 0 and j == i - 3 and (_capital(tokens[j]) or tokens[j] in ("of", "&")):
        return True  # the name runs on: "University of Velmar poll"
    return " ".join(names) not in _NOT_POLLSTERS and not (
        len(names) == 2 and names[1] in _NOT_POLLSTERS and names[0] in _NOT_POLLSTERS
    )


def _owned(token: str) -> bool:
    """Whether a word is a possessive ("Roe's", "[Dana Roe's]")."""
    return token.rstrip("]").endswith(("'s", "\u2019s"))


def _capital(token: str) -> bool:
    """Whether a word is written as a name: capitalized or in capitals
    ("[The" and "The" are no name by themselves)."""
    word = token.strip("[](),.;:'\"\u2019\u201c\u201d")
    return (
        len(word) > 1
        and word[0].isupper()
        and word.lower() not in ("the", "a", "an", "this", "that", "its", "their")
    )
