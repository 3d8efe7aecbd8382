"""A photo's caption left in the text: "Velmar officer Dana Roe holds up
the ledger used in the 2013 trial." News reports what happened in the
past tense; a caption tells what the picture shows in the present, with a
past time beside it. A present-tense verb of a scene right after the name
of who is pictured, in a line that also holds a year, is a caption, not a
report (`fact_rules` turns away the same verbs with a full date).
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import CAPTION_DATED_VERBS

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def pictured(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) reads as a photo's
    caption: among its first eight words a present-tense verb of a scene
    ("holds", "signs", "waves") right after a capitalized word (the end of
    a name: "Dana Roe holds ..."), and a year in the line."""
    for i in range(1, min(8, len(tokens))):
        if tokens[i] in CAPTION_DATED_VERBS and tokens[i - 1][:1].isupper():
            return _YEAR.search(sentence) is not None
    return False
