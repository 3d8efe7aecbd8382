"""Build the fourth hold-out set: h4_NN.txt articles and gold.jsonl.

Written 2026-11-21 before any engine change made on it, in subjects and
styles the second and third hold-outs lack: tech company layoffs with
executives and analysts, a machinists' strike, an election night with many
candidates, a concert review, a church split, an immigration court hearing
through an interpreter, a Gulf dead-zone story with scientists and industry,
a murder-suicide with a police spokesman and neighbors, a school phone ban
with minors named by first name only, a Pentagon story built on anonymous
officials, a Q:/A: author interview, a college basketball feature about three
brothers, a comedian's obituary with tributes posted on social media, an
appeals-court ruling quoting the written opinion and dissent, an inspector
general's report and the agency's letter, a rent story, a measles outbreak,
an airline meltdown, a three-generation farm family, a space mission. Traps:
quotes inside quotes, a quote spanning paragraphs, speakers named after a
long quote or far from "said", titles, nicknames, signs and scare quotes,
an all-caps headline and datelines. Same conventions as holdout2.

The articles in `marked/` mark each gold quote inline as
⟦Speaker|quoted words⟧ or ⟦Speaker;ALIAS|quoted words⟧ (the words between
the quote marks, marks excluded). The builder strips the markers, sets the
typography (the even-numbered articles get curly quotes and apostrophes, as
most published text has; the odd ones keep straight marks, as scraped text
often does), then finds every gold quote with `str.index` on its exact text,
searching on from the previous one, and writes the offsets. It fails loudly
when a quote is not found.

Gold conventions: a quote is every span of someone's words in quote marks,
partial quotes and headline quotes included; titles of books, films and
songs, nicknames, slogans, signs and scare quotes are not quotes. The
speaker is the person or organization as the article names them (a report
or a letter is its author, with "report"/"letter" as an alias); an unnamed
source is the noun the article uses ("official", "neighbor"). Answers
printed after "A:" without quote marks are not quotes.

    python tests/data/holdout4/build_holdout4.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from marked_gold import build  # noqa: E402  (a sibling script, not a package)

CURLY = {f"h4_{n:02d}" for n in range(2, 21, 2)}

if __name__ == "__main__":
    print(f"{build(HERE, 'h4', CURLY)} gold quotes")
