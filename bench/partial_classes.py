"""The tuning part's predicted partial quotes in classes, by general features.

A rule written for one tuning error rarely carries to the check part; a class
of predictions that is clearly less often right than the rest may. This
script splits the partial quotes `find_quotes` predicts on the tuning part of
../shared/realnews (those standing inside a sentence of paraphrase, as
`score_realnews.py` counts them) by what governs the quote (the word before
its opening mark), whether it reads as a clause, its length in words, its
capitalization, where it stands in its sentence and how its speaker was found
(`Quote.evidence`), and prints per class: predicted, gold (a gold quote),
right (a gold quote and the right speaker) and both precisions. Pairs of
features follow, for classes of at least --min members.

    .venv/bin/python bench/partial_classes.py [--min 8]

The tuning part only: the check part is never read here.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

import score_realnews as sr

from app.core.extract import find_quotes
from app.core.extract.lexicon import JUDGING_VERBS, SPEECH_VERBS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_NAMING = frozenset("call calls called calling describe describes described describing".split())
_PREPOSITIONS = frozenset(
    "of for to in about with by on from at into against over under than like among between "
    "without within through after before since".split()
)
_DETERMINERS = frozenset("a an the his her their its our my your this these those some no".split())
_BE = frozenset("is was are were be been being".split())
_FINITE = frozenset(
    "is are was were will would can could should cannot have has had do does did am "
    "i we you he she they".split()
)
# Evidence that names someone in the quote's own sentence; the rest look further.
_SAME_SENTENCE = frozenset(
    ("tag", "before", "asker", "possessor", "clause subject", "main clause", "late tag")
)


def governor(text: str, start: int) -> str:
    """What stands right before the opening mark."""
    line = text.rfind("\n", 0, start) + 1
    head = text[max(line, start - 80) : start - 1]
    if head.rstrip().endswith((",", ":")):
        return "comma or colon"
    words = _WORD.findall(head)
    if not words:
        return "nothing"
    w = words[-1].lower()
    before = [x.lower() for x in words[-4:-1]]
    if w in _NAMING or w in JUDGING_VERBS:
        return "judging verb"
    if w in SPEECH_VERBS:
        return "speech verb"
    if w == "as":
        return "as"
    if w in _PREPOSITIONS:
        return "preposition"
    if w in _DETERMINERS:
        return "determiner"
    if w in _BE:
        return "to be"
    if w in ("and", "or", "but"):
        return "conjunction"
    if w == "that":
        return "that"
    if any(x in _NAMING or x in JUDGING_VERBS for x in before):
        return "judging verb and object"
    return "other word"


def features(text: str, start: int, end: int, evidence: str) -> dict[str, str]:
    quote = text[start:end]
    words = _WORD.findall(quote)
    n = len(words)
    after = text[end - 1 : end + 2]
    return {
        "governor": governor(text, start),
        "kind": "clause" if any(w.lower() in _FINITE for w in words) else "phrase",
        "length": "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+",
        "shape": "capital first" if words and words[0][0].isupper() else "lower case",
        "position": "ends sentence"
        if any(c in after for c in ".!?")
        else "before comma"
        if "," in after
        else "inside",
        "speaker": "none found"
        if not evidence
        else "same sentence"
        if evidence in _SAME_SENTENCE
        else "further",
        "evidence": evidence or "(none)",
    }


def rows() -> list[tuple[dict[str, str], bool, bool, bool]]:
    """(features, gold, right speaker, gold speaker unresolved) per
    predicted partial quote of the tuning part."""
    gold = sr.load_gold()
    out = []
    for art in sr.parts()["tuning"]:
        name = f"{art}.txt"
        text = (sr.REALNEWS / "articles" / name).read_text(encoding="utf-8")
        preds = [
            {"source": name, "start": q.start, "end": q.end, "speaker": q.speaker, "ev": q.evidence}
            for q in find_quotes(text)
        ]
        for p, g in sr.match(gold.get(name, []), preds):
            if not sr._reads_partial(text, p["start"]):
                continue
            unresolved = g is not None and g.get("speaker") is None
            right = g is not None and not unresolved and sr.scorer.same_speaker(p["speaker"], g)
            out.append(
                (features(text, p["start"], p["end"], p["ev"]), g is not None, right, unresolved)
            )
    return out


def table(found: list, keys: tuple[str, ...], least: int) -> None:
    agg: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for feats, is_gold, right, unresolved in found:
        a = agg[tuple(feats[k] for k in keys)]
        a[0] += 1
        a[1] += is_gold
        a[2] += right
        a[3] += unresolved
    print(
        f"\n{' x '.join(keys):44s} {'pred':>5s} {'gold':>5s} {'right':>5s} {'P gold':>7s} {'P right':>7s}"
    )
    for k, (n, g, r, u) in sorted(agg.items(), key=lambda kv: -kv[1][0]):
        if n >= least:
            print(
                f"  {' / '.join(k):42s} {n:5d} {g:5d} {r:5d} {g / n:7.3f} {r / max(1, n - u):7.3f}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=8, help="least members of a class of two features")
    args = ap.parse_args()
    found = rows()
    print(
        f"tuning part: {len(found)} predicted partial quotes, {sum(r[1] for r in found)} gold, "
        f"{sum(r[2] for r in found)} with the right speaker "
        f"(P right leaves out the {sum(r[3] for r in found)} whose gold speaker is unresolved)"
    )
    for key in ("governor", "kind", "length", "shape", "position", "speaker", "evidence"):
        table(found, (key,), 1)
    for keys in (
        ("governor", "length"),
        ("speaker", "length"),
        ("kind", "speaker"),
        ("shape", "length"),
    ):
        table(found, keys, args.min)


if __name__ == "__main__":
    main()
