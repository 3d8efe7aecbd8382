"""`fact_names.per_text` remembers what was read of the last text only, and
never hands one text's answer to another, even when a second text is read
while the first one's answer is being worked out (as a second thread would)."""

from __future__ import annotations

from app.core.extract.fact_names import per_text


def test_an_answer_is_remembered_for_its_own_text_only():
    calls = []

    @per_text
    def first_word(text: str, key: int) -> str:
        calls.append((text, key))
        return text.split()[key]

    one, two = "Velmar voted yes", "Quillon voted no"
    assert first_word(one, 0) == "Velmar"
    assert first_word(one, 0) == "Velmar"
    assert calls == [(one, 0)]  # read once for its text
    assert first_word(two, 0) == "Quillon"
    assert first_word(one, 0) == "Velmar"  # the last text only: read again
    assert len(calls) == 3


def test_a_text_read_in_between_keeps_its_own_answers():
    one, two = "Velmar voted yes", "Quillon voted no"

    @per_text
    def word(text: str, key: int) -> str:
        if text is one and key == 2:
            # Another text's reading comes in between (a second thread's).
            assert word(two, 2) == "no"
        return text.split()[key]

    assert word(one, 2) == "yes"
    # The text read last is `one`; `two` is read again, not given `one`'s answer.
    assert word(two, 2) == "no"
    assert word(one, 2) == "yes"
