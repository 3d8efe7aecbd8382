"""A learned confidence gate over the facts the finder offers (#17, round 37):
measured in bench, NOT shipped in the app (CHANGELOG says why).

Every rule before it reads one kind of failure; this one weighs the
general form of the whole line, the way the judges' verdicts on earlier
tuning samples weighed it: what opens the line (a name, a resolved
bracket, "the <noun>", a number), whether it says when (a year, a month,
a weekday, a relative time, a date in brackets), its verbs (a past act,
"is"/"has", a modal), the shipped evaluative lexicon's hits, its length
and place in the article, its pronouns and words pointing back ("also",
"another", "same"): a line that leans on earlier ones rarely stands alone.

`features` computes them from the cited line and its article only (no
word list drawn from any article: function words and the lexicons the app
already ships). `confidence` is a logistic model over them whose weights
below are numbers fitted by bench/facts_gate_fit.py on the judged tuning
facts (bench/facts_tune_verdicts_*.tsv: the strict rounds 22-36, the older
rounds at half weight), scaled feature by feature as that script scales
them; a dated source's fact below THRESHOLD is not offered (an undated
source's facts are not weighed: every fact it was fitted on was dated).
`doubtful` is what a gate in the finder would ask of each dated fact; the
bench filters `find_facts`'s output with it to measure the gate on.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import operator
import re

from app.core.extract.fact_evaluative import EVALUATIVE, SUBJECTIVE
from app.core.extract.fact_lexicon import MONTHS, WEEKDAYS
from app.core.extract.lexicon import SPEECH_VERBS

# Marks that part words (str.replace and str.split cost less than a
# pattern: the gate reads every fact found).
_MARKS = '.,;:!?"()[]\u2018\u2019\u201c\u201d\u2014'
_YEAR = re.compile(r" (?:1[89]|20)\d\d[ ']")
_DIGIT = re.compile(r"\d")
_BRACKET = re.compile(r"\[[^\]]*\]")
_CAPITALISED = re.compile(r" [A-Z]")
_INDEFINITE = frozenset("a an one some several many most few other others".split())
_DEMONSTRATIVE = frozenset("this that these those such".split())
# Function words: never a name opening the line.
_FUNCTION = frozenset(
    """the a an and or but of in on at to for from by with as that this these those it its
    is are was were be been being has have had will would could should may might can
    not no than then there their they them he she his her him who whom which what when
    where while about after before over under into also said says just only more most
    some such other than very""".split()
)
# Words of a kind the features ask about, as bits: one lookup a word.
_KINDS = {
    "month": {m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS},
    "weekday": {w.lower() for w in WEEKDAYS},
    "relative": set("yesterday today tonight tomorrow ago earlier later recently".split()),
    "span": set("week month year weekend morning night afternoon evening quarter".split()),
    "span opener": set("last this next past".split()),
    "be": set("is are am".split()),
    "have": set("has have".split()),
    "modal": set("will would could may might should can must".split()),
    "first person": set("i we our us my me".split()),
    "negation": set("not no never n't nor".split()),
    "comparing": set("than more most less least".split()),
    "said": set(SPEECH_VERBS) | {"according"},
    "evaluative": set(EVALUATIVE),
    "subjective": set(SUBJECTIVE),
    "pronoun": set("he she it they him her them his its their hers theirs".split()),
    "back": set("also again another same other such still too then there instead".split()),
}
_BIT = {kind: 1 << i for i, kind in enumerate(_KINDS)}
_WORD_BITS = {
    word: sum(_BIT[kind] for kind, words in _KINDS.items() if word in words)
    for word in set().union(*_KINDS.values())
}
_MONTH, _WEEKDAY, _RELATIVE, _SPAN, _SPAN_OPENER, _BE, _HAVE, _MODAL = (
    _BIT[k] for k in ("month", "weekday", "relative", "span", "span opener", "be", "have", "modal")
)
_FIRST_PERSON, _NEGATION, _COMPARING, _SAID = (
    _BIT[k] for k in ("first person", "negation", "comparing", "said")
)
_EVALUATIVE, _SUBJECTIVE, _PRONOUN, _BACK = (
    _BIT[k] for k in ("evaluative", "subjective", "pronoun", "back")
)

_ZEROS = itertools.repeat(0)

NAMES = (
    "bias",
    "opens with a resolved bracket",
    "brackets in the line",
    "a bracket holds a figure",
    "opens with 'the'",
    "opens with an indefinite word",
    "opens with a demonstrative",
    "opens with a name (not lower case in the article near it)",
    "opens with a figure",
    "a year",
    "a month",
    "a weekday",
    "a relative time",
    "a percent",
    "a dollar figure",
    "a figure",
    "reported speech / according to",
    "share of words ending -ed",
    "'is'/'are'",
    "'has'/'have'",
    "a modal",
    "a strongly evaluative adjective",
    "a subjective adjective",
    "words / 30",
    "place in the article (0-1)",
    "capitalised words inside (share)",
    "quote marks",
    "first person",
    "a negation",
    "a comparison",
    "commas",
    "a parenthesis",
    "says when (any of the times above, a dated bracket)",
    "a figure and no time",
    "a past act (-ed) and no time",
    "a pronoun (a resolved one is bracketed: none)",
    "a word pointing back (also, again, another, same ...)",
    "share of words ending -ly",
)


def features(text: str, start: int, cited: str) -> list[float | int | bool]:
    """The gate's features of the fact that starts at `start` in `text`,
    cited as `cited`, in the order of NAMES (the first, 1.0, is the bias).
    String methods, four patterns and one lookup a word do the work: the
    gate asks this of every fact found. A bool counts 1 or 0; a word kind's
    bit counts 0 or the bit (the fitted scale makes it one)."""
    low = cited.lower()
    spaced = low
    for mark in _MARKS:
        spaced = spaced.replace(mark, " ")
    words = spaced.split()
    spaced = f" {spaced} "
    n = max(1, len(words))
    bits = functools.reduce(operator.or_, map(_WORD_BITS.get, words, _ZEROS), 0)
    head = words[0] if words else ""
    opening = cited[:1]
    name = (
        opening.isupper()
        and head not in _FUNCTION
        and head not in _INDEFINITE
        and head not in _DEMONSTRATIVE
        and text.find(f" {head} ", max(0, start - 800), start + 800) < 0
    )
    inner = _BRACKET.findall(cited)
    figure = _DIGIT.search(cited) is not None
    year = figure and _YEAR.search(spaced) is not None
    relative = bool(bits & _RELATIVE) or (bits & (_SPAN | _SPAN_OPENER)) == _SPAN | _SPAN_OPENER
    dated = any(_DIGIT.search(s) for s in inner)
    when = year or bool(bits & (_MONTH | _WEEKDAY)) or relative or dated
    past = spaced.count("ed ")
    return [
        1.0,
        opening == "[",
        min(3, len(inner)),
        dated,
        head == "the",
        head in _INDEFINITE,
        head in _DEMONSTRATIVE,
        name,
        opening.isdigit() or opening == "$",
        year,
        bits & _MONTH,
        bits & _WEEKDAY,
        relative,
        "%" in cited or " percent " in spaced,
        "$" in cited,
        figure,
        bits & _SAID,
        past / n,
        bits & _BE,
        bits & _HAVE,
        bits & _MODAL,
        bits & _EVALUATIVE,
        bits & _SUBJECTIVE,
        n / 30,
        start / max(1, len(text)),
        len(_CAPITALISED.findall(cited)) / n,
        '"' in cited or "\u201c" in cited or "\u201d" in cited,
        bits & _FIRST_PERSON,
        bits & _NEGATION or "n't" in low,
        bits & _COMPARING,
        min(4, cited.count(",")),
        "(" in cited,
        when,
        figure and not when,
        past > 0 and not when,
        bits & _PRONOUN,
        bits & _BACK,
        spaced.count("ly ") / n,
    ]


# Fitted by bench/facts_gate_fit.py (see its docstring for the data): the
# (mean, scale, weight) of each feature of NAMES, in order; a feature is
# standardised, (value - mean) / scale, before its weight applies.
MODEL: tuple[tuple[float, float, float], ...] = (
    (0.0000, 1.0000, +0.9972),  # bias
    (0.2345, 0.4237, +0.1518),  # opens with a resolved bracket
    (1.2845, 0.9124, +0.0612),  # brackets in the line
    (0.5823, 0.4932, +0.0253),  # a bracket holds a figure
    (0.0946, 0.2927, +0.0827),  # opens with 'the'
    (0.0346, 0.1829, -0.0769),  # opens with an indefinite word
    (0.0013, 0.0365, +0.0401),  # opens with a demonstrative
    (0.4051, 0.4909, +0.0782),  # opens with a name (not lower case in the article near it)
    (0.0013, 0.0365, -0.0834),  # opens with a figure
    (0.7995, 0.4004, +0.1785),  # a year
    (0.5670, 0.4955, -0.0367),  # a month
    (0.5943, 0.9140, +0.1012),  # a weekday
    (0.1193, 0.3241, +0.2656),  # a relative time
    (0.0733, 0.2606, +0.1943),  # a percent
    (0.0879, 0.2832, +0.0335),  # a dollar figure
    (0.9081, 0.2889, +0.1966),  # a figure
    (961.9187, 1022.1164, +0.1888),  # reported speech / according to
    (0.0440, 0.0373, +0.0990),  # share of words ending -ed
    (5.7135, 12.2551, -0.1742),  # 'is'/'are'
    (12.0666, 25.0332, +0.0626),  # 'has'/'have'
    (16.1173, 42.4646, +0.0269),  # a modal
    (24.5596, 316.2168, +0.0589),  # a strongly evaluative adjective
    (507.5656, 1974.9316, -0.0459),  # a subjective adjective
    (0.8862, 0.3265, -0.0610),  # words / 30
    (0.4701, 0.2933, +0.1404),  # place in the article (0-1)
    (0.1992, 0.0961, +0.1770),  # capitalised words inside (share)
    (0.0180, 0.1329, -0.0582),  # quote marks
    (0.6822, 13.1978, -0.0506),  # first person
    (31.0480, 122.1836, -0.0394),  # a negation
    (122.7981, 332.6649, -0.0395),  # a comparison
    (1.7622, 1.2074, +0.1105),  # commas
    (0.0420, 0.2005, -0.0435),  # a parenthesis
    (0.8115, 0.3911, +0.0850),  # says when (any of the times above, a dated bracket)
    (0.1073, 0.3094, +0.0098),  # a figure and no time
    (0.1206, 0.3256, +0.0397),  # a past act (-ed) and no time
    (6712.9647, 8057.3767, -0.1373),  # a pronoun (a resolved one is bracketed: none)
    (3056.3091, 9529.3290, -0.0769),  # a word pointing back (also, again, another, same ...)
    (0.0102, 0.0212, -0.0914),  # share of words ending -ly
)
THRESHOLD = 0.57


def _linear() -> tuple[float, tuple[float, ...]]:
    """MODEL as an intercept and one coefficient a feature: the weights
    over the scales, the means folded into the intercept."""
    if not MODEL:
        return 0.0, ()
    intercept = sum(-w * m / s for m, s, w in MODEL[1:]) + MODEL[0][2]
    return intercept, (0.0, *(w / s for _, s, w in MODEL[1:]))


_INTERCEPT, _COEFFICIENTS = _linear()


def confidence(values: list[float | int | bool]) -> float:
    """The model's probability that a judge finds the fact standalone and
    checkable (1.0 when no weights are fitted)."""
    if not MODEL:
        return 1.0
    return 1.0 / (1.0 + math.exp(-_INTERCEPT - sum(map(operator.mul, values, _COEFFICIENTS))))


# THRESHOLD as log-odds: the gate compares the model's linear score with it
# (the same test as confidence < THRESHOLD, with no exponential).
_CUT = math.log(THRESHOLD / (1 - THRESHOLD)) - _INTERCEPT if MODEL else -math.inf


def doubtful(text: str, start: int, cited: str, published: dt.date | None) -> bool:
    """Whether the gate holds the fact back: its confidence below THRESHOLD.
    Only a dated source's facts are weighed: the model was fitted on dated
    sources alone (an undated one's facts carry no dated brackets)."""
    return (
        published is not None
        and bool(MODEL)  # (the fitting script empties it: every fact the rules offer)
        and sum(map(operator.mul, features(text, start, cited), _COEFFICIENTS)) < _CUT
    )
