"""Rebuild person_nouns.txt: English common nouns for a kind of person
("reviewer", "voter", "Republican"), from WordNet 3.0 (Princeton University,
the WordNet 3.0 license, a permissive licence: use, copy, modify and
distribute with its notice, which the file repeats), as Debian's
`wordnet-base` package installs it (/usr/share/wordnet).

    apt-get install wordnet-base
    python app/core/extract/data/build_person_nouns.py [/usr/share/wordnet]

Kept: single-word nouns whose most frequent sense is, by hypernym links
("is a kind of", never "is an instance of": no named person), a kind of
person (person.n.01), written as WordNet writes them in that sense: lower
case, or capitalized ("Republican", "Baptist") when WordNet capitalizes the
noun. Not imported by the app: it only documents and repeats how the data was made.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "bench"))
from facts_kinds_build import read  # noqa: E402

OUT = Path(__file__).with_name("person_nouns.txt")
HEADER = """\
# Nouns for a kind of person, one a line, as WordNet writes them: lower case,
# or capitalized when WordNet capitalizes the noun ("Republican").
# Source: WordNet 3.0, single-word nouns whose most frequent sense is a kind
# of person (hypernym links, no instance: no named person). Made by
# build_person_nouns.py beside this file.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of
# Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database.
"""


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    first, hypernyms, lemmas = read(folder)  # WordNet's nouns, read as for fact_kinds
    person = first["person"]

    def is_person(offset: str) -> bool:
        seen: set[str] = set()
        todo = [offset]
        while todo:
            for h in hypernyms[todo.pop()]:
                if h == person:
                    return True
                if h not in seen:
                    seen.add(h)
                    todo.append(h)
        return False

    words = set()
    for lemma, offset in first.items():
        written = next((w for w in lemmas[offset] if w.lower() == lemma), None)
        if lemma.isalpha() and written is not None and written[1:].islower() and is_person(offset):
            words.add(written)
    OUT.write_text(HEADER + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{len(words)} nouns")


if __name__ == "__main__":
    main()
