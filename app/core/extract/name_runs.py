"""The names one run of capitals holds: a run is cut at a sentence's end
("Quillon. Quorle"), after an owner ("Harbor Post's Dana Byrle") and at
an affiliation or a joint ("Ines Faro of the Renters League", "Tobin Vesk
and Nora Fell"), each piece read with `names.parse_name`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from app.core.extract.abbreviations import ABBREVIATIONS
from app.core.extract.given_names import is_given_name
from app.core.extract.lexicon import TITLES
from app.core.extract.names import JOINT, NAME_SEQ, ParsedName, one_word_name, parsed_name

_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]")
_INNER_POSSESSIVE = re.compile(r"['\u2019]s?[ \t]+(?=[A-Z])")


# A department's head written in lower case before its department's name,
# "former secretary of State Ana Ruiz": the department is no part of the name.
_DEPARTMENT_HEAD = re.compile(r"\b(?:secretary|undersecretary|minister)[ \t]+of[ \t]+$", re.I)


def department_cut(text: str, start: int, run: str) -> int:
    """Where the name starts in the run of capitals `run` at `start`: after its
    first word when that names the department of a head written before it in
    lower case ("secretary of State Ana Ruiz", "minister of Finance Vesk"),
    else 0."""
    space = run.find(" ")
    if space < 0 or text[start - 4 : start] != " of ":
        return 0
    m = _DEPARTMENT_HEAD.search(text, max(0, start - 20), start)
    return space + 1 if m is not None and text[m.start()].islower() else 0


def department_surname(raw: str, surnames: dict) -> tuple[int, str, bool] | None:
    """For a titled run naming a department and then a surname alone, which
    parses as no name ("Secretary of State Ruiz", "then-Secretary of State
    Ruiz's"): where the surname starts in `raw`, the surname and whether it
    is an owner's, when the article has named a person of that surname
    before (`surnames`, the cast's people so far by surname); else None."""
    tail = raw[raw.rfind(" of ") + 4 :].split()
    if len(tail) != 2:
        return None
    parsed = one_word_name(tail[1])
    if parsed is None or parsed.kind != "bare" or parsed.name[0].lower() not in surnames:
        return None
    return len(raw) - len(tail[1]), parsed.name[0], parsed.possessive


def sentence_dot(core: str) -> bool:
    """Whether a dot after the word `core` ends a sentence ("Quillon.",
    "the Harbor House.") rather than an abbreviation ("Gov.", "Nov."), an
    initial ("J.") or dotted letters ("U.S.")."""
    low = core.lower()
    if low in ABBREVIATIONS or (len(core) == 1 and core.isupper()) or "." in core:
        return False
    # A title written in full ("House", "President") takes no dot of its own.
    return TITLES.get(low, low).lower() == low


def name_pieces(text: str, lo: int = 0, hi: int | None = None):
    """(start, end) of each name in `text[lo:hi]`: runs of capitals split at a
    sentence end ("Quillon. Quorle") and at an affiliation ("Ines
    Faro of the Renters League ...", "Tobin Vesk and Nora Fell")."""
    hi = len(text) if hi is None else hi
    for m in NAME_SEQ.finditer(text, lo, hi):
        raw = m[0]
        if " " not in raw and "\t" not in raw:
            # One token (most matches: "The", "Tuesday"): nothing to split.
            yield m.span()
        else:
            start = m.start()
            if text[start - 4 : start] == " of ":  # "secretary of State Ana Ruiz"
                start += department_cut(text, start, raw)
            yield from pieces_of_run(text, start, m.end())


def pieces_of_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`run_pieces(text, start, end, ...)`: the pieces depend on the run's
    own characters only (no test looks outside it), so each distinct run is
    split once, in any article, and its pieces shifted to where it stands."""
    return [(start + a, start + b) for a, b in run_pieces_of(text[start:end])]


@lru_cache(maxsize=8192)
def run_pieces_of(raw: str) -> tuple[tuple[int, int], ...]:
    """The pieces of the run `raw` (`run_pieces`), as offsets into it."""
    return tuple(run_pieces(raw, 0, len(raw), parsed_name))


def run_pieces(
    text: str, start: int, end: int, parse: Callable[[str], ParsedName | None]
) -> list[tuple[int, int]]:
    """The names in one run of capitals `text[start:end]` (see `name_pieces`);
    `parse` is `parse_name` or a cached copy of it."""
    out: list[tuple[int, int]] = []
    if "." in text[start:end]:  # only a dotted token can end a sentence
        # Each word ending in a dot before a space or a tab: found from the
        # dots (a few `str.find`s), not by a pattern tried at every character.
        lo = start
        at = text.find(".", start, end)
        while at >= 0:
            if at + 1 < end and text[at + 1] in " \t":
                k = max(text.rfind(" ", lo, at), text.rfind("\t", lo, at), lo - 1) + 1
                if k < at and sentence_dot(text[k:at]):
                    _split_joint(text, start, at, parse, out)
                    start = at + 2
                    while start < end and text[start] in " \t":
                        start += 1
            at = text.find(".", at + 1, end)
        # A run ending a paragraph ("... Commissioner Alan Pryce.\n"):
        # the sentence's dot is no part of the name, or "Pryce" later
        # would not find him.
        if text[end - 1] == "." and start < end - 1:
            last = text[start : end - 1].split()[-1]
            if sentence_dot(last):
                end -= 1
    if start < end:
        start = _split_possessor(text, start, end, parse, out)
        _split_joint(text, start, end, parse, out)
    return out


def _split_possessor(text: str, start: int, end: int, parse, out: list[tuple[int, int]]) -> int:
    """ "Harbor Post's Dana Byrle": the owner and the person are two names
    when a person of two words or more follows the possessive; returns
    where the rest of the run starts."""
    m = _INNER_POSSESSIVE.search(text, start, end)
    if m is None:
        return start
    right = parse(text[m.end() : end])
    if right is None or right.kind != "person" or len(right.name) < 2:
        return start
    out.append((start, m.end() - 1))
    return m.end()


def _split_joint(text: str, start: int, end: int, parse, out: list[tuple[int, int]]) -> None:
    while True:
        for j in JOINT.finditer(text, start, end):
            left = parse(text[start : j.start()])
            if left is None:
                continue
            if left.kind == "bare" and not left.role and _of_person(text, j, end, parse):
                # "Supporters of Ana Ruiz", "Lawyers for Ivo Brask": no
                # person's name goes on with "of"; the word before says
                # who stands around the person.
                out.append((start, j.start()))
                start = j.end()
                break
            if left.kind == "bare" and not left.role and _of_surname(text, start, j, end, parse):
                # "Footage of Vesk", "Much of Vesk's": a common word and the
                # person it is about; the word names no one.
                start = j.end()
                break
            if not (left.kind == "person" or (left.kind == "bare" and _titled(left, text, start))):
                continue
            right = parse(text[j.end() : end])
            joint, *rest = j.group(1).split()
            if right is None:
                continue
            # "Ana Ruiz and the Tenants Union": "the" opens no person's name.
            if joint == "and" and not (
                right.kind == "person" or _titled(right, text, j.end()) or rest == ["the"]
            ):
                continue
            # "Ana Ruiz of Velmaria": no person's name goes on with "of".
            of_person = joint == "of" and left.kind == "person"
            if joint != "and" and right.kind not in ("org", "place", "person") and not of_person:
                continue
            out.append((start, j.start()))
            start = j.end()
            break
        else:
            out.append((start, end))
            return


def _titled(parsed: ParsedName, text: str, at: int) -> bool:
    """Whether the name `parsed`, standing at `at`, has a title before it: a
    role ("Sen. Ruiz") or a courtesy title, which the role leaves out ("Mrs.
    Ruiz and Mr. Brask" are two people, not a firm)."""
    return bool(parsed.role) or _COURTESY.match(text, at) is not None


def _of_person(text: str, joint: re.Match, end: int, parse) -> bool:
    """Whether `joint` is a lone "of" or "for" before a person's full name,
    opening with a given name."""
    if joint.group(1).split() not in (["of"], ["for"]):
        return False
    both = text.find(" and ", joint.end(), end)  # "Supporters of Ana Ruiz and Ivo Brask"
    right = parse(text[joint.end() : end if both < 0 else both])
    return (
        right is not None
        and right.kind == "person"
        and len(right.name) > 1
        and is_given_name(right.name[0])
    )


def _of_surname(text: str, start: int, joint: re.Match, end: int, parse) -> bool:
    """Whether `joint` is a lone "of" between one word that is no given name
    and a surname alone, in a run read whole as one person's name ("Footage
    of Vesk": no one is named so; "Orla of Quenby" is)."""
    if joint.group(0) != " of ":
        return False
    head = text[start : joint.start()]
    if " " in head or "\t" in head or is_given_name(head):
        return False
    right = parse(text[joint.end() : end])
    if right is None or right.kind != "bare" or right.role:
        return False
    whole = parse(text[start:end])
    return whole is not None and whole.kind == "person"
