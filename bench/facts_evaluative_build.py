"""Writes app/core/extract/fact_evaluative.py: the strongly evaluative
adjectives of a published subjectivity lexicon, which `fact_rules` turns a
sentence in the writer's voice away by ("a brilliant campaign").

Source: the English subjectivity lexicon of the Pattern library (Tom De
Smedt, Walter Daelemans; CLiPS, University of Antwerp), "en-sentiment.xml",
released under the Open Data Commons Public Domain Dedication and License
(PDDL), as bundled by TextBlob (MIT). Kept: words every sense of which is an
adjective, whose first sense listed (WordNet's most frequent: "a great
night", not "great in number") has subjectivity >= 0.8 and polarity of at
least 0.7 either way, and whose most frequent part of speech in the tagger
lexicon bundled with it (en-lexicon.txt, MIT) is an adjective (so that
"elect", "fly", "rank" are left out). Run by hand when the source or the thresholds change:

    pip download --no-deps -d /tmp/tb textblob==0.20.1
    unzip -o /tmp/tb/textblob-0.20.1-py3-none-any.whl -d /tmp/tb
    .venv/bin/python bench/facts_evaluative_build.py /tmp/tb/textblob/en
"""

from __future__ import annotations

import collections
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

from lexicon_modules import tagger_tags, write_word_module

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "app" / "core" / "extract" / "fact_evaluative.py"
MIN_SUBJECTIVITY = 0.8
MIN_POLARITY = 0.7
# The milder list `fact_attributive` reads only right after "a"/"an" or a possessive ("an
# enthusiastic reception"): more subjective, less polar.
MILD_SUBJECTIVITY = 0.9
MILD_POLARITY = 0.4
# The adverbs and the predicative adjectives (`fact_manner`): adjectives whose
# first sense has subjectivity >= 0.8 and EVERY sense polarity >= 0.4 either
# way (a judgment in whatever sense the writer meant: "abrupt", "serious" have
# neutral senses and stay out), and the "-ly" adverbs the tagger lexicon tags
# as adverbs that are made from them ("brilliantly", "grudgingly", "easily").
MANNER_SUBJECTIVITY = 0.8
MANNER_POLARITY = 0.4


def _adjectives(folder: Path) -> dict[str, list[tuple[float, float]]]:
    """The lexicon's adjectives in `folder`, each with its senses'
    (subjectivity, polarity either way), the most frequent first: words
    every sense of which is an adjective and whose most frequent tag in the
    tagger lexicon is an adjective's."""
    senses = collections.defaultdict(list)
    for word in ET.parse(folder / "en-sentiment.xml").getroot().iter("word"):
        senses[word.get("form")].append(
            (word.get("pos"), float(word.get("subjectivity")), abs(float(word.get("polarity"))))
        )
    tags = tagger_tags(folder)
    return {
        w: [(s, p) for _, s, p in ss]
        for w, ss in senses.items()
        if w.isalpha()
        and tags.get(w, "JJ").startswith("JJ")
        and all(pos == "JJ" for pos, _, _ in ss)
    }


def evaluative(
    folder: Path, subjectivity: float = MIN_SUBJECTIVITY, polarity: float = MIN_POLARITY
) -> list[str]:
    """The words of the lexicon in `folder` that pass the thresholds."""
    return sorted(
        w
        for w, ss in _adjectives(folder).items()
        if ss[0][0] >= subjectivity and ss[0][1] >= polarity
    )


def polar_in_every_sense(folder: Path) -> list[str]:
    """The adjectives of the lexicon in `folder` judged in every sense: the
    first sense's subjectivity >= MANNER_SUBJECTIVITY, every sense's polarity
    >= MANNER_POLARITY either way."""
    return sorted(
        w
        for w, ss in _adjectives(folder).items()
        if ss[0][0] >= MANNER_SUBJECTIVITY and all(p >= MANNER_POLARITY for _, p in ss)
    )


def _adjective_of(adverb: str) -> list[str]:
    """The adjectives an "-ly" adverb may be made from ("easily": "easy";
    "tragically": "tragic"; "ably": "able"; "grudgingly": "grudging")."""
    stem = adverb[:-2]
    out = [stem, stem + "e", adverb[:-1] + "e"]
    if adverb.endswith("ily"):
        out.append(adverb[:-3] + "y")
    if adverb.endswith("ally"):
        out.append(adverb[:-4])
    return out


def manner_adverbs(folder: Path, adjectives: set[str]) -> list[str]:
    """The "-ly" adverbs (the tagger lexicon's most frequent tag an adverb's)
    made from one of `adjectives`."""
    return sorted(
        w
        for w, tag in tagger_tags(folder).items()
        if tag.startswith("RB")
        and w.isalpha()
        and w.islower()
        and w.endswith("ly")
        and any(a in adjectives for a in _adjective_of(w))
    )


def _frozenset(name: str, words: list[str]) -> str:
    body = textwrap.fill(" ".join(words), 92, initial_indent="    ", subsequent_indent="    ")
    return f'{name} = frozenset(\n    """\n{body}\n    """.split()\n)\n'


def main() -> None:
    folder = Path(sys.argv[1])
    words = evaluative(folder)
    write_word_module(
        OUT,
        "Strongly evaluative adjectives: a sentence in the writer's own voice\n"
        'that holds one ("a brilliant campaign", "a terrible job") judges rather\n'
        "than reports.\n\n"
        "Generated by bench/facts_evaluative_build.py (do not edit by hand) from\n"
        "the English subjectivity lexicon of the Pattern library (its authors\n"
        "credited in that script), en-sentiment.xml, under\n"
        "the Open Data Commons Public Domain Dedication and License (PDDL), as\n"
        "bundled by TextBlob 0.20.1: adjectives every sense of which is an\n"
        "adjective, whose first sense listed (WordNet's most frequent) has\n"
        f"subjectivity >= {MIN_SUBJECTIVITY} and polarity >= {MIN_POLARITY} either way, and whose\n"
        "most frequent part of speech in the tagger lexicon bundled with it is an\n"
        "adjective.\n",
        "EVALUATIVE",
        words,
    )
    mild = sorted(set(evaluative(folder, MILD_SUBJECTIVITY, MILD_POLARITY)) - set(words))
    polar = polar_in_every_sense(folder)
    adverbs = manner_adverbs(folder, set(polar))
    predicative = sorted(set(polar) - set(words))
    with OUT.open("a", encoding="utf-8") as out:
        out.write(
            "# The milder adjectives (subjectivity >= "
            f"{MILD_SUBJECTIVITY}, polarity >= {MILD_POLARITY} either way, the\n"
            "# same senses and tags), not in EVALUATIVE: the writer's judgment only\n"
            '# where the line says it of something as one of a kind ("an enthusiastic\n'
            '# reception", `fact_attributive`).\n'
            + _frozenset("SUBJECTIVE", mild)
            + "# The adverbs made from adjectives judged in every sense (first sense's\n"
            f"# subjectivity >= {MANNER_SUBJECTIVITY}, every sense's polarity >= {MANNER_POLARITY}"
            " either way):\n"
            "# the writer's judgment of how something was done (\"cheered\n"
            '# enthusiastically", `fact_manner`).\n'
            + _frozenset("MANNER_ADVERBS", adverbs)
            + "# Those adjectives, less EVALUATIVE: the writer's judgment where one is\n"
            '# the predicate after a verb of being ("the plan is popular", `fact_manner`).\n'
            + _frozenset("PREDICATIVE", predicative)
        )
    print(
        f"{len(words)} + {len(mild)} + {len(adverbs)} + {len(predicative)} words"
        f" -> {OUT.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
