"""Build a hold-out set from articles whose gold quotes are marked inline.

Each article in `<set>/marked/` marks a gold quote as ⟦Speaker|quoted words⟧
or ⟦Speaker;ALIAS|quoted words⟧. `build` strips the markers, sets curly
typography for the articles listed, finds every gold quote with `str.index`
(searching on from the previous one; a missing quote raises) and writes the
plain articles and `gold.jsonl` in the scorer's format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_GOLD = re.compile(r"⟦([^|⟧]*)\|(.*?)⟧", re.S)


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


def build(here: Path, prefix: str, curly_stems: set[str]) -> int:
    """Write the plain articles and gold.jsonl of the set in `here`; the number of quotes."""
    rows = []
    for marked in sorted((here / "marked").glob(f"{prefix}_*.txt")):
        raw = marked.read_text(encoding="utf-8")
        gold = [(m.group(1), m.group(2)) for m in _GOLD.finditer(raw)]
        text = _GOLD.sub(lambda m: m.group(2), raw)
        if marked.stem in curly_stems:
            text = curly(text)
            gold = [(who, curly(q)) for who, q in gold]
        (here / marked.name).write_text(text, encoding="utf-8")
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
    with open(here / "gold.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)
