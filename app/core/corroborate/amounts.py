"""The amount of one thing of one subject (issue #10), read with the
claim (claims.ValueContext.marks holds `AMOUNT` + the thing + the
subject) and compared by `one_amount` (judging.ClaimJudge): two figures
marked alike are compared on the figure whatever else the two sentences
say, as one goal's count is (needed.py), unless each is said with someone
the other sentence does not name (`named_apart`).

- A sum proposed for a thing of two words in a sentence whose subject is
  one name: "Torvald Quimby supports raising the ferry toll to $8", "...
  urging the guild to back the $15 ferry toll", "... including a $15
  ferry toll" -> "=amount:ferry toll@quimby". The thing is the last two
  words of the run of lower-case words right after the figure ("$15
  federal ferry toll", "$15-an-hour ferry toll"), the figure after "a" or
  after a verb of backing ("backs the"): "the $6 ferry toll" alone may be
  the one charged now, which a report of the plan sets against the one
  proposed; or the thing raised or cut "to" the figure ("raise the ferry
  toll to $15"). One word is no thing ("a $40 million suit": which suit,
  only the sentences around say); a sum told from another, "from $6 to
  $8", is a change (quantities.Value.change), no amount, but for the
  figure a backed rise ends at when the one it starts from is said to be
  in force ("favors raising the ferry toll from the current $6 to $9":
  $9 proposed). The subject is
  the name opening the sentence, a title before it ("Sen. Ana Ruiz") and
  an aside after it ("(D-Vt.)", or set off by commas) allowed, a word in
  lower case after it (the name after a plural of people opening the
  sentence, "Aides to Ana Ruiz have ..."); a word of a party or a people
  alone ("Democratic candidates") is none, and so is the subject where a
  clause or a verb bringing in another actor stands before the sum ("... a
  provision that allows the warden to cut the toll to $4"). Where the
  sentence opens with no such name, a sum of a name's own plan is marked
  with that name: the last capitalized word before the sum is the name
  owning a word of proposing ("Ruiz's fervent plea for $9 an hour"), the
  thing the one raised or cut before it in the sentence (`_owned_plan`).
  Two sums marked alike are compared whatever words, other figures or
  day of the telling each sentence gives (`one_season`).
- A state's whole count of a unit: "Montana's 41 delegates", "Montana
  has 41 delegates", "Montana, 41 delegates,", "Montana (41 delegates)",
  "Montana, where 41 delegates are at stake", "all 41 delegates in
  Montana" -> "=amount:delegate@montana". A part is not marked ("17 of
  Montana's 41 delegates" marks the 41; "In Montana, 17 delegates went
  to ..." nothing). The "all" form is a haul (`HAUL`): the whole as won
  by someone, compared only with a count said with someone too
  (`haul_apart`: a state's whole differs from party to party).

Two times are told apart by the rules every conflict passes, but for a
state's whole count, which holds through the year: a time one report
alone gives it within the reports' year is none (`one_season`).
"""

from __future__ import annotations

import re

from app.core.corroborate.quantities import MONTHS, Value, durations, same_value
from app.core.corroborate.text import STATE_NAMES, STOPWORDS, lemma, state_length
from app.core.corroborate.times import WEEKDAYS

AMOUNT = "=amount"  # a mark no name and word term can be (they hold no "=")
HAUL = "=haul"  # a state's whole count said as all of it won ("all 41 delegates in Montana")

# "$15-an-hour", "$15 an hour", "$15 a year": the rate, no word of the thing.
_RATE = re.compile(r"(?:-|\s+)(?:an?|per)[\s-]+(?:hour|year|month|week|day)\b", re.I)
# The lower-case words after a figure, up to a word that is not one.
_WORDS_AFTER = re.compile(r"(?:[\s-]+[a-z][a-z-]*){1,4}")
# A verb of raising or cutting and the thing raised, right before "to $15"
# ("raise the harbor toll to $15", "the harbor toll, now $6, to be raised to").
_RAISED = re.compile(
    r"\b(?:(?:rais|increas|lift|hik|boost|cut|lower|reduc|doubl)\w*\s+"
    r"(?:the|a|its|their|his|her)\s+((?:[a-z][a-z-]*\s+){2,3})"
    r"|(?:the|a|its|their|his|her)\s+((?:[a-z][a-z-]*\s+){1,2}[a-z][a-z-]*),[^,;]{1,40},\s+"
    r"to\s+be\s+(?:rais|increas|lift|hik|boost|cut|lower|reduc|doubl)\w*\s+)to\s+$"
)
# A sum proposed for a thing: after "a" ("a $15 harbor toll"), or after a
# verb of backing and "the" ("backs the $15 harbor toll"); "the $6 harbor
# toll" alone may be the one in force, which another report sets against
# the one proposed.
_PROPOSED = re.compile(
    r"(?:\b(?:an?|(?:support|back|embrac|propos|champion|want|favor|favour|endors|seek|"
    r"pledg|urg|demand)\w*\s+(?:the|a|an))|\b(?:call\w*|push\w*|press\w*)\s+for\s+(?:the|a|an))\s+$",
    re.I,
)
# A word of a name: capitalized (a title's stop kept: "Sen."), in brackets
# where a report added it ("[Ana] Ruiz"), or a small word inside one.
_NAME_WORD = re.compile(r"\[?[A-Z][\w'-]*\]?\.?|(?:de|van|von|da|del|la|le|di)\b")
# Capitalized words that open a phrase and name no one.
_NO_NAME = frozenset(
    "the a an this that these those his her its their our my your it he she they i we".split()
)
# A plural opening the sentence, of people of the name after it ("Aides to
# Sen. Ana Ruiz", "Allies of Ruiz").
_PEOPLE_OF = re.compile(r"[A-Z][a-z]+s\s+(?:to|of)\s+(?=[A-Z])")
# What may stand between the opening name and its verb.
_ASIDE = re.compile(r"\s*(?:\([^()]{1,40}\)|,[^,]{1,60},)?\s*")
_WORD = re.compile(r"[a-z][a-z'-]*")
# Endings of a word of a party, a creed or a people ("Democratic",
# "Republican", "Velmarist"): a modifier, not a subject.
_ADJECTIVE_ENDS = ("ic", "ican", "ist", "ish", "ese", "ian")
REACH = 200  # characters of a sentence read before its figure, at most


def _thing(text: str, v: Value) -> str:
    """The two words naming the thing `v` is proposed as the amount of
    (see the module's docstring), "" when none."""
    m = _RATE.match(text, v.end)
    at = m.end() if m else v.end
    after = _WORDS_AFTER.match(text, at)
    if after is not None and _PROPOSED.search(text, max(0, v.start - 40), v.start):
        # The run stops before a word of function ("$15 harbor toll for cars").
        run: list[str] = []
        for w in after.group().replace("-", " ").split():
            if w in STOPWORDS:
                break
            run.append(w)
        if len(run) >= 2:
            return " ".join(lemma(w) for w in run[-2:])
    m = _RAISED.search(text, max(0, v.start - 90), v.start)
    if m is not None:
        words = (m.group(1) or m.group(2)).split()
        if not any(w in STOPWORDS for w in words[-2:]):
            return " ".join(lemma(w) for w in words[-2:])
    return ""


# A rise or a cut backed, told from the figure said to be in force to the
# one proposed ("favors raising the harbor toll from the current $6 to
# $9"): the "to" figure is the amount proposed for the thing, not a change
# that happened; "from $6 to $9" alone stays a change (it may have been).
_BACKED_CHANGE = re.compile(
    r"\b(?:support|back|embrac|propos|champion|want|favor|favour|endors|seek|pledg|urg|"
    r"demand|call\w*\s+for|push\w*\s+for)\w*\s+(?:to\s+)?"
    r"(?:rais|increas|lift|hik|boost|cut|lower|reduc)\w*\s+(?:the|a|its|their|his|her)\s+"
    r"((?:[a-z][a-z-]*\s+){1,2}[a-z][a-z-]*)\s+from\s+(?:the\s+|its\s+)?"
    r"(?:current|present|existing)\s+\$[\d.,]+(?:\s+(?:an?|per)\s+hour)?\s+to\s+$",
    re.I,
)


def _backed_thing(text: str, v: Value) -> str:
    """The two words naming the thing whose backed rise or cut ends at `v`
    ("favors raising the harbor toll from the current $6 to $9"), "" when
    `v` is no such figure."""
    m = _BACKED_CHANGE.search(text, max(0, v.start - 120), v.start)
    if m is None:
        return ""
    words = m.group(1).split()
    if any(w in STOPWORDS for w in words[-2:]):
        return ""
    return " ".join(lemma(w) for w in words[-2:])


def _subject(text: str) -> str:
    """The lemma of the last word of the name opening `text` (titles with
    their stop left out), when a word in lower case follows it (after an
    aside); "" otherwise: a name owning what follows it ("Roe's plan"), a
    pronoun or an article, a word of a party or a people alone."""
    end = len(text) - len(text.lstrip(" \"'\u201c"))
    if people := _PEOPLE_OF.match(text, end):
        end = people.end()  # "Aides to Sen. Ana Ruiz have ...": Ruiz's people
    words: list[str] = []
    while (m := _NAME_WORD.match(text, end)) is not None:
        word = m.group().strip("[]")
        if not word[:1].isupper() or word.endswith(("'s", "'")):
            return "" if word[:1].isupper() else _after_name(text, words, end)
        if not word.endswith("."):
            words.append(word)
        end = m.end()
        if not text.startswith(" ", end):
            break
        end += 1
    return _after_name(text, words, end)


def _after_name(text: str, words: list[str], end: int) -> str:
    if not words or words[0].lower() in _NO_NAME:
        return ""
    if len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDS):
        return ""
    aside = _ASIDE.match(text, end)
    if _WORD.match(text, aside.end() if aside else end) is None:
        return ""
    return lemma(words[-1].lower())


# Words bringing in another actor between the subject and the sum: a
# clause of its own ("a provision that allows the warden to cut the toll to
# $4") or a verb letting someone else act.
_ANOTHER = re.compile(
    r"\b(?:that|which|who|whom|whose|allow\w*|let|lets|letting|permit\w*|forc\w*|requir\w*)\b",
    re.I,
)


# A sum of a name's own plan: the last capitalized word before the figure is
# that name owning a word of proposing ("Ana Ruiz's fervent plea for $9 an
# hour", "Ruiz's plans ... lifting the harbor toll to $9"), the thing the
# one raised or cut before the figure in the sentence ("lifting the harbor
# toll (...) Ruiz's plea for $9").
_OWNS_PLAN = re.compile(
    r"\b([A-Z][a-z]+)(?:'s|\u2019s|'|\u2019)\s+(?:[a-z]+\s+)?"
    r"(?:plans?|pleas?|proposals?|calls?|push|pledges?|platform|agenda)\b[^A-Z$]*$"
)
_RAISED_THING = re.compile(
    r"\b(?:rais|increas|lift|hik|boost|cut|lower|reduc)\w*\s+the\s+([a-z][a-z-]*\s+[a-z][a-z-]*)\b"
)
OWN_REACH = 160  # characters before the figure read for its owner and thing


def _owned_plan(text: str, v: Value) -> str:
    """The "<thing>@<owner>" of a sum `v` of a name's own plan (see
    `_OWNS_PLAN`), "" otherwise."""
    head = text[max(0, v.start - OWN_REACH) : v.start]
    owner = _OWNS_PLAN.search(head)
    things = list(_RAISED_THING.finditer(head))
    if owner is None or not things:
        return ""
    words = things[-1].group(1).split()
    if any(w in STOPWORDS for w in words) or "$" in head[things[-1].end() :]:
        return ""
    return " ".join(lemma(w) for w in words) + "@" + lemma(owner.group(1).lower())


def amount_marks(text: str, v: Value) -> frozenset[str]:
    """{AMOUNT:<thing>@<subject>} for a sum of money `v` of `text` said to
    be the amount of a thing of two words in a sentence whose subject is
    one name (see the module's docstring); else empty."""
    if v.kind != "money":
        return frozenset()
    if v.start <= REACH:
        thing = _backed_thing(text, v) if v.change else _thing(text, v)
        if thing and not _ANOTHER.search(text, 0, v.start) and (subject := _subject(text)):
            return frozenset((f"{AMOUNT}:{thing}@{subject}",))
    owned = "" if v.change else _owned_plan(text, v)
    return frozenset((f"{AMOUNT}:{owned}",)) if owned else frozenset()


# A state's whole count of a unit: "Quillon's 90 delegates", "Quillon has 90
# delegates", "Quillon, 90 delegates," "Quillon (90 delegates)", "Quillon,
# where 90 delegates are at stake", "all 90 delegates in (the) Quillon ...".
_STATE_RUN = r"((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)"
_OWNED = re.compile(_STATE_RUN + r"(?:(?:'s|\s+has|\s+holds|\s+awards|,\s+where|,)\s+|\s+\()$")
_ALL_IN = re.compile(r"\b(?:in|from|after)\s+(?:the\s+)?" + _STATE_RUN.replace("\\s", " "))
_PREPOSITION = re.compile(r"\b(?:in|at|from|of|to|for|on|by|across)$", re.I)
_ALL = re.compile(r"\ball\s+(?:of\s+(?:the\s+|its\s+)?)?$", re.I)


def _state(words: str) -> str:
    """The state the capitalized words end with ("New York"), as its
    lemmas, "" when they name none."""
    run = [lemma(w.lower()) for w in words.split()]
    n = state_length(run)
    return " ".join(run[-n:]) if n else ""


def whole_marks(text: str, v: Value) -> frozenset[str]:
    """{AMOUNT:<unit>@<state>} for a count `v` of `text` said to be the
    whole of a state's, in one of the forms above; else empty. The count of
    a part ("40 of Quillon's 90 delegates": the 90 is) is no whole; a
    change is none."""
    if not v.kind.startswith("count:") or v.change or v.bound or durations(v.kind):
        return frozenset()
    unit = v.kind[6:]
    head = text[max(0, v.start - 40) : v.start]
    state = ""
    owned = _OWNED.search(head)
    if owned is not None:
        state = _state(owned.group(1))
        if head.endswith("(") and not text.startswith(")", v.end):
            state = ""  # "(90 delegates)" closes right after its unit
        # "Quillon, 90 delegates," set off by commas as the state's, not
        # "In Quillon, 90 delegates went to Roe".
        if head.endswith(", ") and not head.endswith("where "):
            before = head[: owned.start()].rstrip()
            if not text.startswith(",", v.end) or _PREPOSITION.search(before):
                state = ""
    elif _ALL.search(head):
        after = _ALL_IN.match(text, v.end, v.end + 40) or _ALL_IN.match(text, v.end + 1, v.end + 40)
        state = _state(after.group(1)) if after else ""
        if state:  # a haul: the whole, as won by someone (`haul_apart`)
            return frozenset((f"{AMOUNT}:{unit}@{state}", HAUL))
    return frozenset((f"{AMOUNT}:{unit}@{state}",)) if state else frozenset()


def amount_keys(marks: frozenset[str]) -> list[str]:
    """The amount marks among a value's `marks`, as keys of the index
    (matching.GroupIndex: a unit's word is too common to find them by)."""
    return [m for m in marks if m.startswith(AMOUNT)]


def one_amount(va, vb, sums: bool = False) -> bool:
    """Whether two figures are each marked the amount of one thing of one
    subject, alike (`amount_marks`, `whole_marks`); with `sums`, two sums
    of money only (compared whatever words, other figures or day of the
    telling each sentence gives, which a state's whole count is not)."""
    if sums and va.value.kind != "money":
        return False
    return any(m.startswith(AMOUNT) for m in va.marks & vb.marks)


def echoes(sig, own, other, other_sig=None) -> list:
    """The values of claim `sig` of the kind of `other`'s that may state
    `other`'s figure again: every one, but for two sums marked the amount of
    one thing of one subject (`own` of `sig`, `other` of the other claim),
    where only a figure marked so too does ("from the current $6 to $9": the
    $6 is the toll in force, not the one proposed), and but for a figure
    the other claim (`other_sig`) states too, alike, as another of its own
    ("spent about $250 million ... bought it for $232 million" / "spent
    some $250 million ... bought it for $145 million": the $250 million of
    each is the other's $250 million, no echo of the $232 million)."""
    kind = other.value.kind
    values = [v for v in sig.values if v.value.kind == kind]
    if other_sig is not None:
        told = [o.value for o in other_sig.values if o is not other and o.value.kind == kind]
        values = [v for v in values if not any(same_value(v.value, o) for o in told)]
    if not one_amount(own, other):
        return values
    shared = {m for m in own.marks & other.marks if m.startswith(AMOUNT)}
    return [v for v in values if v.marks & shared]


def one_season(va, vb, when_a, when_b) -> bool:
    """Whether two counts marked alike as one state's whole (`whole_marks`)
    are of one season though one report alone places its count in time: a
    state's whole count of a unit holds through the year, and so does a sum
    one subject proposes for one thing (the day it was said is no other
    time of the sum), so a day, a month
    or that year said by one side only ("all 41 delegates in Montana on
    May 3" / "Montana's 41 delegates") is no other time, when both reports
    are dated in that year. A time said by both, a running figure ("now"),
    or a year other than the reports' is left to the rules every conflict
    passes."""
    if not va.value.kind.startswith(("count:", "money")) or not one_amount(va, vb):
        return False
    if when_a is None or when_b is None or when_a.year != when_b.year:
        return False
    if bool(va.times) == bool(vb.times):
        return False
    year = f"y:{when_a.year}"
    return all(t[0] in "dm" or t == year for t in va.times | vb.times)


def named_apart(a, va, b, vb, someone: str) -> bool:
    """Whether each figure is said with someone the other sentence does
    not name at all: one thing's amount said with two people, each of one
    report, may be two contests' or two parties'. A word written with a
    capital near a figure counts as a name (a name its source writes once,
    at a sentence's opening, is not read as one), and role holders count;
    states, months and weekdays do not (places and times of the figures).
    `someone`: the mark of a pronoun (claims.SOMEONE), no one named."""

    return bool(
        _named(va, someone) - b.all_names - b.feats and _named(vb, someone) - a.all_names - a.feats
    )


def haul_apart(va, vb, someone: str) -> bool:
    """Whether a state's whole count said as someone's haul ("Roe picked up
    all 41 delegates in Montana") is set against one said with no one at
    all ("Montana, 41 delegates,"): a state's whole differs from party to
    party, and only the people named tell which party's contest it is."""
    return any(
        HAUL in x.marks and _named(x, someone) and not _named(y, someone)
        for x, y in ((va, vb), (vb, va))
    )


def _named(vc, someone: str) -> set[str]:
    """The people named near a figure: a word written with a capital (a
    name its source writes once, at a sentence's opening, is not read as
    one), and role holders; not states, months and weekdays. For a sum of
    money, only those near it: its mark names whose sum it is, and a name
    near it tells for what place or body ("a $15 ferry toll for Varnby"),
    where one elsewhere in a long sentence is about another part of it."""
    capital = {w for w in vc.words if vc.surface.get(w, "")[:1].isupper()}
    people = vc.names if vc.value.kind == "money" else vc.clause_names
    return (capital | people) - _NOT_PEOPLE - {someone}


_NOT_PEOPLE = frozenset({w for name in STATE_NAMES for w in name} | set(MONTHS) | set(WEEKDAYS))
