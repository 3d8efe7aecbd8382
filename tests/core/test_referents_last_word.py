"""`referents._last_word`: the last whole-word place of a document noun in a
stretch, as the pattern `\\b<noun>\\b` over that slice found it."""

import re

from app.core.extract.referents import _last_word

TEXT = (
    "The board sent a letter to members. Its newsletter and letters followed; "
    "the letter_box was full, and a second letter came."
)


def _by_pattern(text: str, word: str, lo: int, hi: int) -> int | None:
    found = None
    for m in re.finditer(rf"\b{word}\b", text[lo:hi]):
        found = lo + m.start()
    return found


def test_last_whole_word_in_stretch() -> None:
    assert _last_word(TEXT, "letter", 0, len(TEXT)) == TEXT.rindex("second letter") + 7
    # "newsletter", "letters" and "letter_box" are no whole "letter".
    cut = TEXT.index("Its")
    assert _last_word(TEXT, "letter", 0, TEXT.index("came") - 12) == TEXT.index("a letter") + 2
    assert _last_word(TEXT, "letter", cut, TEXT.index("second")) is None


def test_same_as_the_pattern_at_the_edges() -> None:
    text = "memo memos amemo memo_ memo"
    for lo in range(len(text) + 1):
        for hi in range(len(text) + 3):
            assert _last_word(text, "memo", lo, hi) == _by_pattern(text, "memo", lo, hi)
