"""Writes app/core/extract/fact_feelings.py: three classes of English words
from WordNet that a line in the writer's own voice uses to read people
rather than report them.

- CRITICISM_FIGURES: the past and "-ing" forms of the verbs of criticism
  used as a figure ("trashed the plan", "panning the speech", "savaged
  her rival"): single-word members of the synsets below "criticize, find
  fault with" (verb sense 1, by hyponym links, every depth), leaving out
  the synset of plain verbal attack ("attack, assail, round ...": the
  ordinary reporting verb), whose MOST FREQUENT sense is a physical one
  (WordNet's lexicographer files verb.body, verb.competition,
  verb.contact, verb.motion, verb.perception, verb.possession,
  verb.weather): the criticism is a metaphor, the writer's. Verbs
  `fact_characterised` reads only with a particle ("ripped into") are
  left to it.
- FEELING_PARTICIPLES: the past participles of the verbs of emotion that
  make someone feel ("anger", "dismay", "embolden": WordNet's
  verb.emotion file, the most frequent sense taking the frame "Something
  ----s somebody"), which `fact_motives` reads opening a clause
  ("Angered by the ruling, the guild ..."): the writer's reading of what
  someone felt and why.
- CHANCE_NOUNS: the nouns for a contestant by the chance someone gives
  them ("the favorite", "an underdog", "a long shot": WordNet's
  noun.person senses glossed as likely, unlikely, expected or certain to
  win, lose or succeed, or with no or a good chance to win), in the
  singular and the plural, which `fact_forecasts` reads after a verb of
  being ("is the favorite"): the writer's forecast.

Source: WordNet 3.0 (Princeton University; the WordNet 3.0 license, a
permissive licence: use, copy, modify and distribute with its notice, which
the generated module repeats), as Debian's `wordnet-base` package installs
it (/usr/share/wordnet). Run by hand when the source or the classes change:

    apt-get install wordnet-base
    .venv/bin/python bench/facts_feelings_build.py [/usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

from facts_kinds_build import NOTICE

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "app" / "core" / "extract" / "fact_feelings.py"
PHYSICAL = {"29", "33", "35", "38", "39", "40", "43"}  # lexicographer file numbers
EMOTION = "37"
SOMETHING_VERBS_SOMEBODY = 10  # WordNet's generic verb frame 10
# The verbs `fact_characterised` reads with their particle only.
WITH_PARTICLE = {"rip", "lash", "unload", "tear", "fire", "hammer"}


def read(folder: Path):
    """(sense -> (lemmas, hyponyms, frames by word, lexicographer file),
    lemma -> its senses, most frequent first, inflected form -> bases)."""
    senses = {}
    for line in open(folder / "data.verb", encoding="latin-1"):
        if line.startswith("  "):
            continue  # the licence at the top
        p = line.split(" | ")[0].split()
        count = int(p[3], 16)
        lemmas = [p[4 + 2 * i].lower() for i in range(count)]
        k = 4 + 2 * count
        pointers = int(p[k])
        hyponyms = [p[k + 2 + 4 * i] for i in range(pointers) if p[k + 1 + 4 * i] == "~"]
        k += 1 + 4 * pointers
        frames = [(int(p[k + 2 + 3 * i]), int(p[k + 3 + 3 * i], 16)) for i in range(int(p[k]))]
        senses[p[0]] = (lemmas, hyponyms, frames, p[1])
    order = {}
    for line in open(folder / "index.verb", encoding="latin-1"):
        if line.startswith(" "):
            continue
        p = line.split()
        order[p[0]] = p[4 + int(p[3]) + 2 :]
    irregular: dict[str, list[str]] = {}
    for line in open(folder / "verb.exc", encoding="latin-1"):
        form, base = line.split()[:2]
        irregular.setdefault(base, []).append(form)
    return senses, order, irregular


def past_and_ing(base: str, irregular: dict[str, list[str]]) -> set[str]:
    """The past forms and the "-ing" form of `base` (WordNet's exceptions,
    else the spelling rules: a one-syllable verb's final consonant after a
    single vowel doubled)."""
    forms = {f for f in irregular.get(base, ()) if not f.endswith("s")}
    if base.endswith("e"):
        stems = {base[:-1]}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ied")
        stems = {base}
    elif (
        len(re.findall("[aeiou]+", base)) == 1
        and base[-1] not in "aeiouwxy"
        and base[-2] in "aeiou"
        and base[-3:-2] not in tuple("aeiou")
    ):
        stems = {base + base[-1]}  # "pan": "panned"
    else:
        stems = {base}
    for stem in stems:
        forms.add(stem + "ing")
        if not (base.endswith("y") and base[-2:-1] not in "aeiou"):
            forms.add(stem + "ed")
    if not any(f.endswith(("ed", "en", "t", "n")) for f in forms if not f.endswith("ing")):
        forms.add(base + "ed")
    return forms


def classes(folder: Path) -> tuple[list[str], list[str]]:
    senses, order, irregular = read(folder)
    root = order["criticize"][0]
    # "attack in speech or writing": the hyponym of criticism holding "assail"
    plain_attack = next(h for h in senses[root][1] if "assail" in senses[h][0])
    bases, todo, seen = set(), list(senses[root][1]), set()
    while todo:
        sense = todo.pop()
        if sense in seen:
            continue
        seen.add(sense)
        todo.extend(senses[sense][1])
        if sense == plain_attack:
            continue
        for lemma in senses[sense][0]:
            if "_" in lemma or lemma in WITH_PARTICLE or lemma not in order:
                continue
            if order[lemma][0] != sense and senses[order[lemma][0]][3] in PHYSICAL:
                bases.add(lemma)
    criticism = sorted({f for b in bases for f in past_and_ing(b, irregular)})
    feelings = set()
    for lemma, ordered in order.items():
        if "_" in lemma or "-" in lemma:
            continue
        lemmas, _, frames, lexfile = senses[ordered[0]]
        if lexfile != EMOTION:
            continue
        k = lemmas.index(lemma) + 1
        if any(f == SOMETHING_VERBS_SOMEBODY and w in (0, k) for f, w in frames):
            feelings.update(f for f in past_and_ing(lemma, irregular) if not f.endswith("ing"))
    return criticism, sorted(feelings)


_CHANCE_GLOSS = re.compile(
    r"\b(?:likely|unlikely|expected|certain|chance)\b[^;|]*\b(?:win|winning|lose|losing|succeed)\b"
)


def chance_nouns(folder: Path) -> list[str]:
    """The person nouns (noun.person, lexicographer file 18) whose gloss
    gives a contestant's chance, singular and plural ("long_shots")."""
    out = set()
    for line in open(folder / "data.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        head, _, gloss = line.partition(" | ")
        p = head.split()
        if p[1] != "18" or not _CHANCE_GLOSS.search(gloss.split(";")[0]):
            continue
        for i in range(int(p[3], 16)):
            lemma = p[4 + 2 * i].lower()
            out.update((lemma, lemma + "s"))  # (no -y, -s or -ch among them)
    return sorted(out)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    criticism, feelings = classes(folder)
    chances = chance_nouns(folder)

    def block(name: str, words: list[str]) -> str:
        body = textwrap.fill(" ".join(words), 92, initial_indent="    ", subsequent_indent="    ")
        return f'{name} = frozenset(\n    """\n{body}\n    """.split()\n)\n'

    doc = __doc__.split("\n\nSource:")[0].replace(
        "Writes app/core/extract/fact_feelings.py: three", "Three"
    )
    notice = textwrap.indent(NOTICE, "")
    OUT.write_text(
        f'"""{doc}\n\nGenerated by bench/facts_feelings_build.py (do not edit by hand) from\n'
        f'WordNet 3.0, under its licence:\n\n{notice}\n"""\n\n'
        + block("CRITICISM_FIGURES", criticism)
        + block("FEELING_PARTICIPLES", feelings)
        + "# (A two-word noun joined by '_': 'long_shot'.)\n"
        + block("CHANCE_NOUNS", chances),
        encoding="utf-8",
    )
    print(
        f"{OUT}: {len(criticism)} criticism forms, {len(feelings)} participles, {len(chances)} nouns"
    )


if __name__ == "__main__":
    main()
