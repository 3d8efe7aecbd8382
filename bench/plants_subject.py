"""Which name a figure is said of, for the "another subject" controls of
bench/plants_rewrite.py.

A subject control replaces the name a figure is about with an invented one
and changes the figure: "Vesk's 1994 bid" -> "Thessaly's 1997 bid", a near
miss no careful reporter would flag. That holds only when the name replaced
is what the figure measures. `subject_name` takes the name nearest before
the figure in its clause and refuses it, with the reason, when it is not:

- "role": the name of who holds an office ("Gov. Ana Ruiz", "the mayor Tam
  Oduya"): another holder of one role is a real disagreement;
- "speaker": who says it (a verb of saying beside the name, or a quote mark
  between the name and the figure: the figure is quoted, the name is not,
  or the name sits in a quoted title);
- "not a name": a month or weekday, a word inside a longer name ("the
  Harbor Act"), the first word of a sentence or a quotation, a counted noun
  ("four Velmarists");
- "not the subject": an object or a place (after a preposition: "than Vesk",
  "in Quillon"), one of a list ("Vesk and Quillon"), the owner of another
  noun ("Vesk's remarks came before the May 4 vote"), or a figure dating a
  thing it names itself ("the 2012 Quillon flood").
"""

from __future__ import annotations

import re

_CAPS = re.compile(r"\b[A-Z][a-z]{3,}\b")
_WORD = re.compile(r"[A-Za-z0-9&][\w.'\u2019-]*")
# Holders of an office: a title in the name's capitalized run ("Ohio Gov.",
# "President") or just before it ("former state governor").
_ROLE = re.compile(
    r"^(?:Gov|Sen|Rep|Lt|Gen|Atty|Sec)\.$|^(?:governor|president|senator|mayor|sheriff|speaker|"
    r"secretary|general|chairman|chairwoman|chair|leader|justice|judge|congressman|"
    r"congresswoman|representative|commissioner|minister|chancellor|treasurer|director|"
    r"chief|king|queen|pope|premier|prefect|ambassador|vice)$",
    re.I,
)
_SAYING = re.compile(
    r"^(?:said|says|say|told|tells|wrote|writes|added|adds|asked|argued|noted|stated|"
    r"explained|insisted|claimed|recalled|replied|according)$"
)
_PREPOSITIONS = set(
    "in of than to against at from by for with on over into onto about like between as among "
    "before after behind toward towards via under near across through within without during "
    "versus vs. beat defeated and or nor & plus".split()
)
_NUMBERS = set(
    "one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds "
    "thousands millions several many few some all both".split()
)
_TIMES = set(
    "January February March April June July August September October November December "
    "Sept Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# Words that open another clause between a name and a figure.
_CLAUSES = set(
    "that which who whom whose when whenever as because while if unless until since where "
    "whether though although but once".split()
)
# Words after a name that are no verb of which it is the subject.
_NOT_VERBS = _PREPOSITIONS | _CLAUSES | set("the a an his her its their this these those".split())
_QUOTES = re.compile("[\"\u201c\u201d]|''|``")


def subject_parts(rewrite: str) -> tuple[int, str, str]:
    """(offset of the name in the sentence, the name, the new figure) of a
    subject control's rewrite "SUBJECT:offset:name|figure"."""
    head, new = rewrite[len("SUBJECT:") :].split("|", 1)
    at, name = head.split(":", 1)
    return int(at), name, new


def subject_name(sentence: str, written: str, at: int | None = None) -> tuple[int, str] | str:
    """(offset, name) of the name the figure `written` (at offset `at` of
    `sentence`, else its first occurrence) is said of, or the reason no name
    is: "none", "role", "speaker", "not a name", "not the subject"."""
    at = sentence.find(written) if at is None else at
    if at <= 0:
        return "none"
    start = max(sentence.rfind(c, 0, at) for c in ",;:\u2014()") + 1
    names = [m for m in _CAPS.finditer(sentence, start, at) if m.group(0) not in written]
    if not names:
        return "none"
    name = names[-1]
    n_at, n_end = name.start(), name.end()
    before = sentence[:n_at]
    between = sentence[n_end:at]
    after = _WORD.findall(between)
    # The name's capitalized run ("New Quillon", "Ohio Gov. Ana Ruiz"), the
    # word before it and what lies between them.
    run = re.search(r"(?:[A-Z][\w.'\u2019-]*\s+)*$", before)
    run_words = run.group(0).split()
    words = _WORD.findall(before[: run.start()])
    prior = words[-1] if words else ""
    gap = before[: run.start()][-3:]
    possessive = between[:1] in ("'", "\u2019")
    if any(_ROLE.match(w.rstrip(",")) for w in run_words) or _ROLE.match(prior):
        return "role"
    next_word = after[0] if after else ""
    if (
        _SAYING.match(prior.lower())
        or _SAYING.match(next_word.lower())
        or (
            next_word.lower() in ("has", "had", "also")
            and len(after) > 1
            and _SAYING.match(after[1])
        )
        or _QUOTES.search(between)
    ):
        return "speaker"
    if (
        name.group(0) in _TIMES
        or (not possessive and next_word[:1].isupper())
        # one word opening the sentence or a quotation ("Some", "Homeowners")
        or (not words or prior[-1:] in ".?!" or _QUOTES.search(gap))
        and not run_words
        or prior.lower() in _NUMBERS
        or prior[:1].isdigit()
    ):
        return "not a name"
    # The owner of the figure's noun, wherever the phrase stands ("a strategist
    # on Vesk's 1994 campaign").
    owner = possessive and len(after) <= 4
    if not owner and (
        prior.lower() in _PREPOSITIONS or next_word.lower() in ("and", "or", "nor", "&")
    ):
        return "not the subject"
    tail = sentence[at + len(written) :]
    if (
        # Another clause between the name and the figure ("Vesk is sure that
        # the 40 seats ..."), or too many words to tell.
        any(w.lower() in _CLAUSES for w in after)
        or len(after) > 10
        # A figure dating a thing it names itself: "the 2012 Quillon flood",
        # "the 2012 flood in Quillon".
        or re.match(r"\s+(?:[a-z]+\s+){1,2}(?:in|of|at|from|for)\s+[A-Z][a-z]|\s+[A-Z][a-z]", tail)
        # A threshold ("the 1,240 votes needed to win"), nobody's own figure.
        or re.match(r"\s+(?:needed|required|necessary)\b", tail)
    ):
        return "not the subject"
    # What the figure is said of: the owner of the figure's noun ("Vesk's
    # 1994 bid"), the one who acts ("Vesk won 40 seats", "Vesk has 9%") or
    # what names a thing ("the Quillon vote on May 4"): a word after the name
    # that is no preposition, conjunction or article.
    if possessive:
        return (n_at, name.group(0)) if owner else "not the subject"
    if next_word and next_word.lower() not in _NOT_VERBS:
        return n_at, name.group(0)
    return "not the subject"
