"""A description owned by a titled name: "Councilman Ivo Brask's office" is
"Ivo Brask's office", so the speaker entry holds the person's name as the
library's other entries of that person do ("Ivo Brask", "Brask's office"),
not the title or the words describing them (`name_roles`)."""

from __future__ import annotations

from app.core.extract.names import parsed_name

_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def owner_named(words: list[str]) -> list[str]:
    """`words` with a capitalized owner opening them ("Lindvale Sen. Dana
    Quorle's campaign") written as the owner's name alone ("Dana Quorle's
    campaign"): the words as they are when the owner is no person's name
    with a title or a description before it."""
    end = next((k for k, w in enumerate(words[:6]) if w.endswith(_POSSESSIVE)), None)
    if not end or not all(w[:1].isupper() for w in words[: end + 1]):
        return words
    parsed = parsed_name(" ".join(words[: end + 1]))
    if parsed is None or parsed.kind not in ("person", "bare") or len(parsed.name) > end:
        return words
    owner = words[end]
    mark = next(p for p in _POSSESSIVE if owner.endswith(p))
    return [*parsed.name[:-1], parsed.name[-1] + mark, *words[end + 1 :]]
