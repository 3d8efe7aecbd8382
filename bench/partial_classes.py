"""The tuning part's predicted partial quotes in classes, by general features.

A rule written for one tuning error rarely carries to the check part; a class
of predictions that is clearly less often right than the rest may. This
script splits the partial quotes `find_quotes` predicts on the tuning part of
../shared/realnews (those standing inside a sentence of paraphrase, as
`score_realnews.py` counts them) by what governs the quote (the word before
its opening mark), whether it reads as a clause, its length in words, its
capitalization, where it stands in its sentence and how its speaker was found
(`Quote.evidence`), and finer ones: what follows the closing mark, whether
its sentence also holds a full quote or another partial one, whether it is
paired with another quote by "and" or "or", whether it stands in the first
paragraph, opens the body, or is a run of capitalized words, and what kind of
speaker it was given. It prints per class: predicted, gold (a gold quote),
right (a gold quote and the right speaker) and both precisions. Pairs and
triples of features follow, for classes of at least --min members, and last
every class of two or three features whose gold precision is under the
break-even: a rule that leaves out a class raises quote F1 only when the
class's share of gold quotes is under F1 / 2 (about 0.48 here).

    .venv/bin/python bench/partial_classes.py [--min 8]

The tuning part only: the check part is never read here.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

import score_realnews as sr

from app.core.extract import find_quotes
from app.core.extract.lexicon import JUDGING_VERBS, SPEECH_VERBS
from app.core.extract.sentences import sentence_end, sentence_start

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


_FUNCTION_WORDS = (
    _PREPOSITIONS | _DETERMINERS | _BE | frozenset("and or but that which who it as".split())
)
# Another quote joined by "and" or "or" right before the opening mark or
# right after the closing one (`"high" or "low" functioning`).
_PAIRED_BEFORE = re.compile(r"[\"\u201c\u201d],?[ \t]+(?:and|or)[ \t]+$")
_PAIRED_AFTER = re.compile(r"[\"\u201c\u201d]?,?[ \t]+(?:and|or)[ \t]+[\"\u201c]")


def after_mark(text: str, end: int) -> str:
    """What follows the quote: its own stop or comma inside the marks, or
    the first word after the closing mark by kind."""
    if text[end - 1 : end] in (",", ".", "!", "?"):
        return "stop inside"
    m = re.match(r"[^\S\n]*([A-Za-z][\w'\u2019-]*|\S)", text[end + 1 : end + 40])
    if m is None:
        return "line end"
    w = m.group(1)
    if not w[0].isalpha():
        return "punctuation"
    if w[0].isupper():
        return "capital"
    if w.lower() in ("and", "or"):
        return "and/or"
    return "function word" if w.lower() in _FUNCTION_WORDS else "content word"


def context(text: str, start: int, end: int, starts: list[int]) -> dict[str, str]:
    """Where the quote stands: its sentence's other quotes (`starts`, the
    opening offsets of every predicted quote), its paragraph, its words."""
    line = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    s = sentence_start(text, line, start - 1)
    e = sentence_end(text, end, line_end)
    others = [o for o in starts if o != start and s <= o - 1 < e]
    holds = (
        "a full quote"
        if any(not sr._reads_partial(text, o) for o in others)
        else "a partial quote"
        if others
        else "no other quote"
    )
    paragraph = sum(1 for x in text[:line].split("\n") if x.strip())
    words = _WORD.findall(text[start:end])
    paired = _PAIRED_BEFORE.search(text, max(line, start - 12), start - 1) or _PAIRED_AFTER.match(
        text, end
    )
    return {
        "after": after_mark(text, end),
        "sentence holds": holds,
        "paired": "paired" if paired else "alone",
        "paragraph": "headline" if paragraph == 0 else "first" if paragraph == 1 else "later",
        "opens body": "yes" if s == line and paragraph <= 1 else "no",
        "capitalized run": "yes" if words and all(w[0].isupper() for w in words) else "no",
    }


def speaker_kind(speaker: str | None) -> str:
    if not speaker:
        return "none"
    return "description" if speaker[0].islower() else "name"


def tuning_matches() -> Iterator[tuple[str, list[dict], list[tuple[dict, dict | None]]]]:
    """Per article of the tuning part: its text, the quotes `find_quotes`
    predicts (with their evidence, "ev") and each one's gold quote or None."""
    gold = sr.load_gold()
    for art in sr.parts()["tuning"]:
        name = f"{art}.txt"
        text = (sr.REALNEWS / "articles" / name).read_text(encoding="utf-8")
        preds = [
            {"source": name, "start": q.start, "end": q.end, "speaker": q.speaker, "ev": q.evidence}
            for q in find_quotes(text)
        ]
        yield text, preds, sr.match(gold.get(name, []), preds)


def rows() -> list[tuple[dict[str, str], bool, bool, bool]]:
    """(features, gold, right speaker, gold speaker unresolved) per
    predicted partial quote of the tuning part."""
    out = []
    for text, preds, pairs in tuning_matches():
        starts = [p["start"] for p in preds]
        for p, g in pairs:
            if not sr._reads_partial(text, p["start"]):
                continue
            unresolved = g is not None and g.get("speaker") is None
            right = g is not None and not unresolved and sr.scorer.same_speaker(p["speaker"], g)
            feats = features(text, p["start"], p["end"], p["ev"])
            feats.update(context(text, p["start"], p["end"], starts))
            feats["speaker kind"] = speaker_kind(p["speaker"])
            out.append((feats, g is not None, right, unresolved))
    return out


def classes(found: list, keys: tuple[str, ...]) -> dict[tuple[str, ...], list[int]]:
    """Class -> [predicted, gold, right speaker, gold speaker unresolved]."""
    agg: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for feats, is_gold, right, unresolved in found:
        a = agg[tuple(feats[k] for k in keys)]
        a[0] += 1
        a[1] += is_gold
        a[2] += right
        a[3] += unresolved
    return agg


def below_break_even(found: list, least_wrong: int) -> None:
    """Every class of two or three features with at least `least_wrong`
    predictions that are not gold and gold precision under one half (the
    break-even for quote F1), the same members listed once."""
    seen: dict[frozenset[int], tuple] = {}
    keys = list(found[0][0]) if found else []
    for size in (2, 3):
        for combo in itertools.combinations(keys, size):
            members: dict[tuple[str, ...], list[int]] = defaultdict(list)
            for i, (feats, *_rest) in enumerate(found):
                members[tuple(feats[k] for k in combo)].append(i)
            for label, ids in members.items():
                n, g = len(ids), sum(found[i][1] for i in ids)
                if n - g >= least_wrong and g / n < 0.5:
                    seen.setdefault(frozenset(ids), (g / n, n, combo, label))
    print(
        f"\nclasses under the break-even (gold share < 0.5, {least_wrong}+ not gold): {len(seen)}"
    )
    for share, n, combo, label in sorted(seen.values()):
        print(f"  {share:.3f} of {n:3d}  {' x '.join(combo)} = {' / '.join(label)}")


def table(found: list, keys: tuple[str, ...], least: int) -> None:
    agg = classes(found, keys)
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
    for key in found[0][0] if found else ():
        table(found, (key,), 1)
    for keys in (
        ("governor", "length"),
        ("speaker", "length"),
        ("kind", "speaker"),
        ("shape", "length"),
        ("governor", "after"),
        ("sentence holds", "position"),
        ("paragraph", "length"),
        ("governor", "length", "speaker"),
    ):
        table(found, keys, args.min)
    below_break_even(found, 3)


if __name__ == "__main__":
    main()
