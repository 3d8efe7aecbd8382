"""Build the fifth hold-out set: h5_NN.txt articles and gold.jsonl.

Written 2026-11-21 before any engine change made on it, as everyday US
news of the kind most news sites publish, in subjects the earlier hold-outs
lack: a city trash-fee vote, a state gas-tax bill, a trucking wrongful-death
verdict, a catalytic-converter theft ring, a paper mill closing, bird flu in
a dairy herd, an ice storm, a four-day school week, an NHL game story, a
stopgap spending bill in Congress, a water main break, a deputy's guilty
plea in a jail beating, a bridge closure. Typical wire and newspaper
attribution: "said X, a spokesperson for Y", "X said in a statement",
"X told reporters", "according to X", titles (Gov., Sen., Rep., Dr.),
quotes that continue over paragraphs, he/she after several named people.
Same conventions as holdout2.

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
speaker is the person or organization as the article names them; an unnamed
source is the noun the article uses.

    python tests/data/holdout5/build_holdout5.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from marked_gold import build  # noqa: E402  (a sibling script, not a package)

CURLY = {f"h5_{n:02d}" for n in range(2, 14, 2)}

if __name__ == "__main__":
    print(f"{build(HERE, 'h5', CURLY)} gold quotes")
