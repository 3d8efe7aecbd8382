"""Build the third hold-out set: h3_NN.txt articles and gold.jsonl.

Written 2026-11-21 before any engine change made on it, in styles the second
hold-out lacks: long political features with many named people, courtroom
testimony, game stories, disasters, earnings calls with analysts, science,
local meetings, wire stories with spokespeople and interpreters, profiles
with family members, unnamed sources. Same conventions as holdout2.

The articles in `marked/` mark each gold quote inline as
⟦Speaker|quoted words⟧ or ⟦Speaker;ALIAS|quoted words⟧ (the words between
the quote marks, marks excluded). The builder strips the markers, sets the
typography (some articles get curly quotes and apostrophes, as most
published text has; the rest keep straight marks, as scraped text often
does), then finds every gold quote with `str.index` on its exact text,
searching on from the previous one, and writes the offsets. It fails loudly
when a quote is not found.

Gold conventions: a quote is every span of someone's words in quote marks,
partial quotes and headline quotes included; titles of books, films and
songs, nicknames, slogans and scare quotes are not quotes. The speaker is
the person or organization as the article names them; an unnamed source is
the noun the article uses ("employee", "police").

    python tests/data/holdout3/build_holdout3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from marked_gold import build  # noqa: E402  (a sibling script, not a package)

CURLY = {"h3_01", "h3_04", "h3_06", "h3_09", "h3_12", "h3_14", "h3_17", "h3_20", "h3_24"}

if __name__ == "__main__":
    print(f"{build(HERE, 'h3', CURLY)} gold quotes")
