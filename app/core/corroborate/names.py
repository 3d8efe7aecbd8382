"""People named in a role held by one person at a time ("Gov. Ana Ruiz").

Two claims about the same act naming different holders of such a role
disagree: "Gov. Ana Ruiz signed the bill" / "Gov. Tom Wells signed the bill".
Roles held by many at once (council member, representative) are left out:
two of them acting on the same bill is no disagreement. The titles are
general English; the value is the surname as written, accents dropped.
"""

from __future__ import annotations

import re

from app.core.corroborate.quantities import Value
from app.core.corroborate.text import fold_accents

_ROLES: dict[str, str] = {
    "Gov.": "gov", "Governor": "gov", "Lt. Gov.": "lt-gov", "Lieutenant Governor": "lt-gov",
    "Mayor": "mayor", "Police Chief": "chief", "Chief of Police": "chief", "Chief": "chief",
    "Fire Chief": "fire-chief", "Sen.": "senator", "Senator": "senator",
    "State Sen.": "senator", "State Senator": "senator", "President": "president",
    "Vice President": "vice-president", "CEO": "ceo", "Chief Executive": "ceo",
    "Sheriff": "sheriff", "Attorney General": "attorney-general",
    "City Attorney": "city-attorney", "District Attorney": "district-attorney",
    "Superintendent": "superintendent", "Chief Justice": "chief-justice",
    "Speaker": "speaker", "Prime Minister": "prime-minister",
}  # fmt: skip

# Roles a US state has one holder of at a time: "Ohio Gov. Ana Ruiz" and
# "Ohio Gov. Tom Wells" in reports of one month disagree whatever else
# their sentences say (a senator is one of two).
STATE_ROLES = frozenset({"name:gov", "name:lt-gov", "name:attorney-general"})

ROLE_LABELS: dict[str, str] = {
    "gov": "governor", "lt-gov": "lieutenant governor", "chief": "police chief",
    "fire-chief": "fire chief", "ceo": "chief executive",
}  # fmt: skip


def kind_label(kind: str) -> str:
    """A reader's word for a value kind: "name:gov" -> "governor",
    "count:home" -> "number of homes", "year" -> "year"."""
    if kind.startswith("name:"):
        role = kind[5:]
        return ROLE_LABELS.get(role, role.replace("-", " "))
    if kind.startswith("count:"):
        unit = kind[6:]
        if unit.endswith("s"):
            return f"number of {unit}"
        if unit.endswith("y") and unit[-2:-1] not in ("a", "e", "o", "u", ""):
            return f"number of {unit[:-1]}ies"  # "primary" -> "primaries"
        return f"number of {unit}s"
    return {"money": "amount", "percent": "percentage", "tally": "vote"}.get(kind, kind)


_ROLE_NAMES = "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True))
_NAME_WORD = r"[A-Z\u00c0-\u00de][^\W\d_]+(?:['-][A-Z\u00c0-\u00de]?[^\W\d_]+)*"
_PARTICLE = r"(?:de|la|del|della|di|da|van|von|der|le|bin|al)"
_ROLE_NAME = re.compile(
    rf"(?<![\w.])({_ROLE_NAMES})\s+"
    rf"((?:{_NAME_WORD}\s+|[A-Z]\.\s+|{_PARTICLE}\s+)*{_NAME_WORD})"
)
# A former holder is not the holder the other claim names: "former Mayor Ana
# Ruiz" and "Mayor Tom Wells" are two slots, not a disagreement. A place may
# come between ("former Ohio Gov. ...").
_FORMER = re.compile(
    r"\b(?i:former|ex|late|onetime|past|retired|then|acting|interim)[\s-]+"
    r"(?:[A-Z][\w.'-]*\s+){0,2}$"
)
_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# Capitalised words after a title that are not a person's name.
_NOT_NAMES = {"Of", "And", "The", "Says", "Said", "Who", "On", "In", "At", "For"}
_ANY_ROLE = (
    "Gov", "Mayor", "Chief", "Sen", "President", "CEO", "Sheriff", "Attorney",
    "Superintendent", "Speaker", "Minister",
)  # fmt: skip
# One pass over the text instead of one for each title.
_ANY_ROLE_IN = re.compile("|".join(_ANY_ROLE))


def name_values(text: str, former: bool = False) -> list[Value]:
    """People named with a one-holder title in `text` (already `plain`):
    kind "name:<role>", value the surname without accents ("Gov. Ana Ruiz"
    and "Gov. Ruiz" -> "Ruiz"); the span covers title and name. Former
    holders ("former Gov. Ana Ruiz") are left out, or with `former`, are
    the only ones given."""
    return role_holders(text)[former]


def role_holders(text: str) -> tuple[list[Value], list[Value]]:
    """(`name_values(text)`, `name_values(text, former=True)`), read in one pass."""
    found: tuple[list[Value], list[Value]] = ([], [])
    if not _ANY_ROLE_IN.search(text):
        return found
    for m in _ROLE_NAME.finditer(text):
        was = bool(_FORMER.search(text[max(0, m.start() - 40) : m.start()]))
        parts = m.group(2).split()
        while parts and (parts[-1].rstrip(".") in _SUFFIXES or parts[-1] in _NOT_NAMES):
            parts.pop()
        for n, part in enumerate(parts):
            if part in _NOT_NAMES:
                parts = parts[:n]
                break
        if not parts or parts[-1].endswith("."):
            continue
        last = parts[-1].removesuffix("'s")
        # A surname keeps its particles: "Ana de la Orrin" -> "de la Orrin".
        n = len(parts) - 1
        while n > 0 and re.fullmatch(_PARTICLE, parts[n - 1]):
            n -= 1
        surname = " ".join([*parts[n:-1], last])
        end = m.start(2) + m.group(2).find(parts[-1]) + len(parts[-1])
        found[was].append(
            Value(f"name:{_ROLES[m.group(1)]}", fold_accents(surname), m.start(), end)
        )
    return found


def name_as_written(text: str, value: Value) -> str:
    """The person's name as `text` writes it at `value` (a name value), without the title."""
    m = _ROLE_NAME.match(text, value.start)
    if m is None:
        return value.value
    return text[m.start(2) : value.end].removesuffix("'s")
