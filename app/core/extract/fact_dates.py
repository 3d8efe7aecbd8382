"""Times a fact names relative to when it was written: "on Tuesday",
"yesterday", "last week", "this year's convention".

Alone, such a fact does not say when: "Tuesday" is whichever Tuesday the
article's date makes it. With the source's publication date known, each
relative time gets its date in square brackets after the source's words
("on Tuesday [March 22, 2016]"), the journalist's convention for words
added to a citation; where the date cannot be told with confidence ("a few
weeks ago", "last spring"), the fact is not offered. With no date known
(a source imported before its date is typed in), the time stays as the
source wrote it: the source's date, cited with the fact, is the key then.
"""

from __future__ import annotations

import datetime as dt
import re

from app.core.cite_fields import date_long
from app.core.extract.fact_captions import undated_act
from app.core.extract.fact_lexicon import MONTHS, WEEKDAYS, past_tense
from app.core.extract.fact_liveblog import DAY_NAMES, entry_edit
from app.core.extract.fact_months import (
    month_edits,
    time_only_before,
    told_just_before,
    year_just_before,
)
from app.core.extract.fact_ongoing import as_of_at
from app.core.extract.fact_perfect import says_at, says_edit
from app.core.extract.fact_present import forward_spans

_WEEKDAY_NAMES = [w.lower() for w in WEEKDAYS]
_WEEKDAY_AT = re.compile("|".join(WEEKDAYS), re.IGNORECASE)
# Words that put a weekday's own clause in the future: "will vote Tuesday",
# "is set to vote Friday". Only these date a day after the source's own.
_AHEAD = re.compile(
    r"\b(?:will|won't|is expected|are expected|is scheduled|are scheduled|is set|are set|"
    r"is slated|are slated|plans to|is due|are due)\b"
)
# Words of a day to come that do not say the clause's tense: "ahead of
# Monday's opening", "polled through Sunday", "planned for Friday" may all
# be told after the day, so a day after the source's is not read from them.
_TOWARD = re.compile(
    r"\b(?:upcoming|until|through|planned for|heading into|going into|ahead of|in advance of|"
    r"leading up to|run-up to|eve of|would|plan to|planning to|going to|hope to|hopes to|"
    r"hoping to|expects? to|intends? to|(?:was|were|had been) (?:scheduled|set|slated|"
    r"expected|due))\b|\bbefore $",  # ("before Tuesday's vote")
    re.IGNORECASE,
)
# Words before a weekday that make it one of many: "every Friday".
_RECURRING = frozenset(("every", "each"))
# A present tense that schedules, a few words before a weekday: "Quillon
# holds its primary Tuesday", "the board meets on Friday" (not the forms
# that are also nouns or adjectives: "an open letter Monday").
_SCHEDULED = re.compile(
    r"\b(?:holds|votes|meets|faces|begins|opens|starts|hosts|hold|meet|begin)"
    r"(?: (?!after\b|since\b|before\b)[\w'\u2019-]+){0,3} (?:on )?$"
)
# The same present right after a weekday: "On Tuesday, Quillon votes ...".
_SCHEDULED_AFTER = re.compile(
    r"(?: (?:morning|afternoon|evening|night))?,(?: (?!to\b)[\w'\u2019.-]+){0,3}? "
    r"(?:holds|votes|meets|faces|begins|opens|starts|hosts|hold|vote|meet|begin|open|start)\b"
)
# A present that goes on as the article is written: "is trailing", "are heading".
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am)(?: [a-z]+ly)? [a-z]+ing\b"
    r"|\b(?:who|which) (?:[a-z]+ly )?(?!has\b|was\b|is\b|does\b)[a-z]+[^s\W]s\b"
)  # (or "who lacks", "which seeks": a relative clause in the present)
# A weekday with its date written out stands on its own: "Friday, April 1", "Tuesday (March 22)".
_MONTH_NAMES = "|".join(m[:3] for m in MONTHS)
_DATED_AFTER = re.compile(rf",? \(?(?:{_MONTH_NAMES})[a-z]*\.? \d")
# A weekday that is one of many: "on Saturday evenings".
_MANY = re.compile(r" (?:mornings|afternoons|evenings|nights)\b")
# A day with a name of its own before a weekday ("Super Tuesday").
_NAMED_DAY = re.compile(rf"\b(?:{DAY_NAMES}) $")
# A determiner before "last"/"next" + a unit makes it no calendar unit: a
# span from the writing after "in", "over", "within" ("in the last year":
# the twelve months to the writing; "in the next week"), or one's own ("his
# last year in office"), both left as written; else a time told from an
# event of the story ("The next year, Roe ran again"), which no date the
# article's gives. ("said that last year ..." is a conjunction's: not read
# as a determiner.)
_OWN_BEFORE = re.compile(r"\b(?:his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|this|these|those)\s+$", re.IGNORECASE)
_SPAN_THE_BEFORE = re.compile(
    r"\b(?:in|over|during|within|for|throughout|across)\s+(?:the|this|these|those)\s+$",
    re.IGNORECASE,
)
# A span of no known length to the writing: "the last few days" (`_SPAN`
# dates it "[to <date>]" after a present perfect).
_LOOSE_SPAN = re.compile(r"\b(?:last|past) (?:few|several) (?:days|weeks|months|years)\b", re.I)
# Words that make a count of an "ago" loose or one of two: "three or four
# months ago", "about two years ago", "more than a week ago", "some nine
# months ago": no one month or day is sure then.
_LOOSE_COUNT = re.compile(
    r"(?:\b(?:or|to|about|around|roughly|nearly|almost|approximately|some|over|under|than|"
    r"least|perhaps|maybe|upwards of)\s+|[-\u2013])$",
    re.IGNORECASE,
)
# A span that ends as the article is written: "has in the last year
# secured ...", "has tripled over the past two years". It is no calendar
# unit ("[2015]" would be wrong); with a present perfect it runs to the
# writing, so it is dated honestly from it: "the last year [to January 14,
# 2016]". Without one ("decided over the last month", "called over the next
# six months"), it may be reckoned from an event the story tells of, and
# stays as written. (Not "the last week of March", "the last year of his
# term": a unit of something else.)
_SPAN = re.compile(
    r"\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ww]ithin|[Ff]or|[Tt]hroughout|[Aa]cross) the "
    r"(?:last|past)(?: (?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve))? (?:days?|weeks?|months?|years?|decades?)\b"
    r"(?![\u2019']| (?:of|before|after|when|that|in office|since)\b)"
)
# A business's or a government's year or quarter told from the writing: its
# months are its own ("last fiscal year", "this fiscal quarter"), no date's.
_FISCAL = re.compile(
    r"\b(?:last|next|this|current|coming|past|previous) (?:fiscal|financial)"
    r" (?:year|quarter|half)\b",
    re.IGNORECASE,
)
_PERFECT_BEFORE = re.compile(
    r"(?:\b(?:has|have)|\b(?:he|she|it|that|who|there)[\u2019']s"
    r"|\b(?:we|they|you|I|who)[\u2019']ve)(?: (?!had\b)[\w\u2019'-]+){0,4} $",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:(?P<wrel>[Nn]ext |[Ll]ast |[Tt]his )?"
    rf"(?P<weekday>{'|'.join(WEEKDAYS)})"
    r"(?:['\u2019]s)?(?: (?:morning|afternoon|evening|night))?(?:['\u2019]s)?"
    r"|(?P<day>(?:^[YT]|\b[yt])(?:esterday|oday|onight))(?P<dpos>['\u2019]s)?"
    r"|(?P<which>(?:[Ee]arlier |[Ll]ater )?[Tt]his|[Ll]ast|[Nn]ext) "
    r"(?P<unit>morning|afternoon|evening|night|week|weekend|month|year|"
    r"spring|summer|fall|autumn|winter)(?P<upos>['\u2019]s)?"
    r"|(?P<ago>(?:\w+) (?:days?|weeks?|months?|years?) (?:ago|from now)))\b"
)


def relative_times(sentence: str) -> list[re.Match[str]]:
    """Every time `sentence` names relative to its writing, in order."""
    if not _has_hint(sentence):
        return []  # (most sentences: a few substring tests)
    found = []
    for m in _RELATIVE.finditer(sentence):
        if m.group("weekday") and (
            _DATED_AFTER.match(sentence, m.end())
            or _NAMED_DAY.search(sentence, 0, m.start())
            or _MANY.match(sentence, m.end())
        ):
            continue  # "Friday, April 1": dated; "Good Friday": a name; "Friday nights": many
        if m.group("which") and (
            _OWN_BEFORE.search(sentence, 0, m.start())
            or _SPAN_THE_BEFORE.search(sentence, 0, m.start())
        ):
            continue  # "over the last year": the twelve months to the writing, no calendar year
        found.append(m)
    return found


def _has_hint(s: str) -> bool:
    return (
        "day" in s  # the weekdays, "yesterday", "today"
        or "onight" in s
        or "last " in s
        or "Last " in s
        or "this " in s
        or "This " in s
        or "next " in s
        or "Next " in s
        or " ago" in s
        or "from now" in s
    )


def dated_edits(
    sentence: str, offset: int, published: dt.date | None, text: str | None = None
) -> list[tuple[int, int, str]] | None:
    """The insertions (source offset, 0, " [date]") that date every relative
    time of `sentence` (which starts at `offset` in the source `text`, when
    given: its months without a year are dated too, `fact_months`), from
    the source's `published` date; [] when it names none or no date is
    known; None when one cannot be dated with confidence ("a few weeks
    ago", "last spring")."""
    if published is None:
        return []  # (the source's date, cited with the fact, is the key)
    if "iscal" in sentence and _FISCAL.search(sentence):
        return None  # "last fiscal year": whose year runs from which month?
    edits = _span_edits(sentence, offset, published)
    if not edits and ("ew " in sentence or "veral " in sentence) and _LOOSE_SPAN.search(sentence):
        # "In just the last few days, the board insisted ...": a span of no
        # known length told in the past: when, no date says.
        return None
    at = as_of_at(sentence) if sentence.endswith((".", ".)")) else -1
    if at >= 0:
        # "Roe trails Quarrow by 4 points, according to the Velmar average
        # [as of June 8, 2016].": a standing told in the present holds as
        # the article was written; so does an act going on ("Roe is touring
        # the depot [as of ...]", `fact_ongoing`), and a count so far ("Two
        # trials have been held [as of ...]").
        # A clause after it, which may tell a past act, is left undated.
        edits.append((offset + at, 0, f" [as of {_day(published)}]"))
    if text is not None:
        months = month_edits(text, offset, offset + len(sentence), published)
        if months is None:
            return None
        undated = time_only_before(text, offset, offset + len(sentence))
        if undated or (
            not (edits or months)
            and year_just_before(text, offset)
            and undated_act(sentence, sentence.split())
        ):
            # "In 2009, the guild launched a referendum. The guild was
            # rejected by 61.3 percent of voters [in 2009].": the time the
            # sentence just before gives the same subject's act; else an
            # act only the sentences before date is not offered (here, or
            # as `undated_act`, for the words as cited).
            when = told_just_before(text, offset, offset + len(sentence))
            if when is not None:
                return sorted(edits + [(offset + len(sentence) - 1, 0, f" [{when}]")])
            if undated:
                return None
        found = relative_times(sentence)
        if not (edits or months) and sentence.endswith(".") and (not found or ", who" in sentence):
            # "Roe won the Quillon primary [on March 1, 2016].", "Roe has
            # won ... [as of March 1, 2016].": a live blog's entry, dated
            # only by its clock line above (`fact_liveblog.entry_edit`).
            if (entry := entry_edit(text, sentence, published, offset, bool(found))) is not None:
                edit = (offset + entry[0], 0, f" [{entry[1]} {_day(entry[2])}]")
                if not found:
                    return [edit]
                edits.append(edit)
        edits += months
    else:
        found = relative_times(sentence)
    if not (edits or found) and sentence.endswith((".", ".)")) and says_at(sentence) >= 0:
        # "Roe says the levy is fair [as of June 8, 2016].": what the
        # speaker holds as the article was written (a live blog's entry
        # says on which day, above); all of it is what was said.
        return [says_edit(sentence, offset, _day(published))]
    if not found:
        return edits
    for m in found:
        when = _date_of(sentence, m, published)
        if when is None:
            return None
        edits.append((offset + m.end(), 0, f" [{when}]"))
    return sorted(edits)


def _span_edits(sentence: str, offset: int, published: dt.date) -> list[tuple[int, int, str]]:
    """The insertions that say where each span of `sentence` reckoned from
    the writing ends: "has in the last year [to January 14, 2016] secured"
    (a present perfect places it; other spans stay as written)."""
    ahead = [(offset + at, 0, f" [from {_day(published)}]") for at in forward_spans(sentence)]
    if "the " not in sentence or "ast " not in sentence:
        return ahead  # (most sentences: substring tests)
    return ahead + [
        (offset + m.end(), 0, f" [to {_day(published)}]")
        for m in _SPAN.finditer(sentence)
        if _PERFECT_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
    ]


# Forms after a cue of the future that are no past tense of their own
# clause: "will be held Tuesday", "is expected to be released Friday".
_PASSIVE_BEFORE = frozenset("be been being is are was were get gets got".split())
# Words that open a clause of its own after a cue of the future: "will rule
# on the depot, which closed Tuesday", "will meet after the board voted".
_CLAUSE_OPENERS = frozenset("after before when since because which who that as and but ,".split())
# (Not "that", mostly a determiner: "will reach that number Tuesday".)
_SUBORDINATORS = _CLAUSE_OPENERS.difference(("and", "but", ",", "that"))
_PAST_WORD = re.compile(r"[A-Za-z]+|,")


def weekday_date(text: str, start: int, published: dt.date) -> dt.date | None:
    """The date of the weekday written at `text[start:]` ("Tuesday ...") in a
    source dated `published`, read from `text` (its sentence) up to there;
    None when it cannot be told with confidence.

    "next Tuesday" and a weekday whose clause is in the future ("will vote
    Tuesday", "is set to vote Friday") are the one to come (the day itself
    when it is that day, but never for "next"). A weekday the words before
    put ahead without saying the tense ("holds its primary Tuesday", "ahead
    of Tuesday's vote", "before Tuesday's vote", "through Sunday": a present
    may tell what has happened) is the day itself or None. "last Tuesday"
    (this week's or the week before?), "past Tuesday", "every Tuesday" (one
    of many) and "this Tuesday" but in a future are None. Otherwise, as news
    mostly reports what happened, the latest one not after the date ("voted
    Tuesday"); a past tense in a clause of its own after the cue of the
    future is the weekday's verb: "will rule on the depot, which closed
    Tuesday" is the Tuesday before. So no date is ever after `published`
    but a future's. The fact finder's brackets and corroboration's times
    both read days here."""
    target = _WEEKDAY_NAMES.index(_WEEKDAY_AT.match(text, start).group().lower())
    which = weekday_qualifier(text, start)
    if which in ("last", "past") or _RECURRING.intersection(
        text[max(0, start - 6) : start].lower().split()[-1:]
    ):
        return None
    ahead = (target - published.weekday()) % 7
    if which == "next":
        return published + dt.timedelta(days=ahead or 7)  # (never the day written on)
    reading = "future" if _opening_future(text, start) else _reading(text, start)
    if which == "this" and reading != "future":
        return None  # ("voted this Monday": this week's or the one before?)
    if reading == "future":
        return published + dt.timedelta(days=ahead)
    if reading == "unsure":
        return published if ahead == 0 else None
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def weekday_qualifier(text: str, start: int) -> str:
    """The four-letter word written right before the weekday at `start`
    ("last", "past", "this", "next"), lower case, or ""."""
    before = text[max(0, start - 6) : start].lower()
    return before[-5:-1] if before[-1:] == " " and not before[:-5].isalpha() else ""


def _reading(text: str, start: int) -> str:
    """How the words of `text` before `start` place a weekday: "future" for
    a cue of the future ("will", "is set") whose clause the day is in;
    "past" for a clause in the past tense after the last cue ("will rule on
    the depot, which closed Tuesday", "through the year, the board met
    Tuesday"), or for no cue and no present; "unsure" for a present of its
    own after a cue of the future ("when the board votes"), a cue that says
    no tense ("ahead of", "through", "would", "was scheduled to"), or a
    present with no cue (`_present`)."""
    strong = _last(_AHEAD, text, start)
    weak = _last(_TOWARD, text, start)
    cues = [c for c in (strong, weak) if c is not None]
    if not cues:
        return "unsure" if _present(text, start) else "past"
    words = _PAST_WORD.findall(text, max(c.end() for c in cues), start)
    opened = next((i for i, w in enumerate(words) if w.lower() in _CLAUSE_OPENERS), None)
    if (
        opened is not None
        and any(
            past_tense(w)
            and words[i - 1].lower() not in _PASSIVE_BEFORE
            and words[i + 1 : i + 2] != ["by"]  # ("..., followed by a speech Tuesday")
            for i, w in enumerate(words[opened + 1 :], opened + 1)
        )
    ):
        return "past"
    if strong is None:
        return "unsure"
    # ("will meet when the board votes Tuesday", "will speak at the
    # convention that opens Monday": a present of its own, which may tell
    # what has happened; "will vote and sign Tuesday", "will campaign
    # through Sunday" go on in the future.)
    words = _PAST_WORD.findall(text, strong.end(), start)
    if _SUBORDINATORS.intersection(w.lower() for w in words):
        return "unsure"
    own = _SCHEDULED.search(text, max(strong.end(), start - 50), start)
    return "unsure" if own and "that" in words and own.group().split()[0][-1] == "s" else "future"


# An aside set off by dashes or by commas after a name ("Roe—who had
# endorsed Quarrow— will ..."): no verb of the clause around it.
_ASIDE = re.compile(r"[—–][^—–]*[—–]|, (?:who|which) [^,]*,|\([^)]*\)")


def _opening_future(text: str, start: int) -> bool:
    """Whether the weekday at `start` opens the sentence ("On Monday, ...")
    whose clause, asides left out, goes on in the future before any past
    tense: "On Monday, Roe—who had endorsed Quarrow—will headline
    ..." ("On Monday, Roe said she will run" is past)."""
    if len(text[:start].split()) > 1:
        return False  # (most weekdays: inside the sentence)
    after = _ASIDE.sub(" ", text[start:])
    cue = _AHEAD.search(after)
    return cue is not None and not any(map(past_tense, _PAST_WORD.findall(after, 0, cue.start())))


def _present(text: str, start: int) -> bool:
    """Whether a present tense places the weekday at `start`: one that
    schedules just before or just after it ("holds its primary Tuesday",
    "On Tuesday, Quillon votes"), or one going on in its clause ("is
    trailing in Tuesday's runoff"; not "is leaving, and on Monday ...")."""
    end = _WEEKDAY_AT.match(text, start).end()
    if _SCHEDULED.search(text, max(0, start - 50), start) or (
        _SCHEDULED_AFTER.match(text, end)
        and not any(map(past_tense, _PAST_WORD.findall(text, end, end + 40)))
    ):
        return True
    going = _last(_PROGRESSIVE, text, start)
    if going is None or going.end() <= start - 60:
        return False
    between = _PAST_WORD.findall(text, going.end(), start)
    return not any(past_tense(w) or w.lower() in _CLAUSE_OPENERS for w in between)


def _last(cue: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The last match of `cue` in `text` before `start`."""
    found = None
    for found in cue.finditer(text, 0, start):  # noqa: B007 (the last one is kept)
        pass
    return found


# How far back the past reading puts the weekday after the source's own.
_DAY_AFTER_BACK = 6


def _date_of(sentence: str, m: re.Match[str], published: dt.date) -> str | None:
    """The date the relative time `m` of `sentence` stands for, as a citation
    writes it."""
    if m.group("weekday"):
        day = weekday_date(sentence, m.start("weekday"), published)
        if day is not None and (published - day).days == _DAY_AFTER_BACK:
            # "declared on Friday" in a Thursday's story: six days back (mostly
            # "last Friday") or the day after (a story updated after its date)?
            return None
        return _day(day) if day else None
    if m.group("day"):
        word = m.group("day").lower()
        return _day(published - dt.timedelta(days=1) if word == "yesterday" else published)
    if m.group("ago"):
        if _LOOSE_COUNT.search(sentence, 0, m.start()):
            return None  # (the count is loose: no date is sure)
        return _ago(m.group("ago"), published)
    if _THE_BEFORE.search(sentence, 0, m.start()):
        return None  # ("The next year, Roe ran again": told from the story's time)
    which = m.group("which").lower().split()[-1]
    unit = m.group("unit")
    step = {"this": 0, "last": -1, "next": 1}[which]
    if unit in ("morning", "afternoon", "evening", "night"):
        if which == "next":
            return None
        return _day(published - dt.timedelta(days=1) if which == "last" else published)
    if unit in ("week", "weekend"):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return f"the {unit} of {_day(monday)}"
    if unit == "month":
        month = published.month - 1 + step
        return _month(published.year + month // 12, month % 12 + 1)
    if unit == "year":
        return str(published.year + step)
    # A season: "this summer" is this year's; "last spring" may be this
    # year's or the year before, by when the article was written.
    return str(published.year) if step == 0 else None


_COUNTS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"a": 1, "an": 1}


def _ago(words: str, published: dt.date) -> str | None:
    """The date "two days ago", the week of "three weeks ago", the month of
    "nine months ago", the year of "two years ago" (or as far "from now");
    None for "a few weeks ago" (no count)."""
    count, unit, *when = words.split()
    n = _COUNTS.get(count.lower(), int(count) if count.isdigit() else -1)
    if n < 0:
        return None
    if when[0] == "from":
        n = -n  # "two months from now"
    unit = unit.rstrip("s")
    if unit == "day":
        return _day(published - dt.timedelta(days=n))
    if unit == "week":
        day = published - dt.timedelta(weeks=n)
        return f"the week of {_day(day - dt.timedelta(days=day.weekday()))}"
    if unit == "month":
        month = published.month - 1 - n
        return _month(published.year + month // 12, month % 12 + 1)
    return str(published.year - n)


def _day(day: dt.date) -> str:
    """A day as a citation writes it, the memo's own long form: "March 22, 2016"."""
    return date_long(day.isoformat())


def _month(year: int, month: int) -> str:
    """A month as a citation writes it: "February 2016"."""
    return date_long(f"{year:04d}-{month:02d}")


def parse_date(value: str | None) -> dt.date | None:
    """A source's date ("2016-03-23", "2016-03-23T10:00") as a date; None
    when it is missing or gives no day."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
