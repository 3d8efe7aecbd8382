"""Words that open a sentence before its subject: introductory phrases
("In Ohio,", "Hours later,", "Speaking Monday,") and sentence adverbs ("But",
"Meanwhile"), for the subject finder in clauses.py."""

from __future__ import annotations

from functools import lru_cache

# Words opening an introductory phrase that ends at the first comma.
INTRO = frozenset(
    """
    in on at after before during when while as if although though because since until
    asked speaking addressing responding writing according earlier later last next this
    despite following with without for from by like unlike under over among amid
    outside inside near across around behind beyond throughout once alongside beside besides
    amidst upon via concerning
    of about regarding to toward towards against given
    there here elsewhere overall separately afterward afterwards together again
    """.split()
)
LEADERS = frozenset(
    """
    but and so still yet meanwhile now then also instead however likewise moreover indeed
    nevertheless nonetheless similarly furthermore additionally finally otherwise
    """.split()
)
TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tonight
    """.split()
)

# A span of time closing a short introductory phrase: "That morning,".
_PERIODS = frozenset("morning afternoon evening night day week weekend month year".split())


@lru_cache(maxsize=8192)
def low_word(token: str) -> str:
    """The token in lower case without a final dot or a contraction ("he'd")."""
    low = token.rstrip(".").lower()
    cut = max(low.find("'"), low.find("\u2019"))
    return low[:cut] if cut > 0 and low[cut + 1 :] in ("d", "ll", "s", "re", "ve") else low


# Nouns ending in -ly, no adverbs: "Ruiz's family said", "the assembly voted".
_LY_NOUNS = frozenset("family assembly rally supply anomaly monopoly homily bully".split())


def is_adverb(token: str) -> bool:
    """Whether a lower-case word reads as an -ly adverb ("reportedly")."""
    return token.islower() and token.endswith("ly") and len(token) > 4 and token not in _LY_NOUNS


def introductory(phrase: list[tuple[str, int, int]]) -> bool:
    """Whether words before a sentence's first comma introduce it ("In
    Ohio", "Hours later", "Speaking Monday") rather than name its subject;
    `phrase` holds (token, start, end) triples."""
    if not phrase:
        return False
    first = phrase[0][0]
    low = low_word(first)
    # (An -ly word before a capital is a given name: "Marly Vesk said ...".)
    adverb = is_adverb(first.lower()) and not (len(phrase) > 1 and phrase[1][0][:1].isupper())
    if low in INTRO or low in LEADERS or adverb or low in TIME_WORDS:
        return True
    if low_word(phrase[-1][0]) in ("later", "earlier", "ago"):
        return True  # "Hours later", "Two weeks ago"
    if len(phrase) < 4 and low_word(phrase[-1][0]) in _PERIODS and phrase[-1][0].islower():
        return True  # "That morning", "The next day", "Every year"
    # "Speaking at a rally", not "Alfred Ruiz"
    return first.endswith(("ing", "ed")) and len(phrase) > 1 and phrase[1][0][:1].islower()


def past_comma(toks: list[tuple[str, int, int]], comma: int) -> int:
    """Where the words after an introductory phrase's closing comma (token
    `comma`) start: past the closing mark of a quote the comma ends, `When
    Ruiz called it "a levy," Vesk said` going on at "Vesk"."""
    i = comma + 1
    if i < len(toks) and toks[i][0] in ('"', "\u201d") and toks[i][1] == toks[comma][2]:
        i += 1
    return i
