"""A body the fact's subject calls by its noun alone, "The board voted
...", which `fact_phrases` takes for the body the story is about. When
the article named such bodies before by name ("the Vesk Water Board",
"the Quillon board"), the one it named is bracketed ("[The Vesk Water
Board] voted ..."), and with two or more named, which one only the
sentences before say: the fact is not offered (`fact_standalone` asks).
With none named the subject stands as it is.
"""

from __future__ import annotations

import bisect
import re

from app.core.extract.fact_names import Edit, per_text
from app.core.extract.fact_phrases import VERBISH, is_verb

# Bodies a story calls by their noun alone ("The council voted 5-2").
_BODIES = frozenset("board commission council assembly".split())
_SUBJECTS = frozenset(f"{a} {n}" for a in ("The", "the") for n in _BODIES)
# Words after the noun that make it part of a longer phrase ("the board's
# chair", "the council member", "the board of ..." says which).
_PART = re.compile(r"['\u2019]s\b| of\b| [a-z]+ (?:of|for)\b")


def body_subject_edits(text: str, start: int, tokens: list[str], subject: int) -> list[Edit] | None:
    """The bracket naming the fact's subject "The board" (at word
    `subject` of the fact at `start`, split at spaces: `tokens`) by the one
    body of that noun the article named before it; [] when the subject is
    no such noun or the article named none; None when it named several."""
    if subject + 1 >= len(tokens) or tokens[subject] not in ("The", "the"):
        return []  # (most sentences)
    pair = f"{tokens[subject]} {tokens[subject + 1].rstrip(',')}"
    if pair not in _SUBJECTS:
        if tokens[subject + 1][:1].isupper() and _one_of_a_make(text, tokens, subject + 1):
            return None  # ("The Quillon has flown 300 hours" after "a Quillon 757": which?)
        return []  # (most sentences: one set test)
    noun = pair.split()[1]
    at = text.find(pair, start)
    if at < 0 or _PART.match(text, at + len(pair)):
        return []
    count, name = _named_before(text, noun, start)
    if not count:
        return []
    if count > 1:
        return None
    shown = name if name.startswith(("The ", "the ")) else f"the {name}"
    if at == start:
        shown = shown[0].upper() + shown[1:]
    return [(at, len(pair), f"[{shown}]")]


def _one_of_a_make(text: str, tokens: list[str], j: int) -> bool:
    """Whether the subject "The <Name>" (its name the word `j`, the noun
    the subject ends with: a comma, a verb or "also" after it) is one thing
    of a make the article writes as a thing of a kind, with a model's number
    or alone ("a Quillon 757", "his Quillon,"): which one of them, only the
    sentences before say."""
    name = tokens[j].rstrip(",")
    if not (name.isalpha() and name[1:].islower()) or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if tokens[j] == name and not (after == "also" or after in VERBISH or is_verb(after)):
        return False  # ("The Quillon depot ...": the name describes the noun after it)
    return re.search(_MAKE.format(name), text) is not None


# A thing of a make: "a Quillon 757 ", "a 1968 Quillon 727,", "his Quillon,".
_MAKE = r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|another)(?: \d{{4}})? {}(?: \d[\w-]*(?=[ ,.;])|(?=[,.;]))"


_NO_NAME = ("The", "A", "An", "")  # capitals that name no body ("The Board")


def _named_before(text: str, noun: str, start: int) -> tuple[int, str]:
    """How many bodies of `noun` the text names before `start` ("<Capitalized
    Words> <noun>"; 2 for two or more), and the last name given to one.
    Taken from the text's matches, found once (`_named`), up to `start`:
    read again up to each fact's start, a long text with "the board" in
    every sentence took time growing with the square of its length. A
    match running across `start` is read again up to it; where a word
    ends at `start`, the text before it is read as a whole, as before."""
    pattern = _pattern(noun)
    if start > 0 and _WORD_END.match(text, start - 1):
        return _count(_key_name(m) for m in pattern.finditer(text[:start]))
    starts, found, seen = _named(text, noun)
    last = bisect.bisect_left(starts, start) - 1  # the last match starting before `start`
    if last < 0 or found[last][1] <= start:
        return seen[last][:2] if last >= 0 else (0, "")
    # The scan of the text before `start` parts from the whole text's at that match.
    keys, name = seen[last - 1][2] if last > 0 else (), seen[last - 1][1] if last > 0 else ""
    return _count((_key_name(m) for m in pattern.finditer(text, found[last][0], start)), keys, name)


def _count(pairs, keys: tuple[str, ...] = (), name: str = "") -> tuple[int, str]:
    """(distinct keys naming a body, 2 at most; the last name) over `pairs`
    of (key, name), after `keys` and `name` seen before them."""
    kept = set(keys)
    for key, full in pairs:
        if key not in _NO_NAME:
            kept.add(key)
            name = full
    return min(len(kept), 2), name


@per_text
def _named(text: str, noun: str) -> tuple[list[int], list, list]:
    """Every "<Capitalized Words> <noun>" of `text`, in order: their starts;
    (start, end) of each; and after each, what the text named up to it: the
    count and last name (`_named_before`'s answer) and the first two keys."""
    starts, found, seen = [], [], []
    keys: list[str] = []
    name = ""
    for m in _pattern(noun).finditer(text):
        key, full = _key_name(m)
        if key not in _NO_NAME:
            if key not in keys and len(keys) < 2:
                keys.append(key)
            name = full
        starts.append(m.start())
        found.append((m.start(), m.end()))
        seen.append((len(keys), name, tuple(keys)))
    return starts, found, seen


def _pattern(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b((?:[A-Z][\w'\u2019.-]* )+)(?:{noun}|{noun.capitalize()})\b")


def _key_name(m: re.Match[str]) -> tuple[str, str]:
    return " ".join(m.group(1).split()).removeprefix("The ").removeprefix("the "), m.group(0)


_WORD_END = re.compile(r"\w")
