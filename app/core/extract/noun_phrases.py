"""The words of a noun phrase, for the subject finder in clauses.py: the
tokens of a stretch of text, the function words and verbs that end one, where it starts, whether its capitals
are a name, a titled name or an object after a verb, shares of a whole
("six in 10 voters"), the noun a name's possessive leads to ("Vesk's
callers") and a participle after a noun ("the order released Friday")."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from app.core.extract.intro_words import low_word as _low
from app.core.extract.lexicon import JUDGING_VERBS, NOT_NAMES, SPEECH_VERBS, TITLES
from app.core.extract.name_asides import before_aside
from app.core.extract.speaker_nouns import is_speaker_noun

PRONOUNS = frozenset("he she they it we i you".split())
DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
# Words between a subject and its verb: adverbs and auxiliaries.
BETWEEN = frozenset(
    """
    also later then again once recently repeatedly previously often never even still just
    further has had have is was were are will would did does do can could may might should
    must be been being not already first soon now too meanwhile however instead though
    moreover likewise only
    """.split()
)
# A name or noun after these is an affiliation: `X of the Union said`; a
# participle after their object is not its ("into the polls saying").
AFFILIATION = frozenset("of at from for with in on to by".split())
OBJECT_OF = AFFILIATION | frozenset("into onto toward towards through across around".split())
# Verbs whose object is who a message goes to: "wrote donors saying".
SENT_TO = frozenset("emailed texted wrote told sent urged warned reminded informed".split())
FUNCTION = frozenset(
    """
    and or but nor so yet as if than that which who whom whose what when where while because
    although though since until after before about against between into through during without
    within under over among upon of at from for with in on to by not no there here near
    """.split()
)
CONJUNCTIONS = frozenset("and but or then".split())
# Counts of people speaking together: "dozens of nurses said".
COUNT_WORDS = frozenset("dozens hundreds thousands millions scores handful".split())
BE_OR_DEGREE = frozenset("is was are were be been being too very so more most less".split())
VERBISH = SPEECH_VERBS | JUDGING_VERBS | BETWEEN | frozenset("went took made gave got".split())
DASHES = frozenset(("\u2014", "\u2013", "--"))
# Irregular pasts of verbs whose object is a person ("Ruiz met Vesk"): the
# word between two names is then a verb, not a descriptor ("Ohio consultant
# Ana Ruiz"); a past in -ed is told by its ending.
_PAST_BEFORE_NAME = frozenset(
    "met sent brought fought caught taught led beat hit left saw knew found held kept chose "
    "drew paid sold bought lost struck sought overtook forgave shook bit".split()
)
PARTICLES = frozenset("of de van von al".split())


# A word (with its inner marks: "Vesk's", "U.S.", "Brask-Quillon") or a mark of punctuation.
TOKEN = re.compile(r"[^\W_][\w'\u2019\-.&]*|[,;:()\u2014\u2013\"\u201c\u201d]|--")
# The last text's stretches read, (lo, hi) -> (tokens, whether all of them).
_read: tuple[str | None, dict[tuple[int, int], tuple[list, bool]]] = (None, {})


def tokens(text: str, lo: int, hi: int, limit: int = 0) -> list[tuple[str, int, int]]:
    """(token, start, end) in `text[lo:hi]`, at most `limit` of them if set.
    A stretch is read once a text: the words before a verb are asked for
    its subject, then for its sentence's (a seventh of the tokens read).
    The list may be shared: read, never changed."""
    global _read
    last, read = _read  # (one read of the pair: two threads never share a text's lists)
    if last is not text:
        read = {}
        _read = (text, read)
    kept = read.get((lo, hi))
    if kept is not None and (kept[1] or 0 < limit <= len(kept[0])):
        return kept[0][:limit] if limit else kept[0]
    found = TOKEN.finditer(text, lo, hi)
    if limit:
        found = islice(found, limit)
    toks = [(m[0], m.start(), m.end()) for m in found]
    read[(lo, hi)] = (toks, not limit or len(toks) < limit)
    return toks


PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")  # "al-Omran", "el-Tahir"


@lru_cache(maxsize=8192)  # asked of the same words again and again, in every article
def is_name_token(token: str) -> bool:
    if PARTICLE_NAME.match(token):
        return True
    # "One", "Some", "The" open sentences with a capital but name no one.
    return token[:1].isupper() and _low(token) not in DETERMINERS and _low(token) not in NOT_NAMES


NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def share_start(toks, i: int) -> int | None:
    """Where a share ending at token `i` starts: "six in 10", "Four in 10
    voters" (a noun for people after "in 10", up to four words)."""
    j = i
    while j > i - 5 and j >= 0 and not toks[j][0].isdigit():
        if not toks[j][0][:1].isalnum():
            return None
        j -= 1
    if j < 2 or not toks[j][0].isdigit() or _low(toks[j - 1][0]) != "in":
        return None
    if j < i and not is_speaker_noun(_low(toks[i][0])):
        return None
    first = toks[j - 2][0]
    return j - 2 if first.isdigit() or _low(first) in NUMBER_WORDS else None


def titled_name(toks, start: int, end: int) -> bool:
    """Whether tokens `start..end` end in a person's name after a lower-case
    description ("organizing director Ana Ruiz"): a speaker on its own, so a
    preposition before it ("Save the Ponds field director ...") belongs
    to the description, not to an affiliation."""
    names = 0
    k = end
    while k >= start and is_name_token(toks[k][0]):
        names += 1
        k -= 1
    return (
        names >= 2
        and k >= start
        and toks[k][0].islower()
        and _low(toks[k][0]) not in DETERMINERS
        and _low(toks[k][0]) not in FUNCTION
    )


def all_name(toks) -> bool:
    """Whether the tokens are one name: capitalized words and initials."""
    return 0 < len(toks) <= 5 and all(
        is_name_token(t) or _low(t) in ("de", "van", "von", "al", "bin") for t, _, _ in toks
    )


def np_start(toks, i: int) -> int:
    """Where the noun phrase ending at token `i` starts: back over names,
    modifiers and possessives, to a determiner (kept), at most six words."""
    start = i
    floor = max(0, i - 6)
    while start > floor:
        prev = toks[start - 1][0]
        low = _low(prev)
        if not prev[:1].isalnum() or low in PRONOUNS:
            break
        if low in DETERMINERS:
            start -= 1
            break
        if low in FUNCTION or (prev.islower() and (low in VERBISH or low.endswith("ed"))):
            break
        start -= 1
    return start


def object_name(toks, i: int, k: int, named) -> bool:
    """Whether the name at token `k`, in a phrase opened by an article at
    `i`, is the object of a verb after the subject ("The board saw Vesk",
    "A staffer emailed Vesk"): a lower-case word that is no noun for a
    speaker stands right before it, after one that is."""
    if k < i + 3 or not named(k) or _low(toks[i][0]) not in ("the", "a", "an"):
        return False
    prev = toks[k - 1][0]
    if (
        not prev.islower()
        or is_speaker_noun(prev)
        or prev in PARTICLES
        or prev in ("of", "the", "a", "an")
    ):
        return False
    return any(is_speaker_noun(_low(t)) for t, _, _ in toks[i + 1 : k - 1])


# Words after which a word of a phrase is a noun, not a verb.
_NOUN_BEFORE = frozenset("of the a an his her its their".split())


def after_article(toks, k: int, i: int) -> bool:
    """Whether token `k` follows "of", "the", "a" or an owner's "his", "her",
    "its", "their" inside the phrase opened at `i`: "secretary of state",
    "His note to staff" (a noun there, never the verb "state", "note")."""
    return k > i and _low(toks[k - 1][0]) in _NOUN_BEFORE


def descriptor_run(toks, k: int) -> bool:
    """Whether the lower-case words from token `k` (right after a name)
    describe a name or are a description: "Ohio consultant Ana Ruiz",
    "Ruiz's campaign director, ...", not a verb ("Ruiz tipped his cap",
    "Ruiz offered a Vesk-style retort")."""
    ahead = []
    for t, _, _ in toks[k : k + 4]:
        if not t[:1].isalnum() or _low(t) in DETERMINERS:
            break
        ahead.append(t)
    first_name = next((n for n, t in enumerate(ahead) if is_name_token(t)), None)
    if first_name:
        # A verb right before the name makes it an object ("Ruiz attacked
        # Vesk"); a descriptor does not ("Ohio consultant Ana Ruiz").
        before = ahead[first_name - 1]
        low = _low(before)
        if first_name >= 2 and _low(ahead[first_name - 2]) in ("of", "the"):
            return True  # "secretary of state Nora Fell": a noun, not a verb
        return not (
            low in VERBISH
            or (first_name == 1 and low in ("on", "in", "at"))  # "Ruiz on Chirper:"
            or low.endswith(("ed", "ing"))  # "Ruiz said selling Vesk to ...": a verb's object
            or (low.endswith("s") and not is_speaker_noun(low) and low not in TITLES)  # "Mrs."
            or (first_name == 1 and low in _PAST_BEFORE_NAME)  # "Ruiz met Vesk"
        )
    lower = [t for t in ahead if t.islower()]
    # the run ends the phrase at punctuation, on a noun for a person
    return (
        0 < len(lower) == len(ahead) < 4
        and k + len(ahead) < len(toks)
        and toks[k + len(ahead)][0] == ","
        and is_speaker_noun(_low(ahead[-1]))
    )


NOT_HEAD = FUNCTION | PRONOUNS | DETERMINERS
_ORDINALS = frozenset("first second third last next".split())


def owned_head(toks, k: int) -> int:
    """Where the lower-case words from token `k` (right after a name's
    possessive) lead to a noun for a speaker within three words ("Vesk's
    campaign", "Vesk's first two callers": the callers speak, not Vesk):
    that noun's index, else 0."""
    for n, (t, _, _) in enumerate(toks[k : k + 3]):
        low = _low(t)
        if not t.islower() or (low in VERBISH and low not in _ORDINALS) or low in NOT_HEAD:
            return 0
        if is_speaker_noun(low):
            return k + n
    return 0


def participle_after_noun(toks, i: int) -> bool:
    """Whether token `i` is a past participle ("released", "issued") right
    after a noun for someone or something that speaks: a reduced relative
    clause, dated by the day after it, that leaves the noun the subject."""
    word = toks[i][0]
    return (
        word.islower()
        and word.endswith("ed")
        and toks[i - 1][0].islower()
        and is_speaker_noun(_low(toks[i - 1][0]))
    )


def title_in_run(toks, start: int, end: int) -> bool:
    """Whether the capitalized run `start..end` goes on from an
    organization's words to a title and a full name ("Tides Executive
    Director Ana Ruiz"): a person named with her office, not part of an
    affiliation."""
    k = end
    while k > start and is_name_token(toks[k][0]) and _low(toks[k][0]) not in TITLES:
        k -= 1
    return end - k >= 2 and k > start and _low(toks[k][0]) in TITLES and toks[k][0][:1].isupper()


# Words after "those" that describe the people meant: "those close to Ruiz".
_THOSE_NEXT = frozenset("close who familiar with in at inside around near".split())
_THOSE_OPENERS = frozenset("while although though because since as when if".split())


def those_start(toks) -> int | None:
    """Where the tokens, but for a subordinator opening them ("While"), are
    all one "those" phrase up to a verb ("Those close to Ruiz", "those who
    know her", "Those attending Ruiz's rally", "those surveyed"): the people
    described, whoever is named; None if they are not."""
    k = 1 if toks and _low(toks[0][0]) in _THOSE_OPENERS else 0
    if len(toks) < k + 2 or _low(toks[k][0]) != "those":
        return None
    after = toks[k + 1][0]
    if not (
        (len(toks) > k + 2 and (_low(after) in _THOSE_NEXT or after.endswith("ing")))
        or (len(toks) == k + 2 and after.endswith("ed"))  # "those surveyed said"
    ):
        return None
    if not after.islower() and _low(after) not in _THOSE_NEXT:
        return None
    return k if all(t[:1].isalnum() for t, _, _ in toks) else None


def apposed_name(toks, at: int) -> tuple[int, int] | None:
    """The tokens (start, end) of a name set off after the lower-case words
    from `at` ("successor, Ivo Brask," after "Vesk's"), None if none."""
    comma = at
    while comma < min(len(toks), at + 3) and toks[comma][0].islower():
        comma += 1
    if comma == at or comma >= len(toks) or toks[comma][0] != ",":
        return None
    close = next((k for k in range(comma + 1, min(len(toks), comma + 9)) if toks[k][0] == ","), 0)
    close = before_aside(toks, comma + 1, close) if close else 0
    names = toks[comma + 1 : close]
    if close > comma + 1 and all(is_name_token(t[0]) for t in names) and all_name(names):
        return comma + 1, close
    return None


# A noun and the past participle of a reduced relative clause, then "by",
# right before a name: `a firm run by `, `the group founded by `.
_NOUN_PARTICIPLE_BY = re.compile(
    r"\b(?:a|an|the|its|his|her|their|this|that)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z-]+)[ \t]+"
    r"([a-z]+(?:ed|en)|run|led|built|held|made|kept|set|bought|sold|won|owned|brought)"
    r"[ \t]+by[ \t]+$"
)
_AUXILIARY = frozenset("is was are were be been being has have had get gets got".split())


def agent_of_a_noun(text: str, pos: int) -> bool:
    """Whether the name at `pos` is the agent of a participle that describes
    a noun (`sold the docks to a firm run by Ana Ruiz`): someone the thing
    is told of, no subject of the sentence (not `was run by Ana Ruiz`)."""
    m = _NOUN_PARTICIPLE_BY.search(text, max(0, pos - 60), pos)
    return m is not None and m.group(1) not in _AUXILIARY
