"""Which speaker rules carry their gain in every inner fold of the tuning part.

Each mechanism below is switched off in turn (patched for the run, nothing
saved) and the realnews tuning part scored again; per inner fold (spans of
dates, then outlets, as `score_realnews.py --split` cuts them) the script
prints how many quotes gain (+) or lose (-) the right speaker with the rule
off: named / pronoun / nominal gold, then the partial quotes kept that are
gold / not gold. A rule whose loss when off sits in one fold only was fitted
to that fold; one whose removal gains in most folds is not earning its keep.
The check part is never read.

    .venv/bin/python bench/ablate_realnews.py                 # every rule
    .venv/bin/python bench/ablate_realnews.py pron.gender ref.by_role
    .venv/bin/python bench/ablate_realnews.py --list

The switches reach into private functions: when one is renamed, update its
line here (the script stops with the name it could not find).
"""

from __future__ import annotations

import argparse
import re
import sys
from contextlib import ExitStack
from unittest import mock

import score_realnews as score

import app.core.extract.around_quote as around
import app.core.extract.attribution as attribution
import app.core.extract.pronouns as pronouns
import app.core.extract.quotes as quotes
import app.core.extract.referents as referents
from app.core.extract.people import Cast

_NEVER = re.compile(r"(?!x)x")

# name -> (what it is, [(object, attribute, stand-in)])
RULES: dict[str, tuple[str, list[tuple[object, str, object]]]] = {
    "pron.by_subjects": (
        "a pronoun means the subject of the nearest sentence before of its gender",
        [(pronouns.Antecedents, "_by_subjects", lambda *a: None)],
    ),
    "pron.named_in": (
        "else a person of its gender named in that sentence (not after a preposition)",
        [(pronouns.Antecedents, "_named_in", lambda *a: None)],
    ),
    "pron.last_speaker": (
        "else the speaker of the last quote in this paragraph or the one before",
        [(pronouns.Antecedents, "_last_speaker", lambda *a: None)],
    ),
    "pron.nearest": (
        "else the nearest person named",
        [(pronouns.Antecedents, "_nearest", lambda *a: None)],
    ),
    "pron.gender": (
        "a pronoun's gender must agree (given-name list, titles, the article)",
        [(pronouns.Antecedents, "_fits", lambda self, e, g: not self._only_after_place_words(e))],
    ),
    "pron.aside": (
        'a sentence with ", he noted," goes on with the same "he"',
        [(pronouns, "_ASIDE_TAG", _NEVER)],
    ),
    "pron.after_prep": (
        "a name ending a phrase of place or medium is no antecedent",
        [(pronouns.Antecedents, "_after_preposition", lambda *a: False)],
    ),
    "ref.by_role": (
        '"the senator" is the person last named who holds the title',
        [(referents, "by_role", lambda *a: None), (attribution, "by_role", lambda *a: None)],
    ),
    "ref.author": (
        '"the statement said" is who issued the statement',
        [(referents.Referents, "_author", lambda self, noun, ref: (noun, ""))],
    ),
    "ref.joint": (
        '"Ana Ruiz and Ivo Brask wrote" names both',
        [(referents.Referents, "_joint", lambda *a: None)],
    ),
    "attr.reporter": (
        "reported speech inside a report names the reporter",
        [(around.AroundQuote, "reporter", lambda *a: None)],
    ),
    "attr.after_heading": (
        "a name between a heading's dash and a colon",
        [(around.AroundQuote, "after_heading", lambda *a: None)],
    ),
    "ev.late_tag": (
        "a tag closing the quote's sentence after more words",
        [(attribution.Attributor, "late_tag", lambda *a: None)],
    ),
    "ev.possessor": (
        'the quote given as someone\'s call or promise ("his call for")',
        [(referents.Referents, "possessor", lambda *a: None)],
    ),
    "ev.sentence_before": (
        "a sentence just before that speaks",
        [(around.AroundQuote, "sentence_before", lambda *a, **k: None)],
    ),
    "ev.byline": (
        "a dash byline on the next line",
        [(around.AroundQuote, "next_line_byline", lambda *a: None)],
    ),
    "ev.clause_subject": (
        "the subject of the quote's clause",
        [(referents.Referents, "clause_subject", lambda *a: None)],
    ),
    "ev.passage": (
        "a bare quote paragraph continues the person the passage is about",
        [(around.AroundQuote, "passage_person", lambda *a: None)],
    ),
    "q.is_label": (
        'quote marks around a term ("the phrase "rigged"") are no quote',
        [(quotes, "is_label", lambda *a: False)],
    ),
    "q.unnamed": (
        'unnamed sources ("one former employee") as referents',
        [(Cast, "unnamed_by_head", lambda *a: None)],
    ),
}


def _label(fold: str) -> str:
    """A short column head: "<2016-01-01", ">=2016-03-01", an outlet."""
    return fold.replace("before ", "<").replace("from ", ">=")[:17]


def counts(cuts: list[str], gold, ids: list[str]) -> dict[str, list[int]]:
    preds, texts, _seconds, _size = score.predict(ids)
    return score._fold_counts(cuts, gold, preds, texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rules", nargs="*", help="rule names (default: all)")
    ap.add_argument("--list", action="store_true", help="list the rules and stop")
    ap.add_argument("--split", default="2016-01-01,2016-03-01,2016-05-01", metavar="DATES")
    args = ap.parse_args()
    if args.list:
        for name, (what, _patches) in RULES.items():
            print(f"{name:20s} {what}")
        return
    unknown = [r for r in args.rules if r not in RULES]
    if unknown:
        sys.exit(f"unknown rule(s): {', '.join(unknown)} (see --list)")
    cuts = sorted(args.split.split(","))
    gold = score.load_gold()
    ids = score.parts()["tuning"]
    base = counts(cuts, gold, ids)
    folds = sorted(base, key=score._fold_order)
    print("rule off: right named / pronoun / nominal; partial kept gold / not")
    print(f"{'':20s}" + "".join(f"{_label(f):>18s}" for f in folds))
    for name in args.rules or RULES:
        with ExitStack() as stack:
            for target, attr, stand_in in RULES[name][1]:
                if not hasattr(target, attr):
                    sys.exit(f"{name}: {target!r} has no {attr} any more; update RULES")
                stack.enter_context(mock.patch.object(target, attr, stand_in))
            now = counts(cuts, gold, ids)
        cells = []
        for fold in folds:
            d = [b - a for a, b in zip(base[fold], now[fold], strict=True)]
            cells.append(f"{d[0]:+d}/{d[1]:+d}/{d[2]:+d};{d[3]:+d}/{d[4]:+d}")
        print(f"{name:20s}" + "".join(f"{c:>18s}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
