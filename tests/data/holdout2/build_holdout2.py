"""Build the second hold-out set: h2_NN.txt articles and gold.jsonl.

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

    python tests/data/holdout2/build_holdout2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from marked_gold import build  # noqa: E402  (a sibling script, not a package)

CURLY = {"h2_01", "h2_03", "h2_06", "h2_07", "h2_09", "h2_14", "h2_17", "h2_19", "h2_21", "h2_24"}

if __name__ == "__main__":
    print(f"{build(HERE, 'h2', CURLY)} gold quotes")
