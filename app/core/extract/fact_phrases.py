"""The words of a fact that say, or fail to say, what it speaks of: a
name (a capitalized word the article writes as one), and "the <noun>"
phrases that only the sentences before identify ("the bill", "the
convention"). Each such phrase is cited with the one name the article gave
the thing before (`fact_names`), in brackets, or the fact is not offered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from app.core.extract.abbreviations import ABBREVIATIONS
from app.core.extract.fact_described import STRIP
from app.core.extract.fact_lexicon import (
    CALENDAR,
    DECISION_WORDS,
    IRREGULAR_PAST,
    NUMBER_WORDS,
    PLACE_BODIES,
    RECORD_NOUNS,
    STUCK_ON,
    TIME_NOUNS,
    past_tense,
)
from app.core.extract.fact_names import Edit, named_before, per_text
from app.core.extract.fact_rules import has_word
from app.core.extract.fact_subjects import INTRO_WORDS
from app.core.extract.given_names import is_given_name
from app.core.extract.lexicon import TAG_VERBS

# A vote or a decision, as written.
DECISIONS = frozenset(f + p for w in DECISION_WORDS for f in (w, w.capitalize()) for p in STUCK_ON)


# Words that end a "the <noun>" phrase: a preposition, a relative, a
# conjunction, an auxiliary, a verb of speech.
NP_ENDS = frozenset(
    """
    show shows say find finds suggest suggests indicate indicates cost costs includes include
    calls call
    in on at for to from by with as about over under after before during since than into
    among against and or but that which who whom whose is are was were has have had will
    would can could did does do not also still said says of amid between through across
    until while when where because if whether despite
    via per throughout having being
    """.split()
)

# Prepositions (and the passive's "led by") whose complement, a name or a
# figure, says which one a noun is: "the head of the Velmar Guild".
_COMPLEMENTS = frozenset("of for against between among".split())

# Prepositions that say which one only with a name after them: "the guild in
# Quillon" ("the actions at the Velmar Hall", "the pages by the end" do not).
_NAMED_COMPLEMENTS = frozenset("in on from".split())
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())

_RELATIVES = frozenset(("that", "who", "which", "whose", "where"))

_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())

# Nouns a "the" needs no name for: one of a kind, or a time the sentence dates
# (TIME_NOUNS: "the morning", "the week", "the decade" ...).
_ONE_OF_A_KIND = (
    frozenset(
        """
    country nation world public economy press media internet future past way end beginning
    start rest middle top bottom majority minority number total average moment ground head
    face chest neck back arm leg hand foot shoulder
    """.split()
    )
    | TIME_NOUNS
)

ARTICLES = frozenset(("the", "The"))

# Records that are contests: "the primary", "the vote" a story reports on is
# the one its place and date say.
_CONTESTS = frozenset(
    """
    election elections vote votes primary primaries caucus caucuses ballot ballots race contest
    turnout referendum convention
    """.split()
)
# A vote's tally: "13-0", "5 to 4", "unanimous".
_TALLY = re.compile(r"\b\d{1,3}(?:-| to )\d{1,3}\b|\b[Uu]nanimous(?:ly)?\b")

# A standalone "the" or "The", matched from its "he" (searched from one past
# where a "the" may start; its "T" is at `m.start() - 1`). (The literal "he"
# first and the rest tested behind it: the engine skips to an "he" in its
# own loop, where a class first ("[Tt]") costs a call at every character.)
THE = re.compile(r"he(?<=[Tt]he)(?<!\S...)(?!\S)")


def the_starts(text: str, start: int, tokens: list[str]) -> Iterator[int]:
    """Where each standalone "the" of the sentence `tokens` opening at
    `start` stands (its "T"), in order, and of the words just after it."""
    return (
        m.start() - 1 for m in THE.finditer(text, start + 1, start + len(" ".join(tokens)) + 200)
    )


# After "the", words that say which one by themselves ("the first Latina",
# "the only candidate", "the largest party"); "the latest poll", "the most
# recent poll", "the last debate" are the sentences before's.
_SUPERLATIVES = frozenset("first only".split())
_NOT_SUPERLATIVE = frozenset("latest interest westest".split())

TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
# A number written in words ("Twenty-four" by its first part).
NUMBER_WORD_HEADS = NUMBER_WORDS | TENS

# A stop inside a "name" after a lower-case word: two sentences' words.
_ACROSS_STOP = re.compile(r"([A-Za-z][a-z]+)\. [A-Z]")
VERBISH = frozenset(
    "is are was were has have had will would can could may might did does do".split()
)


@lru_cache(maxsize=8192)
def plain(token: str) -> str:
    """A token's word as written, without punctuation or a possessive's
    "'s". (Remembered: the rules ask it of one token many times, and of
    "the", "of" in every sentence.)"""
    w = token.strip(STRIP)
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return w


def _capitalized_inside(text: str, word: str) -> bool:
    """Whether the article writes `word` capitalized inside a sentence (after
    a word, not a stop): "... the Quillon City Council ..."."""
    at = text.find(" " + word)
    while at > 0:
        after = text[at + 1 + len(word) : at + 2 + len(word)]
        before = text[at - 1]
        if not after.isalpha() and (before.isalnum() or before in ",;"):
            return True
        at = text.find(" " + word, at + 1)
    return False


@per_text
def is_proper(text: str, word: str) -> bool:
    """Whether a capitalized first word is a name: the article writes it so
    inside its sentences, or never in lower case and not as a plural
    ("Attendees ..."); a number is no name ("Twenty-four")."""
    if word.split("-", 1)[0].lower() in NUMBER_WORD_HEADS:
        return False
    if _capitalized_inside(text, word):
        return True
    return not word.endswith("s") and not has_word(text, word.lower())


# The verbs `is_verb` knows by name, in one set (one lookup a word).
_VERBS = VERBISH | IRREGULAR_PAST | TAG_VERBS


def is_verb(word: str) -> bool:
    return word in _VERBS or (len(word) > 4 and word.endswith("ed"))


def names_in(text: str, words: list[str]) -> bool:
    """Whether the words hold a name other than a month or a day."""
    for j, t in enumerate(words):
        w = plain(t)
        if w[:1].isupper() and w not in ARTICLES and w.rstrip(".") not in CALENDAR:
            if j or is_proper(text, w):
                return True
    return False


def _across_stop(name: str) -> bool:
    """Whether a name runs across a sentence's stop: a word that is no
    abbreviation ("Gov.", "Calif.") before a stop and a capital."""
    return any(m.group(1).lower() not in ABBREVIATIONS for m in _ACROSS_STOP.finditer(name))


def bare_noun_edits(text: str, start: int, tokens: list[str], k: int) -> list[Edit] | None:
    """The edits that name every bare "the <noun>" of the sentence in
    brackets, or None when one cannot be named."""
    edits: list[Edit] = []
    if ARTICLES.isdisjoint(tokens):
        return edits  # (a sentence without "the": one set test)
    # Where each "the" stands: the sentence's standalone "the"s, in order,
    # the n-th token "the"'s the n-th, read as far as one is asked about.
    places: Iterator[re.Match[str]] | None = None
    read = 0
    otherwise = False  # once a phrase is named in no form `fact_names` reads
    articles = articles_at(tokens)
    nps: list[tuple[str, int] | None] = []  # the phrases read so far, for the fallback
    for n, i in enumerate(articles):
        if i + 1 >= len(tokens):
            continue
        np = bare_np(tokens, i, i >= k)
        nps.append(np)
        if np is None:
            continue
        if places is None:
            places = the_starts(text, start, tokens)
        while read <= n:
            at = next(places)
            read += 1
        noun, last = np
        if i == k and noun in PLACE_BODIES:
            continue  # the place or body the story is about
        if i == k and i and names_in(text, tokens[1:i]):
            continue  # "In Quillon, the council voted ...": the opening phrase names it
        after = plain(tokens[last + 1]).lower() if last + 1 < len(tokens) else ""
        if (
            i
            and tokens[i - 1][-1] == ","
            and names_in(text, tokens[max(0, i - 1) : i])
            and not (tokens[last][-1].isalpha() and (is_verb(after) or after in VERBISH))
        ):
            # "Dana Roe, the head of ...": an appositive to a name ("... of
            # Roe, the poll found." is no appositive).
            continue
        phrase_end = text.find(tokens[last], at) + len(tokens[last].rstrip(STRIP))
        words = text[at:phrase_end]
        if words.endswith(("'s", "\u2019s")):
            words, phrase_end = words[:-2], phrase_end - 2
        if (
            noun in RECORD_NOUNS
            and _decided(tokens, i, last, k)
            and (noun in _CONTESTS or _TALLY.search(" ".join(tokens)) or in_lead(text, noun, at))
        ):
            # "The ordinance passed 13-0", "the board voted 5-2 for the
            # ordinance", "the primary was decided by 40 votes", "approve the
            # ordinance" in a story whose first line is about an ordinance:
            # the record a story is about, its vote or decision the sentence
            # states - worth citing as it stands. ("The board approved the
            # measure on May 9": which measure, only the sentences before say.)
            continue
        if otherwise and fact_antecedents.names_itself(text, phrase_end):
            continue  # "the poll by the Velmar Institute": the sentence names it
        found = (
            named_before(text, at, words, start)
            or fact_antecedents.named_as_kin(text, at, words, start)
            or fact_earlier.named_by_kind(text, at, words, start)
            or fact_pollmakers.one_poll(text, at, words, start)  # "the poll": by its maker
        )
        if found is not None and _across_stop(found[0]):
            found = None  # ("the last two" -> "Roe. Two": words read across a stop, no name)
        if found is None:
            if noun in PLACE_BODIES and _place_before(text, tokens[:i]):
                continue  # "Quillon Mayor Dana Roe made the city ...": named in the sentence
            if not otherwise:
                # Named only in a form `fact_names` does not read, if at all
                # ("a poll by the Velmar Institute"): from here on every
                # phrase is read so, the ones before too, a phrase that
                # names itself then standing as it is.
                rest = (
                    bare_np(tokens, j, j >= k) for j in articles[n + 1 :] if j + 1 < len(tokens)
                )
                if not fact_antecedents.named_early(text, start, tokens, chain(nps, rest)):
                    return None  # (most sentences: no noun of theirs named so)
                otherwise = True
                edits = [e for e in edits if not fact_antecedents.names_itself(text, e[0] + e[1])]
                if fact_antecedents.names_itself(text, phrase_end):
                    continue
            named = fact_antecedents.named_otherwise(text, start, words)
            if named is None:
                return None
        else:
            named, where = found
            if where >= start:
                continue  # named in the sentence itself: "the Quillon School District ... the district"
        if at == start:
            named = named[0].upper() + named[1:]  # "[The Velmar Plan] passed ..."
        edits.append((at, phrase_end - at, f"[{named}]"))
    return edits


def articles_at(tokens: list[str]) -> list[int]:
    """The indices of the tokens "the" and "The", in order (counted and
    found by list methods, in C: most of a sentence's words are not asked
    about). Remembered for the last `tokens`: `fact_referents` asks of the
    sentence `bare_noun_edits` read (the list returned is not to be changed)."""
    return _articles_at(tokens, None)


@per_text
def _articles_at(tokens: list[str], _: None) -> list[int]:
    """`articles_at`, read."""
    found = []
    for article in ("the", "The"):
        i = -1
        for _ in range(tokens.count(article)):
            i = tokens.index(article, i + 1)
            found.append(i)
    if len(found) > 1:
        found.sort()
    return found


def in_lead(text: str, noun: str, at: int) -> bool:
    """Whether the text's first line (its lead, or its title), before `at`,
    speaks of a `noun`: the record the story is about."""
    end = text.find("\n")
    end = at if end < 0 else min(end, at)
    return re.search(rf"\b{re.escape(noun)}\b", text[:end]) is not None


def _place_before(text: str, words: list[str]) -> bool:
    """Whether the words name something other than a person: a name whose
    first word is no given name ("Quillon Mayor", not "Tova Quarrow")."""
    for j, t in enumerate(words):
        w = plain(t)
        if not w[:1].isupper() or w in ARTICLES or w.rstrip(".") in CALENDAR:
            continue
        if j and words[j - 1][:1].isupper() and words[j - 1][-1].isalpha():
            continue  # (inside a run: its first word decides)
        if (j or (w.lower() not in INTRO_WORDS and is_proper(text, w))) and not is_given_name(w):
            return True
    return False


def _decided(tokens: list[str], i: int, last: int, k: int) -> bool:
    """Whether the record at words `i`-`last` is the subject of a vote or a
    decision the words after it state, or the object of one a few words
    before it."""
    if i == k:
        return not DECISIONS.isdisjoint(tokens[last + 1 : last + 6])
    return not DECISIONS.isdisjoint(tokens[max(0, i - 8) : i])  # "voted 5-2 in favor of the ..."


def bare_np(tokens: list[str], i: int, clause: bool = True) -> tuple[str, int] | None:
    """(noun, index of its word) of the "the" at word `i` when nothing in
    the sentence says which one it is; None when something does (a name, a
    figure, "of <Name>", a relative clause, a superlative). Remembered for
    the last `tokens`: `bare_noun_edits` and then `fact_referents` ask it of
    the same sentence's "the"s."""
    return _bare_np(tokens, (i, clause))


@per_text
def _bare_np(tokens: list[str], at: tuple[int, bool]) -> tuple[str, int] | None:
    """`bare_np`, read."""
    i, clause = at
    j = i + 1
    last = -1
    n = len(tokens)
    while j < n and j <= i + 4:
        t = tokens[j]
        w = plain(t)
        if not w or not w[0].isalpha():
            if last >= 0:
                break  # "the plan $3 ...": past the noun
            if not (j == i + 1 and _MEASURED.match(t) and j + 1 < n and tokens[j + 1].isalpha()):
                return None  # a figure, a quote: "the 53 wounded", "the "Velmar" plan"
            # ("the 99-county pledge": a count that describes the noun after it.)
        if (
            j == i + 1
            and (w in _SUPERLATIVES or (w.endswith("est") and w not in _NOT_SUPERLATIVE))
            and t[-1].isalpha()
        ):
            return None  # "the largest party", "the first time" ("among the oldest.": of what?)
        if w[0].isupper():
            if w.rstrip(".") not in CALENDAR:
                return None  # a name: "the Velmar Guild", "the Roe campaign"
            if last >= 0:
                break  # "the night Saturday": a date after the noun
            # ("the May report" names no report.)
        if (
            (w in NP_ENDS and not (last < 0 and w in _VERB_NOUNS))
            or w in _SUBJECT_PRONOUNS
            or (last >= 0 and is_verb(w))
            or (w.endswith("ly") and not _ly_noun(tokens, j, last))
        ):
            break
        if last >= 0 and (w in _AFTER_NOUNS or (w in _TIME_LEADS and _time_next(tokens, j + 1))):
            # "the group last year", "the board today": a time after the noun;
            # "get the releases back on track": a verb's particle.
            break
        if last >= 0 and w.lower() in _DETERMINERS:
            if w.lower() in ("a", "an"):
                break  # "offered the clerk a job": the next object
            # "the threat the guild poses", "the strategy behind the plan":
            # a clause or a complement says which (a "the <noun>" in it is
            # asked about on its own).
            return None
        if (
            last >= 0
            and w.endswith("s")
            and j + 1 < n
            and (tokens[j + 1] in _DETERMINERS or tokens[j + 1][:1].isdigit())
        ):
            break  # "the poll carries a margin ...": a verb in the present
        last = j
        j += 1
        if t[-1] in ",;:." or t.endswith(("'s", "\u2019s")):
            if t[-1] == "," and clause and _appositive_name(tokens, j):
                return None  # "the guild, the Velmar Guild, ...": an appositive
            break
    if last < 0:
        return None
    noun = plain(tokens[last]).lower()
    if noun in _ONE_OF_A_KIND:
        return None
    if j < n and tokens[last][-1].isalpha():
        nxt = tokens[j].lower()
        if nxt in _RELATIVES or nxt in _SUBJECT_PRONOUNS:
            return None  # "the bill that would ban ...", "the attacks they made": the clause says which
        if (is_verb(nxt) or nxt in ("led", "run", "owned")) and j + 1 < n and tokens[j + 1] == "by":
            return None  # "the poll taken by the Quillon Gazette": which, it says
        if nxt in _NAMED_COMPLEMENTS and capitalized_next(tokens, j + 1) if j + 1 < n else False:
            return None  # "the guild in Quillon"
        if nxt in ("and", "or") and j + 2 < n and tokens[j + 1][-1].isalpha():
            if tokens[j + 2] in _COMPLEMENTS and not is_verb(tokens[j + 1]):
                return None  # "the status or release of a migrant": a shared complement
        if (
            nxt == "to"
            and j + 1 < n
            and (tokens[j + 1] in ("a", "an", "the") or capitalized_next(tokens, j + 1))
            and not (i and past_tense(tokens[i - 1]))
        ):
            # "the right to a recount" ("the network to donate": no; "posted
            # the clip to Velmar TV": the verb's, not the clip's).
            return None
        if nxt in _COMPLEMENTS and j + 1 < n and not fact_sizes.sized(tokens, nxt, last, j + 1):
            # "the head of the Velmar Guild", "the guild in Quillon", "the
            # potential for gains": the complement says which (a "the <noun>"
            # in it is asked about on its own; not a span or a size).
            return None
    return noun, last


# Words that end a phrase as verbs ("the poll shows") and name a thing
# right after "the": "the show", "the cost", "the call".
_VERB_NOUNS = frozenset("show shows cost costs call calls".split())
# A count joined to a noun that describes the noun after it: "99-county",
# "15-member".
_MEASURED = re.compile(r"\d{1,4}-[a-z]+$")
# Words that, after a noun, open a time or end a verb rather than go on
# with its phrase: "the group last year", "the board this week", "the clerks
# today", "put the plan aside".
_TIME_LEADS = frozenset("last next this that each every".split())
_AFTER_NOUNS = frozenset(
    "today yesterday tonight tomorrow back up down out off aside together ahead".split()
)
# Words that may open a span of time: "for 13 months", "for several years".
_SPAN_LEADS = NUMBER_WORD_HEADS | frozenset(
    "a an several many more nearly almost about over some decades years months".split()
)


def _ly_noun(tokens: list[str], j: int, last: int) -> bool:
    """Whether word `j`, in "-ly", is the noun that ends its phrase: a stop
    or a comma on it, or nothing after it; or, right after "the" (`last`
    < 0), a verb or a word that ends a noun phrase after it: "the rally.",
    "the rally in Quillon", "the rally drew". Else it is read as an adverb
    ("the newly elected", "the roughly 300", "the election narrowly to")
    or a noun describing another ("the family business"), as before."""
    if not tokens[j][-1].isalpha() or j + 1 >= len(tokens):
        return True
    nxt = tokens[j + 1]
    return last < 0 and (nxt in NP_ENDS or is_verb(nxt))


def _time_next(tokens: list[str], j: int) -> bool:
    """Whether word `j` is a noun of time ("year", "week")."""
    return j < len(tokens) and plain(tokens[j]).lower() in TIME_NOUNS


def span(tokens: list[str], j: int) -> bool:
    """Whether the words from `j` are a span of time, "13 months", "several
    years": after "for" they say how long, not which one ("the video for 13
    months" is the one the sentences before named)."""
    first = tokens[j].lower()
    if not (first[:1].isdigit() or first in _SPAN_LEADS):
        return False
    return any(_time_next(tokens, x) for x in range(j, min(len(tokens), j + 4)))


def _appositive_name(tokens: list[str], j: int) -> bool:
    """Whether the words from `j` are a name set off by commas: "the Velmar
    Guild," ("..., Roe drafted 40 clerks" is the clause's subject)."""
    for x in tokens[j : j + 6]:
        if not (x[:1].isupper() or x in ("the", "of", "and", "for")):
            return False
        if x[-1] == "," or x[-1] == ".":
            return capitalized_next(tokens, j)
    return False


def capitalized_next(tokens: list[str], j: int) -> bool:
    """Whether a name opens the words from `j`: "Velmar", "the Velmar Guild"."""
    if tokens[j] in ARTICLES and j + 1 < len(tokens):
        j += 1
    return tokens[j][:1].isupper() and plain(tokens[j]).rstrip(".") not in CALENDAR


# Last, the modules reading this one's names (`bare_noun_edits` asks them).
from app.core.extract import fact_antecedents, fact_earlier, fact_pollmakers, fact_sizes  # noqa: E402
