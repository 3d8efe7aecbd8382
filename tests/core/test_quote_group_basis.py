"""What a quote group says it was matched on, when its members are two
statements that share a phrase: in the twelfth walk a slogan quoted alone
joined two different longer quotes of one speaker, each quoting it, into a
group "carried by 3 sources" matched on "same words, one an excerpt of
another", which neither long quote is of the other (invented quotes)."""

from __future__ import annotations

from app.core.corroborate.report import why_group


def _members(*texts: str) -> list[dict]:
    return [
        {"text": text, "speaker": "Ana Ruiz", "source_id": n} for n, text in enumerate(texts, 1)
    ]


def test_excerpts_of_one_statement_are_said_so():
    why = why_group(
        "quote",
        _members("keep the harbour open", "We will keep the harbour open through the winter."),
    )
    assert why["basis"] == "same words, one an excerpt of another"


def test_two_statements_sharing_a_phrase_are_not_called_excerpts():
    why = why_group(
        "quote",
        _members(
            "keep the harbour open",
            "We will keep the harbour open through the winter.",
            "Nobody can promise to keep the harbour open when the ice comes.",
        ),
    )
    assert why["basis"] == (
        "a phrase they share; the longer quotes differ: check they are one statement"
    )


def test_the_same_words_are_said_so():
    why = why_group("quote", _members("Keep the harbour open,", "keep the harbour open."))
    assert why["basis"] == "same words"
