"""A photo's caption left in the text, and a scene with no time.

A caption: "Velmar officer Dana Roe holds up the ledger used in the 2013
trial." News reports what happened in the past tense; a caption tells
what the picture shows in the present, with a past time beside it. A
present-tense verb of a scene right after the name of who is pictured, in
a line that also holds a year, is a caption, not a report (`fact_rules`
turns away the same verbs with a full date).

A timeline's entry: "11:00 am \u2013 Police receive calls ...": which day,
only the timeline's heading says.

A scene: "Dana Roe, 67, a retiree from Quillon, stood beside the stage."
A person the article introduces by age, as reporters do the people they
meet at an event, doing something with no time in the line: when, only
the sentences before say (what the person said is reported speech, and
stays).

An act with no time: "The Quillon guild gave $5 million to the fund." A
past act told in the simple past, not reported speech, with no time in
the line (no date, no "yesterday", "recently", "then", "when ...", no
year): which year, or which round of it, only the sentences before say
(a present perfect, "has given", is as of the writing, and stays; a year
that dates only the thing acted on, "settled a 1981 claim", is no time). A
bracket that opens the line says who or what acts, not when: "[The Roe
campaign] handed out a flyer." is as undated as the line it stands in (a
poll or a study it names is the exception, the time of its findings its
own); a thing named in brackets inside the line may be an event's owner
("after [the board]'s vote"), whose time the act shares.

Words said with no time: "Dana Roe said the levy would pay for the depot."
A line whose main verb is a verb of speech in the past ("said", "told",
"criticized") reports what someone said once: when, the line must say (a
day, a year, "last week", an event it was said at); else only the
sentences before say it (a present, "Roe says ...", is what the speaker
holds as of the writing, and stays).
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import CAPTION_DATED_VERBS, MONTH_STARTS, YEAR, past_tense
from app.core.extract.fact_markets import has_time
from app.core.extract.fact_other_times import ONE_EVENT, person_clauses_out, without_other_times
from app.core.extract.fact_reported import REPORTING


def pictured(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) reads as a photo's
    caption: among its first eight words a present-tense verb of a scene
    ("holds", "signs", "waves") right after a capitalized word (the end of
    a name: "Dana Roe holds ..."), and a year in the line; or a person's
    place in the picture after the name ("Dana Roe, left, and ...")."""
    if ", left" in sentence or ", right" in sentence or ", cent" in sentence:
        if _PLACED.search(sentence):
            return True  # "Dana Roe, left, and Tova Quarrow talk ...": who is where
    if not CAPTION_DATED_VERBS.isdisjoint(tokens[1:8]):  # (most sentences: one set test)
        for i in range(1, min(8, len(tokens))):
            if tokens[i] in CAPTION_DATED_VERBS and tokens[i - 1][:1].isupper():
                return YEAR.search(sentence) is not None
    return plural_caption(sentence, tokens)  # "Supporters of Roe cheer ... on May 3, 2016."


# The plural present of the caption verbs ("Supporters of Roe cheer at a
# rally on May 3, 2016."): each verb of `CAPTION_DATED_VERBS` less its "s"
# ("cheers" -> "cheer", "kisses" -> "kiss").
_PLURAL_SCENES = frozenset(
    v[:-2] if v.endswith(("sses", "shes")) else v[:-1] for v in CAPTION_DATED_VERBS
)
# Words before a verb's plain form that make it no plural present: "to
# wave", "will speak", "did not leave", "and".
_NO_SUBJECT = frozenset(
    "to will would can could may might must should shall do does did not never and or the a an".split()
)
# A full date with its year: "May 3, 2016", "Sept. 9, 2013".
_FULL_DATE = re.compile(rf"\b(?:{'|'.join(MONTH_STARTS)})[a-z]*\.? \d{{1,2}}, (?:19|20)\d\d\b")


def plural_caption(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence is a caption of many ("Supporters of Dana Roe
    cheer at a Quillon rally on May 3, 2016."): among its first eight
    words a plural present of a verb of a scene after its subject (not "to
    wave", "will speak"), and a full date with its year in the line (a report tells
    a dated scene in the past)."""
    if _PLURAL_SCENES.isdisjoint(tokens[1:8]):
        return False  # (most sentences: one set test)
    for i in range(1, min(8, len(tokens))):
        if tokens[i] in _PLURAL_SCENES and tokens[i - 1].lower() not in _NO_SUBJECT:
            return _FULL_DATE.search(sentence) is not None
    return False


# "Dana Roe, left, and ...", "Roe, second from right, ...": where a person
# stands in a picture, set off by commas after the name.
_PLACED = re.compile(
    r"[A-Z][\w'\u2019.-]*, (?:(?:second|third) from )?(?:left|right|center|centre)"
    r"(?:, | and |\)| in )"
)


# "Dana Roe, 67, ..." or "Dana Roe, a 67-year-old ...": a person met at
# the scene, by name and age.
_AGED = re.compile(
    r"^\[?(?:[A-Z][\w'\u2019.-]*\]? ){1,3}?\[?[A-Z][\w'\u2019.-]*\]?, "
    r"(?:\d{2}, |an? (?:[a-z]+ )?(?:\d{2}|[a-z]+(?:-[a-z]+)?)-year-old )"
)


def undated_scene(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence tells what a person met at the scene did
    ("Dana Roe, 67, a retiree, stood beside the stage"): a name and an age
    open it, its first verb after them is a past tense, not one of speech,
    and the line says no time."""
    m = _AGED.match(sentence)
    if m is None:
        return False
    start = sentence[: m.end()].count(" ")
    for t in tokens[start:]:
        if t in REPORTING:
            return False  # "Roe, 67, said ...": reported
        if t in ("has", "have", "is", "was"):
            return False  # "Roe, 59, has worked there for 13 years": what is
        if past_tense(t.rstrip(",.;:")):
            return not has_time(sentence, tokens)
    return False


# Words that make a line's verb other than an undated simple past, or say
# when: an auxiliary of the present, the perfect or the future ("has
# given", "will give", "is giving"), a report's own verb, a time.
_NOT_UNDATED_ACT = REPORTING | frozenset(
    """
    has have had is are am will would can could may might must should do does did not
    isn't aren't hasn't haven't hadn't won't doesn't don't didn't wasn't weren't
    reports reported noted notes confirmed confirms stated states explained acknowledged according
    now currently recently earlier later then once again previously when after before
    during until while time first tonight yesterday today year week month day quarter season
    term session decade century rejected denied disputed conceded admitted
    """.split()
)
_RESTRICTIVE = re.compile(r"(?<=[a-z]) (?:who|that|which) (?:is|are)\b(?= (\w*))")
# Its verbs, which a name may hold ("United States"): `_verb_or_time`.
_VERB_WORDS = REPORTING | frozenset("states stated reports reported notes noted".split())
# A year or a decade written short ("in '08", "the '80s", "the 1970s").
_SHORT_YEAR = re.compile(r"['\u2018\u2019]\d\ds?\b|\b(?:19|20)\d0s\b")


# A bracket that gives a person's name ("[Dana] Roe", "[Dana Roe]"): who,
# not when; so does one opening the line, its subject ("[The Roe campaign]").
_PERSON_BRACKET = re.compile(r"\[(?!The |An? )[A-Z][a-z]+(?: [A-Z][\w.]*){0,3}\]")
# A bracket that names a poll or a study ("[The Velmar Poll] reached 800
# voters"): what it did is dated by the poll's own days, as a one-time event
# dates what is done at it. Any other bracket names who or what acts, not
# when (a date in one is a time `has_time` reads).
_STUDY_BRACKET = re.compile(r"\[[^\]]*\b(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies))\b[^\]]*\]")
# A stretch of years the act took ("Over a 10-year stretch in Quillon,
# Roe passed ..."): a time of its own.
_STRETCH = re.compile(r"\b\d+-year (?:stretch|span|period|tenure|career)\b")


# What is no word of the main clause: a relative clause set off by commas
# (", all of which have ...,", ", who is ...,"), also inside an apposition
# (", a tanner who now is a clerk,"), words in quotation marks or
# parentheses. Its verbs do not make the main verb other than a past ("The
# guilds, all of which have Velmar in their names, gave $5,000": when?), nor
# do its words of time date it ("Roe, a tanner who now is a clerk, said
# ...": when Roe said it, the line does not say).
_ASIDE = re.compile(
    r", (?:who|which|whose|where|(?:all|some|many|most|one|none|each) of (?:which|whom))"
    r" [^,;]*(?:,|(?=[.;]$))|, an? [^,;]*? (?:who|which) [^,;]*,"
    r"|\"[^\"]*\"|\u201c[^\u201d]*\u201d|\([^)]*\)"
    r"| (?:--?|\u2013|\u2014) [^-\u2013\u2014]+ (?:--?|\u2013|\u2014) |\u2014[^\u2014]+\u2014"
)
_ASIDE_MARKS = (", wh", " of wh", " who ", " which ", '"', "\u201c", "(")


def _main_words(sentence: str, tokens: list[str]) -> list[str]:
    """`tokens` less the words of the sentence's asides (`_ASIDE`)."""
    if any(mark in sentence for mark in _ASIDE_MARKS) or _dashes(sentence) > 1:
        return _ASIDE.sub(" ", sentence).split()
    return tokens  # (most sentences)


def _dashes(sentence: str) -> int:
    """How many dashes may set off an aside (two are needed: one dash alone,
    common in news, asks for no search)."""
    return (
        sentence.count(" - ")
        + sentence.count(" -- ")
        + sentence.count("\u2013")
        + sentence.count("\u2014")
    )


def undated_act(sentence: str, tokens: list[str], *, perfect: bool = False) -> bool:
    """Whether the sentence as cited (split at spaces: `tokens`) tells a
    past act with no time, as the module says: a simple past ("gave",
    "were killed") with no present before it, no auxiliary of the
    present, perfect or future in its main clause (`_main_words`), no verb
    of speech, no time in the line. With `perfect`, a past perfect too
    ("Roe had worked at the depot for 12 years"): it tells what came
    before a time only the sentences before give (so no time of theirs
    dates it: `fact_dates` asks without). Times that are not the act's own
    (`fact_other_times`) are no time of the line."""
    words = _main_words(sentence, tokens)
    if " is " in sentence or " are " in sentence:
        # "Candidates who are out of the race received 18 percent": a restrictive
        # clause's present describes the subject; the act is the main verb's.
        # ("Clerks who are paid by the fund hold ...": a participle after it, kept.)
        words = _RESTRICTIVE.sub(lambda m: m[0] if past_tense(m[1]) else "", " ".join(words))
        words = words.split()
    if perfect and "had" in words:
        words = _past_perfect(words)
    if "than" in words:
        words = _pro_verbs_out(words)  # ("voted ... than did Vesk's clerks": no auxiliary)
    if (cut := without_other_times(sentence)) != sentence or (
        ", who" in sentence and (cut := person_clauses_out(sentence)) != sentence
    ):
        # ("Roe was joined by Vesk, whose 2014 loss ...", "..., who won on
        # Tuesday": a time not the act's)
        return undated_act(cut, cut.split(), perfect=perfect)
    if not _NOT_UNDATED_ACT.isdisjoint(words):
        return False  # (most sentences: "said", "is")
    if YEAR.search(sentence) and (
        (" a 19" not in sentence and " a 20" not in sentence)
        or YEAR.search(sentence := _without_years_of_objects(sentence))
    ):
        return False  # (a year that dates what is acted on, "settled a 1981 claim", is none)
    if "[" in sentence:
        if _STRETCH.search(sentence) or _STUDY_BRACKET.search(sentence):
            return False  # ("[The Velmar Poll] reached ...": the poll's days)
        rest = sentence[sentence.index("]") + 1 :] if sentence[0] == "[" else sentence
        if rest.count("[") != len(_PERSON_BRACKET.findall(rest)):
            return False  # ("after [the board]'s vote": a thing named inside the line, its event)
    if _SHORT_YEAR.search(sentence):
        return False
    if not _NOT_UNDATED_ACT.isdisjoint(t.rstrip(",.;:").lower() for t in words):
        if not _NOT_UNDATED_ACT.isdisjoint(_verb_or_time(t, i) for i, t in enumerate(words)):
            return False  # (asked again only then: a name's "States" is no verb)
    first = next((i for i, t in enumerate(words) if past_tense(t.rstrip(",.;:"))), None)
    if first is None:
        return False
    for i in range(1, first):
        t = words[i]
        if len(t) > 3 and t.isalpha() and t.islower() and t[-1] == "s" and t[-2] != "s":
            if i + 1 == first or words[i + 1] in ("were", "was"):
                continue  # "Velmar clerks were killed": the subject, a plural
            if words[i - 1][0].isupper() or words[i - 1] in ("he", "she", "it"):
                return False  # "The Velmar Fund holds $5 million Roe raised": a present
    own = [t.removesuffix("'s").removesuffix("\u2019s") for t in tokens]  # ("Tuesday's vote")
    return not has_time(sentence, own) and ONE_EVENT.search(sentence) is None


def _verb_or_time(token: str, i: int) -> str:
    """`token` in lower case, as `_NOT_UNDATED_ACT` is asked, but for a verb
    that is a name's word after the first ("the United States", "Velmar
    Reports"): "" (a time stays, "Election Day")."""
    word = token.rstrip(",.;:")
    if i and word[:1].isupper() and word.lower() in _VERB_WORDS:
        return ""
    return word.lower()


# Verbs of speech in the past: someone's words at one time. Not the
# factive ones ("noted", "acknowledged", "explained"), which also give
# what follows as true: the writer's fact as much as the speaker's words.
# A report of figures ("the firms reported 12 losses") is a filing or a
# statement made once: of which quarter or day, the line must say.
_SAID_PAST = frozenset(
    w + p
    for w in """
    said told wrote tweeted added stated argued claimed insisted declared
    criticized accused praised blasted slammed warned urged vowed promised
    recounted reported
    """.split()
    for p in ("", ",")
)
# Words that name a time or the occasion of what was said ("when",
# "after", "during"), or make the verb other than a simple past.
_SPEECH_TIME_WORDS = _NOT_UNDATED_ACT - REPORTING
# Words that open what was said after its verb ("said that ...", "said he
# would ..."): a time after them is what was said, not when.
_SAID_OPENS = frozenset("that he she it they we i you".split())
# Determiners that open what was said right after "said", a verb of speech
# with no object ("said each year of study yields ..."; "wrote the book",
# "declared victory" have one): no word of the saying's own time comes
# first ("said this week" does).
_SAID_OPENS_WITH = frozenset("the a an each every most many some all no any several both".split())
# A year before a word in lower case: it may date a thing, not an act.
_YEAR_BEFORE_WORD = re.compile(r"(?:19|20)\d\d(?= [a-z])")
_THING_OWNERS = frozenset("the a an his her its their".split())
_ACT_PREPOSITIONS = frozenset("in at of during since before after until for".split())


def _without_years_of_things(main: str) -> str:
    """`main` less the years that date a thing, not an act: "Roe's 2011
    plan", "the 2012 race" (after a preposition a year dates the act: "in
    the 2012 race")."""
    cut = []
    for m in _YEAR_BEFORE_WORD.finditer(main):
        before = main[max(0, m.start() - 30) : m.start()].split()
        if not before:
            continue
        last = before[-1]
        if last.endswith(("'s", "\u2019s")) or (
            last.lower() in _THING_OWNERS
            and not (len(before) > 1 and before[-2].lower() in _ACT_PREPOSITIONS)
        ):
            cut.append(m.span())
    for start, end in reversed(cut):
        main = main[:start] + main[end:]
    return main


# A year after "a" that opens a verb's object ("to settle a 1981 claim",
# "cited a 2015 audit"), not after a preposition ("on a 2010 recall") or a
# verb of being ("was a 2012 graduate"): it dates the thing, not the act
# (after "the" the thing may be the act's own event: "lost the 2019 race").
_OBJECT_YEAR = re.compile(
    r"\b(?!(?:on|in|at|of|for|with|from|by|to|into|during|since|before|after|until|over"
    r"|under|about|against|through|is|are|was|were|be|been|being)\b)[a-z]+ an? "
    r"((?:19|20)\d\d) (?=[a-z])"
)


def _without_years_of_objects(main: str) -> str:
    """`main` less the years of `_OBJECT_YEAR` (offsets not kept)."""
    return _OBJECT_YEAR.sub(lambda m: m.group()[: m.start(1) - m.start()], main)


def undated_speech(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence as cited (split at spaces: `tokens`) reports
    words said once with no time, as the module says: the first verb of its
    main clause (`_main_words`) is a verb of speech in the past, its main
    clause holds no time, date or event (a year that dates a thing, "Roe's
    2011 plan", is none, nor a span counted from a time the line does not
    give, "over the next six months"), and neither the words before the verb nor those
    after it up to what was said (`said_adjunct`) hold a word of time or
    occasion ("when", "after": those in what was said are its own). A time
    in a "who" clause set off by commas is the clause's
    (`without_person_clauses`)."""
    if _SAID_PAST.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    if ", who" in sentence and (cut := person_clauses_out(sentence)) != sentence:
        return undated_speech(cut, cut.split())  # ("Roe, who left in 2012, said": 2012 is hers)
    words = _main_words(sentence, tokens)
    for v in range(1, len(words)):
        w = words[v].rstrip(",.;:")
        if w in _SAID_PAST:
            break
        if past_tense(w) or w in _SPEECH_TIME_WORDS or w in _PASSIVE:
            return False  # "Roe has said", "Roe was declared": another verb first
    else:
        return False
    scope = words[:v] + said_adjunct(words[v + 1 :], words[v])
    if not _SPEECH_TIME_WORDS.isdisjoint(t.rstrip(",.;:").lower() for t in scope):
        return False  # "said on Tuesday", "said after the vote", "said for the first time"
    main = " ".join(words)
    if YEAR.search(main) and YEAR.search(main := _without_years_of_things(main)):
        return False  # (a year that dates a thing alone is left out)
    if _SHORT_YEAR.search(main) or ONE_EVENT.search(main):
        return False
    if "ext " in main or "irst " in main or "ing " in main:
        main = _SPAN_OF_TIME.sub(" ", main)  # ("next", "first", "following", "coming")
    own = [t.removesuffix("'s").removesuffix("\u2019s") for t in main.split()]
    return not has_time(main, own) and _MAY_DAY.search(main) is None


# A span counted from a time the line does not give: "within his first 100
# days", "over the next six months" (from when it was said, or took office).
_SPAN_OF_TIME = re.compile(
    r"\b(?:next|first|following|coming) (?:\w+ )?(?:days|weeks|months|years|hours)\b"
)
# "May 3" ("May" alone is as often the verb, which `has_time` leaves out).
_MAY_DAY = re.compile(r"\bMay \d")


_PASSIVE = frozenset("was were be been being".split())
_AUXILIARIES = _PASSIVE | frozenset(
    "has have had is are am will would can could may might must should do does did".split()
)


def said_adjunct(after: list[str], verb: str = "") -> list[str]:
    """The words after a verb of speech that may say when it was said ("on
    Tuesday", "in a statement released Friday", "told reporters Monday"),
    up to what was said: "that", a pronoun subject, an auxiliary ("said
    the levy would"), a past after a name ("said Roe voted"), or twelve
    words."""
    if verb == "said" and after and after[0] in _SAID_OPENS_WITH:
        return []  # "said each year of study yields ...": what was said, from its first word
    out: list[str] = []
    for t in after[:12]:
        w = t.rstrip(",.;:")
        if (
            w.lower() in _SAID_OPENS
            or w in _AUXILIARIES
            or (out and past_tense(w) and out[-1][:1].isupper())
        ):
            break
        out.append(t)
        if w != t:
            break  # (a comma or a stop ends the verb's own words)
    return out


def told_with_no_time(sentence: str, tokens: list[str]) -> bool:
    """Whether the fact as cited (split at spaces: `tokens`) tells a scene,
    an act (simple past or past perfect) or words said once with no time:
    `undated_scene`, `undated_act`, `undated_speech`."""
    return (
        undated_scene(sentence, tokens)
        or undated_act(sentence, tokens, perfect=True)
        or undated_speech(sentence, tokens)
        or undated_count(sentence, tokens)
    )


# "had 1,317 cases", "had about $800,000": a count held in the past.
_HAD_COUNT = re.compile(
    r" had (?:about |more than |nearly |almost |roughly |only |just |at least |over |some )?\$?\d"
    r"| had (?:[a-z]+ )?(?!(?:its|his|this|was|has|less|thus|hers|ours|theirs|yours|always)\b)"
    r"[a-z]{2,}[^s\W]s (?:[a-z]+ing|in|at|on)\b"  # ("had staffers watching the count")
)


def undated_count(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence as cited tells, as its main verb, a count held
    in the past ("Quillon, which has 9,000 residents, had 1,317 cases";
    "The guild had about $800,000 in its account"), or people or things
    held where or doing what ("Roe had aides watching the count", "had
    offices in Velmar", round 58) with no time in the
    line: of which year, only the sentences before say (a count held now,
    "has 40 employees", is dated as of the source, `fact_markets`)."""
    if " had " not in sentence:
        return False  # (most sentences: one substring test)
    words = _main_words(sentence, tokens)
    main = " ".join(words)
    m = _HAD_COUNT.search(main)
    if m is None or YEAR.search(sentence) or not REPORTING.isdisjoint(tokens):
        return False
    for t in main[: m.start()].split():
        w = t.strip(",;:").lower()
        if w in _AUXILIARIES or past_tense(w) or w in _SPEECH_TIME_WORDS:
            return False  # another verb first, or a word of time ("In May, ...")
    own = [t.removesuffix("'s").removesuffix("\u2019s") for t in tokens]
    return not has_time(sentence, own) and "ccording" not in sentence


def _pro_verbs_out(words: list[str]) -> list[str]:
    """`words` less a "did"/"do"/"does"/"had" standing for the verb after
    "than" ("more clerks voted than did pilots"): a comparison's pro-verb,
    no auxiliary of the main clause."""
    return [w for i, w in enumerate(words) if not (i and words[i - 1] == "than" and w in _PRO)]


_PRO = frozenset("did do does had".split())


def _past_perfect(words: list[str]) -> list[str]:
    """`words` less the "had" of a past perfect ("had worked", "had also
    sought", "had also already sent"; not "had been", nor "had" that owns:
    "had staff there")."""
    i = words.index("had")
    j = i + 1
    while j < len(words) and j < i + 3 and words[j] in ("also", "already", "just"):
        j += 1
    if j < len(words) and past_tense(words[j].rstrip(",.;:")):
        return words[:i] + words[i + 1 :]
    return words


# "11:00 am – ...", "9 p.m. - ...": an hour and a dash open an entry of a
# timeline.
_TIMELINE_ENTRY = re.compile(r"\d{1,2}(?::\d\d)? ?(?:a\.?m\.?|p\.?m\.?|AM|PM)? ?[\u2013\u2014-] ")


# "Nov. 4, 2014 The vote that ...": a date set as a heading, run into the
# entry's first words with no comma or verb between.
_DATE_HEADING = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, )?(?:19|20)\d\d:? (?:The|A|An|[A-Z][a-z]+:) "
)


def timeline_entry(sentence: str) -> bool:
    """Whether the sentence is an entry of a timeline: an hour and a dash
    open it ("11:00 am \u2013 Police receive calls ..."), or a date set as
    its heading ("Nov. 4, 2014 The vote that got away.")."""
    if sentence[0].isdigit():
        return (
            _TIMELINE_ENTRY.match(sentence) is not None or _DATE_HEADING.match(sentence) is not None
        )
    # (a heading that opens with no year opens with a month)
    return sentence[:3] in MONTH_STARTS and _DATE_HEADING.match(sentence) is not None
