"""Rewriting one figure of an article for bench/plant_disagreements.py.

`PATTERNS` finds the figures of each kind (money, shares, counts, years,
days, vote tallies, people in one-holder roles); `plant` rewrites one into
a figure that clearly disagrees with it, `control` into a near miss that
must not be flagged (an approximation that agrees, a change over time that
says so, another subject, time or unit); `control_rewrites` gives every
near miss of every figure of a text, for the probes. The pairs to rewrite
are found, and the rounds made, by bench/plants_make.py.
"""

from __future__ import annotations

import math
import random
import re

from bench.plants_subject import subject_name, subject_parts

# Invented surnames for plants and controls on people ("Gov. Ana Ruiz" ->
# "Gov. Ana Thessaly"): none is a name in the data sets.
INVENTED = ["Thessaly", "Quarrington", "Velloway", "Brimcombe", "Ostravel", "Pellingham"]

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
PATTERNS = {
    # Not a comma after the figure ("$25,000, but").
    "money": re.compile(
        r"\$(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?: (million|billion|trillion))?"
    ),
    "percent": re.compile(r"\b(\d+(?:\.\d+)?)(?: percent\b|%)"),
    # Not the second number of a tally ("5-to-4 votes", "7-2 votes") nor a
    # part of another figure ("$4 billion", "2.5 points", "1/3 shares").
    "count": re.compile(r"(?<![\w.,$/\u2013-])(\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,}) ([a-z]{3,}s)\b"),
    "year": re.compile(r"\b(19[5-9]\d|20[01]\d)\b"),
    "date": re.compile(rf"\b({_MONTHS})\.? (\d{{1,2}})\b(?!,? \d{{4}}\b)"),
    "tally": re.compile(r"\b(\d{1,3})[-\u2013](\d{1,3})\b(?![-\u2013]\d)"),
    "name": re.compile(
        r"\b(Gov\.|Governor|Mayor|Sheriff|Speaker|Attorney General) ([A-Z][a-z]+) ([A-Z][a-z]+)\b"
    ),
}
_TIMED = re.compile(
    rf"\b(?:{_MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|19\d\d|20\d\d|"
    r"yesterday|today|tonight|now|currently|so far|already|still|yet|latest|recent|recently|"
    r"last (?:week|month|year)|this (?:week|month|year)|next|upcoming|will|would|'ll|ago|past|"
    r"since|during|until|previous|former)\b",
    re.IGNORECASE,
)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _fmt(n: float, like: str) -> str:
    if "." in like:
        return f"{n:.{len(like.split('.')[1])}f}"
    return f"{round(n):,}" if "," in like else str(round(n))


def plant(kind: str, written: str, rng: random.Random, sentence: str = "") -> str:
    """The figure `written` changed into one that clearly disagrees with it,
    and that `sentence` (the figure's, when given) does not state already
    elsewhere: "20 percent" made "29 percent" beside another "29 percent"
    reads as that other figure, not as a disagreement."""
    rest = sentence.replace(written, " ", 1)
    new = _plant(kind, written, rng, 0)
    for turn in (1, 2):
        number = re.search(r"\d[\d,.]*", new)
        if not (
            rest
            and number
            and re.search(rf"(?<![\d.,]){re.escape(number.group(0).rstrip(',.'))}(?!\d)", rest)
        ):
            break
        new = _plant(kind, written, rng, turn)
    return new


def _plant(kind: str, written: str, rng: random.Random, turn: int) -> str:
    """`plant`'s figure; `turn` 1 and 2: another, when the first is stated
    in the sentence already."""
    if kind == "money":
        m = PATTERNS["money"].fullmatch(written)
        n = _number(m.group(1))
        factor = rng.choice([1.6, 0.55]) if turn == 0 else (1.6, 0.55, 2.2)[turn]
        new = _fmt(n * factor, m.group(1))
        return f"${new}" + (f" {m.group(2)}" if m.group(2) else "")
    if kind == "percent":
        m = PATTERNS["percent"].fullmatch(written)
        n = _number(m.group(1))
        up = n < 60
        new = (n + 9 if up else n - 9, n - 9 if up and n > 18 else n + 14, n + 17)[turn]
        return written.replace(m.group(1), _fmt(new, m.group(1)), 1)
    if kind == "count":
        m = PATTERNS["count"].fullmatch(written)
        n = _number(m.group(1))
        new = max(n + 3, n * 1.6) if rng.random() < 0.5 or n < 6 else n * 0.55
        new = (new, max(n + 5, n * 2.1), max(n + 7, n * 2.6))[turn]
        return f"{_fmt(new, m.group(1))} {m.group(2)}"
    if kind == "year":
        shift = rng.choice([-3, -2, 2, 3]) if int(written) < 2014 else -3
        return str(int(written) + (shift, -shift if int(written) < 2014 else -5, 5)[turn])
    if kind == "date":
        m = PATTERNS["date"].fullmatch(written)
        day = int(m.group(2))
        new = (day + 6 if day < 20 else day - 6, day + 8 if day < 20 else day - 8, day - 4)[turn]
        return written[: m.start(2)] + str(max(new, 1))
    if kind == "tally":
        m = PATTERNS["tally"].fullmatch(written)
        a, b = int(m.group(1)), int(m.group(2))
        k = (4, 6, 8)[turn]
        return f"{a + k}-{b}" if a >= b else f"{a}-{b + k}"
    m = PATTERNS["name"].fullmatch(written)
    return f"{m.group(1)} {m.group(2)} {rng.choice(INVENTED)}"


CONTROL_KINDS = ("approx", "change", "subject", "time", "unit")


def control(
    kind: str, written: str, sentence: str, how: str, rng: random.Random, at: int | None = None
) -> str | None:
    """`written` (at offset `at` of `sentence`, else its first occurrence
    there) rewritten as a near miss of kind `how`, or None when that kind
    does not apply to this figure. Another subject: "SUBJECT:offset:name|
    figure", the name of the sentence the figure is said of (found by
    bench/plants_subject.py) to be replaced by an invented one."""
    if how in ("approx", "change", "time") and _paired(sentence, written, at):
        return None
    if how == "approx":
        return _approx(kind, written, sentence[: _at(sentence, written, at)])
    if how == "change":
        # The earlier figure told where the figure's phrase ends ("46 percent
        # of the members, up from 32 percent,"), not between the figure and
        # the words it is of (the party, the unit, "an hour").
        if kind not in ("money", "percent", "count"):
            return None
        m = PATTERNS[kind].fullmatch(written)
        n = _number(m.group(1))
        earlier = written.replace(m.group(1), _fmt(n * 0.7, m.group(1)), 1)
        return _at_phrase_end(sentence, written, at, written, f", up from {earlier}")
    if how == "subject":
        found = subject_name(sentence, written, at)
        if isinstance(found, str) or kind == "name":
            return None
        at, name = found
        return f"SUBJECT:{at}:{name}|" + plant(kind, written, rng)
    if how == "time":
        # Only where the sentence places itself at no time: another time
        # added to one that states one makes a sentence no report would write.
        # The year goes where the figure's phrase ends, in a clause told in the
        # past ("raised $8 million from donors in 1993"), never in one told in
        # the present or to come, where another year misdates the act itself.
        if kind in ("year", "date", "name") or _TIMED.search(sentence):
            return None
        start = _at(sentence, written, at)
        if not _PAST.search(sentence[:start]) and not _PAST.search(sentence[start : start + 60]):
            return None
        year = rng.choice([1987, 1993, 2001])
        return _at_phrase_end(sentence, written, at, plant(kind, written, rng), f" in {year}")
    if how == "unit" and kind == "count":
        m = PATTERNS["count"].fullmatch(written)
        n = _number(m.group(1))
        return f"{_fmt(n * 1.6 + 3, m.group(1))} {rng.choice(['kiosks', 'ferries', 'orchards'])}"
    return None


def _at(sentence: str, written: str, at: int | None) -> int:
    return at if at is not None else max(0, sentence.find(written))


# A word before a figure that already bounds or places it, or that an
# approximation cannot follow ("a $15 wage", "all 99 delegates").
_BEFORE_FIGURE = re.compile(
    r"(?:\b(?:about|around|roughly|approximately|some|estimated|nearly|almost|close to|just|"
    r"than|over|at least|under|up to|as many as|as much as|all|only|excess of|exceeds?|"
    r"exceeding|above|below|a|an|the|every|each|his|her|its|their|our|my|your|now)|[\"\u201c'])\s*$",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|won|lost|got|took|gave|spent|paid|sold|bought|held|made|"
    r"[a-z]{3,}ed)\b"
)
# Where a figure's phrase ends: a mark of punctuation, a dash, or a word
# opening another clause.
_PHRASE_END = re.compile(
    r"\s*(?:[,;:()\u2014\"\u201c\u201d]|\s[-\u2013]+\s|\.(?=\W*$))|"
    r"\s+(?:and|but|or|while|who|whom|which|that|because|when|where|after|before|as|if|"
    r"according|will|would|is|are|was|were|has|have|had|can|could|may|might|must|said|says|"
    r"told|they|he|she|it|we)\b|\s*$"
)


# One of two figures said together ("46 percent to 44 percent", "$20
# million to $30 million", "7, 8, 10 percent"): a rewrite of one of them
# alone reads as another score or range.
_PAIR_BEFORE = re.compile(
    r"\d[\d,.]*%?(?:\s*(?:percent|million|billion))?\s*(?:,|to|-|\u2013|and|or)\s*\$?$"
)
_PAIR_AFTER = re.compile(r"^\s*(?:to|-|\u2013|and|or)\s*\$?\d")


def _paired(sentence: str, written: str, at: int | None) -> bool:
    start = _at(sentence, written, at)
    return bool(
        _PAIR_BEFORE.search(sentence[:start]) or _PAIR_AFTER.match(sentence[start + len(written) :])
    )


def _at_phrase_end(sentence: str, written: str, at: int | None, new: str, told: str) -> str | None:
    """The figure `written` (at `at` of `sentence`) rewritten `new`, with
    `told` put where the figure's phrase ends: "SPAN:<k>|<text>", the text
    replacing the figure and the k characters after it; None when that
    phrase holds another figure, a stop of an abbreviation, or is long."""
    start = _at(sentence, written, at) + len(written)
    end = _PHRASE_END.search(sentence, start)
    tail = sentence[start : end.start()]
    if tail[:1] not in ("", " ") or re.search(r"\d|\.", tail) or len(tail.split()) > 6:
        return None
    if told.startswith(",") and (
        _TIMED.search(tail)
        or re.search(r"\b(?:past|last|next|first|out of)\s*$", sentence[: start - len(written)])
    ):
        return None  # a span of time ("the past 15 years", "on Tuesday") or a share
    if told.startswith(",") and re.match(r"\s+[a-z]", sentence[end.start() :]):
        told += ","  # closed before a word opening another clause
    return f"SPAN:{len(tail)}|{new}{tail}{told}"


def span_parts(new: str) -> tuple[int, str]:
    """(characters after the figure the rewrite also replaces, its text) of
    a control's rewrite ("SPAN:<k>|<text>", else (0, `new`))."""
    if not new.startswith("SPAN:"):
        return 0, new
    k, _, text = new[5:].partition("|")
    return int(k), text


def _round_to(n: float, digits: int) -> float:
    """`n` rounded half up to `digits` significant digits."""
    if n <= 0:
        return n
    step = 10 ** (math.floor(math.log10(n)) - digits + 1)
    return math.floor(n / step + 0.5) * step


def _approx(kind: str, written: str, before: str) -> str | None:
    """An approximation a careful reporter would give of `written`, which
    truly agrees with it: "about" the figure rounded to two significant
    digits, or "more than" a round number below it, never tighter than the
    figure's own rounding ("more than 50,000" for 55,000, not 54,995).
    None where a word before the figure already bounds it or cannot take
    an approximation after it (`before`: the sentence up to the figure)."""
    if _BEFORE_FIGURE.search(before):
        return None
    m = PATTERNS[kind].fullmatch(written) if kind in ("money", "percent", "count") else None
    if not m:
        return None
    n = _number(m.group(1))
    if kind == "money":
        if n < 2:
            return None
        return f"about {written.replace(m.group(1), _fmt(_round_to(n, 2), m.group(1)), 1)}"
    if kind == "percent":
        whole = str(math.floor(n + 0.5))
        return f"about {written.replace(m.group(1), whole, 1)}"
    if n < 12:
        return None
    digits = len(str(int(n)))
    own = 10 ** (len(str(int(n))) - len(str(int(n)).rstrip("0")))  # 55,000: 1,000
    step = max(10 * own, 10 ** (digits - 2))
    floor = (math.ceil(n / step) - 1) * step
    if floor < n / 2 or floor <= 0:
        return None
    return (
        f"more than {floor:,} {m.group(2)}"
        if "," in m.group(1)
        else f"more than {floor} {m.group(2)}"
    )


def control_rewrites(text: str, seed: int):
    """Each figure of `text` (money, share, count, year, day) and its
    near-miss rewrites, for the probes: yields (kind, the figure's match,
    [(how, new figure, `text` rewritten or None when the subject to replace
    is not in it), ...])."""
    for kind in ("money", "percent", "count", "year", "date"):
        for found in PATTERNS[kind].finditer(text):
            rewrites = []
            for how in CONTROL_KINDS:
                rng = random.Random(seed)
                new = control(kind, found.group(0), text, how, rng, found.start())
                if not new:
                    continue
                more, new = span_parts(new)
                changed: str | None = text[: found.start()] + new + text[found.end() + more :]
                if new.startswith("SUBJECT:"):
                    # Another subject: its name replaced, as make() does (the
                    # name is before the figure: its offset stays).
                    at, who, new = subject_parts(new)
                    changed = text[: found.start()] + new + text[found.end() :]
                    changed = changed[:at] + rng.choice(INVENTED) + changed[at + len(who) :]
                rewrites.append((how, new, changed))
            yield kind, found, rewrites
