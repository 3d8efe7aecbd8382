"""Months a fact names without their year: "In June, Roe hosted ...",
"Roe took office in February", "a December interview".

News writes a month without its year when it is the one most recently
past or the coming one (the news style rule: a year only when it is not
the current one). With the source's publication date known, such
a month gets its year in square brackets after the source's words ("In
June [2015], ..."): a month up to the publication's is that year's when
the sentence tells of it in the past; a month after it is the year
before's only when the verb the month goes with is a past tense ("Roe
met Quarrow at the gala in September"). "last June" is the June before
the source's month, "next June" the one after it, "this June" the
source's year; a month in a clause that looks ahead ("will host ... in
June", "plans to open in May", "is scheduled for June") or in a present
("states that vote on March 1") is the coming one. Where the year is not
sure ("last February" written in March, "agreed to debate in
September", a hedge, "every June" aside), the fact is not offered.
"""

from __future__ import annotations

import datetime as dt
import re

from app.core.cite_fields import date_long
from app.core.extract.fact_lexicon import (
    MONTH_STARTS,
    MONTHS,
    STUCK_ON,
    WEEKDAYS,
    YEAR,
    past_tense,
)
from app.core.extract.lexicon import BE_FORMS

_SHORT = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
_NUMBER = {m: i + 1 for i, m in enumerate(MONTHS)} | _SHORT
# A month as a time: with its day ("Dec. 4", "March 17-18"), after a word
# that opens one ("in June", "since May", "the end of September",
# "early-October", "throughout June", "up 8 points from June"), or before a
# noun as a determiner's ("a December interview", "December's agreement");
# "May" only with its day or after such a word (else as often the verb).
# Not followed by a year, which dates it already.
_MONTH = re.compile(
    r"(?:\b(?P<cue>[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|a|an|the|his|her"
    r"|its|their|that|[Ll]ast|[Nn]ext|[Tt]his|every|each|[Uu]ntil|[Tt]hrough|[Tt]hroughout|from)[ -])?"
    r"(?P<month>"
    + "|".join(m for m in MONTHS)
    + "|"
    + "|".join(re.escape(s) for s in _SHORT)
    + r")"
    r"(?P<day> (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:-(?:[1-9]|[12]\d|3[01]))?)?"
    r"(?P<pos>['\u2019]s)?(?!\w|[-.]?\d| of\b|,? (?:19|20)\d\d)"
)
# The first letters every month's name and short form open with, tested
# first.
_MONTH_HINTS = re.compile("|".join(MONTH_STARTS))
# How far back, inside its paragraph, a year named makes a month's unsure.
_CONTEXT = 400
# Words that look ahead or hedge: the month may be the coming one.
_AHEAD_OR_HEDGE = re.compile(
    r"\b(?:will|won['\u2019]t|would|may|might|can|could|should|shall|set to|plans?|planned|"
    r"scheduled|expected|expects?|upcoming|ahead|next|until|hopes?|intends?|going to|[Ii]f)\b"
)
# Words at which the clause a month goes with ends, read backwards from it:
# a relative, a conjunction (and an infinitive's "to", a participle).
_CLAUSE_STOPS = frozenset("that which who whom where when while and but because".split())
_NOUN_BEFORE = [[w] for w in "a an the his her its their".split()]
_DETERMINERS = frozenset("a an the his her its their this that these those".split())
_BE = BE_FORMS | {"am"}
_HAVE = frozenset("has have having 've \u2019ve".split())


def month_edits(
    text: str, start: int, end: int, published: dt.date
) -> list[tuple[int, int, str]] | None:
    """The insertions (source offset, 0, " [year]") that give each month
    of the fact `text[start:end]` named without its year the year it
    stands for (`_year_of`); none where the sentence names a year itself;
    None where a month's year is not sure, or where its paragraph names
    another year before it ("In 2010, Roe ran. In June, she won ..."):
    which year, only the sentences before say."""
    sentence = text[start:end]
    if _MONTH_HINTS.search(sentence) is None:
        return []  # (most sentences: one search for a month's letters)
    if YEAR.search(sentence) and not _only_dated_nouns(sentence):
        return []
    paragraph = max(text.rfind("\n", 0, start), start - _CONTEXT)
    before = set(YEAR.findall(text, max(0, paragraph), start))
    offset = start
    edits = []
    for m in _MONTH.finditer(sentence):
        cue = m.group("cue")
        month = m.group("month")
        day = int(m.group("day").split("-")[0].rstrip("stndrh")) if m.group("day") else 0
        if not day:
            if month == "May" and (cue is None or cue in ("a", "an", "the")):
                continue  # ("May" alone is as often the verb)
            if cue is None and not m.group("pos") and not _before_noun(sentence, m.end()):
                continue  # "June" alone: maybe a name ("June Roe")
        if cue in ("every", "each"):
            continue  # "every June": one of many, no year
        year = _year_of(sentence, m, day, published)
        if year is None or before - {str(year)}:
            return None
        edits.append((offset + m.end(), 0, f" [{year}]"))
    return edits


# A month with its year before a noun, after a determiner: the date of a
# thing ("a June 2011 email"), not of the sentence's act.
_DATED_NOUN = re.compile(
    r"\b(?:a|an|the|his|her|its|their|that|this) (?:"
    + "|".join(MONTHS)
    + r")(?: [1-9]\d?,)? (?:19|20)\d\d (?=[a-z])"
)


def _only_dated_nouns(sentence: str) -> bool:
    """Whether every year of `sentence` dates a thing a noun names ("In
    early January, the board released a June 2011 email": January is the
    one most recently past, as with no year written), after the first
    month written with no year, which the reader has read as that one."""
    things = list(_DATED_NOUN.finditer(sentence))
    if not things or len(things) != len(YEAR.findall(sentence)):
        return False
    first = next((m for m in _MONTH.finditer(sentence) if m.end() <= things[0].start()), None)
    return first is not None


def _year_of(sentence: str, m: re.Match[str], day: int, published: dt.date) -> int | None:
    """The year the month `m` of `sentence` stands for in a source dated
    `published`; None where it is not sure. "last June" is the June before
    the source's month ("last February", written in March, may be this
    year's or the year before's: None), "next June" the one after it,
    "this June" the source's year; a month in a clause that looks ahead
    ("will vote in June", "plans to open in May", "is scheduled for June")
    is the coming one; a month told in the past, the one most recently past
    (`_past_clause`); a month after the source's date that a past looks
    ahead to ("agreed to debate in September", "if Roe is elected in
    November"), the coming one; any other ("states voting in March", a
    hedge of a month before the source's), None."""
    number = _NUMBER[m.group("month")]
    which = (m.group("cue") or "").lower()
    if which == "last":
        return published.year - 1 if number >= published.month else None
    if which == "next":
        return published.year + 1 if number <= published.month else None
    if which == "this":
        return published.year
    words = sentence[: m.start()].split()
    now = (published.month, published.day if day else 0)
    if _future_clause(words):
        return published.year if (number, day) >= now else published.year + 1
    ahead = _ahead(_clause(sentence, m, _STOP_WORDS))
    if (number, day) <= (published.month, published.day):
        if ahead:
            return None  # ("may", "until", "would": ahead maybe, or a hedge)
        return published.year if _past_sentence(sentence) else None
    if _past_clause(words) or (
        _past_sentence(sentence)
        and (len(words) <= 2 or _OPENER.issuperset(w.lower() for w in words))
    ):
        # ("Through the end of September, Roe had spent ..."; "if Roe won in
        # November", "plans made for December": a past that may look ahead)
        return None if ahead else published.year - 1
    # A month after the source's date in a clause that looks ahead from a
    # past ("planned to vote on March 1", "offered to debate April 14",
    # "if Roe is elected in November") or in a present ("states that vote
    # on March 1"; read back to a relative only: "Roe visited Quillon and
    # Velmar in June" is past) is the coming one: the year before's would
    # be written with its year (the news style rule).
    if which not in ("since", "through", "until") and (
        ahead
        or (
            _infinitive(words) and (day or which in ("in", "by"))
        )  # (not "an awkward December visit")
        or not _past_sentence(_clause(sentence, m, _RELATIVES))
    ):
        return published.year
    return None


def _infinitive(words: list[str]) -> bool:
    """Whether the words before a month, read back to its clause's start,
    reach an infinitive before any past tense: "agreed to debate Quarrow
    in", "ordering him to appear in court" (not "met Quarrow at the gala
    in")."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].strip(",.;:").lower()
        if w in _CLAUSE_STOPS or (past_tense(w) and (not i or words[i - 1].lower() not in _BE)):
            return False
        if w == "to" and i + 1 < len(words) and words[i + 1] not in _DETERMINERS:
            return True
    return False


def _clause(sentence: str, m: re.Match[str], back: re.Pattern[str]) -> str:
    """The clause of `sentence` the month `m` stands in: from the last
    word of `back` before it to the first relative or conjunction after it
    ("Quillon, which holds a March 1 caucus and ...": "holds a March 1
    caucus")."""
    lo = hi = None
    relative = False
    for w in _STOP_WORDS.finditer(sentence):
        if w.end() <= m.start():
            if back.fullmatch(w.group()):
                lo, relative = w.end(), w.group() in ("who", "which")
        elif w.start() >= m.end() and hi is None:
            hi = w.start()
    comma = sentence.find(", ", m.end(), hi) if relative else -1
    if comma >= 0:
        hi = comma  # ("Roe, who spoke in March, will run": its comma ends it)
    return sentence[lo or 0 : hi or len(sentence)]


def _ahead(clause: str) -> bool:
    """Whether a month's `clause` holds a word that looks ahead or hedges
    ("if Roe is elected in November", "In June, Roe may run"; not "the
    plan", a noun's: a "will" of another clause is not in it, "Roe endorsed
    Quarrow in February and will campaign for her")."""
    return any(
        clause[max(0, a.start() - 6) : a.start()].lower().split()[-1:] not in _NOUN_BEFORE
        for a in _AHEAD_OR_HEDGE.finditer(clause)
    )


_STOP_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_CLAUSE_STOPS)) + r")\b|;")
_RELATIVES = re.compile(r"that|which|who|whom|where|when|while|because|;")
# Words of a time that opens a sentence before its month: "Through the end of".
_OPENER = frozenset(
    "in since by through until at the end start beginning middle of early late".split()
)


# Words that put a clause in the future by themselves, and those that do
# with "to" after them ("plans to open", "is set to vote").
_WILL = frozenset("will shall won't won\u2019t".split())
_PLAN = frozenset("plans plan planning intends intend aims aim going".split())
_SET = frozenset("set scheduled slated expected due".split())


def _future_clause(words: list[str]) -> bool:
    """Whether the words before a month, read back to its clause's start,
    put it in the future: "will host 40 farmers in", "plans to open in",
    "is scheduled for" (not "was scheduled for", "agreed to debate in")."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].strip(",.;:").lower()
        if w in _CLAUSE_STOPS or w in ("was", "were", "had"):
            return False
        if w in _WILL or w.endswith(("'ll", "\u2019ll")):
            return True
        prior = words[i - 1].lower() if i else ""
        if w == "to" and (
            prior in _PLAN or (prior in _SET and i > 1 and words[i - 2].lower() in ("is", "are"))
        ):
            return True
        if w in _SET and prior in ("is", "are"):
            return True  # "is scheduled for June"
        if past_tense(w) and prior not in _BE and prior not in _DETERMINERS:
            return False  # a past of its own (not "a contested convention"): "agreed to debate in"
    return False


def _before_noun(sentence: str, end: int) -> bool:
    """Whether a lower-case word follows the month: "December interview"."""
    rest = sentence[end : end + 20]
    return rest[:1] == " " and rest[1:2].islower()


def _past_sentence(sentence: str, perfect: bool = True) -> bool:
    """Whether the sentence tells of something past: a past tense not after
    a form of "be" ("is elected" is no past) or a determiner ("the reported
    sum" is an adjective's), nor, without `perfect`, after "has" or "have"
    ("has won" tells of what stands now)."""
    words = sentence.split()
    if perfect and ("was" in words or "were" in words or "had" in words):
        return True  # ("was conducted in May": a past passive; "had raised": a past perfect)
    before = _BE | _DETERMINERS if perfect else _BE | _DETERMINERS | _HAVE
    return any(
        past_tense(w.strip(",.;:"))
        and (not i or (words[i - 1].lower() not in before and not _owner(words[i - 1])))
        and not (i > 1 and words[i - 2].lower() in (before - _DETERMINERS))  # "has also won"
        for i, w in enumerate(words)
    )


def _owner(word: str) -> bool:
    """Whether the word is a possessive: "Roe's" ("Roe's reported income":
    the participle after it describes a noun)."""
    return word.endswith(("'s", "\u2019s"))


def _past_clause(words: list[str]) -> bool:
    """Whether the words before a month, read back to its clause's start,
    hold a past tense: "met Quarrow at the gala in" (not "states that
    vote in", "agreed to debate in", "states voting in")."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].strip(",.;:").lower()
        if w in _CLAUSE_STOPS or (w.endswith("ing") and len(w) > 4):
            return False  # ("states voting in": ahead, maybe)
        if w == "to" and i + 1 < len(words) and words[i + 1] not in _DETERMINERS:
            return False  # "agreed to debate in": an infinitive, ahead maybe ("to a gala": no)
        if w in ("was", "were") or (past_tense(w) and (not i or words[i - 1].lower() not in _BE)):
            return True  # ("was conducted Dec. 6-9": a past passive)
    return False


# Days named by a word of their own, not a weekday's name.
_DAY_WORDS = ("today", "tonight", "yesterday")
# A time the sentence gives itself: a date, a relative time, a season, a
# span ("in the third quarter", "last week", "since"), an ordinal that
# places an event among its kind ("her first Senate campaign").
_OWN_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d|"
    + "|".join(MONTHS + WEEKDAYS)
    # (the short forms news style writes with a stop, not all `MONTH_SHORT`)
    + r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|"
    + "|".join(_DAY_WORDS)
    + r"|week|weekend|month|year|years|quarter|spring|summer|fall|autumn|winter|ago|since|now"
    r"|recently|then|later|earlier|once|decade|century|era|term|tenure"
    r"|first|last|previous|former|initial|current|recent|time)\b"
)

# An age ("Roe's 41-year-old aide", "a girl, 9 months old"): no time the
# sentence gives its act, though it holds "year".
_AGE = re.compile(r"\b(?:years?|months?|weeks?)[- ]old\b")
# A relative clause set off by commas ("A portrait of Roe, who died on
# Friday, was hung in the hall"): its time is that of the person or thing
# it describes, not of the sentence's act.
_RELATIVE = re.compile(r", (?:who|whose|which) [^,]*(?:,|$)")


def time_only_before(text: str, start: int, end: int) -> bool:
    """Whether the fact `text[start:end]` tells of something past with no
    time of its own while only the sentences before it say when: the
    sentence just before it, in its paragraph, names a year, or it says it
    "also" happened (besides what the sentences before told, at their
    time), or the few sentences before it name a day and it is an act
    told by the writer, not someone's account of it. "In 2009, the guild
    launched a referendum. The guild was rejected by 61.3 percent of
    voters.", "Roe also gave $5,000 to the guild.", "Roe spoke in Velmar on
    Tuesday. Roe won 52 percent of the vote." (when? only the sentences
    before say)."""
    sentence = text[start:end]
    if not (
        " also " in sentence
        or year_just_before(text, start)
        or (_day_shortly_before(text, start) and not _told_or_after(sentence))
    ):
        return False  # (most sentences: no time just before them)
    return _undated_past(sentence)


def told_just_before(text: str, start: int, end: int) -> str | None:
    """The time, as a citation's bracket writes it ("in 2009", "on May 3,
    2015"), that the sentence just before the fact `text[start:end]`, in
    its paragraph, gives the same subject's past act, when the fact is a
    past act with no time of its own that only that sentence dates: "In
    2009, the guild launched a referendum. The guild was rejected by 61.3
    percent of voters." ([in 2009]). None where it is not sure: the
    sentence before names more than one year, or its year in no "in" or
    "on" (the "2009 referendum", "since 2009"), or tells no past, or of
    another subject."""
    sentence = text[start:end]
    if not sentence.endswith(".") or " also " in sentence:
        return None  # ("also": besides what the sentences before told, maybe at another time)
    lo = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    before = text[lo:start].rstrip()
    stop = before.rfind(". ", 0, len(before) - 1)
    if stop < 0 and lo != text.rfind("\n", 0, start) + 1:
        return None  # (the paragraph's start out of reach: the sentence before may be cut)
    prior = before[stop + 2 :] if stop >= 0 else before
    years = YEAR.findall(prior)
    when = _TOLD_WHEN.search(prior)
    if len(years) != 1 or when is None or not _past_sentence(prior, False):
        return None
    if not _same_subject(_subject(prior[when.end() :] if when.start() == 0 else prior), sentence):
        return None
    month, day = when.group("month"), when.group("day")
    if month is None:
        return f"in {years[0]}"
    number = _NUMBER[month]
    if day is None:
        return f"in {date_long(f'{years[0]}-{number:02d}')}"
    return f"on {date_long(f'{years[0]}-{number:02d}-{int(day):02d}')}"


# A year (a month, a day) given as the time of a sentence's act: "In 2009,",
# "in June 2009", "on May 3, 2015" (not "the 2009 vote", "since 2009").
_TOLD_WHEN = re.compile(
    r"\b[IiOo]n (?:(?P<month>"
    + "|".join(MONTHS)
    + "|"
    + "|".join(re.escape(s) for s in _SHORT)
    + r") (?:(?P<day>[1-9]|[12]\d|3[01]), )?)?(?:19|20)\d\d\b,? ?(?![-\u2013]|to\b)"
)
# The pronouns that take up a person the sentence before named as its subject.
_PRONOUNS = frozenset("he she".split())


def _subject(sentence: str) -> list[str]:
    """The words of a sentence before its verb (a past, a form of "be" or
    "have", a verb of speech) or its first comma: "the Quillon guild"."""
    words = []
    for w in sentence.split():
        bare = w.rstrip(",.;:")
        if past_tense(bare) or bare in _BE or bare in _HAVE or bare == "had":
            break
        words.append(bare)
        if bare != w:
            break
    return words


def _same_subject(prior: list[str], sentence: str) -> bool:
    """Whether the sentence's subject is the one `prior` names: its last
    word (a name, a noun: "Roe", "guild") is among `prior`'s, or it is "he"
    or "she" after a subject that ends in a name."""
    own = _subject(sentence)
    if not own or not prior or len(own) > 4:
        return False
    head = own[-1].lower()
    if len(own) == 1 and head in _PRONOUNS:
        return prior[-1][:1].isupper() and prior[0].lower() not in _DETERMINERS
    return head not in _DETERMINERS and head in (w.lower() for w in prior)


def year_just_before(text: str, start: int) -> bool:
    """Whether the sentence just before `start`, in its paragraph, names a year."""
    lo = max(text.rfind("\n", 0, start), start - _CONTEXT)
    before = text[max(0, lo) : start]
    stop = max(before.rfind(". ", 0, len(before.rstrip()) - 1), 0)
    return YEAR.search(before, stop) is not None


def _day_shortly_before(text: str, start: int) -> bool:
    """Whether the text names a day (`_DAYS`) in the few sentences before `start`."""
    first = max(0, start - _DAY_CONTEXT)
    if text.find("day", first, start) < 0 and text.find("onight", first, start) < 0:
        return False  # (two of the sentences in three: every day named holds one of these)
    return any(text.find(day, first, start) != -1 for day in _DAYS)


def _told_or_after(sentence: str) -> bool:
    """Whether the sentence is someone's account or places its act after
    another (`_TOLD_OR_AFTER`)."""
    return not _TOLD_OR_AFTER.isdisjoint(sentence.split()) or "ccording to" in sentence


# A day the sentences before a fact name, and how far back they are read:
# a news story's first sentences give the day of what it tells next.
_DAYS = (*WEEKDAYS, *_DAY_WORDS)
_DAY_CONTEXT = 600
# Someone's account ("Roe said the vote was close", "..., according to the
# clerk": when it was told matters less than what), or a time given by the
# event it follows ("after the vote"): no act only the sentences before date.
_TOLD_OR_AFTER = frozenset(
    w + p for w in ("says", "said", "told", "wrote", "after") for p in STUCK_ON
)


def _undated_past(sentence: str) -> bool:
    """Whether the sentence tells of something past ("gave", "was
    rejected": a past passive) with no time of its own."""
    own = _AGE.sub(" ", sentence) if "old" in sentence else sentence
    if ", wh" in own:
        own = _RELATIVE.sub(",", own)
    if _OWN_TIME.search(own):
        return False
    return " was " in own or " were " in own or _past_sentence(own, False)
