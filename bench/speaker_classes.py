"""The tuning part's speaker decisions in classes, by how the speaker was found.

A different choice is worth a rule only for a class where it is right more
often than the choice made. This script matches `find_quotes` on the tuning
part of ../shared/realnews to the gold quotes whose speaker is resolved, and
prints per `Quote.evidence` (how the speaker was found: a tag, a name before
the quote in its sentence, the last quote's speaker going on, the subject of
the quote's clause, a possessor, the paragraph before, a byline, ...) crossed
with the gold's class (named, pronoun, nominal): the quotes judged, how many
have the right speaker, how many have none, and how many would be right if
the quote took instead the speaker of the last quote before it that has one
("last") or of the next quote after it that has one ("next"). For the
scorer a quote with no speaker counts as wrong, as a wrong name does; the
"given" column counts all the quotes of the class, gold or not, that would
be given a name they do not have now.

    .venv/bin/python bench/speaker_classes.py

The tuning part only: the check part is never read here.
"""

from __future__ import annotations

from collections import defaultdict

import score_realnews as sr
from partial_classes import tuning_matches

_COLUMNS = ("judged", "right", "none", "last", "next", "given")


def gold_class(g: dict) -> str:
    kind = g.get("speaker_resolution", "")
    if kind in sr.NAMED:
        return "named"
    if kind in sr.PRONOUN:
        return "pronoun"
    return "nominal" if kind in sr.NOMINAL else "other"


def nearest(preds: list[dict], i: int, step: int) -> str | None:
    """The speaker of the nearest quote before (`step` -1) or after (+1)
    quote `i` that has one."""
    j = i + step
    while 0 <= j < len(preds):
        if preds[j]["speaker"]:
            return preds[j]["speaker"]
        j += step
    return None


def tally() -> dict[tuple[str, str], list[int]]:
    """(evidence, gold class) -> the counts of `_COLUMNS`."""
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * len(_COLUMNS))
    for _text, preds, pairs in tuning_matches():
        for i, (p, g) in enumerate(pairs):
            last, after = nearest(preds, i, -1), nearest(preds, i, 1)
            evidence = p["ev"] or "(none)"
            if g is None or g.get("speaker") is None:
                if p["speaker"] is None and last is not None:
                    out[(evidence, "not judged")][5] += 1  # a name the user would see
                continue
            row = out[(evidence, gold_class(g))]
            row[0] += 1
            row[1] += sr.scorer.same_speaker(p["speaker"], g)
            row[2] += p["speaker"] is None
            row[3] += last is not None and sr.scorer.same_speaker(last, g)
            row[4] += after is not None and sr.scorer.same_speaker(after, g)
            row[5] += p["speaker"] is None and last is not None
    return out


def main() -> None:
    rows = tally()
    print(f"{'evidence / gold class':36s}" + "".join(f"{c:>8s}" for c in _COLUMNS))
    for (evidence, cls), counts in sorted(rows.items(), key=lambda kv: (kv[0][0], -kv[1][0])):
        print(f"  {evidence + ' / ' + cls:34s}" + "".join(f"{n:8d}" for n in counts))


if __name__ == "__main__":
    main()
