"""Lines of the repository that share a run of words with a realnews article.

The realnews articles (../shared/realnews/articles) are copyrighted news we
may measure on but never copy: tests use invented sentences. This lists every
line of a git-tracked text file that shares a run of at least 8 consecutive
words (lower-cased, punctuation dropped) with any article, as
`file:line: the shared run`, and exits 1 when there is one (0 when none, 2
when the articles are missing).

    .venv/bin/python bench/scan_copied.py [--words 8] [--common 3] [--articles DIR] [--root DIR]

Runs are found by hashing every 8-word window of the articles once and
looking up each window of each repository file, so a run split over several
lines of a file (a string continued on the next line) is found too. Left
out: the shipped seed articles (resources/sources) and exact copies of them, which
the app ships and which are not realnews; stock news wording, a window found
in 3 or more articles ("did not respond to a request for comment"), with a
word or two around it; the articles' ids in the tuning tables; the few runs
in ALLOWED, each an official name. tests/core/test_copied_text.py runs it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "realnews" / "articles"
# The seed articles the app ships (not realnews), relative to the repository.
SEEDS = "resources/sources"
RUN_WORDS = 8
# A run found in this many articles or more is stock news wording, not one article's text.
COMMON = 3
# Runs accepted by hand: the official name of an office or an institution, which the
# project's own hold-out passages (invented stories) use as any news story would.
ALLOWED = frozenset(
    {
        "u s attorney for the southern district of new york",
        "at the washington institute for near east policy",
    }
)

# A word: letters and digits; an apostrophe inside a word is dropped ("don't" -> "dont").
_WORD = re.compile(r"[^\W_]+")
# An article's id (its file name, which spells its headline: "outlet_2016-02-18_words-of-
# the-head") names it in the tuning tables; naming an article is not copying it.
_ARTICLE_ID = re.compile(r"[\w-]+_\d{4}-\d\d-\d\d_[\w-]+")
# Escapes in source code would glue their letter to the next word ("\nThe" -> "nthe").
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|N\{[^}]*\}|[abfnrtv])")


@dataclass(frozen=True)
class Hit:
    """One line holding (part of) a run shared with an article."""

    path: str
    line: int
    run: str


def bare_words(text: str) -> list[str]:
    """Every word of `text`, lower-cased, without apostrophes."""
    return _WORD.findall(text.lower().replace("'", "").replace("\u2019", ""))


def words(text: str) -> list[tuple[str, int]]:
    """(word, 1-based line number) of every word of `text`, as `bare_words` gives them."""
    text = text.replace("'", "").replace("\u2019", "")
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    return [
        (match.group().lower(), bisect_right(breaks, match.start()) + 1)
        for match in _WORD.finditer(text)
    ]


def _windows(tokens: list[str], size: int) -> zip:
    """Every run of `size` consecutive tokens, as tuples."""
    return zip(*(tokens[k:] for k in range(size)), strict=False)


def article_windows(articles: Path, size: int, common: int) -> tuple[set[int], set[int]]:
    """The hashes of every `size`-word window of the articles: those of fewer than `common`
    articles, and those of `common` or more (stock wording such as "did not respond to a
    request for comment", which no one article owns; `common` 0 counts every window as owned)."""
    counts: Counter[int] = Counter()
    for path in sorted(articles.glob("*.txt")):
        tokens = bare_words(path.read_text(encoding="utf-8"))
        counts.update(set(map(hash, _windows(tokens, size))))
    if common <= 0:
        return set(counts), set()
    owned = {key for key, n in counts.items() if n < common}
    return owned, set(counts) - owned


def tracked_texts(root: Path) -> list[tuple[str, str]]:
    """(path, text) of every git-tracked UTF-8 text file except the shipped seeds and copies of them."""
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True
    ).stdout.split(b"\0")
    seeds = {p.read_bytes() for p in (root / SEEDS).glob("*.txt")}
    out = []
    for raw in names:
        name = raw.decode()
        path = root / name
        if not name or name.startswith(f"{SEEDS}/") or not path.is_file():
            continue
        data = path.read_bytes()
        if b"\0" in data or data in seeds:
            continue
        try:
            out.append((name, data.decode("utf-8")))
        except UnicodeDecodeError:
            continue
    return out


def scan_text(
    name: str,
    text: str,
    windows: AbstractSet[int],
    size: int,
    stock: AbstractSet[int] = frozenset(),
) -> list[Hit]:
    """The lines of one file that hold a run of `size` or more words found in `windows`.

    A window whose words lie mostly inside `stock` windows is a stock phrase
    plus a word or two ("... did not respond to a request for comment. The"),
    not an article's own text, and does not count."""
    tokens = words(_ESCAPE.sub(" ", text))
    bare = [w for w, _ in tokens]
    keys = list(map(hash, _windows(bare, size)))
    in_stock = [False] * len(bare)
    for i, key in enumerate(keys):
        if key in stock:
            in_stock[i : i + size] = [True] * size
    matched = [
        key in windows and 2 * sum(in_stock[i : i + size]) <= size for i, key in enumerate(keys)
    ]
    hits: list[Hit] = []
    i = 0
    while i < len(matched):
        if not matched[i]:
            i += 1
            continue
        end = i
        while end + 1 < len(matched) and matched[end + 1]:
            end += 1
        run = tokens[i : end + size]
        shared = " ".join(w for w, _ in run)
        if shared not in ALLOWED:
            hits.extend(Hit(name, line, shared) for line in sorted({n for _, n in run}))
        i = end + 1
    return hits


def scan(
    root: Path = ROOT, articles: Path = ARTICLES, size: int = RUN_WORDS, common: int = COMMON
) -> list[Hit]:
    """Every line of the repository at `root` sharing a run of `size` words with an article
    (runs of stock wording found in `common` or more articles left out)."""
    if not articles.is_dir() or not any(articles.glob("*.txt")):
        raise FileNotFoundError(
            f"realnews articles missing: {articles} (../shared must sit beside the repository)"
        )
    windows, stock = article_windows(articles, size, common)
    hits: list[Hit] = []
    for name, text in tracked_texts(root):
        hits.extend(scan_text(name, _ARTICLE_ID.sub(" ", text), windows, size, stock))
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=RUN_WORDS, help="shortest shared run")
    parser.add_argument(
        "--common",
        type=int,
        default=COMMON,
        help="a run in this many articles is stock wording (0: none is)",
    )
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="the realnews articles")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to scan")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        hits = scan(args.root, args.articles, args.words, args.common)
    except FileNotFoundError as error:
        print(f"scan_copied: {error}", file=sys.stderr)
        return 2
    for hit in hits:
        print(f"{hit.path}:{hit.line}: {hit.run}")
    files = len({hit.path for hit in hits})
    print(
        f"{len(hits)} lines in {files} files share a run of {args.words}+ words with realnews"
        f" ({time.perf_counter() - start:.1f} s)",
        file=sys.stderr,
    )
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
