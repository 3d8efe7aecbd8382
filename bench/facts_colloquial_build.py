"""Writes app/core/extract/fact_colloquial.py: the English words and
phrases WordNet marks, in every sense it gives them, as of an informal or a
figurative register, which `fact_register` reads as the writer's grade in a
line in the writer's own voice ("spent big money on ads", "a no-brainer").

The marks are WordNet's usage domains (the pointer ";u" from a synset to
the noun of its register): "colloquialism", "slang", "disparagement",
"intensifier", "trope, figure of speech", "idiom" and "irony". A synset's
mark holds for all its members, so the members are kept only where the
mark is the word's own:

- every sense of the lemma, in every part of speech, is a marked one
  ("megabucks", "no-brainer"; not "fine", "all", "so", "super", whose
  other senses are plain);
- no base the lemma is an inflection of has a plain sense ("legs" is the
  plural of "leg", "smashed" the past of "smash");
- the lemma is never tagged in SemCor (index.*'s tagged sense count is
  0): a word of edited prose ("anywhere", "certainly", "wholly",
  "corpse") shares its synset with a colloquial mate ("anyplace",
  "cadaver"), which is the marked one;
- it is written in lower case (no name: "Johnny", "Jerry");
- a phrase is a noun's ("big money", "a can of worms"): the others are
  as often their words' plain sense ("all in", "not bad", "for certain");
- it is not in a short stop list of plain senses (`PLAIN`).

Measured before the rule (bench/facts_tune_verdicts_65.tsv): the lemmas
whose MOST FREQUENT sense is marked would hold back 68 of the 619 offered
tuning lines, 12 of them judged citable ("Super Tuesday", "at least",
"all"): too wide. The list kept holds back 1 (not citable).

Source: WordNet 3.0 (Princeton University; the WordNet 3.0 license, a
permissive licence: use, copy, modify and distribute with its notice, which
the generated module repeats), as Debian's `wordnet-base` package installs
it (/usr/share/wordnet). Run by hand when the source or the classes change:

    apt-get install wordnet-base
    .venv/bin/python bench/facts_colloquial_build.py [/usr/share/wordnet]
"""

from __future__ import annotations

import collections
import sys
import textwrap
from pathlib import Path

from facts_kinds_build import NOTICE

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "app" / "core" / "extract" / "fact_colloquial.py"
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# The nouns of the registers (data.noun offsets): colloquialism, slang,
# disparagement, intensifier, trope, idiom, irony.
REGISTERS = ("07075172", "07157273", "06717170", "06321054", "07105475", "07154330", "07106246")
# WordNet's own detachment rules (morphy), to find the base of an inflection.
# Lemmas of standard prose whose synset's mark is a mate's ("frugal" beside
# "scotch", "oculus" beside "peeper"), and phrases a literal reading of
# their words says as often ("a rainy day", "a bunny rabbit").
PLAIN = frozenset(
    "frugal oculus pertainym big_fish big_wheel blue_moon bunny_rabbit happy_event rainy_day"
    " red_man yellow_man yellow_woman negative_stimulation long_johns".split()
)
SUFFIXES = (
    ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
    ("men", "man"), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
    ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
)  # fmt: skip


def read(folder: Path):
    """(marked senses {(pos, offset)}, their lemmas [(pos, lemma)], lemma ->
    all its senses, lemma -> SemCor-tagged sense count, inflection -> bases)."""
    marked, lemmas = set(), []
    for pos, name in POS.items():
        for line in open(folder / f"data.{name}", encoding="latin-1"):
            if line.startswith("  "):
                continue  # the licence at the top
            p = line.split(" | ")[0].split()
            count = int(p[3], 16)
            k = 4 + 2 * count
            pointers = [(p[k + 1 + 4 * i], p[k + 2 + 4 * i]) for i in range(int(p[k]))]
            if any(sym == ";u" and o in REGISTERS for sym, o in pointers):
                marked.add((pos, p[0]))
                lemmas += [(pos, p[4 + 2 * i].split("(")[0]) for i in range(count)]
    senses, tagged = collections.defaultdict(set), collections.Counter()
    for pos, name in POS.items():
        for line in open(folder / f"index.{name}", encoding="latin-1"):
            if line.startswith(" "):
                continue
            p = line.split()
            at = 4 + int(p[3])
            senses[p[0]].update((pos, o) for o in p[at + 2 :])
            tagged[p[0]] += int(p[at + 1])
    exceptions = collections.defaultdict(set)
    for name in POS.values():
        for line in open(folder / f"{name}.exc", encoding="latin-1"):
            form, *bases = line.split()
            exceptions[form].update(bases)
    return marked, lemmas, senses, tagged, exceptions


def marked_words(folder: Path) -> list[str]:
    """The lemmas kept (see the module's docstring), "_" written as a space."""
    marked, lemmas, senses, tagged, exceptions = read(folder)

    def plain(word: str) -> bool:
        return any(s not in marked for s in senses.get(word, ()))

    def bases(word: str) -> set[str]:
        out = set(exceptions.get(word, ()))
        out.update(
            word[: -len(s)] + r for s, r in SUFFIXES if word.endswith(s) and len(word) > len(s) + 1
        )
        return {b for b in out if b != word and b in senses}

    keep = {
        lemma
        for pos, lemma in lemmas
        if lemma == lemma.lower()
        and lemma not in PLAIN
        and (pos == "n" or "_" not in lemma)
        and not plain(lemma)
        and not any(plain(b) for b in bases(lemma))
        and tagged[lemma] == 0
    }
    return sorted(w.replace("_", " ") for w in keep)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    words = marked_words(folder)
    single = [w for w in words if " " not in w]
    phrases = [w for w in words if " " in w]
    doc = (
        "Words and phrases of an informal or a figurative register: a line in\n"
        'the writer\'s own voice that uses one ("spent big money on ads", "a\n'
        "no-brainer\") grades in the writer's words (`fact_register`).\n\n"
        "Generated by bench/facts_colloquial_build.py (do not edit by hand) from\n"
        "WordNet 3.0: the members of the synsets it marks as of the usage domain\n"
        '"colloquialism", "slang", "disparagement", "intensifier", "trope",\n'
        '"idiom" or "irony", kept where every sense of the word is so marked, no\n'
        "base it inflects has a plain sense, SemCor never tags it and it is\n"
        "written in lower case. Under the WordNet 3.0 license:\n\n" + NOTICE + "\n"
    )
    fill = textwrap.fill(
        " ".join(single),
        92,
        initial_indent="    ",
        subsequent_indent="    ",
        break_on_hyphens=False,
    )
    table = "".join(f'        "{p}",\n' for p in phrases)
    OUT.write_text(
        f'"""{doc}"""\n\nCOLLOQUIAL = frozenset(\n    """\n{fill}\n    """.split()\n)\n'
        f"COLLOQUIAL_PHRASES = frozenset(\n    (\n{table}    )\n)\n",
        encoding="utf-8",
    )
    print(f"{len(single)} words, {len(phrases)} phrases -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
