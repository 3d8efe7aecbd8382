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

import random
import re

from bench.plants_subject import subject_name, subject_parts

# Invented surnames for plants and controls on people ("Gov. Ana Ruiz" ->
# "Gov. Ana Thessaly"): none is a name in the data sets.
INVENTED = ["Thessaly", "Quarrington", "Velloway", "Brimcombe", "Ostravel", "Pellingham"]

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
PATTERNS = {
    "money": re.compile(r"\$(\d[\d,]*(?:\.\d+)?)(?: (million|billion|trillion))?"),
    "percent": re.compile(r"\b(\d+(?:\.\d+)?)(?: percent\b|%)"),
    "count": re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,}) ([a-z]{3,}s)\b"),
    "year": re.compile(r"\b(19[5-9]\d|20[01]\d)\b"),
    "date": re.compile(rf"\b({_MONTHS})\.? (\d{{1,2}})\b(?!,? \d{{4}}\b)"),
    "tally": re.compile(r"\b(\d{1,3})[-\u2013](\d{1,3})\b(?![-\u2013]\d)"),
    "name": re.compile(
        r"\b(Gov\.|Governor|Mayor|Sheriff|Speaker|Attorney General) ([A-Z][a-z]+) ([A-Z][a-z]+)\b"
    ),
}
_TIMED = re.compile(
    rf"\b(?:{_MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|19\d\d|20\d\d|"
    r"yesterday|today|last (?:week|month|year)|this (?:week|month|year))\b"
)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _fmt(n: float, like: str) -> str:
    if "." in like:
        return f"{n:.{len(like.split('.')[1])}f}"
    return f"{round(n):,}" if "," in like else str(round(n))


def plant(kind: str, written: str, rng: random.Random) -> str:
    """The figure `written` changed into one that clearly disagrees with it."""
    if kind == "money":
        m = PATTERNS["money"].fullmatch(written)
        n = _number(m.group(1))
        new = _fmt(n * rng.choice([1.6, 0.55]), m.group(1))
        return f"${new}" + (f" {m.group(2)}" if m.group(2) else "")
    if kind == "percent":
        m = PATTERNS["percent"].fullmatch(written)
        n = _number(m.group(1))
        new = n + 9 if n < 60 else n - 9
        return written.replace(m.group(1), _fmt(new, m.group(1)), 1)
    if kind == "count":
        m = PATTERNS["count"].fullmatch(written)
        n = _number(m.group(1))
        new = max(n + 3, n * 1.6) if rng.random() < 0.5 or n < 6 else n * 0.55
        return f"{_fmt(new, m.group(1))} {m.group(2)}"
    if kind == "year":
        return str(
            int(written) + rng.choice([-3, -2, 2, 3]) if int(written) < 2014 else int(written) - 3
        )
    if kind == "date":
        m = PATTERNS["date"].fullmatch(written)
        day = int(m.group(2))
        return written[: m.start(2)] + str(day + 6 if day < 20 else day - 6)
    if kind == "tally":
        m = PATTERNS["tally"].fullmatch(written)
        a, b = int(m.group(1)), int(m.group(2))
        return f"{a + 4}-{b}" if a >= b else f"{a}-{b + 4}"
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
    if how == "approx":
        if kind == "money":
            m = PATTERNS["money"].fullmatch(written)
            n = _number(m.group(1))
            if n < 2:
                return None
            return f"nearly ${_fmt(n * 1.08, m.group(1))}" + (
                f" {m.group(2)}" if m.group(2) else ""
            )
        if kind == "percent":
            m = PATTERNS["percent"].fullmatch(written)
            n = _number(m.group(1))
            return f"about {written.replace(m.group(1), _fmt(n + 0.4 if '.' not in m.group(1) else round(n), m.group(1)), 1)}"
        if kind == "count":
            m = PATTERNS["count"].fullmatch(written)
            n = _number(m.group(1))
            if n < 12:
                return None
            floor = int(n // 10 * 10) if n % 10 else int(n - 5)
            return (
                f"more than {floor:,} {m.group(2)}"
                if "," in m.group(1)
                else f"more than {floor} {m.group(2)}"
            )
        return None
    if how == "change":
        if kind in ("money", "percent", "count"):
            m = PATTERNS[kind].fullmatch(written)
            n = _number(m.group(1))
            earlier = written.replace(m.group(1), _fmt(n * 0.7, m.group(1)), 1)
            return f"{written}, up from {earlier},"
        return None
    if how == "subject":
        found = subject_name(sentence, written, at)
        if isinstance(found, str) or kind == "name":
            return None
        at, name = found
        return f"SUBJECT:{at}:{name}|" + plant(kind, written, rng)
    if how == "time":
        # Only where the sentence places itself at no time: another time
        # added to one that states one makes a sentence no report would write.
        if kind in ("year", "date", "name") or _TIMED.search(sentence):
            return None
        return f"{plant(kind, written, rng)} in {rng.choice([1987, 1993, 2001])}"
    if how == "unit" and kind == "count":
        m = PATTERNS["count"].fullmatch(written)
        n = _number(m.group(1))
        return f"{_fmt(n * 1.6 + 3, m.group(1))} {rng.choice(['kiosks', 'ferries', 'orchards'])}"
    return None


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
                changed: str | None = text[: found.start()] + new + text[found.end() :]
                if new.startswith("SUBJECT:"):
                    # Another subject: its name replaced, as make() does (the
                    # name is before the figure: its offset stays).
                    at, who, new = subject_parts(new)
                    changed = text[: found.start()] + new + text[found.end() :]
                    changed = changed[:at] + rng.choice(INVENTED) + changed[at + len(who) :]
                rewrites.append((how, new, changed))
            yield kind, found, rewrites
