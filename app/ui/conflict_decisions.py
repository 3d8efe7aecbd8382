"""What the Conflicts panel says of the decisions on a conflict: the one
that holds and everyone else's on a team library (`decided_text`), and,
while a conflict is open again because a source gave another value, the
decisions made before it did (`earlier_text`)."""

from __future__ import annotations

from app.core.corroborate import value_text
from app.core.model import Conflict


def own_decision(conflict: Conflict, me: str) -> tuple[str, str] | None:
    """(choice, note) of `me`'s decision on `conflict`, or None. On a file
    the resolution is the one user's (`me` and its maker are both "")."""
    if conflict.resolution and conflict.resolved_by == me:
        return conflict.resolution, conflict.note
    return next(((c, n) for c, n, by in conflict.others if by == me), None)


def decided_text(conflict: Conflict, me: str) -> str:
    """What a resolved conflict's panel says: the value that holds and its
    note; on a team library who decided it, and everyone else's decision."""

    def who(by: str) -> str:
        return "you" if by == me else by

    def shown(value: str) -> str:
        return value_text(conflict.kind, value)

    maker = f" (decided by {who(conflict.resolved_by)})" if conflict.resolved_by else ""
    note = conflict.note.strip()
    if note and note[-1] not in ".!?":
        note += "."  # a sentence follows: "...schedule  Memo blocks" ran on
    text = f"Resolved{maker}: {shown(conflict.resolution)}. {note}".strip()
    rejected = sorted({shown(v) for v in conflict.values if v != conflict.resolution})
    if rejected:
        text += (
            f"  Memo blocks saying {' or '.join(rejected)} are flagged as a rejected"
            " value, in the editor and before export."
        )
    for choice, note, by in conflict.others:
        said = who(by)
        text += f"\n{said[:1].upper()}{said[1:]} chose {shown(choice)}" + (
            f": {note}" if note else "."
        )
    return text


def earlier_text(conflict: Conflict) -> str:
    """What an unresolved conflict's panel says of the decisions made on it
    when its sources gave other values (`Conflict.earlier`), one a line."""

    def shown(value: str) -> str:
        return value_text(conflict.kind, value)

    lines = []
    for choice, note, values in conflict.earlier:
        then = " vs ".join(shown(v) for v in values)
        said = f" ({note.strip()})" if note.strip() else ""
        lines.append(
            f"\nReopened: decided before, when the sources gave {then}: {shown(choice)}{said}."
        )
    return "".join(lines)
