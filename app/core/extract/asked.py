"""A quote inside the question an opening clause says someone asked.

"Asked by Ana Ruiz whether the plan "really works," Vesk shrugged": the
quoted words are the question's, so the asker's, and the words after the
clause are its answerer's, no tag of the quote. Only a quote inside the
clause, before its comma, is asked about here; the answer ("..., Vesk
said, "...") keeps its own tag.
"""

from __future__ import annotations

import re

from app.core.extract.referents import Referents, Speaker
from app.core.extract.sentences import sentence_start

# "Asked by <name or a reporter> [, <a description>,] whether|if|... <words>"
# up to the quote's opening mark: no comma, stop or other quote between.
_ASKED_BY = re.compile(
    r"\s*(?:[^\"\u201c\u201d]*?(?:,\s+|\b(?:[Ww]hen|[Aa]fter|[Oo]nce)\s+))?[Aa]sked\s+by\s+"
    r"((?:[A-Z][\w.'\u2019-]*[ \t]?){1,4}|(?:a|an|the)[ \t]+[a-z]+)"
    r"(?:,[^,\"\u201c\u201d]{1,40},)?\s+(?:whether|if|about|why|how|what|to)\s"
    r"[^,;:!?\"\u201c\u201d]*[\"\u201c]$"
)


def asker(attributor: Referents, line_start: int, start: int) -> Speaker | None:
    """The asker, when the quote opening at `start` sits in a clause "Asked
    by X whether ..." before its sentence's main clause; else None."""
    text = attributor.text
    if text.find("sked by", max(line_start, start - 300), start) < 0:
        return None  # (nearly every quote: no such clause before it)
    s = sentence_start(text, line_start, start - 1)
    m = _ASKED_BY.match(text, s, start)
    if m is None:
        return None
    return attributor.resolve_phrase(m.start(1), m.end(1), start)
