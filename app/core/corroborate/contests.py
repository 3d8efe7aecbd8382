"""Years that are the year of one thing between named people, whatever
else their sentences say (issue #10): read with the claim
(claims.ValueContext.marks holds them for years, `year_marks`) and
compared by `one_thing` and `years_disagree` (judging.ClaimJudge).

- The year of one contest between two people: a sentence naming a rival
  right after "against", "versus", "defeated", "beat", "upset", or "over"
  after a word of winning ("the 2008 race against Tam Vesk", "when she
  beat Tam Vesk in 1996", "her lead over Vesk in 2004") marks the year
  nearest that word `CONTEST` + the rival. Two claims so marked that both
  name the other person too, or whose rivals are each named by the other
  claim (one contest told from either side), tell of one contest: years
  `APART` or more apart disagree, adjacent ones do not (a campaign spans
  the turn of a year). A name owning what follows it is no rival ("over
  Vesk's objection"), nor a plural ("against Varnists": a group, many
  contests).
- The year of one person's death: "Ana Ruiz was killed in 1998", "the
  death of Ana Ruiz in 1998", "Ruiz's 1998 murder", "police fatally shot
  Ana Ruiz in 1998", "Ruiz, who died in 1998" mark the year nearest the
  words of the death `DEATH` + the person. Two claims so marked tell of
  one death: any two years disagree. A year labelling another thing ("died
  after the 2012 race") is that thing's year, not the death's.
- The year of one person's presidential run: "Vesk's 2008 presidential
  campaign", "his failed 2004 presidential bid", "Tam Vesk, the 2008
  Varnist presidential nominee", "Vesk's presidential campaign in 2008",
  "President Tam Vesk's 2008 election" mark the year `RUN` + the person. Two such years `APART` apart
  disagree: adjacent ones are one campaign's (launched the year before
  its election), and one person's runs come a term apart at least
  (`RUNS_APART` from an election to the next run's launch). A campaign of
  another kind may be one of several in as many years, its year naming
  which ("Vesk's 2004 guild campaign"): not marked.

A person is named by the lemma of a name's last word, as everywhere in the
package, and by its other words ("~": "Orlen Tavish" is the "Orlen" of a
report naming him by his given name alone). The year marked is the one
nearest the words read, on either side, within `REACH` characters, with no
other year and no break of the sentence between (a semicolon, a colon, a
dash, a bracket): "Roe, who beat Vesk in 2008, ran again in 2012" marks
2008 alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.corroborate.quantities import MONTHS, Value
from app.core.corroborate.text import STOPWORDS, lemma
from app.core.corroborate.times import WEEKDAYS
from app.core.extract.given_names import is_given_name

if TYPE_CHECKING:
    from app.core.corroborate.claims import FactSig, ValueContext

CONTEST = "=vs"  # marks no name and word term can be (those hold no "=")
DEATH = "=died"
RUN = "=ran"
APART = 2  # years of one contest this far apart disagree; adjacent ones do not
RUNS_APART = 3  # one person's next presidential run may be launched this far after an election
WON_REACH = 80  # characters before "over" a word of winning may stand at most
REACH = 60  # characters between the words read and the year they mark, at most

# A word of a contest, the rival's name after it; "over" only after a word
# of winning or of choosing ("won the seat over Tam Vesk", "backing Ruiz
# over Vesk"): else it is what a dispute is about.
_CONTEST = re.compile(
    r"\b(?:against|versus|vs\.|defeat(?:s|ed|ing)?|beat(?:s|ing|en)?|upset(?:s|ting)?"
    r"|(?P<over>over))\s+",
    re.IGNORECASE,
)
_WON = re.compile(
    r"\b(?:won|wins?|winning|victory|victories|victorious|edged|edging|prevailed|triumph\w*"
    r"|lead|led|support\w*|back(?:s|ed|ing)|favou?r(?:s|ed|ing)?|prefer\w*|cho(?:se|osing)"
    r"|endors\w*)\b[^;:.\u2014()]*$",
    re.IGNORECASE,
)
# A death, the person after "of" ...
_DEATH_OF = re.compile(r"\b(?:death|killing|murder|assassination|slaying)\s+of\s+", re.IGNORECASE)
# ... or before "'s" ("Ruiz's 1998 death") ...
_DEATH_NOUN = re.compile(
    r"'s\s+(?:\d{4}\s+)?(?P<noun>death|killing|murder|assassination|slaying)\b", re.IGNORECASE
)
# ... or before these ("Ana Ruiz died", "Ruiz, who was killed") ...
_DIED = re.compile(
    r"(?:,\s*who\s+|\s+)(?:(?:later|suddenly)\s+)?(?:died\b"
    r"|(?:was|were|had\s+been|has\s+been)\s+(?:(?:fatally|allegedly|reportedly)\s+)?"
    r"(?:killed|murdered|assassinated|slain|fatally\s+shot|shot\s+(?:dead|and\s+killed))\b)",
    re.IGNORECASE,
)
# ... or after these ("police fatally shot Ana Ruiz").
_KILLED = re.compile(
    r"\b(?:killed|murdered|assassinated|fatally\s+shot|shot\s+and\s+killed|shot\s+dead)\s+",
    re.IGNORECASE,
)
DEATH_WORDS = frozenset("death killing murder assassination slaying shooting".split())
# What breaks a sentence into parts said of other things (a claim is one
# sentence: a stop inside it ends an abbreviation, "Sen.").
_BREAK = re.compile(r"[;:()\u2014]|\s--\s")
# A year written after "the" or an owner, before a noun: the noun's year.
_LABEL = re.compile(r"(?:\b(?:the|a|an|his|her|its|their)|'s)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")
# A word of a name: capitalized (a title's stop kept: "Sen."), or a small
# word inside one ("Ana de la Ruiz").
_NAME_WORD = re.compile(r"\[?[A-Z][\w'-]*\]?\.?|(?:de|van|von|da|del|la|le|di)\b")
# The words of a name ending right before a point ("Orlen Tavish").
_LAST_NAME = re.compile(r"((?:\[?[A-Z][\w'-]*\]?\.? ){0,3}([A-Z][\w'-]*))\s*$")
# Capitalized words that open a phrase and name no one.
_NO_NAME = frozenset(
    "the a an this that these those his her its their our my your it he she they i we".split()
)


def _person(word: str) -> str:
    """A name's last word as the package compares names; "" when it is no
    one: a month, a weekday, a pronoun or article, a plural (a group)."""
    low = word.lower()
    if word in MONTHS or low in WEEKDAYS or low in _NO_NAME:
        return ""
    found = lemma(low)
    if low.endswith("s") and found != low:
        return ""  # "Varnists": a group, not one rival
    return found


Name = tuple[str, ...]  # a person's name: its words' lemmas, the last one compared first


def _name(words: list[str]) -> Name:
    """The name written as `words` (titles, with their stop, left out: "Sen."),
    `()` when its last word names no one (`_person`); a given name among the
    other words is marked "+" ("Tam Vesk" -> ("+tam", "vesk"))."""
    last = _person(words[-1]) if words else ""
    if not last:
        return ()
    rest = [
        ("+" if is_given_name(w) else "") + lemma(w.lower())
        for w in (w.strip("[]") for w in words[:-1])
        if not w.endswith(".")
    ]
    return (*rest, last)


def _name_after(text: str, at: int) -> Name:
    """The person named from `at` ("Sen. Ana Ruiz" -> ("ana", "ruiz")),
    words describing the person written capitalized before the name
    included, and a name a report put in brackets ("[Ana] Ruiz"); `()`
    when no name starts there, or when the name owns what follows it
    ("Vesk's decision")."""
    words: list[str] = []
    pos = at
    while (m := _NAME_WORD.match(text, pos)) is not None:
        word = m.group()
        if word.endswith("'s") or text.startswith("'", m.end()):
            return ()
        if word[0].isupper() or word[0] == "[":
            if not words and word.strip("[]").lower() in _NO_NAME:
                return ()
            words.append(word.rstrip("."))
        pos = m.end()
        if not text.startswith(" ", pos):
            break
        pos += 1
    return _name([w.strip("[]") for w in words])


def _name_before(text: str, at: int, owner: bool = False) -> Name:
    """The person named right before `at` (spaces between), `()` when none.
    A capitalized word opening the sentence alone is not read as a name
    ("Many died"), unless it is an `owner` ("Tavish's death")."""
    m = _LAST_NAME.search(text, max(0, at - 80), at)
    if m is None or text[m.end() : at].strip():
        return ()
    words = m.group(1).split()
    if words[0].strip("[]").lower() in _NO_NAME:
        words = words[1:]
    if not words or words[-1].endswith("'s"):
        return ()
    before = text[: m.start()].rstrip()
    if not owner and len(words) == 1 and (not before or before[-1] in '.!?"'):
        return ()
    return _name([w.strip("[]") for w in words])


APPOSITION = 40  # characters of an aside between a name and its verb, at most


def _subject_before(text: str, at: int) -> Name:
    """The person named right before `at`, or before a short aside set off
    by commas that ends there ("Orlen Tavish, the lock keeper, was
    killed"); "" when none."""
    found = _name_before(text, at)
    head = text[:at].rstrip()
    if found or not head.endswith(","):
        return found
    comma = text.rfind(",", max(0, at - APPOSITION), len(head) - 1)
    return _name_before(text, comma) if comma > 0 else ()


def _nearest_year(text: str, years: Sequence[Value], start: int, end: int) -> Value | None:
    """The year nearest the words at text[start:end], within `REACH`
    characters, with no break of the sentence and no other year between."""
    best, gap = None, REACH + 1
    for y in years:
        lo, hi = (y.end, start) if y.end <= start else (end, y.start)
        lo = min(lo, hi)  # a year inside the words is read with them
        if hi - lo < gap and not _BREAK.search(text, lo, hi):
            best, gap = y, hi - lo
    if best is None:
        return None
    lo, hi = min(best.end, end), max(best.start, start)
    if any(lo <= y.start and y.end <= hi for y in years if y is not best):
        return None
    return best


def _label_noun(text: str, y: Value) -> str:
    """The noun a year labels ("the 2012 race" -> "race"); "" when it labels none."""
    if not _LABEL.search(text, max(0, y.start - 8), y.start):
        return ""
    m = _NEXT_WORD.match(text, y.end)
    return lemma(m.group(1).lower()) if m else ""


def _marks(kind: str, name: Name) -> set[str]:
    """The marks of a year of `kind` (`CONTEST`, `DEATH`, `RUN`) said of the
    person `name`: its last word after ":", each other word after "~", or
    "+" for a given name (a person named by the given name alone elsewhere:
    "Orlen" for "Orlen Tavish"; two given names of one surname, two people)."""
    return {
        f"{kind}:{name[-1]}",
        *(f"{kind}+{w[1:]}" if w[0] == "+" else f"{kind}~{w}" for w in name[:-1]),
    }


def _contests(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    for m in _CONTEST.finditer(text):
        if m.group("over") and not _WON.search(text, max(0, m.start() - WON_REACH), m.start()):
            continue
        rival = _name_after(text, m.end())
        y = _nearest_year(text, years, m.start(), m.end()) if rival else None
        if y is None:
            continue
        # A year labelling a thing before the word ("the 2008 race against
        # Vesk") is the contest's when the word follows the label closely.
        if y.end <= m.start() and _label_noun(text, y):
            if len(text[y.end : m.start()].split()) > 3:
                continue
        marks = out.setdefault(y.start, set())
        marks.update(_marks(CONTEST, rival))
        # The other side, named before the word ("Quenby's lead over Yelt"):
        # a key only, so that the contest told from either side is found.
        side = _LAST_NAME_BEFORE.search(text, max(0, m.start() - REACH), m.start())
        if side and not _BREAK.search(text, side.start(), m.start()):
            marks.update(f"{CONTEST}@{w}" for w in _name([side.group(1)]))


_NAMES_ONLY = re.compile(r"[\s,]*(?:(?:the|[A-Z][\w'.-]*)[\s,]*)*")


def _compound(text: str, end: int) -> bool:
    """Whether a word of death ending at `end` opens a compound ("murder
    trial", "death penalty"): another thing, not the death."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower() and m.group(1) not in STOPWORDS


def _deaths(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    found: list[tuple[Name, int, int]] = []
    for m in _DEATH_OF.finditer(text):
        found.append((_name_after(text, m.end()), m.start(), m.end()))
    for m in _DEATH_NOUN.finditer(text):
        if not _compound(text, m.end()) and not text.startswith(" of ", m.end()):
            found.append((_name_before(text, m.start(), owner=True), m.start(), m.end()))
    for m in _KILLED.finditer(text):
        found.append((_name_after(text, m.end()), m.start(), m.end()))
    for m in _DIED.finditer(text):
        found.append((_subject_before(text, m.start()), m.start(), m.end()))
    for person, start, end in found:
        y = _nearest_year(text, years, start, end) if person else None
        if y is None:
            continue
        # A year before the words is the death's only with names alone between
        # ("In 1998, Orlen Tavish died", "the 1998 death of"): "from his
        # arrival in 2006 to the death of Tavish" gives another event's.
        if y.end <= start and not _NAMES_ONLY.fullmatch(text, y.end, start):
            continue
        noun = _label_noun(text, y)
        if noun and noun not in DEATH_WORDS:
            continue  # another thing's year ("died after the 2012 race")
        out.setdefault(y.start, set()).update(_marks(DEATH, person))


# A person's presidential run labelled by a year: "Vesk's 2008 presidential
# campaign", "his failed 2004 presidential bid", "Vesk, the 2008 Varnist
# presidential nominee", "Vesk's presidential campaign in 2008".
_RUN_NOUN = r"(?:campaign|bid|run|candidacy|nominee|nomination)\b"
_RUN_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][\w-]*|failed|unsuccessful|successful|first|second|third|losing)\s+){0,2}"
    r"presidential\s+(?:primary\s+)?" + _RUN_NOUN
)
_RUN_BEFORE = re.compile(
    r"'s\s+(?:(?:failed|unsuccessful|first|second|losing)\s+)?presidential\s+"
    + _RUN_NOUN
    + r"\s+in\s+$"
)
_OWNER = re.compile(
    r"(?:'s|\b(?P<pronoun>his|her))\s+(?:(?:failed|unsuccessful|successful|first|second|losing)\s+)?$"
)
_APPOSED = re.compile(r",\s+(?:the|a)\s+(?:\w+'s\s+)?$")
_LAST_NAME_BEFORE = re.compile(r"([A-Z][\w-]*)(?:'s)?[^A-Z]*$")
# A president's election: "President Tam Vesk's 2008 election", "...'s election in 2008".
_ELECTED_AFTER = re.compile(r"\s+(?:re-?)?election\b")
_ELECTED_BEFORE = re.compile(r"'s\s+(?:re-?)?election\s+in\s+$")
_PRESIDENT = re.compile(r"\bPresident\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*$")


def _run_person(text: str, y: Value, end: int) -> Name:
    """Whose presidential run the year before `end` labels: the owner
    before it ("Vesk's", "his": the last name before), the name it is set
    beside ("Tam Vesk, the 2008 ... nominee") or after ("..., Tam Vesk")."""
    head = text[max(0, y.start - 60) : y.start]
    owner = _OWNER.search(head)
    if owner and owner.group("pronoun"):
        m = _LAST_NAME_BEFORE.search(text, 0, y.start - len(owner.group()))
        return _name([m.group(1)]) if m else ()
    person = _name_before(text, y.start - len(owner.group()), owner=True) if owner else ()
    apposed = _APPOSED.search(head)
    if not person and apposed:
        person = _name_before(text, y.start - len(apposed.group()))
    if not person and text.startswith(", ", end):
        person = _name_after(text, end + 2)
    return person


def _president_elected(text: str, y: Value) -> Name:
    """The president whose election the year labels ("President Tam Vesk's
    2008 election", "President Vesk's election in 2008"), `()` when none:
    another election of a person's ("Vesk's 2010 election") may be to
    another office, two years after."""
    m = _ELECTED_AFTER.match(text, y.end)
    if m and not _compound(text, m.end()):
        owner = _OWNER.search(text, max(0, y.start - 60), y.start)
        at = owner.start() if owner and not owner.group("pronoun") else -1
    else:
        before = _ELECTED_BEFORE.search(text, max(0, y.start - 40), y.start)
        at = before.start() if before else -1
    if at < 0 or not _PRESIDENT.search(text, max(0, at - 60), at):
        return ()
    return _name_before(text, at, owner=True)


def _runs(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    for y in years:
        m = _RUN_AFTER.match(text, y.end)
        if m:
            person = _run_person(text, y, m.end())
        else:
            m = _RUN_BEFORE.search(text, max(0, y.start - 60), y.start)
            person = _name_before(text, m.start(), owner=True) if m else ()
        if not person and "President" in text:
            person = _president_elected(text, y)
        if person:
            out.setdefault(y.start, set()).update(_marks(RUN, person))


_ANY_DEATH = re.compile(r"\b(?:died|death|kill|murder|assassinat|slay|slain|shot)", re.I)


def year_marks(text: str, values: Sequence[Value]) -> dict[int, frozenset[str]]:
    """{a year's start: its marks} for the years among `values` of `text`
    (a claim, `plain`) that are one contest's or one death's (see above)."""
    years = [v for v in values if v.kind == "year" and v.value.isdigit()]
    if not years:
        return {}
    contest, death = _CONTEST.search(text), _ANY_DEATH.search(text)
    run = "presidential" in text or "President" in text
    if not (contest or death or run):
        return {}
    out: dict[int, set[str]] = {}
    if contest:
        _contests(text, years, out)
    if death:
        _deaths(text, years, out)
    if run:
        _runs(text, years, out)
    return {start: frozenset(marks) for start, marks in out.items()}


def mark_keys(marks: frozenset[str]) -> frozenset[str]:
    """The blocking keys of a year's marks: one per word of each person
    named, whether the last word or another ("=vs:vesk", "=vs:tam" for
    "Tam Vesk"), so that a name given whole and the given name alone meet,
    and a contest's other side ("@"), so that one contest told from either
    side does."""
    return frozenset(_ANY_SIDE.sub(":", m, 1) for m in marks if m[:2] in ("=v", "=d", "=r"))


_ANY_SIDE = re.compile("[~+@]")


def _people(marks: frozenset[str], kind: str) -> tuple[set[str], set[str], set[str]]:
    """(the last words, the other words, the given names among them) of the
    people a year's marks of `kind` name."""
    n = len(kind)
    last = {m[n + 1 :] for m in marks if m.startswith(kind) and m[n] == ":"}
    given = {m[n + 1 :] for m in marks if m.startswith(kind) and m[n] == "+"}
    other = {m[n + 1 :] for m in marks if m.startswith(kind) and m[n] == "~"}
    return last, other | given, given


def _one_person(va: ValueContext, vb: ValueContext, kind: str) -> set[str]:
    """The words of the one person both years' marks of `kind` name: their
    last words, or one's last word the other's given name ("Orlen" /
    "Orlen Tavish"); empty when none."""
    last_a, other_a, given_a = _people(va.marks, kind)
    last_b, other_b, given_b = _people(vb.marks, kind)
    if given_a and given_b and not given_a & given_b:
        return set()  # "Nora Vesk" / "Ivo Vesk": two people of one surname
    return last_a & last_b or last_a & other_b or last_b & other_a


def one_contest(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext, someone: str) -> bool:
    """Whether two years are each marked as the year of a contest between
    the same two people: the rival of each (`CONTEST`) is one person, and
    both claims name another besides (one named in one figure's clause or
    its claim, anywhere in the other); or each claim's rival is named by
    the other claim (the two sides of one contest, each told from the
    other's side: "Roe's win over Vesk" / "Vesk's loss against Roe").
    `someone`: the mark of a pronoun (claims.SOMEONE), no one named."""
    rivals = _one_person(va, vb, CONTEST)
    if rivals:
        side_a = (va.clause_names | a.names | a.holders) - rivals - {someone}
        side_b = (vb.clause_names | b.names | b.holders) - rivals - {someone}
        return bool(side_a & b.all_names or side_b & a.all_names)
    last_a = _people(va.marks, CONTEST)[0]
    last_b = _people(vb.marks, CONTEST)[0]
    return bool(last_a & b.all_names and last_b & a.all_names)


def one_thing(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext, someone: str) -> str:
    """What two years are each marked as the year of, alike: one person's
    death (`DEATH`), one person's presidential run (`RUN`), one contest
    between the same two people (`CONTEST`, `one_contest`); "" when none.
    `someone`: the mark of a pronoun (claims.SOMEONE)."""
    if not (va.marks and vb.marks) or va.value.kind != "year":
        return ""
    if _one_person(va, vb, DEATH):
        return DEATH
    if _one_person(va, vb, RUN):
        return RUN
    return CONTEST if one_contest(a, va, b, vb, someone) else ""


def years_disagree(thing: str, va: ValueContext, vb: ValueContext) -> bool:
    """Whether two years of one thing (`one_thing`) disagree: a death's
    whenever they differ; a contest's `APART` or more apart (adjacent years
    are of one campaign, spanning the turn of a year); a presidential run's
    `APART` up to `RUNS_APART` apart, not as far (adjacent: one campaign
    launched the year before its election; as far: the next run's launch,
    a term after the election)."""
    apart = abs(int(va.value.value) - int(vb.value.value))
    if thing == DEATH:
        return apart > 0
    if thing == RUN:
        return APART <= apart < RUNS_APART
    return apart >= APART


def years_marked(a: FactSig, b: FactSig, someone: str) -> bool:
    """Whether two claims state years marked as one thing's (`one_thing`):
    what other names they give is then no other subject."""
    return any(
        one_thing(a, va, b, vb, someone)
        for va in a.values
        if va.marks and va.value.kind == "year"
        for vb in b.values
        if vb.marks and vb.value.kind == "year"
    )
