"""A poll's sample or its error, with no poll named: "Some 56 percent of
renters polled said ...", "More than half of the respondents ...", "the
margin of error is plus or minus 3.5 points". Which poll, only the sentences
before say (`fact_polls` reads the poll nouns themselves: "a new poll
shows ...")."""

from __future__ import annotations

import re

# Words of a poll's sample or error: "voters polled", "the respondents".
_SAMPLE = re.compile(
    r"\b(?:polled|respondents|[Mm]argin of (?:sampling )?error|[Ss]ampling error)\b"
    r"|\b[a-z]+s surveyed\b"
)
# What names a poll: a name before its noun ("the Velmar College poll"), a
# name after "according to" or a poll's "by", "from", "for", or the subject's bracket
# ("[The Velmar poll] has a margin of error ..."; a date's does not).
_NAMED = re.compile(
    r"^\[|[A-Z][\w.'&/-]*(?:[ -][A-Z][\w.'&/-]*)* (?:[Pp]olls?|[Ss]urveys?)\b"
    r"|\b[Aa]ccording to (?:the |an? )?[A-Z]"
    r"|\b(?:polls?|surveys?|polled|surveyed|conducted|released|commissioned) (?:by|from|for) "
    r"(?:the )?[A-Z]"
)


def unnamed_sample(sentence: str) -> bool:
    """Whether the sentence (as cited) speaks of a poll's sample or its
    margin of error and names no poll."""
    if "poll" not in sentence and "survey" not in sentence and "error" not in sentence:
        if "respondents" not in sentence:
            return False  # (most sentences: substring tests)
    return _SAMPLE.search(sentence) is not None and _NAMED.search(sentence) is None
