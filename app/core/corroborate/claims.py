"""What a quote or a factual claim says, reduced to comparable parts.

- `quote_signature`: a quote's words (quote marks, case and punctuation
  dropped) and its word shingles, for finding the same quote and excerpts;
- `fact_signature`: a claim's values (quantities.py, names.py), each with
  what it is said about: the content words of its own clause around it, the
  names in that clause, and the times the sentence places it at; and the
  sentence's words and word pairs, for paraphrases.

Nothing here knows about the library; it is plain text in, plain data out.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from app.core.corroborate.amounts import amount_marks, whole_marks
from app.core.corroborate.contests import year_marks
from app.core.corroborate.day_counts import day_count_marks
from app.core.corroborate.day_marks import day_marks
from app.core.corroborate.names import STATE_ROLES, name_values, role_holders
from app.core.corroborate.needed import needed_mark
from app.core.corroborate.quantities import (
    MONTHS,
    NUMBER_WORDS,
    Value,
    durations,
    labels_a_thing,
    letter_words,
    number_values,
)
from app.core.corroborate.text import (
    STATE_NAMES,
    ProperWords,
    Token,
    content_tokens,
    dash_aside,
    lemma,
    outside_markup,
    plain,
    words,
)
from app.core.corroborate.times import WEEKDAYS, running, time_anchors
from app.core.corroborate.vote_days import vote_marks

SHINGLE = 4  # words per quote shingle
MIN_QUOTE_WORDS = 4  # a shorter excerpt is too common to tie two quotes together
CONTEXT = 6  # content words each side of a value, within its clause

_LABEL_YEAR = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|your)|'s)\s+$", re.IGNORECASE)
_LABEL_DATE = re.compile(
    r"(?:st|nd|rd|th)?\s+(?!(?:in|on|at|to|and|or|when|with|by|for|of|as|after|before|the|a|an)\b)[A-Za-z]"
)
# Where one clause of a sentence ends and another, often about another
# subject, begins: "X won 52 percent, while Y won 33 percent".
_CLAUSE_BREAK = re.compile(
    r"(?=[;:\u2014,\s])(?:[;:\u2014]|\s--\s|,\s*(?:while|whereas|but|and|compared|followed|ahead of|up from|"
    r"down from|with|who|which|including|according)\b|\s(?:while|whereas|when|versus|vs\.?)\s)",
    re.IGNORECASE,
)
_NEAR_WORD = re.compile(r"[A-Za-z0-9']+")
_DEADLINE = re.compile(r"\bby\s+$", re.IGNORECASE)
_RELATIVE = re.compile(r",?\s*(?:who|which|when)\b", re.IGNORECASE)


def claim_values(text: str) -> list[Value]:
    """The typed values a claim states, in text order, each once (names in
    one-holder roles first, then dates, money, percentages, tallies, years, counts)."""
    text = plain(text)
    return outside_markup(text, number_values(text, name_values(text)))


def hash_keys(texts: Iterable[str], prefix: str = "") -> list[int]:
    """A stable hash of `prefix + text` for each text, in order (Python's
    own str hash changes between processes): the CRC-32 of its UTF-8. The
    prefix's CRC is worked out once and carried on over each text (zlib's
    running CRC), and no call is made per key (a regroup hashes millions)."""
    start = zlib.crc32(prefix.encode("utf-8"))
    crc32 = zlib.crc32
    return [crc32(t.encode("utf-8"), start) for t in texts]


@dataclass
class QuoteSig:
    source_id: int
    norm: str  # " w1 w2 ... " for containment tests
    length: int
    shingles: list[int]


def quote_signature(source_id: int, text: str) -> QuoteSig:
    toks = words(text)
    if len(toks) < SHINGLE:
        shingles = hash_keys([" ".join(toks)]) if toks else []
    else:
        spans = range(len(toks) - SHINGLE + 1)
        shingles = sorted(set(hash_keys([" ".join(toks[i : i + SHINGLE]) for i in spans])))
    return QuoteSig(source_id, f" {' '.join(toks)} ", len(toks), shingles)


def same_quote(a: QuoteSig, b: QuoteSig) -> bool:
    """One quote is the other, or an excerpt of it, up to quote marks and punctuation."""
    short, long = (a, b) if a.length <= b.length else (b, a)
    if short.length == 0:
        return False
    if short.norm == long.norm:
        return short.length >= 2
    return short.length >= MIN_QUOTE_WORDS and short.norm in long.norm


@dataclass(slots=True)
class ValueContext:
    """A value and what it is said about."""

    value: Value
    words: frozenset[str]  # lemmas of the content words around it, in its clause
    pairs: frozenset[str]  # pairs of neighbouring such lemmas that are not names
    names: frozenset[str]  # lemmas of the names among them, one per run (its last word)
    clause_names: frozenset[str]  # the same for the whole clause, role holders included
    surface: dict[str, str]  # lemma -> a word as written, for labels
    # A year written as a label of a thing ("the 2010 midterms", "his 2008
    # bid") says which thing is meant, and a year framing another figure
    # says when that figure holds: neither is a claim of when something happened.
    # So does another figure after "the" or an owner ("the 900 ballots",
    # "the county's $4 million levy"): two sentences naming the thing so
    # share the thing, not a claim about it.
    label: bool = False
    # For a year, the figures it frames ("650 courses have closed since
    # 2006"): those figures' time, a claim of when only if both reports
    # state the framed figure alike (then it is what the sentence says).
    frames: frozenset[str] = frozenset()
    running: str = ""  # see times.running
    # The times its own clause places it at (times.time_anchors).
    times: frozenset[str] = frozenset()
    # For a name value: the lemma of the word right after the name, usually
    # what the person did ("signed"); "" when none or a name.
    action: str = ""
    # The last name before it in its clause ("Ana Roe won 52 percent"): whom
    # it is said of; "" when none.
    subject: str = ""
    # The two words either side, as written, function words included
    # ("<to", ">by"): which of two figures of a sentence is this one's counterpart.
    next_to: frozenset[str] = frozenset()
    # The other figures of its clause, of other kinds ("count:state=5" beside
    # "1,106 delegates in five states"): stated alike by two reports, they
    # place both figures in one statement.
    beside: frozenset[str] = frozenset()
    # The name it is said of with the lower-case word right after that name,
    # or right next to it ("varnby caucus": "the Varnby caucuses on Feb. 1",
    # "Varnby's Feb. 7 caucuses"): what a day is the day of (day_marks.py); for
    # a year, the contest or death it is the year of (contests.py).
    marks: frozenset[str] = frozenset()


@dataclass(slots=True)
class FactSig:
    source_id: int
    values: list[ValueContext]
    feats: frozenset[str]  # the sentence's lemmas and lemma pairs, and its figures
    core: frozenset[str]  # the same without names and figures: what it says of whom
    names: frozenset[str]  # lemmas of the names, outside name values, one per run
    times: frozenset[str]  # the times the sentence places itself at (times.time_anchors)
    numbers: frozenset[str]  # every figure it states, as "kind=value"
    # Every word of every name ("california", "gov", "brown" for "California
    # Gov. Ana Brown"), to test whether a name one claim gives is in the other.
    all_names: frozenset[str] = frozenset()
    holders: frozenset[str] = frozenset()  # surnames of people named in a role
    # Names written in two words or more ("@public policy institute"): a
    # poll, a study, a body or a law, named alike by reports of it.
    runs: frozenset[str] = frozenset()
    when: date | None = None  # the source's date, if known
    sketch: list[int] = field(default_factory=list)


def _surname(v: Value) -> str:
    """A role holder's name as its words are compared: the lemma of its
    last word, as for any name token ("Quorrels" -> "quorrel")."""
    return lemma(v.value.split()[-1].lower())


def _pairs(tokens: list[Token]) -> set[str]:
    return {f"{a.lemma} {b.lemma}" for a, b in zip(tokens, tokens[1:], strict=False)}


def _clause(text: str, breaks: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding text[start:end]."""
    cut = bisect_right(breaks, start)
    left = breaks[cut - 1] if cut else 0
    cut = bisect_left(breaks, end)
    right = breaks[cut] if cut < len(breaks) else len(text)
    return left, right


def _state_of(text: str, before: list[Token], start: int) -> frozenset[str]:
    """For a role a state has one holder of, the state named right before
    its title ("New Jersey Gov. Ana Ruiz", "Fla. Gov. ..."), as "state:<its
    last word>"; empty when the words before are no state's name ("Democratic
    Gov. ..."). A state's name opening the sentence counts ("Ohio Gov. Ana
    Ruiz said"), though a first word is not read as a name unless its
    source uses it as one elsewhere."""
    return _states(_name_run(before, start, text))


def _name_run(before: list[Token], start: int, text: str = "") -> list[str]:
    """The names written right before `start`, in order ("New Jersey");
    with `text`, also a capitalized word not read as a name (a sentence's
    first word), and only names with nothing but spaces between them: a
    comma ends the run ("Gov. Tam Vesk of Ohio, Gov. Ivo Kell" does not make
    Kell Ohio's)."""
    run: list[str] = []
    end = start
    for t in reversed(before):
        capital = t.name or (text and text[t.start : t.start + 1].isupper())
        if not capital or end - t.end > 2 or (text and text[t.end : end].strip(" .")):
            break
        run.insert(0, t.lemma)
        end = t.start
    return run


def _states(run: list[str]) -> frozenset[str]:
    return frozenset(
        "state:" + " ".join(run[-n:])
        for n in range(1, min(3, len(run)) + 1)
        if tuple(run[-n:]) in STATE_NAMES
    )


# "state House Speaker", "House Speaker": a state's house, unnamed; the nation's.
_STATE_HOUSE = re.compile(r"\bstate\s+House\s+$", re.IGNORECASE)


def _house_of(text: str, before: list[Token], start: int) -> frozenset[str]:
    """For a speaker, the house whose one speaker is named: a state's
    ("Ohio House Speaker Ana Ruiz" -> "state:ohio"), or with no state named
    before "House", the nation's ("House Speaker Ana Ruiz" ->
    "house:national"); empty without "House" right before the title (a
    speaker of anything) or for an unnamed state's ("the state House Speaker")."""
    if not before or before[-1].lemma != "house" or start - before[-1].end > 2:
        return frozenset()
    if _STATE_HOUSE.search(text, max(0, start - 20), start):
        return frozenset()
    return _states(_name_run(before[:-1], before[-1].start)) or frozenset({"house:national"})


# A person or group named only by a pronoun: someone, but perhaps not the
# one the other claim names.
# (The lookahead on the first letter only spares trying each word at every
# other word's start: "the" is in nearly every sentence.)
_PRONOUN = re.compile(r"(?=[hst])\b(?:he|she|him|her|his|they|them|their)\b", re.IGNORECASE)
SOMEONE = "?someone"


def fact_signature(
    source_id: int, text: str, when: date | None = None, proper: ProperWords | None = None
) -> FactSig:
    """A claim's signature; `when` is its source's date, if known, against
    which relative times ("last year", "on Tuesday") are read; `proper` the
    words its source uses as names (text.proper_words)."""
    text = plain(text)
    letters = letter_words(text.lower())  # for the cheap tests of number_values and time_anchors
    # People named in a role, now or formerly: they act in the claim; their
    # names are not its subject's ("Gov. Ana Ruiz signed it").
    holding, formers = role_holders(text)
    values = outside_markup(text, number_values(text, holding, letters))
    tokens = content_tokens(text, proper)
    holders = {_surname(v) for v in values if v.kind.startswith("name:")}
    holders |= {_surname(v) for v in formers}
    in_names = [(v.start, v.end) for v in values + formers if v.kind.startswith("name:")]

    # Number words are figures, read as values, not words of the context;
    # a name's words inside a role holder's name are the holder's.
    # Months and weekdays are capitalised but say when, not who.
    tokens = [
        t._replace(name=False) if t.name and (t.word in MONTHS or t.word in WEEKDAYS) else t
        for t in tokens
        if t.word not in NUMBER_WORDS
        and not (t.name and any(a <= t.start and t.end <= b for a, b in in_names))
    ]
    # A run of names ("Ana de la Ruiz", "New Hampshire") counts once, by its
    # last word: "Ruiz" and "Ana Ruiz" are one person.
    heads = {
        t.start
        for t, nxt in zip(tokens, [*tokens[1:], None], strict=False)
        if t.name and not (nxt is not None and nxt.name and nxt.start - t.end <= 1)
    }
    contexts = []
    placed_times = time_anchors(text, values, when, placed=True, letters=letters)
    # A year written as a deadline ("to $15 by 2020") is when a goal is to be
    # met, not when the claim holds: it places no other figure in time.
    deadlines = {
        v.start
        for v in values
        if v.kind == "year" and _DEADLINE.search(text, max(0, v.start - 8), v.start)
    }
    # Years of one contest or one death between named people (contests.py).
    years_of = year_marks(text, values)
    if values:
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
    for v in values:
        if v.kind == "number":
            continue
        left, right = _clause(text, breaks, v.start, v.end)
        if dash_aside(text, left, right):  # a short aside says more of its clause
            left, right = (
                _clause(text, breaks, left - 1, left)[0],
                _clause(text, breaks, right + 1, right + 1)[1],
            )
        # A relative clause right after a figure says more of it ("comes
        # June 20, when voters in Dunmere head to the polls").
        if (
            right < len(text)
            and not text[v.end : right].strip(" ,.")
            and _RELATIVE.match(text, right)
        ):
            right = _clause(text, breaks, right + 1, right + 1)[1]
        cut = bisect_right(ends, v.start)
        before = [t for t in tokens[max(0, cut - CONTEXT) : cut] if t.start >= left]
        inner = bisect_left(starts, v.end)
        after = [t for t in tokens[inner : inner + CONTEXT] if t.end <= right]
        # The words inside a value say what it counts ("459 registered voters").
        inside = [t for t in tokens[cut:inner] if not v.kind.startswith("name:")]
        after = inside + after
        neighbours = (
            [o.end for o in values if o.end <= v.start],
            [o.start for o in values if o.start >= v.end],
        )
        plain_before = [t for t in before if not t.name]
        plain_after = [t for t in after if not t.name]
        label = (
            v.kind == "year"
            and bool(_LABEL_YEAR.search(text, max(0, v.start - 8), v.start))
            and text[v.end : v.end + 2][:1] == " "
            and text[v.end + 1 : v.end + 2].isalpha()
        )
        # A day written before a noun ("the April 19 primary") labels an
        # event the claim mentions, like a year; as a claim's own time it
        # comes with a preposition or a stop ("voted on Nov. 19, ...").
        date_label = v.kind == "date" and bool(_LABEL_DATE.match(text, v.end))
        # So does another figure after "the" or an owner ("the 900 ballots").
        figure_label = labels_a_thing(text, v)
        # A year that frames another figure in its clause ("158 closed in
        # 2013") is that figure's time, not a claim of when something happened.
        frames = frozenset(
            f"{o.kind}={o.bound}{o.value}"
            for o in values
            if v.kind == "year"
            and o.kind not in ("year", "date")
            and not o.kind.startswith("name:")
            and not durations(o.kind)
            and left <= o.start
            and o.end <= right
        )
        action = ""
        if v.kind.startswith("name:") and after and after[0].start - v.end < 3:
            action = "" if after[0].name else after[0].lemma
        # The names near the value, in its clause: those farther off are
        # often about another part of a long sentence.
        # A relative clause is said of the name it follows ("Nevada, which
        # holds caucuses on Feb. 20"): that name is in the figure's context.
        if _RELATIVE.match(text, left):
            cut_left = bisect_right(ends, left)
            antecedent = [t for t in tokens[max(0, cut_left - 1) : cut_left] if t.start in heads]
            before = antecedent + before
        around = before + after
        near_names = {t.lemma for t in around if t.start in heads}
        # Whom the figure is said of: the last name before it in its clause.
        subject = next((t.lemma for t in reversed(before) if t.start in heads), "")
        clause_names = {t.lemma for t in tokens if t.start in heads and left <= t.start < right}
        clause_names |= {t.lemma for t in before if t.start in heads}
        # The holders of roles named in the clause take part too ("Gov. Ana
        # Ruiz signed it in 2017"), except in a name value's own context.
        if not v.kind.startswith("name:"):
            in_clause = [
                n
                for n in values + formers
                if n.kind.startswith("name:") and n.start < right and n.end > left
            ]
            clause_names |= {_surname(n) for n in in_clause}
            # One named before the figure is its subject ("Gov. Ana Ruiz won
            # 66 delegates"); one after it may be another party ("sent to Mayor Ruiz").
            near_names |= {_surname(n) for n in in_clause if n.end <= v.start}
        if not clause_names and _PRONOUN.search(text, left, right):
            clause_names.add(SOMEONE)
        if not near_names and SOMEONE in clause_names:
            near_names.add(SOMEONE)
        office = (
            _state_of(text, before, v.start)
            if v.kind in STATE_ROLES
            else _house_of(text, before, v.start)
            if v.kind == "name:speaker"
            else frozenset()
        )
        contexts.append(
            ValueContext(
                v,
                # The office is a word of the holder's context: two claims
                # naming one state's holder are candidates of each other
                # however little else their sentences share (rules.one_office).
                frozenset(t.lemma for t in around) | office,
                frozenset(_pairs(plain_before) | _pairs(plain_after)),
                frozenset(near_names),
                frozenset(clause_names),
                {t.lemma: text[t.start : t.end] for t in around},
                label or date_label or figure_label,
                frames,
                # "now" is said of the figure next to it, not of one past another.
                running(
                    text,
                    max(left, v.start - 30, *neighbours[0]),
                    min(right, v.end + 30, *neighbours[1]),
                    when,
                ),
                frozenset(
                    t
                    for t, at in placed_times
                    if left <= at < right and (at == v.start or at not in deadlines)
                ),
                action,
                subject,
                beside=frozenset(
                    f"{o.kind}={o.bound}{o.value}"
                    for o in values
                    if o.kind != v.kind
                    and o.kind != "number"
                    and not o.kind.startswith("name:")
                    and left <= o.start
                    and o.end <= right
                ),
                next_to=frozenset(
                    [f"<{w}" for w in _NEAR_WORD.findall(text, max(0, v.start - 24), v.start)[-2:]]
                    + [f">{w}" for w in _NEAR_WORD.findall(text, v.end, v.end + 24)[:2]]
                ),
                marks=day_marks(text, before, after, heads, v.end, v.start)
                | vote_marks(text, v.start, v.end)
                if v.kind == "date"
                else office
                | needed_mark(text, v)
                | amount_marks(text, v)
                | whole_marks(text, v)
                | day_count_marks(text, v)
                | years_of.get(v.start, frozenset()),
            )
        )
    feats = {t.lemma for t in tokens} | _pairs(tokens)
    plain_tokens = [t for t in tokens if not t.name]
    core = frozenset({t.lemma for t in plain_tokens} | _pairs(plain_tokens))
    # The values of a claim are among its features: two sentences stating
    # the same figures are closer than two sharing only words.
    figures = {f"{v.kind}={v.bound}{v.value}" for v in values if not v.kind.startswith("name:")}
    feats |= {f"={f}" for f in figures}
    names = {t.lemma for t in tokens if t.start in heads}
    runs, run = set(), []
    for t in tokens:
        if t.name and run and t.start - run[-1].end <= 1:
            run.append(t)
            continue
        if len(run) > 1:
            runs.add("@" + " ".join(r.lemma for r in run))
        run = [t] if t.name else []
    if len(run) > 1:
        runs.add("@" + " ".join(r.lemma for r in run))
    if not names and not holders and _PRONOUN.search(text):
        names.add(SOMEONE)
    times = frozenset(t for t, _ in placed_times)
    return FactSig(
        source_id,
        contexts,
        frozenset(feats),
        core,
        frozenset(names),
        times,
        frozenset(figures),
        all_names=frozenset(t.lemma for t in tokens if t.name) | names | holders,
        holders=frozenset(holders),
        runs=frozenset(runs),
        when=when,
    )
