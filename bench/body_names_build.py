"""Writes app/core/corroborate/body_names.txt: the abbreviations WordNet
gives as another name of a body whose full name is one word and the kind
of body it is ("QVP", a name of the "Velmarist Party", a party), each with
that one word, the one a report writes alone ("the Velmarist nominee").
Corroboration reads such an abbreviation as that word (`text.py`), so two
reports naming one body the two ways name the same one.

Source: WordNet 3.0 (Princeton University; the WordNet 3.0 license, a
permissive licence: use, copy, modify and distribute with its notice, which
the file repeats), as Debian's `wordnet-base` package installs it
(/usr/share/wordnet). Kept: noun synsets that are, by hypernym links ("a
kind of" or "an instance of"), an organization (organization.n.01), with a
lemma of three to six capitals (the abbreviation) and a lemma of two words,
a capitalized word and the last word of a lemma of the synset's own class
("Party" of "political party"). Run by hand when the source changes:

    apt-get install wordnet-base
    .venv/bin/python bench/body_names_build.py [/usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from facts_kinds_build import NOTICE, read

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "app" / "core" / "corroborate" / "body_names.txt"
_ABBREVIATION = re.compile(r"[A-Z]{3,6}")


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    first, above, lemmas = read(folder, links=("@", "@i"))  # a kind or an instance of
    organization = first["organization"]  # its most frequent sense

    def is_body(offset: str) -> bool:
        seen, todo = set(), [offset]
        while todo:
            for h in above[todo.pop()]:
                if h == organization:
                    return True
                if h not in seen:
                    seen.add(h)
                    todo.append(h)
        return False

    rows = set()
    for offset, names in lemmas.items():
        short = [n for n in names if _ABBREVIATION.fullmatch(n)]
        if not short or not is_body(offset):
            continue
        kinds = {k.split("_")[-1].lower() for h in above[offset] for k in lemmas[h]}
        for name in names:
            words = name.split("_")
            if len(words) == 2 and words[0][1:].islower() and words[0][:1].isupper():
                if words[1].lower() in kinds:
                    rows.update(f"{s}\t{words[0]}" for s in short)
    head = (
        "# Abbreviations of a body's name and the one word of its full name a\n"
        "# report writes alone (the full name is that word and the body's kind:\n"
        '# "Party"), tab-separated. Source: WordNet 3.0, noun synsets that are\n'
        "# an organization; made by bench/body_names_build.py.\n"
    )
    notice = "".join("# " + line + "\n" for line in NOTICE.splitlines())
    OUT.write_text(head + notice + "".join(r + "\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} abbreviations")


if __name__ == "__main__":
    main()
