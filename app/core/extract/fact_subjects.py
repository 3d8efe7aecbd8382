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
office ("the county's budget", "the mayor", "the head of the Quillon
Authority").

The subject is read from the sentence's words (split at spaces), which the
caller has made anyway: facts are a hot path."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.core.extract.fact_lexicon import (
    EPITHETS,
    IMPERATIVES,
    IRREGULAR_PAST,
    RECORD_NOUNS,
    SHARED_OFFICES,
    TIME_NOUNS,
    VAGUE_GROUPS,
)
from app.core.extract.lexicon import ORG_WORDS, TAG_VERBS, TITLES

# "WASHINGTON (AP) — ", "CITY, St. (Agency) — ", "CITY, Mon. 8 — ".
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'\u2019 -]{0,40}(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s+\d{1,2})?)?"
    r"(?:\s+\([A-Za-z .&/-]{1,30}\))?\s*(?:\u2014|\u2013|--|-)\s+"
)
CONJUNCTIONS = frozenset("And But Yet Or Nor Plus".split())
# Words opening a phrase that a comma sets off before the subject: "In 2019, ",
# "After the vote on Tuesday, ".
_INTRO_WORDS = frozenset(
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
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Subjects that point back without naming: a fact opening with one is
# offered only when it is a person resolved below.
_UNRESOLVED = frozenset(
    "it its they their them this that these those such here we i you our my your "
    "one both either neither each another everyone everybody someone somebody nobody anyone "
    "others none".split()
)
_DEMONSTRATIVES = frozenset("this that these those".split())
_QUANTIFIERS = frozenset("many some most several few".split())
_APPROXIMATELY = frozenset("nearly about roughly almost just only barely".split())
_COUNTS = frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands".split()
)
_FRACTIONS = frozenset("half third quarter fifth majority minority".split())
# First words that need a closer look: an opening phrase, a pronoun, "The",
# "All", an instruction.
_SPECIAL_FIRST = (
    _INTRO_WORDS
    | frozenset(PERSON_PRONOUNS)
    | _UNRESOLVED
    | IMPERATIVES
    | frozenset(("the", "never", "no"))
    | _QUANTIFIERS
    | VAGUE_GROUPS
    | _APPROXIMATELY
    | _FRACTIONS
    | _COUNTS
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
    f + p
    for w in _GROUP_PRONOUNS | _THING_PRONOUNS
    for f in (w, w.capitalize())
    for p in ("", ",", ".", ";", ":")
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
_GERUND_OBJECT = frozenset("the a an his her their its our more up out back off".split())
_VAGUE_ALL = frozenset("two three four five six the these those of".split())
_VERBISH = frozenset(
    "is are was were has have had will would can could said say says believe think".split()
)
_VAGUE_NP = frozenset(
    "two three four five six former latter pair duo couple same other rest".split()
)
_POSSESSIVE_ENDS = ("'s", "\u2019s")
# Words that end a subject's noun phrase: a preposition, a relative, a
# conjunction, an adverb.
_PREPOSITIONS = frozenset(
    """
    of for in on at with over to from by as after before since than about against under
    during between into among amid
    """.split()
)
_NP_ENDS = _PREPOSITIONS | frozenset("that who which whose and or also not".split())
# Words after a bare plural subject that say which ones: "Officials in
# Quillon", "Critics of the plan", "Aides who ...".
_WHICH_ONES = _PREPOSITIONS | frozenset("who like".split())
# People an "a" leaves unnamed: "A source said ..." ("A candidate needs
# 2,383 delegates" states a rule).
_UNNAMED_PEOPLE = frozenset(
    """
    source official person spokesman spokeswoman spokesperson aide adviser advisor man woman
    couple employee worker resident veteran activist supporter critic lawmaker investor
    executive
    """.split()
)
# Subjects that count or group without saying whom: "Officials", "No one",
# "Two", "Nearly a third".
_COUNTED_SUBJECTS = VAGUE_GROUPS | _COUNTS | _APPROXIMATELY | _FRACTIONS | {"no", "a", "an"}
_PAST_WORDS = IRREGULAR_PAST | frozenset(
    v for v in TAG_VERBS if v.endswith(("ed", "s")) and v not in RECORD_NOUNS
)
# Endings of a word after a subject's noun: a past, a participle, an adverb,
# a negated auxiliary ("didn't").
_NOT_NOUN_ENDS = ("ed", "ing", "ly", "n't", "n\u2019t")
_CLAUSE_BREAK = frozenset(';:"\u201c\u201d')
_CONTRACTION = re.compile("['\u2019](?:s|re|ll|d|ve)$")
_STRIP = ",.;:!?\"'()\u201c\u201d\u2018\u2019"


class Opening(NamedTuple):
    """A fact's start in the source and the pronouns (offset, lower-cased
    word) that stand for a person to name."""

    start: int
    pronouns: tuple[tuple[int, str], ...] = ()
    word: int = 0  # the subject's index among the fact's words


def fact_start(text: str, start: int, end: int, first: str) -> int:
    """Where the fact in the sentence `text[start:end]`, whose first word is
    `first`, begins: past a dateline ("CITY (Agency) — ") and a leading "And"
    or "But"."""
    if first.isupper() and len(first) > 1:
        m = _DATELINE.match(text, start, end)
        if m:
            return m.end()
    elif first.rstrip(",") in CONJUNCTIONS:
        start += len(first)
        while start < end and text[start] in " \t":
            start += 1
    return start


def _word(token: str) -> str:
    """A token's word, lower-cased, without punctuation or a contraction."""
    w = token.strip(_STRIP).lower()
    if "'" in w or "\u2019" in w:
        return _CONTRACTION.sub("", w)
    return w


def fact_subject(
    text: str, start: int, end: int, tokens: list[str], prev: tuple[int, int] | None
) -> Opening | None:
    """The subject of the fact `text[start:end]` (as `fact_start` gives it,
    split at spaces: `tokens`) and the pronouns to resolve; None when the
    subject points back to something that cannot be named with confidence.
    `prev` is the span of the sentence before, where a pronoun's person is
    looked for (by `cited_form`)."""
    first = tokens[0]
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
        if not _names_itself(tokens, 1):
            return None
        if _comma_pronoun(text, start, end, tokens) < 0:
            if text[end - 2 : end] in _TAIL_ENDS:
                return _tail_speaker(text, Opening(start), end)
            return Opening(start)
    word = _word(first)
    k = 0  # the subject's token
    for _ in range(3):  # "In 2019, after the vote, she ..."
        if word not in _INTRO_WORDS and not _participle(tokens, k):
            break
        if word == "all" and _points_back(tokens, k, word):
            return None  # "All three ..." is a subject, not an opening phrase
        comma = _intro_end(tokens, k)
        if comma < 0:
            break
        soon = -1
        if word in _INTRO_WORDS and tokens[comma + 1][:1].islower():
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
        word = _word(tokens[k])
    if k == 0 and word in _INTRO_WORDS:
        # "On Tuesday she lost ...": a short opening phrase without a comma.
        j = _soon_pronoun(tokens, 2, 6)
        if j > 0:
            k, word = j, tokens[j].lower()
    if k == 0:
        # "A Quillon native, she ...", "When ... (a long phrase), he ...".
        j = _comma_pronoun(text, start, end, tokens)
        if j > 0:
            k, word = j, tokens[j].lower()
    if _points_back(tokens, k, word):
        return None
    pronouns: tuple[tuple[int, str], ...] = ()
    if word in PERSON_PRONOUNS:
        pronouns = ((_offset(text, start, tokens, k), word),)
    elif word in _UNRESOLVED and not (
        word in _DEMONSTRATIVES and k + 1 < len(tokens) and _word(tokens[k + 1]) in TIME_NOUNS
    ):
        return None  # ("This year, ..." names a time)
    return _tail_speaker(text, Opening(start, pronouns, k), end)


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
        w = _word(t)
        if w in _VERBISH or w in _CLAUSE_WORDS or w.endswith(("ing", "ed")):
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
        w = t.strip(_STRIP).lower()
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
    first)."""
    for j in range(k, min(len(tokens) - 1, k + 24)):
        t = tokens[j]
        if t[-1] == ",":
            return j
        if not _CLAUSE_BREAK.isdisjoint(t):
            return -1
    return -1


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


def _points_back(tokens: list[str], k: int, word: str) -> bool:
    """Whether the subject at token `k` (`word`) leaves out who or what the
    sentence is about: "All three ...", "The two ...", "Ending the program
    would ..." (an argument, not a report), "Now, compare ..." (an
    instruction to the reader), "He's ..." (a contraction whose verb the
    brackets could not keep)."""
    if word == "all":
        # "All three ...", "All were ...": all of whom?
        nxt = _word(tokens[k + 1]) if k + 1 < len(tokens) else ""
        return nxt in _VAGUE_ALL or nxt in _VERBISH
    if word in _QUANTIFIERS:
        # "Many have ...", "Some say ...", "Some people signed ...": who,
        # the sentences before say ("Some voters in Quillon ..." name them).
        nxt = _word(tokens[k + 1]) if k + 1 < len(tokens) else ""
        if nxt in VAGUE_GROUPS:
            return k + 2 < len(tokens) and _word(tokens[k + 2]) not in _WHICH_ONES
        return nxt in _VERBISH
    if word == "the":
        return not _names_itself(tokens, k + 1)
    if word in IMPERATIVES or word == "never":
        return tokens[k][-1:].isalpha()
    if word in PERSON_PRONOUNS:
        return tokens[k].strip(_STRIP).lower() != word  # "He's", "She'd"
    if word not in _COUNTED_SUBJECTS and not word.isdigit():
        return (
            k == 0
            and word.endswith("ing")
            and len(tokens) > 1
            and _word(tokens[1]) in _GERUND_OBJECT
        )
    nxt = _word(tokens[k + 1]) if k + 1 < len(tokens) else ""
    if word in VAGUE_GROUPS:
        # "Officials said ...", "Critics charged ...": which ones, the
        # sentences before say ("Officials in Quillon said ..." name them).
        return (
            tokens[k + 1][:1].islower()
            and nxt not in _WHICH_ONES
            # "Candidates trailing by ...", "People named in the suit ..."
            and not nxt.endswith("ing")
            and not (nxt.endswith("ed") and k + 2 < len(tokens) and tokens[k + 2] in _PREPOSITIONS)
        )
    if word == "no":
        return nxt == "one"  # "No one ..."
    if word in ("a", "an"):
        return _someone(tokens, k + 1)
    if word in _COUNTS or word.isdigit():
        return nxt in _VERBISH  # "Two were arrested ...": two of whom?
    if word in _APPROXIMATELY or word in _FRACTIONS:
        # "Nearly a third say ...", "Half said ...": a third of whom?
        j = k if word in _FRACTIONS else k + 1
        while j < len(tokens) and _word(tokens[j]) in ("a", "an", "one"):
            j += 1
        return (
            j + 1 < len(tokens)
            and _word(tokens[j]) in _FRACTIONS
            and tokens[j][-1].isalpha()
            and tokens[j + 1][:1].islower()
            and _word(tokens[j + 1]) not in ("of", "a", "an")  # "half a dozen"
        )
    return False


def _someone(tokens: list[str], k: int) -> bool:
    """Whether the words from token `k` after a subject's "a" are someone
    left unnamed: "A source said ...", "A Democratic official said ..." ("A
    spokeswoman for the Quillon Authority said ..." names whose)."""
    for j in range(k, min(k + 3, len(tokens))):
        w = _word(tokens[j])
        if w in _UNNAMED_PEOPLE:
            if tokens[j][-1] == "," and j + 1 < len(tokens) and tokens[j + 1][:1].isupper():
                return False  # "A Quillon spokesman, Dana Roe, said ..."
            rest = [x for x in tokens[j + 1 : j + 4] if x not in ("the", "a", "an")]
            return not (len(rest) > 1 and _word(rest[0]) in _PREPOSITIONS and rest[1][:1].isupper())
        if w in _VERBISH or tokens[j][-1] in ",;:":
            break
    return False


def _names_itself(tokens: list[str], k: int) -> bool:
    """Whether the words from token `k` after a subject's "the" name what
    they speak of: a name ("the City Council", "the Roe campaign"), an
    institution, a record or an event ("the ordinance", "the poll", "the
    city's action"), or an office ("the mayor", "the Quillon governor", "the
    head of the Quillon Authority"). "The two", "the couple", "the main
    barrier", "the victory for ...", and an epithet ("the Democratic
    candidate", "the former governor", "the Quillon senator": one of
    several) point back to what the sentences before named."""
    words = tokens[k : k + 6]
    if not words or _word(words[0]) in _VAGUE_NP:
        return False
    named = False
    head = ""  # the last common noun read
    place = False  # a capitalized word before the head, no possessive
    for j, t in enumerate(words):
        w = t.rstrip(",.;:")
        possessive = w.endswith(_POSSESSIVE_ENDS)
        if possessive:
            w = w[:-2]
        if t[0].isupper():
            if (
                j
                and w.lower() in SHARED_OFFICES
                and j + 1 < len(words)
                and words[j + 1][:1].islower()
            ):
                # "The Quillon Senator voted ...": one of a place's several.
                return not place
            named = True
            place = not possessive
        else:
            listed = w in RECORD_NOUNS or w in ORG_WORDS
            if (
                t[0].isdigit()
                or w in _VERBISH
                or w in _NP_ENDS
                or (
                    (head or named)
                    and not listed
                    and (w in _PAST_WORDS or w.endswith(_NOT_NOUN_ENDS))
                )
            ):
                # Past the noun phrase: a verb, an adverb, a figure, a
                # preposition ("the head of the Quillon Authority", "the
                # charge against Roe": the complement can name it).
                rest = [x for x in words[j + 1 : j + 3] if x not in ("the", "a", "an")]
                if w in _PREPOSITIONS and rest and rest[0][:1].isupper():
                    named = True
                break
            if w.endswith("s") and not (listed or possessive or w.endswith(("ss", "us", "is"))):
                break  # a verb ("the board says") or a plural no record names
            if w in EPITHETS or w == "former":
                # "the billionaire businessman Dana Roe": a name follows.
                return j + 1 < len(words) and words[j + 1][:1].isupper()
            if possessive:
                place = False
            named = named or listed
            head = w
        if t[-1] in ",;:":
            # "The joint account, Roe's Victory Fund, ...": an appositive names it.
            named = named or (t[-1] == "," and j + 1 < len(words) and words[j + 1][:1].isupper())
            break
    if head in TITLES:
        # An office, unless a place's several hold it ("the Quillon senator").
        return not (place and head in SHARED_OFFICES)
    return named
