"""A body the fact's subject calls by its noun alone, "The board voted
...", which `fact_phrases` takes for the body the story is about. When
the article named such bodies before by name ("the Vesk Water Board",
"the Quillon board"), the one it named is bracketed ("[The Vesk Water
Board] voted ..."), and with two or more named, which one only the
sentences before say: the fact is not offered (`fact_standalone` asks).
With none named the subject stands as it is.
"""

from __future__ import annotations

import re

from app.core.extract.fact_names import Edit

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
        return []  # (most sentences: one set test)
    noun = pair.split()[1]
    at = text.find(pair, start)
    if at < 0 or _PART.match(text, at + len(pair)):
        return []
    names = {
        " ".join(m.group(1).split()).removeprefix("The ").removeprefix("the "): m.group(0)
        for m in re.finditer(
            rf"\b((?:[A-Z][\w'\u2019.-]* )+)(?:{noun}|{noun.capitalize()})\b", text[:start]
        )
    }
    names = {k: v for k, v in names.items() if k not in ("The", "A", "An", "")}
    if not names:
        return []
    if len(names) > 1:
        return None
    name = next(iter(names.values()))
    shown = name if name.startswith(("The ", "the ")) else f"the {name}"
    if at == start:
        shown = shown[0].upper() + shown[1:]
    return [(at, len(pair), f"[{shown}]")]
