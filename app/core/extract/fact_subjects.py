"""Where a fact starts and who its subject is, so that it stands alone.

A dateline ("CITY (Agency) — ") and a leading "And"/"But" are left out of
the span. A subject that is a pronoun ("He voted ...", "In 2019, she
signed ...", "A Quillon native, she ran ...", "His campaign raised ...")
is marked for `fact_pronouns` to resolve in brackets. A subject that
points back to what the sentences before named keeps the sentence from
being a fact: "It", "They", "That's", "This plan", "The two men", an
epithet ("the Quillon senator", "the former governor"), a bare group or
share ("Officials said ...", "Nearly a third say ...", "No one ...").
A subject that names itself stands: a name, an institution, a record, an
office (`fact_described` reads described subjects).

The subject is read from the sentence's words (split at spaces), which the
caller has made anyway: facts are a hot path."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.core.extract.fact_described import (
    APPROXIMATELY,
    COUNTS,
    DESCRIBED,
    FRACTIONS,
    PERSON_PRONOUNS,
    QUANTIFIERS,
    STRIP,
    VERBISH,
    names_itself,
    plain_word,
    points_back,
)
from app.core.extract.fact_lexicon import (
    IMPERATIVES,
    IRREGULAR_PAST,
    STUCK_ON,
    TIME_NOUNS,
    VAGUE_GROUPS,
)
from app.core.extract.lexicon import TAG_VERBS

# "WASHINGTON (AP) — ", "CITY, St. (Agency) — ", "CITY, Mon. 8 — ".
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'\u2019 -]{0,40}(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s+\d{1,2})?){0,2}"
    r"(?:\s+\([A-Za-z .&/-]{1,30}\))?\s*(?:\u2014|\u2013|--|-)\s+"
)
# A dateline whose city is written in title case, its agency in capitals:
# "Quillon (QNS) - ", "New Velmar, Ore. (QNS) -- ".
_TITLE_DATELINE = re.compile(
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:,\s+[A-Z][A-Za-z.]{1,15})?\s+\([A-Z]{2,10}\)"
    r"\s*(?:\u2014|\u2013|--|-)\s+"
)
CONJUNCTIONS = frozenset("And But Yet Or Nor Plus".split())
# Words opening a phrase that a comma sets off before the subject: "In 2019, ",
# "After the vote on Tuesday, ".
INTRO_WORDS = frozenset(
    """
    in on at after before during since until by last earlier later then now today yesterday
    meanwhile however instead also still separately previously overall ultimately eventually
    so thus afterward afterwards moreover additionally similarly likewise indeed nevertheless
    nonetheless under with without within throughout over through despite amid among
    according when while although though because as once unlike following ahead along
    across from for even beyond besides aside apart like given thanks due all every where
    if upon toward towards against between behind into
    """.split()
)
# Subjects that point back without naming: a fact opening with one is
# offered only when it is a person resolved below.
_UNRESOLVED = frozenset(
    "it its they their them this that these those such here we i you our my your "
    "one both either neither each another everyone everybody someone somebody nobody anyone "
    "others none".split()
)
_DEMONSTRATIVES = frozenset("this that these those".split())
# First words that need a closer look: an opening phrase, a pronoun, "The",
# "All", an instruction.
_SPECIAL_FIRST = (
    INTRO_WORDS
    | frozenset(PERSON_PRONOUNS)
    | _UNRESOLVED
    | IMPERATIVES
    | frozenset(("the", "never", "no"))
    | QUANTIFIERS
    | VAGUE_GROUPS
    | APPROXIMATELY
    | FRACTIONS
    | COUNTS
    | frozenset(("a", "an"))
)
# The same as the words are written at a sentence's start.
_SPECIAL_TOKENS = frozenset(
    f + p for w in _SPECIAL_FIRST for f in (w, w.capitalize()) for p in ("", ",")
)
# Subject pronouns a few words into a sentence whose opening phrase has no
# comma: "On Tuesday she ...", "In 2019 they ...".
_SOON_PRONOUNS = frozenset("he she it they we i".split())
_SOON_TOKENS = frozenset(f for w in _SOON_PRONOUNS for f in (w, w.capitalize()))
# Pronouns in an opening phrase that stand for what the sentences before named.
_GROUP_PRONOUNS = frozenset("they them their".split())
_THING_PRONOUNS = frozenset("it its".split())
# Words that open a clause of an opening phrase, whose subject a pronoun is.
# The same as written (most opening phrases hold none: one set test each).
_PHRASE_PRONOUN_TOKENS = frozenset(
    f + p for w in _GROUP_PRONOUNS | _THING_PRONOUNS for f in (w, w.capitalize()) for p in STUCK_ON
)
_IDIOM_VERBS = frozenset("comes came turns turned".split())
_CLAUSE_WORDS = frozenset("that whether who which what how why if".split())
_TAIL_ENDS = ("d.", "s.")  # how "..., she said." and "..., he says." end
_COMMA_PRONOUNS = (" he ", " she ", " it ", " they ", " we ", " I ")
# Words that open a clause inside a sentence, whose subject a pronoun after
# a comma may be: "Roe argued that in 2019, she ...".
_CLAUSE_OPENERS = (" that ", " because ", " since ", " if ", " when ", " while ", " after ")
_TAIL_SPEAKER = re.compile(
    r",\s+(he|she|they|it)\s+(?:said|says|added|adds|wrote|writes|noted|notes|explained)\.$"
)
# A gerund subject's object: "Ending the ...", "Raising taxes ..." is not a name.
# The end of an opening phrase: a comma closing a word, or a clause break.
_PHRASE_END = re.compile(',(?= |$)|[;:"\u201c\u201d]')


class Opening(NamedTuple):
    """A fact's start in the source and the pronouns (offset, lower-cased
    word) that stand for a person to name."""

    start: int
    pronouns: tuple[tuple[int, str], ...] = ()
    word: int = 0  # the subject's index among the fact's words


def fact_start(text: str, start: int, end: int, first: str) -> int:
    """Where the fact in the sentence `text[start:end]`, whose first word is
    `first`, begins: past a dateline ("CITY (Agency) — ", "City (AGENCY) — ")
    and a leading "And" or "But"."""
    if first.isupper() and len(first) > 1:
        m = _DATELINE.match(text, start, end)
        if m:
            return m.end()
    elif first.rstrip(",") not in CONJUNCTIONS:
        m = _TITLE_DATELINE.match(text, start, end)
        return m.end() if m else start
    else:
        start += len(first)
        while start < end and text[start] in " \t":
            start += 1
    return start


def fact_subject(
    text: str, start: int, end: int, tokens: list[str], prev: tuple[int, int] | None
) -> Opening | None:
    """The subject of the fact `text[start:end]` (as `fact_start` gives it,
    split at spaces: `tokens`) and the pronouns to resolve; None when the
    subject points back to something that cannot be named with confidence.
    `prev` is the span of the sentence before, where a pronoun's person is
    looked for (by `cited_form`)."""
    first = tokens[0]
    if _participle_word(first):
        j = _participle_pronoun(text, start, end, tokens)
        if j > 0:
            # "Born May 4, 1950, to Lem and Tova Roe, in Quillon, he ...": the
            # phrase's commas close its date, its parents, its place.
            word = tokens[j].lower()
            if word not in PERSON_PRONOUNS:
                return None  # "Built in 1990, ..., it ...": what, only before
            return Opening(start, ((_offset(text, start, tokens, j), word),), j)
    if (
        first not in _SPECIAL_TOKENS
        and first[0].isupper()
        and not first.endswith(("ing", "ed", "ing,", "ed,"))
        and ("'" in first or "\u2019" in first) is False
    ):
        # Most sentences open with their subject's name: only a paraphrase's
        # "..., she said." and "A Quillon native, she ..." are left to see to.
        if _comma_pronoun(text, start, end, tokens) < 0:
            if text[end - 2 : end] in _TAIL_ENDS:
                return _tail_speaker(text, Opening(start), end)
            return Opening(start)  # (word 0)
    elif first == "The":  # the next most common opening, decided here
        if not names_itself(tokens, 1):
            return None
        if _comma_pronoun(text, start, end, tokens) < 0:
            if text[end - 2 : end] in _TAIL_ENDS:
                return _tail_speaker(text, Opening(start), end)
            return Opening(start)
    word = plain_word(first)
    k = 0  # the subject's token
    for _ in range(3):  # "In 2019, after the vote, she ..."
        if word not in INTRO_WORDS and not _participle(tokens, k):
            break
        if word == "all" and points_back(tokens, k, word):
            return None  # "All three ..." is a subject, not an opening phrase
        comma = _intro_end(tokens, k)
        if comma < 0:
            break
        soon = -1
        if word in INTRO_WORDS and tokens[comma + 1][:1].islower():
            # (A capitalized word after the comma is the subject: "In a sign he
            # is worried, Roe ...".)
            soon = _soon_pronoun(tokens, k + 2, min(comma, k + 6))
        if soon > 0:
            # "All day it was ..., which ...": the subject comes before the comma.
            k, word = soon, tokens[soon].lower()
            break
        if not _PHRASE_PRONOUN_TOKENS.isdisjoint(tokens[k : comma + 1]) and _phrase_points_back(
            tokens, k, comma
        ):
            return None
        k = comma + 1
        word = plain_word(tokens[k])
    if k == 0 and word in INTRO_WORDS:
        # "On Tuesday she lost ...": a short opening phrase without a comma.
        j = _soon_pronoun(tokens, 2, 6)
        if j > 0:
            k, word = j, tokens[j].lower()
    if k == 0:
        # "A Quillon native, she ...", "When ... (a long phrase), he ...".
        j = _comma_pronoun(text, start, end, tokens)
        if j > 0:
            k, word = j, tokens[j].lower()
    if (
        word in DESCRIBED or word[:1].isdigit() or (k == 0 and word.endswith("ing"))
    ) and points_back(tokens, k, word):
        return None
    pronouns: tuple[tuple[int, str], ...] = ()
    if word in PERSON_PRONOUNS:
        pronouns = ((_offset(text, start, tokens, k), word),)
    elif word in _UNRESOLVED and not (
        word in _DEMONSTRATIVES and k + 1 < len(tokens) and plain_word(tokens[k + 1]) in TIME_NOUNS
    ):
        return None  # ("This year, ..." names a time)
    opening = Opening(start, pronouns, k)
    return _tail_speaker(text, opening, end) if text[end - 2 : end] in _TAIL_ENDS else opening


def _soon_pronoun(tokens: list[str], i: int, j: int) -> int:
    """The index of a subject pronoun among `tokens[i:j]` that follows a
    short phrase without a verb ("On Tuesday she ..."), or -1 ("After
    suggesting that he ...": the pronoun is the phrase's own)."""
    if _SOON_TOKENS.isdisjoint(tokens[i:j]):
        return -1  # (most phrases: one set test)
    for m in range(i - 1, min(j, len(tokens))):
        t = tokens[m]
        if m >= i and t.lower() in _SOON_PRONOUNS:
            return m
        w = plain_word(t)
        if w in VERBISH or w in _CLAUSE_WORDS or w.endswith(("ing", "ed")):
            return -1
    return -1


def _phrase_points_back(tokens: list[str], k: int, comma: int) -> bool:
    """Whether the opening phrase `tokens[k:comma + 1]` speaks of someone or
    something only the sentences before name: "As they met in Quillon, Roe
    ...", "As their first act, the board ...". A pronoun may stand for a
    name or a noun before it in the phrase ("While the Velmar Guild counts
    its votes, ...") or, ahead, for the subject: "Since its founding, the
    Velmar Guild ...", "Unlike their rivals, the Velmar delegates ..."."""
    after = tokens[comma + 1 : comma + 5]
    named = False  # a name or a noun before the pronoun
    for j in range(k, comma + 1):
        t = tokens[j]
        w = t.strip(STRIP).lower()
        if w in _GROUP_PRONOUNS:
            if not named and not any(
                x == "and" or (x[:1].islower() and x.endswith("s")) for x in after
            ):
                return True
        elif w in _THING_PRONOUNS and not named:
            if j + 1 < len(tokens) and tokens[j + 1] in _IDIOM_VERBS:
                continue  # "When it comes to taxes, ...", "As it turns out, ...": no pronoun
            if not any(x[:1].isupper() for x in after[:3]):
                return True
        if j > k and (
            t[:1].isupper() or t.endswith("s") or tokens[j - 1].lower() in ("the", "a", "an")
        ):
            named = True
    return False


def _comma_pronoun(text: str, start: int, end: int, tokens: list[str]) -> int:
    """The index among `tokens` (the words of `text[start:end]`) of a subject
    pronoun right after the sentence's first comma ("A Quillon native, she
    ran ...", "Dana Roe, it turned out, ..."), or -1. A pronoun inside a
    clause the words before opened ("Roe argued that in 2019, she ...") or
    in an attribution ("..., he said, ...") is not the subject."""
    c = text.find(",", start, end)
    if c < 0 or not text.startswith(_COMMA_PRONOUNS, c + 1):
        return -1
    head = text[start:c]
    if any(w in head for w in _CLAUSE_OPENERS):
        return -1
    k = len(head.split())
    if k + 1 >= len(tokens) or tokens[k + 1].rstrip(",.") in TAG_VERBS:
        return -1
    return k


def _participle_word(word: str) -> bool:
    """Whether the capitalized `word` opening a sentence may be a participle
    ("Born", "Elected", "Running"); a name may end so too, which the
    comma's pronoun after the phrase tells apart."""
    w = word.lower()
    return w.endswith(("ed", "ing")) and len(w) > 4 or w in IRREGULAR_PAST or w == "born"


def _participle_pronoun(text: str, start: int, end: int, tokens: list[str]) -> int:
    """The index among `tokens` of the subject pronoun after the opening
    participle phrase of `text[start:end]`, past every comma that only
    goes on with the phrase (a date's year, "to Lem and Tova Roe", "in
    Quillon", a state's "NJ"), or -1 (a comma before a name or another
    subject ends it)."""
    commas = 0
    for m, t in enumerate(tokens[:40]):
        if t[-1] != "," or m + 1 >= len(tokens):
            continue
        nxt = tokens[m + 1]
        if nxt in _LATER_PRONOUNS:
            if commas == 0:
                return -1  # (the first comma: `_comma_pronoun`'s case, as before)
            if m + 2 < len(tokens) and tokens[m + 2].rstrip(",.") in TAG_VERBS:
                return -1  # "..., he said, ..."
            return m + 1
        if not (
            nxt[0].isdigit()
            or (nxt[0].islower() and nxt not in _SUBJECT_OPENERS)
            or _STATE_ABBREVIATION.match(nxt)
        ):
            return -1  # "Asked about it, Roe ...", "Elected in 2010, the mayor ..."
        commas += 1
    return -1


# Subject pronouns after an opening phrase.
_LATER_PRONOUNS = frozenset("he she it they".split())
# Words after a comma that may open the sentence's subject, not go on with
# its opening phrase ("to Lem and Tova Roe", "nee Quarrow", "raised in
# Quillon" go on).
_SUBJECT_OPENERS = frozenset("the a an this that these those his her their its our".split())
# A state's or a country's abbreviation after a place's comma: "NJ,", "N.J.,".
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3}),?$")


def _participle(tokens: list[str], k: int) -> bool:
    """ "Having fled ...," "Asked about ...,": a participle opens a phrase."""
    t = tokens[k]
    return (
        t[:1].isupper()
        and t.endswith(("ing", "ed"))
        and k + 1 < len(tokens)
        and tokens[k + 1][:1].islower()
    )


def _intro_end(tokens: list[str], k: int) -> int:
    """The token closing with the comma of an opening phrase that starts at
    token `k`, or -1 (none within 24 words, or a quote or a clause break
    first). A state's abbreviation after a city's comma belongs to the
    phrase: "At a rally in Quillon, N.H., he ..."."""
    last = min(len(tokens) - 1, k + 24)
    phrase = " ".join(tokens[k:last])
    m = _PHRASE_END.search(phrase)
    if m is None:
        return -1
    at = m.start()
    if m.group() != ",":
        # A quote or a clause break first, unless its word ends with the comma.
        space = phrase.find(" ", at)
        if phrase[space - 1 if space >= 0 else -1] != ",":
            return -1
        at = space - 1 if space >= 0 else len(phrase) - 1
    j = k + phrase.count(" ", 0, at)
    nxt = tokens[j + 1]
    if nxt[-2:] == ".," and nxt[0].isupper() and len(nxt) <= 8 and j + 2 < len(tokens):
        return j + 1
    return j


def _offset(text: str, start: int, tokens: list[str], k: int) -> int:
    """Where token `k` of the words of `text[start:]` starts."""
    pos = start
    for t in tokens[:k]:
        pos = text.find(t, pos) + len(t)
    return text.find(tokens[k], pos) if k else start


def _tail_speaker(text: str, opening: Opening, end: int) -> Opening | None:
    """`opening` with the pronoun of a closing "..., she said." to resolve;
    None for "..., they said." (whom, the sentences before say)."""
    if text[end - 2 : end] not in _TAIL_ENDS:
        return opening
    tail = _TAIL_SPEAKER.search(text, max(opening.start, end - 40), end)
    if tail is None:
        return opening
    pronoun = tail.group(1).lower()
    if pronoun not in PERSON_PRONOUNS:
        return None
    return opening._replace(pronouns=opening.pronouns + ((tail.start(1), pronoun),))
