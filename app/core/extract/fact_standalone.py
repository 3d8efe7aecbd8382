"""Positive evidence that a fact stands alone: the last test a sentence
passes before it is offered.

The rules before this one drop sentences that look like something else (an
opinion, a quote, a headline). This one asks the sentence to show, in its
own words, that a reader holding only it knows what it is about:

- a subject that is named: a proper name, a titled person, an institution
  with its name, or a pronoun resolved in [brackets] (`fact_pronouns`). A
  capitalized first word is a name when the article writes it so inside
  its sentences too, or never in lower case ("Debates between ...", no);
- no "the <noun>" that only the sentences before identify ("the bill",
  "the convention"); where the article names one such thing before
  ("the Velmar housing bill"), the fact cites it in brackets instead:
  "[the Velmar housing bill]";
- no time relative to the writing ("Tuesday", "last week") that the
  source's date cannot turn into a date in brackets (`fact_dates`);
- no comparison with what the sentences before said ("another", "again",
  "the same", "the other", "both" without its pair, "such a");
- no "they", "them", "their", "it", "its" before anything named in the
  sentence that it could stand for.

`stands_alone` gives the reason a fact fails, or the bracketed edits that
make it stand.
"""

from __future__ import annotations

import datetime as dt
import re

from app.core.extract.fact_dates import dated_edits
from app.core.extract.fact_lexicon import (
    IRREGULAR_PAST,
    NUMBER_WORDS,
    PLACE_BODIES,
    SHARED_OFFICES,
    SHELL_NOUNS,
    TIME_NOUNS,
)
from app.core.extract.fact_names import named_before
from app.core.extract.fact_rules import has_word
from app.core.extract.lexicon import TAG_VERBS, TITLES

Edit = tuple[int, int, str]  # (source offset, characters replaced, what the citation shows)

_STRIP = ",.;:!?\"'()\u201c\u201d\u2018\u2019"
# Words that end a "the <noun>" phrase: a preposition, a relative, a
# conjunction, an auxiliary, a verb of speech.
_NP_ENDS = frozenset(
    """
    show shows say find finds suggest suggests indicate indicates cost costs includes include
    calls call
    in on at for to from by with as about over under after before during since than into
    among against and or but that which who whom whose is are was were has have had will
    would can could did does do not also still said says of amid between through across
    until while when where because if whether despite
    """.split()
)
# Prepositions (and the passive's "led by") whose complement, a name or a
# figure, says which one a noun is: "the head of the Velmar Guild".
_COMPLEMENTS = frozenset("of for against between among".split())
# Prepositions that say which one only with a name after them: "the guild in
# Quillon" ("the actions at the depot", "the pages by the end" do not).
_NAMED_COMPLEMENTS = frozenset("in on from at near within".split())
_RELATIVES = frozenset(("that", "who", "which", "whose", "where"))
# A name in capitals says what "the <noun>" is ("the plan" -> "the Velmar
# Plan"), but for nouns that a well-known name ends with and the story may
# mean another of: "the house" is no "White House".
_NOT_NAMED_IN_CAPITALS = frozenset(("house", "public", "works"))
_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())
# Nouns a "the" needs no name for: one of a kind, or a time the sentence dates.
_ONE_OF_A_KIND = (
    frozenset(
        """
    country nation world public economy press media internet future past time way end
    beginning start rest middle top bottom majority minority number total average
    morning afternoon evening night day week month year weekend season spring summer fall
    winter century decade moment ground head face chest neck back arm leg hand foot shoulder
    """.split()
    )
    | TIME_NOUNS
)
_ARTICLES = frozenset(("the", "The"))
_THE = re.compile(r"(?<!\S)[Tt]he(?!\S)")
# After "the", words that say which one by themselves ("the first Latina",
# "the only candidate", "the largest party"); "the latest poll", "the most
# recent poll", "the last debate" are the sentences before's.
# A count without what it counts: "Roe has at least 653.", "Quarrow has five,".
_COUNT_OF_WHAT = re.compile(
    r"\b(?:has|have|had|won|with|total of) (?:at least |about |nearly |only |just )?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:[.;]|,(?=\s)| and\b)(?!\d)"
)
# First words by which the writer frames or argues: "What has happened is
# ...", "Witness Roe's ...".
_OPENERS = frozenset("What What's What\u2019s Witness Consider Imagine Except".split())
_ROUNDING = frozenset(
    "nearly about almost roughly approximately some just only over under more fewer less".split()
)
_COUNTED = re.compile(r"\d [a-z]")
_SUPERLATIVES = frozenset("first only".split())
_NOT_SUPERLATIVE = frozenset("latest interest westest".split())
_SHELL_TOKENS = frozenset(w + p for w in SHELL_NOUNS for p in ("", ",", "."))
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
# Offices one person holds at a time: "the mayor" stands for the one the
# article named with the title ("Mayor Dana Roe").
_OFFICES = frozenset(t for t in TITLES if t.isalpha()).difference(PLACE_BODIES, SHARED_OFFICES)
# Months and days (and their short forms): no name of a place or a thing.
_CALENDAR = frozenset(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday
    """.split()
)
_PRONOUNS_BACK = frozenset("they them their theirs it its".split())
_THING_OBJECTS = frozenset(("it", "them"))
_PUNCT = ("", ",", ".", ";", ":")
# The words `_compares` and `_pronoun_before_name` look for, as written.
_COMPARING = frozenset(
    f + p
    for w in "another again same other others both such later even similar similarly more".split()
    for f in (w, w.capitalize())
    for p in _PUNCT
)
_POINTING = frozenset(
    w + p for w in "they them their theirs it its him her his".split() for p in _PUNCT
)
_OWNERS = frozenset("his her their its".split())
_GROUP_PRONOUNS = frozenset(("they", "them", "their", "theirs"))
_IDIOM_VERBS = frozenset("comes came turns turned seems seemed appears appeared".split())
_DUMMY_IT = frozenset("make makes made making find finds found take takes took".split())
_PERSON_OBJECTS = frozenset(("him", "her", "his"))
_VERBISH = frozenset(
    "is are was were has have had will would can could may might did does do".split()
)
_QUOTED_OR_NAME = r"(?:[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]|[A-Z][\w'\u2019.&-]*)"


def stands_alone(
    text: str,
    start: int,
    end: int,
    tokens: list[str],
    subject: int,
    resolved: bool,
    published: dt.date | None,
    decided: bool = False,
) -> tuple[str, list[Edit]]:
    """Why the fact `text[start:end]` (split at spaces: `tokens`, its subject
    at word `subject`) does not stand alone ("subject", "pointer", "time"), or
    "" and the bracketed edits its citation needs. `resolved`: its pronoun
    subject has a person in brackets. `decided`: it states a record's vote or
    decision right after a "the <record>" subject ("The ordinance passed
    13-0")."""
    sentence = text[start:end]
    if not resolved and not _named_subject(text, tokens, subject):
        return "subject", []
    if tokens[0] in _OPENERS:
        return "opening", []  # "What has happened is ...": the writer's framing
    if (
        ", however," in sentence
        or sentence.startswith(("In one,", "In one case,"))
        or _compares(tokens)
        or _owned_shell(tokens)
    ):
        # (", however,": against what the sentences before said; "In one,":
        # one of what they named.)
        return "pointer", []
    if _count_of_what(sentence):
        return "pointer", []
    if _pronoun_before_name(text, tokens, resolved):
        return "pointer", []
    edits = _bare_nouns(text, start, tokens, subject, decided)
    if edits is None:
        return "pointer", []
    dated = dated_edits(sentence, start, published)
    if dated is None:
        return "time", []
    return "", sorted(edits + dated)


def _plain(token: str) -> str:
    w = token.strip(_STRIP)
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


def is_proper(text: str, word: str) -> bool:
    """Whether a capitalized first word is a name: the article writes it so
    inside its sentences, or never in lower case and not as a plural
    ("Attendees ..."); a number is no name ("Twenty-four")."""
    if word.split("-", 1)[0].lower() in NUMBER_WORDS | _TENS:
        return False
    if _capitalized_inside(text, word):
        return True
    return not word.endswith("s") and not has_word(text, word.lower())


def _verb(word: str) -> bool:
    return (
        word in _VERBISH
        or word in IRREGULAR_PAST
        or word in TAG_VERBS
        or (len(word) > 4 and word.endswith("ed"))
    )


def _named_subject(text: str, tokens: list[str], k: int) -> bool:
    """Whether the subject at word `k` holds a name: a capitalized word (a
    first word only when it is a name, `is_proper`) or a bracket, before its
    verb. "There is/are ..." names what it speaks of after the verb."""
    if tokens[k].lower() in _ROUNDING and k + 1 < len(tokens):
        k += 1  # "Nearly 10,000 jobs ...": the count is the subject
    first = _plain(tokens[k])
    if first in _ARTICLES:
        return True  # (which one, `_bare_nouns` asks)
    if first[:1].isdigit() or first.split("-", 1)[0].lower() in NUMBER_WORDS | _TENS:
        # "Twenty of the 53 hurt were in Quillon Hospital": a count, named by
        # a name after it ("40 clerks resigned" - where?).
        return _names_in(text, tokens[k + 1 :])
    if first in ("There", "there") and len(tokens) > k + 1 and tokens[k + 1] in _VERBISH:
        return any(t[:1].isupper() for t in tokens[k + 2 :])
    if k and _names_in(text, tokens[:k]):
        return True  # "In Quillon, depot workers struck ...": the opening phrase names where
    for j in range(k, min(len(tokens), k + 8)):
        t = tokens[j]
        w = _plain(t)
        if not w:
            continue
        if t[0] == "[":
            return True
        if w[0].isupper():
            if w in _ARTICLES or w in ("A", "An"):
                continue
            if j == 0 and not is_proper(text, w):
                continue
            return True
        elif j > k and _verb(w) and tokens[j - 1].lower() not in _NP_ENDS | _ARTICLES:
            return False  # ("the number of suspended accounts": no verb yet)
    return False


def _names_in(text: str, words: list[str]) -> bool:
    """Whether the words hold a name other than a month or a day."""
    for j, t in enumerate(words):
        w = _plain(t)
        if w[:1].isupper() and w not in _ARTICLES and w.rstrip(".") not in _CALENDAR:
            if j or is_proper(text, w):
                return True
    return False


def _count_of_what(sentence: str) -> bool:
    """Whether a count stands without what it counts: "Roe has at least
    653." ("Roe has 503 delegates and Quarrow has 70." says of what)."""
    m = _COUNT_OF_WHAT.search(sentence)
    return m is not None and _COUNTED.search(sentence, 0, m.start()) is None


def _compares(tokens: list[str]) -> bool:
    """Whether the sentence compares with what the sentences before said:
    "another", "again", "the same", "the other", "other <things>", "both"
    without its "and", "such a"."""
    if _COMPARING.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    low = [_plain(t).lower() for t in tokens]
    if low[0] in ("other", "others", "even", "similar"):
        return True  # "Other candidates ...", "Even Roe ...": other than whom?
    for i, w in enumerate(low):
        if w == "another" and "one" not in low[:i]:
            return True
        if w in ("again", "similar", "similarly"):
            return True
        if (
            w == "more"
            and i
            and (tokens[i - 1][:1].isdigit() or low[i - 1] in NUMBER_WORDS)
            and (i + 1 >= len(low) or low[i + 1] != "than")
        ):
            return True  # "Five more seats ...": more than which?
        if w == "later" and not (
            i + 2 < len(low) and low[i + 1] in ("in", "on") and tokens[i + 2][:1].isdigit()
        ):
            return True  # "Roe later left": after what? ("later in 2019" says)
        if w in ("same", "other", "others") and i and low[i - 1] in ("the", "that", "those"):
            return True
        if w == "other" and i + 1 < len(low) and low[i + 1] != "than" and low[i - 1] != "among":
            return tokens[i + 1][:1].islower() and low[i + 1].endswith("s")
        if w == "both" and "and" not in low[max(0, i - 5) : i + 6]:
            return True
        if w == "such" and i + 1 < len(low) and low[i + 1] != "as" and tokens[i + 1][:1].islower():
            return True  # "such a levy", "no such praise"
    return False


def _owned_shell(tokens: list[str]) -> bool:
    """Whether a name's or a pronoun's shell noun stands for something said
    before: "Roe's offer", "her remarks" ("Roe's offer to resign" says what
    it is)."""
    if _SHELL_TOKENS.isdisjoint(tokens):
        return False
    for i in range(len(tokens) - 1):
        t = tokens[i]
        owner = t.endswith(("'s", "\u2019s")) and t[:1].isupper()
        if (owner or t.lower() in _OWNERS) and tokens[i + 1] in _SHELL_TOKENS:
            nxt = tokens[i + 2] if i + 2 < len(tokens) else ""
            if not (tokens[i + 1][-1].isalpha() and nxt in ("to", "that", "of", "about")):
                return True
    return False


def _pronoun_before_name(text: str, tokens: list[str], resolved: bool) -> bool:
    """Whether "they", "them", "their", "it" or "its" comes before anything
    named in the sentence it could stand for: "Roe won it", "... and their
    votes" are fine after a name; "The tally of their votes ..." is not.
    (`resolved`: the subject is a person named in brackets.)"""
    found = _POINTING.intersection(tokens)
    if not found:
        return False  # (most sentences: one set test)
    # Only the words up to the last pronoun matter.
    last = max(len(tokens) - 1 - tokens[::-1].index(t) for t in found)
    named = resolved  # a name or a noun before
    thing = False  # a common noun before, that "it" or "them" may stand for
    person = resolved  # a person's name before, for "him" and "her"
    plural = resolved  # a name or a plural before, for "they" and "their"
    acted = False  # past the first verb: a noun before it is the subject, not "it"
    for j in range(last + 1):
        t = tokens[j]
        w = _plain(t)
        if not w:
            continue
        low = w.lower()
        if not acted and j and w[0].islower() and _verb(low):
            acted = True
            thing = False  # ("The board approved it": not the board)
            continue
        if w[0].islower() and low in _GROUP_PRONOUNS and not plural:
            return True  # "The tally of their votes ...": whose?
        if w[0].islower() and low in _PRONOUNS_BACK:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
            if (
                (j and tokens[j - 1].lower() in _DUMMY_IT)
                or nxt in _IDIOM_VERBS
                or (low == "it" and nxt in _VERBISH and "to" in tokens[j + 2 :])
            ):
                # "made it clear", "when it comes to", "it would cost $3
                # million to close the depot": no thing named before.
                continue
            # ("it" before a verb is a clause's subject: "Roe said it has
            # ...", for whatever the sentence names.)
            obj = low in _THING_OBJECTS and not (nxt in _VERBISH and low == "it")
            if not named or (obj and not thing):
                return True
            continue
        if w[0].islower() and low in _PERSON_OBJECTS and j and not person:
            return True
        if j and tokens[j - 1].lower() in ("the", "a", "an", "of", "and") and w[0].islower():
            named = thing = True  # "the depot ... it", "the clerks ... their"
            plural = plural or (w.endswith("s") and not w.endswith("ss"))
        elif t[0] == "[" or (w[0].isupper() and w not in _ARTICLES and (j or is_proper(text, w))):
            named = plural = True
            person = person or not w.isupper()  # (an acronym is an institution's)
        elif j and t[0].isdigit():
            named = thing = plural = True
        elif j and w.endswith("s") and w[0].islower() and not w.endswith("ss"):
            thing = plural = True  # a plural: "Roe hired clerks and paid them"
    return False


def _bare_nouns(
    text: str, start: int, tokens: list[str], k: int, decided: bool
) -> list[Edit] | None:
    """The edits that name every bare "the <noun>" of the sentence in
    brackets, or None when one cannot be named."""
    edits: list[Edit] = []
    if _ARTICLES.isdisjoint(tokens):
        return edits  # (a sentence without "the": one set test)
    # Where each "the" stands: the sentence's standalone "the"s, in order.
    places = iter(
        m.start() for m in _THE.finditer(text, start, start + len(" ".join(tokens)) + 200)
    )
    for i, t in enumerate(tokens):
        if t not in _ARTICLES:
            continue
        at = next(places)
        if i + 1 >= len(tokens):
            continue
        np = _bare_np(tokens, i, i >= k)
        if np is None:
            continue
        noun, last = np
        if i == k and noun in PLACE_BODIES:
            continue  # the place or body the story is about
        if i == k and i and _names_in(text, tokens[1:i]):
            continue  # "In Quillon, the council voted ...": the opening phrase names it
        if i and tokens[i - 1][-1] == "," and _names_in(text, tokens[max(0, i - 1) : i]):
            continue  # "Dana Roe, the head of ...": an appositive to a name
        phrase_end = text.find(tokens[last], at) + len(tokens[last].rstrip(_STRIP))
        words = text[at:phrase_end]
        if words.endswith(("'s", "\u2019s")):
            words, phrase_end = words[:-2], phrase_end - 2
        found = named_before(text, at, words)
        if found is None:
            return None
        named, where = found
        if where >= start:
            continue  # named in the sentence itself: "the Quillon School District ... the district"
        if at == start:
            named = named[0].upper() + named[1:]  # "[The Velmar Plan] passed ..."
        edits.append((at, phrase_end - at, f"[{named}]"))
    return edits


def _bare_np(tokens: list[str], i: int, clause: bool = True) -> tuple[str, int] | None:
    """(noun, index of its word) of the "the" at word `i` when nothing in
    the sentence says which one it is; None when something does (a name, a
    figure, "of <Name>", a relative clause, a superlative)."""
    j = i + 1
    last = -1
    n = len(tokens)
    while j < n and j <= i + 4:
        t = tokens[j]
        w = _plain(t)
        if not w or not w[0].isalpha():
            if last >= 0:
                break  # "the plan $3 ...": past the noun
            return None  # a figure, a quote: "the 53 wounded", "the "Velmar" plan"
        if (
            j == i + 1
            and (w in _SUPERLATIVES or (w.endswith("est") and w not in _NOT_SUPERLATIVE))
            and t[-1].isalpha()
        ):
            return None  # "the largest party", "the first time" ("among the oldest.": of what?)
        if w[0].isupper():
            if w.rstrip(".") not in _CALENDAR:
                return None  # a name: "the Velmar Guild", "the Roe campaign"
            if last >= 0:
                break  # "the night Saturday": a date after the noun
            # ("the May report" names no report.)
        if w in _NP_ENDS or w in _SUBJECT_PRONOUNS or (last >= 0 and _verb(w)) or w.endswith("ly"):
            break
        last = j
        j += 1
        if t[-1] in ",;:." or t.endswith(("'s", "\u2019s")):
            if t[-1] == "," and clause and _appositive_name(tokens, j):
                return None  # "the guild, the Velmar Guild, ...": an appositive
            break
    if last < 0:
        return None
    noun = _plain(tokens[last]).lower()
    if noun in _ONE_OF_A_KIND:
        return None
    if j < n and tokens[last][-1].isalpha():
        nxt = tokens[j].lower()
        if nxt in _RELATIVES or nxt in _SUBJECT_PRONOUNS:
            return None  # "the bill that would ban ...", "the attacks they made": the clause says which
        if (_verb(nxt) or nxt in ("led", "run", "owned")) and j + 1 < n and tokens[j + 1] == "by":
            return None  # "the poll taken by the Quillon Gazette": which, it says
        if nxt in _NAMED_COMPLEMENTS and _capitalized_next(tokens, j + 1) if j + 1 < n else False:
            return None  # "the guild in Quillon"
        if nxt in ("and", "or") and j + 2 < n and tokens[j + 1][-1].isalpha():
            if tokens[j + 2] in _COMPLEMENTS and not _verb(tokens[j + 1]):
                return None  # "the status or release of a migrant": a shared complement
        if (
            nxt == "to"
            and j + 1 < n
            and (tokens[j + 1] in ("a", "an", "the") or _capitalized_next(tokens, j + 1))
        ):
            return None  # "the right to a recount" ("the network to donate": no)
        if nxt in _COMPLEMENTS and j + 1 < n:
            # "the head of the Velmar Guild", "the guild in Quillon", "the
            # potential for gains": the complement says which (a "the <noun>"
            # in it is asked about on its own).
            return None
    return noun, last


def _appositive_name(tokens: list[str], j: int) -> bool:
    """Whether the words from `j` are a name set off by commas: "the Velmar
    Guild," ("..., Roe drafted 40 clerks" is the clause's subject)."""
    for x in tokens[j : j + 6]:
        if not (x[:1].isupper() or x in ("the", "of", "and", "for")):
            return False
        if x[-1] == "," or x[-1] == ".":
            return _capitalized_next(tokens, j)
    return False


def _capitalized_next(tokens: list[str], j: int) -> bool:
    """Whether a name opens the words from `j`: "Velmar", "the Velmar Guild"."""
    if tokens[j] in _ARTICLES and j + 1 < len(tokens):
        j += 1
    return tokens[j][:1].isupper() and _plain(tokens[j]).rstrip(".") not in _CALENDAR
