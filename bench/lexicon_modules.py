"""What the word-list builders (facts_comparatives_build.py,
facts_evaluative_build.py) share: reading the tagger lexicon TextBlob
bundles, and writing a generated module that holds one frozenset of words."""

from __future__ import annotations

import textwrap
from pathlib import Path


def tagger_tags(folder: Path) -> dict[str, str]:
    """Each word's most frequent tag in `folder`/en-lexicon.txt (its first)."""
    tags: dict[str, str] = {}
    for line in (folder / "en-lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and not line.startswith(";;;"):
            tags.setdefault(parts[0], parts[1])
    return tags


def write_word_module(out: Path, docstring: str, name: str, words: list[str]) -> None:
    """Write `out`: `docstring` (its text, without the quotes) as the
    module's docstring, then `name`: a frozenset of `words`, wrapped at 92."""
    body = textwrap.fill(" ".join(words), 92, initial_indent="    ", subsequent_indent="    ")
    out.write_text(
        f'"""{docstring}"""\n\n{name} = frozenset(\n    """\n{body}\n    """.split()\n)\n',
        encoding="utf-8",
    )
