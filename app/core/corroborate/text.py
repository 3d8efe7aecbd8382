"""Words of a quote or claim, folded so that different writers compare equal.

- `plain(text)`: one apostrophe style, one hyphen, no invisible marks,
  Unicode compatibility forms folded (for comparing only: what is shown and
  cited stays the source's own text);
- `words(text)`: lower-case word tokens without quote marks or punctuation,
  for comparing quotes ("isn't", "isn’t" and "isn´t" are one word, and
  "--", "—" and "…" none);
- `lemma(word)`: the dictionary form of an English word ("raised" -> "raise",
  "protesters" -> "protester"), from simplemma (MIT licence), cached;
- `content_tokens(text)`: the content words in order, with their lemma,
  whether they were written as a name, and where they are.

Stop words are the Snowball project's English list (BSD licence, kept beside
this file), plus the few words news English uses around every claim (the
reporting verbs and courtesy titles below), which tell nothing about what a
claim is about.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple, TypeVar

import simplemma

from app.core.corroborate.us_states import us_states

# The marks writers and their software put for an apostrophe become one
# ("isn’t", "isn´t", "isn′t" are "isn't"), the hyphens one hyphen ("e‑mail"
# with a non-breaking one is "e-mail"), a figure dash an en dash and a bar an
# em dash (as ranges and asides are read), and the invisible marks inside a
# word (a soft hyphen, a zero-width space or joiner, a byte order mark) go:
# the same words typeset differently are the same words. Quote marks and the
# dashes between words are not words: `words` leaves them out. Applied before
# compatibility folding, which would take "´" apart into a space and an
# accent; so the few characters that folding makes into one of these are
# mapped here too ("ŉ", a Greek numeral sign, a fullwidth grave accent; a
# double prime is a double mark).
_APOSTROPHES = str.maketrans(
    {
        **dict.fromkeys(
            "\u2019\u2018\u201b`\u00b4\u02bc\u02bb\u02b9\u2032\u2035\u0374\u1fef\uff40", "'"
        ),
        "\u0149": "'n",
        **dict.fromkeys("\u2033\u2034\u2036\u2037\u2057", '"'),
        **dict.fromkeys("\u2010\u2011", "-"),
        "\u2012": "\u2013",
        "\u2015": "\u2014",
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff"),
    }
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# A lone letter joined by a hyphen is part of its word ("e-mail" is "email").
# (The lookahead on the first character spares trying the pattern at every
# space and stop: every claim and whole sources are read with it.)
_CASED_WORD = re.compile(
    r"(?=[A-Za-z0-9])(?:\b[A-Za-z]-(?=[A-Za-z]{2}))?[A-Za-z0-9]+(?:'[A-Za-z]+)?"
)


def _snowball() -> frozenset[str]:
    path = Path(__file__).with_name("stopwords_en.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


# Lemmas that carry no subject: reporting verbs ("said", "according to"),
# auxiliaries the Snowball list leaves out, and courtesy titles.
_NEWS_STOPS = frozenset(
    "say tell accord will can may might must shall also just even still yet mr mrs ms dr".split()
)
STOPWORDS: frozenset[str] = _snowball() | _NEWS_STOPS

_Span = TypeVar("_Span")


def _body_names() -> dict[str, str]:
    """{an abbreviation of a body's name: the one word of its full name a
    report writes alone ("QVP": "Velmarist", of the "Velmarist Party")},
    from the WordNet-made list beside this file (`body_names.txt`)."""
    path = Path(__file__).with_name("body_names.txt")
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


# Two names of one body name the same one: its abbreviation reads as that word.
BODY_NAMES = _body_names()

# A tag of markup kept in a source's text ('<post author="..." date="May 7, 2031">'):
# its attributes are the page's bookkeeping, not what the writer states.
_MARKUP = re.compile(r"<[A-Za-z/][^<>]*>")


# The sign-off of an embedded post: its author's handle, then the day it was
# posted ("... -- Ana Roe (@anaroe) May 7, 2031"). That day is when the post
# was written, not a figure it states: two posts' days never disagree.
_SIGN_OFF = re.compile(
    r"\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
)


def outside_markup(text: str, values: list[_Span]) -> list[_Span]:
    """`values` (anything with a `start` and an `end` in `text`) less those
    written inside a tag of markup or in the sign-off of an embedded post
    (its handle and posting day, `_SIGN_OFF`)."""
    if "<" not in text and "(@" not in text:
        return values  # (most texts: two substring tests)
    tags = [(m.start(), m.end()) for m in _MARKUP.finditer(text)] if "<" in text else []
    if "(@" in text:
        tags += [(m.start(), m.end()) for m in _SIGN_OFF.finditer(text)]
    if not tags:
        return values
    return [v for v in values if not any(a <= v.start and v.end <= b for a, b in tags)]


_LEMMAS: dict[str, str] = {}


# A dash opening or closing an aside ("\u2014", " -- ").
_DASH = re.compile(r"\s?(?:\u2014|--)")
ASIDE_WORDS = 6  # words an aside between dashes may hold and still say more of its clause


def dash_aside(text: str, left: int, right: int) -> bool:
    """Whether text[left:right] is an aside set off by a dash on each side,
    of a few words naming no one ("invested far more -- some $400 million
    -- in the resort", "withheld 37 pages \u2014 including 35 memos in all
    \u2014 from its release"): it says more of the clause around it, whose
    words say what its figure counts."""
    if not (_DASH.match(text, left) and _DASH.match(text, right)):
        return False
    inside = text[left:right].strip(" -\u2014").split()
    return 0 < len(inside) <= ASIDE_WORDS and not any(w[:1].isupper() for w in inside)


def lemma(word: str) -> str:
    """The lower-case dictionary form of an English word (cached: a library
    repeats its vocabulary many times over)."""
    found = _LEMMAS.get(word)
    if found is None:
        found = simplemma.lemmatize(word, lang="en").lower()
        if len(_LEMMAS) < 500_000:
            _LEMMAS[word] = found
    return found


def plain(text: str) -> str:
    """Text with one apostrophe style, one hyphen, no invisible marks and
    Unicode compatibility forms folded (see `_APOSTROPHES`)."""
    if text.isascii():  # NFKC leaves ASCII as it is, and "`" is its one apostrophe to fold
        return text.replace("`", "'")
    return unicodedata.normalize("NFKC", text.translate(_APOSTROPHES))


def words(text: str) -> list[str]:
    """The lower-case words of `text`, without quote marks and punctuation."""
    return _WORD.findall(plain(text).lower())


def fold_accents(text: str) -> str:
    """Accents dropped, so "León" and "Leon" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Token(NamedTuple):
    """A content word: its lemma, the word as written (lower case), whether
    it was written as a name (capital letter, not first in the text) and where it is."""

    lemma: str
    word: str
    name: bool
    start: int
    end: int


_PROPER: dict[str, bool] = {}


def is_proper(word: str) -> bool:
    """Whether a capitalised word is a proper noun as far as the lemma
    dictionary knows: its lemma keeps the capital ("Monday", "Republicans")
    where a common noun's does not ("Council", "Officials")."""
    found = _PROPER.get(word)
    if found is None:
        found = simplemma.lemmatize(word, lang="en")[:1].isupper()
        if len(_PROPER) < 200_000:
            _PROPER[word] = found
    return found


def is_content(word: str) -> bool:
    """Whether a lower-case word can say what a claim is about (not a stop
    word, not a number, not a lone letter)."""
    return len(word) > 1 and not word[0].isdigit() and word not in STOPWORDS


def _ends_sentence(text: str, m: re.Match) -> bool:
    """Whether the word matched by `m` ends a sentence: a stop follows it,
    and it is not a short abbreviation ("Mr.", "Gov.", "U.S.")."""
    follow = text[m.end() : m.end() + 1]
    if follow == "\n" or follow in "!?:" and follow:
        return True
    if follow != ".":
        return False
    word = m.group()
    return not (word[:1].isupper() and len(word) <= 4 and word.lower() in _ABBREVIATIONS)


# Short titles and abbreviations written with a stop inside a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov lt col gen sgt capt jr sr no u s d r inc co corp ltd".split()
)


class ProperWords:
    """The capitalised words a document uses as names: more often written
    with a capital inside a sentence than in lower case ("Trump" stays a name
    in a text that once says "trump card"; "Council" is not one where the
    text says "the council"). Each word is looked up once, when asked."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self._known.get(word)
        if found is None:
            # Capitalised after a lower-case word: inside a sentence, and not
            # part of a longer name ("City Council").
            text, inside = self._text, 0
            at = text.find(" " + word)
            while at > 0:
                inside += text[at - 1].islower() or text[at - 1] in ",;"
                at = text.find(" " + word, at + 1)
            found = self._known[word] = inside > text.count(" " + word.lower())
        return found


def proper_words(text: str) -> ProperWords:
    """The words `text` uses as names (see `ProperWords`)."""
    return ProperWords(text)


def content_tokens(text: str, proper: ProperWords | None = None) -> list[Token]:
    """The content words of `text` (already `plain`) in order.

    A word counts as a name when it starts with a capital and is not the
    first word of the text or of a sentence in it. A first word does when
    the document it comes from uses it as a name (`proper`, see
    `proper_words`), or without that, when the lemma dictionary keeps its
    capital (`is_proper`). A US state's abbreviation ("Fla.", "N.H.", the
    postal code in "R-FL") reads as the words of its name."""
    return _read(text, proper, True)


def content_lemmas(text: str) -> list[str]:
    """The lemmas of the content words of `text`, in order: those of
    `content_tokens(plain(text))`, read without telling names from other
    words (whole sources are read so, for derived sources)."""
    return _read(plain(text), None, False)


def _read(text: str, proper: ProperWords | None, names: bool) -> list:
    """The content words of `text`: as `Token`s with `names`, else their
    lemmas alone. One loop for both, so both read words alike; without
    `names`, where a sentence starts is never worked out and no `Token` is
    made (a fourth of the time of reading a whole source)."""
    out = []
    previous = None  # the match before, to tell whether a capital starts a sentence
    first = False
    words = _WORDS
    token = tuple.__new__  # a Token made in C, not through its Python __new__
    spelled_to = 0
    for m in _CASED_WORD.finditer(text):
        raw, w, lem, upper = words.get(m.group()) or _known_entry(m.group())
        if names:
            first = upper and (previous is None or _ends_sentence(text, previous))
            previous = m
        if spelled_to and m.start() < spelled_to:
            continue  # a part of a state's abbreviation read already ("W.Va.")
        if upper and raw in _STATE_STARTS and (state := _state_at(text, m.start(), raw)):
            out.extend(state if names else [t.lemma for t in state])
            spelled_to = state[-1].end
        elif lem is None:
            continue
        elif not names:
            out.append(lem)
        else:
            if first:
                name = raw in proper if proper is not None else is_proper(raw)
            else:
                name = upper
            start = m.start()
            out.append(token(Token, (lem, w, name, start, start + len(raw))))
    return out


# What each written word is, looked up once: a library repeats its words.
_WORDS: dict[str, tuple[str, str, str | None, bool]] = {}


def _known_entry(token: str) -> tuple[str, str, str | None, bool]:
    """`_word_entry`, kept in `_WORDS` while it has room."""
    found = _word_entry(token)
    if len(_WORDS) < 500_000:
        _WORDS[token] = found
    return found


def _word_entry(token: str) -> tuple[str, str, str | None, bool]:
    """(the word without "'s", lower case, its lemma or None when it is no
    content word, whether it starts with a capital)."""
    raw = token.removesuffix("'s")
    w = BODY_NAMES.get(raw, raw).lower().replace("-", "")
    lem = lemma(w) if is_content(w) else None
    if lem in STOPWORDS:
        lem = None
    return raw, w, lem, raw[0].isupper()


def _state_table() -> tuple[dict[str, list[tuple[str, str]]], set[str]]:
    """({a state's AP-style abbreviation without its last stop, or its
    postal code: (lemma, word) of each content word of its name}, the
    postal codes), from the published list (`us_states`)."""
    table: dict[str, list[tuple[str, str]]] = {}
    postals = set()
    for name, postal, ap in us_states():
        spelled = [(e[2], e[1]) for e in map(_word_entry, name.split()) if e[2] is not None]
        table[postal] = spelled
        postals.add(postal)
        if ap != name:
            table[ap.removesuffix(".")] = spelled
    return table, postals


_STATES, _POSTAL = _state_table()
# Each state's name as the lemmas of its content words ("new", "jersey").
STATE_NAMES: frozenset[tuple[str, ...]] = frozenset(
    tuple(lem for lem, _ in spelled) for spelled in _STATES.values()
)


def state_length(lemmas: list[str], first: bool = False) -> int:
    """How many of the last words of `lemmas` (with `first`, of its first
    words) name a state of `STATE_NAMES`, the longest name first ("new
    york" of "quell new york": 2); 0 when they name none."""
    for n in (3, 2, 1):
        if len(lemmas) >= n and tuple(lemmas[:n] if first else lemmas[-n:]) in STATE_NAMES:
            return n
    return 0


# An AP abbreviation ends with its stop ("Quillby, Fla."; "W.Va."); a postal
# code is read only in a party-and-state label ("Sen. Ana Roe (D-NY)"), where
# it cannot be an English word ("IN", "OR", "ME").
_STATE_AT = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(k) for k in sorted(_STATES, key=len, reverse=True) if k not in _POSTAL)
    + r")(?=\.)"
)
_LABELS = frozenset(f"{party}-{code}" for party in "RDI" for code in _POSTAL)
# The first word of each, as the token loop of content_tokens meets it
# (a party's letter and its hyphen are part of the word: "R-Fla").
_STATE_STARTS = frozenset(k.split(".")[0] for k in _STATES if k not in _POSTAL)
_STATE_STARTS |= _LABELS | {f"{party}-{k}" for party in "RDI" for k in _STATE_STARTS}


def _state_at(text: str, start: int, raw: str) -> list[Token]:
    """The words of the name of the state whose abbreviation starts at
    `start` with the word `raw`, written as a name and placed within the
    abbreviation's span (one run of names, as if spelled out); [] when no
    state's abbreviation starts there."""
    if raw[1:2] == "-":
        start += 2  # the party's letter
    if raw in _LABELS:
        spelled, end = _STATES[raw[2:]], start + 2
    else:
        m = _STATE_AT.match(text, start)
        if m is None:
            return []
        spelled, end = _STATES[m.group()], m.end()
    last = len(spelled) - 1
    return [
        Token(lem, word, True, start + n, end if n == last else start + n + 1)
        for n, (lem, word) in enumerate(spelled)
    ]
