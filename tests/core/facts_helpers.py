"""Helpers shared by the fact tests."""

from __future__ import annotations

import datetime as dt

from app.core.extract import find_facts
from app.core.extract.fact_captions import undated_act
from app.core.extract.facts import sentence_verdicts


def facts(text: str) -> list[str]:
    """The source words of every fact of `text`."""
    return [text[f.start : f.end] for f in find_facts(text)]


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited."""
    return [f.cited_text(text) for f in find_facts(text)]


def verdict(text: str, sentence: str) -> str:
    """The reason `sentence` of `text` gives no fact ("" when it gives one)."""
    start = text.index(sentence)
    for a, b, reason, _fact in sentence_verdicts(text):
        if a <= start < b:
            return reason
    raise AssertionError(f"no sentence at {sentence!r}")


# A Wednesday, the day of the single sentences the round tests judge.
SENTENCE_DAY = dt.date(2016, 5, 4)


def sentence_verdict(sentence: str, published: dt.date | None = SENTENCE_DAY) -> tuple[str, str]:
    """(reason, cited form) of the one sentence `sentence`, found with the
    source's day `published`."""
    ((_a, _b, reason, fact),) = sentence_verdicts(sentence, [], published)
    return reason, fact.cited_text(sentence) if fact else ""


OPENING = "Dana Roe founded the Velmar Guild in Quillon on May 3, 2009."
# A Wednesday: "Tuesday" is the day before, "Friday" (to come) two days after.
WEDNESDAY = dt.date(2016, 3, 23)


def dated(text: str, published: dt.date | None = WEDNESDAY) -> list[str]:
    """How every fact of `text` is cited, found with the source's day `published`."""
    return [f.cited_text(text) for f in find_facts(text, published=published)]


def offered_after(lead: str, sentence: str, published: dt.date | None) -> bool:
    """Whether `sentence`, after `lead`, is offered as a fact of a source
    dated `published`."""
    text = lead + sentence + "\n"
    return any(text[f.start : f.end] == sentence for f in find_facts(text, None, published))


def held_back_undated(sentence: str) -> None:
    """Asserts that `sentence` is a past act with no time of its own: after
    `OPENING` it is not offered, for want of a time, dated or not."""
    assert undated_act(sentence, sentence.split(), perfect=True)
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "time"
    assert not any(sentence[:20] in c for c in dated(text))
