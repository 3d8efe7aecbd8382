"""Prints the words of `app/core/extract/fact_considerable.CONSIDERABLE`:
WordNet 3.0's adjective cluster "considerable" (00624026: "large or
relatively large in number or amount or extent or degree") and its
antonym's ("inconsiderable"), head and satellites, kept where the word's
most frequent sense (first in index.adj) is in a cluster that grades an
amount, a size or an importance: those of "considerable", "large",
"small", "important" (01275562) and "significant" (02161433), and their
antonyms. So "healthy", "tidy", "respectable" and "hefty", whose first
sense is something else, are left out. Run by hand:

    apt-get install wordnet-base
    .venv/bin/python bench/facts_considerable_build.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

CONSIDERABLE = "00624026"
GRADING_HEADS = ("00624026", "01382086", "01391351", "01275562", "02161433")


def read(root: Path) -> tuple[dict[str, tuple[list[str], list[tuple[str, str]]]], dict[str, str]]:
    """(synsets {offset: (words, pointers)}, first sense {word: offset}) of
    WordNet's adjectives."""
    synsets = {}
    for line in (root / "data.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        words = [parts[4 + 2 * i].split("(")[0].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = [(parts[at + 1 + 4 * j], parts[at + 2 + 4 * j]) for j in range(int(parts[at]))]
        synsets[parts[0]] = (words, pointers)
    first = {}
    for line in (root / "index.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        first[parts[0]] = parts[4 + pointers + 2]
    return synsets, first


def cluster(synsets, head: str, antonyms: bool = True) -> set[str]:
    """The head synset, its satellites and (with `antonyms`) its antonyms' clusters."""
    out = {head} | {o for sym, o in synsets[head][1] if sym == "&"}
    if antonyms:
        for sym, o in synsets[head][1]:
            if sym == "!":
                out |= cluster(synsets, o, False)
    return out


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    synsets, first = read(root)
    amount = cluster(synsets, CONSIDERABLE)
    grading = set().union(*(cluster(synsets, h) for h in GRADING_HEADS))
    words = {w for o in amount for w in synsets[o][0] if "_" not in w and "-" not in w}
    print(" ".join(sorted(w for w in words if first.get(w) in grading)))


if __name__ == "__main__":
    main()
