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

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
_GOLD = re.compile(r"⟦([^|⟧]*)\|(.*?)⟧", re.S)
CURLY = {"h3_01", "h3_04", "h3_06", "h3_09", "h3_12", "h3_14", "h3_17", "h3_20", "h3_24"}


def curly(text: str) -> str:
    """Straight marks to typographic ones, by the character before and after."""
    out = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == '"':
            out.append("\u201c" if before.isspace() or before in "(\u2014[\u2018" else "\u201d")
        elif ch == "'":
            opening = (before.isspace() or before in "(\u201c\u2014") and after.isalpha()
            out.append("\u2018" if opening else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def build() -> int:
    rows = []
    for marked in sorted((HERE / "marked").glob("h3_*.txt")):
        raw = marked.read_text(encoding="utf-8")
        gold = [(m.group(1), m.group(2)) for m in _GOLD.finditer(raw)]
        text = _GOLD.sub(lambda m: m.group(2), raw)
        if marked.stem in CURLY:
            text = curly(text)
            gold = [(who, curly(q)) for who, q in gold]
        (HERE / marked.name).write_text(text, encoding="utf-8")
        cursor = 0
        for who, quote in gold:
            start = text.index(quote, cursor)  # ValueError names a quote that went missing
            end = start + len(quote)
            cursor = end
            speaker, *aliases = who.split(";")
            row = {"source": marked.name, "start": start, "end": end, "quote": quote}
            row["speaker"] = speaker
            if aliases:
                row["aliases"] = aliases
            rows.append(row)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    print(f"{build()} gold quotes")
