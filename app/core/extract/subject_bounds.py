"""Where a sentence's subject phrase starts and ends, for `clauses.main_subject`
and `attribution.after_tag`.

An opening phrase can name a place or an outlet in apposition before the
subject ("In a post on the forum, the Lantern, Ivo Brask wrote"), and a
subject's noun phrase ends before a verb's past with its object ("The union
filed a lawsuit ..."), not at the object's noun. A tag's subject after a
quote can be a long run of names ("experts Ana Ruiz and Ivo Brask of the
Institute for Tides and Safety wrote").
"""

from __future__ import annotations

import re

from app.core.extract.intro_words import LEADERS, introductory
from app.core.extract.intro_words import low_word as _low
from app.core.extract.lexicon import TAG_VERBS
from app.core.extract.noun_phrases import (
    FUNCTION,
    OBJECT_OF,
    all_name,
    is_name_token,
    np_start,
)
from app.core.extract.place_names import is_place_name
from app.core.extract.speaker_nouns import is_speaker_noun, people_plural

# Where a sentence's clause after another begins: ", and", ", but", ";".
CLAUSE_JOIN = re.compile(r",\s+(?:but|and|while|although|though)\s+|;\s+")
# A clause opening on the reason or time for what follows: "That's why",
# "This is because", "Which was when", "and that is how".
REASON_OPENING = re.compile(
    r"\s*(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)?(?:[Tt]hat|[Tt]his|[Ii]t|[Ww]hich)"
    r"(?:['\u2019]s|\s+is|\s+was)\s+(?:why|because|how|when|where)\s+"
)
# An empty subject and "for <someone> to" after it: "There's still time for
# Vesk to ...", "It will be hard for her to ...": that someone acts.
EMPTY_SUBJECT_FOR = re.compile(
    r"\s*(?:There|It)(?:['\u2019]s|\s+(?:is|was|will be|would be|may be|could be))\s"
    r"[^\"\u201c\u201d,;:]{0,50}?\bfor\s+((?:[\w.'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+to\s+[a-z]"
)
# A verb of its subject's own calling, then "as" and the quote's opening
# ("a plan Vesk framed as "", "an incident Vesk brought up as a "").
_NAMING_AS = re.compile(
    r"(?:^|[ \t])(?:(is|was|are|were|be|been|being)[ \t]+)?([a-z]+)"
    r"(?:[ \t]+(?:up|out|off|down))?[ \t]+as[ \t]+(?:(?:a|an|the)[ \t]+)?$"
)
_NAMING_PAST = frozenset("brought cast saw sold took".split())


def naming_verb(text: str, lo: int, mark: int) -> int | None:
    """Where the verb starts in "<subject> <verb> as "..."" right before the
    opening `mark` (`a plan Vesk framed as "`, `which Vesk painted as a "`):
    the subject calls the quote so. None for a passive ("is known as") or
    no verb."""
    m = _NAMING_AS.search(text, max(lo, mark - 60), mark)
    if m is None or m.group(1):
        return None
    verb = m.group(2)
    if verb.endswith(("ed", "s")) and verb not in ("as", "is", "was", "has", "his", "its"):
        return m.start(2)
    return m.start(2) if verb in _NAMING_PAST or verb in _IRREGULAR_PAST else None


# Past forms with no "-ed" that take an object: "The union sent a letter".
_IRREGULAR_PAST = frozenset(
    "sent brought held ran won lost paid spent built began sought put set".split()
)
# Words that open the object after such a verb.
_OBJECT_OPENERS = frozenset("a an the his her its their our this these another".split())


def past_verb(toks, k: int) -> bool:
    """Whether token `k`, after a noun, is a verb's past with its object
    after it ("The group filed a lawsuit", "The union sent a letter"), so
    the subject's noun phrase ends before it."""
    tok = toks[k][0]
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""  # (none: the object is past the words read)
    if not tok.islower() or not (
        nxt == "" or nxt in _OBJECT_OPENERS or nxt.isalpha() and nxt.islower()
    ):
        return False
    if not (tok in _IRREGULAR_PAST or (len(tok) > 4 and tok.endswith("ed"))):
        return False
    return is_speaker_noun(_low(toks[k - 1][0])) or is_name_token(toks[k - 1][0])


def past_outlet(toks, comma: int, i: int) -> int:
    """Where the subject starts when an introductory phrase ending in a
    noun, before `comma`, names it in apposition ("In a post on the site,
    the Square, Ivo Brask wrote", "..., the Square, and later on the radio,
    Brask said"): past the name and any phrase "and" joins to the
    introduction, when a name follows; else `i`."""
    nxt = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k][0] == ","), None)
    if nxt is None or not toks[comma - 1][0].islower() or _low(toks[i][0]) != "the":
        return i
    if not all_name(toks[i + 1 : nxt]):
        return i
    j = nxt + 1
    if j < len(toks) and toks[j][0] == "and":  # "and widely shared online,"
        end = next((k for k in range(j + 1, min(len(toks), j + 7)) if toks[k][0] == ","), None)
        if end is None or not all(t.islower() for t, _, _ in toks[j + 1 : end]):
            return i
        j = end + 1
    if j < len(toks) and toks[j][0] in ("he", "she", "they"):
        return j  # "..., the Square, she wrote"
    if j < len(toks) and is_name_token(toks[j][0]) and not toks[j][0].endswith(("'s", "\u2019s")):
        return j
    return i


def clause_head(toks, i: int) -> int | None:
    """The token ending the noun a name at `i` is the object of a clause
    about ("Voters backing Vesk said", "a lawyer representing Vesk said",
    "voters who back Vesk said"): the people who speak, not the name; None
    when no such clause holds the name."""
    for k in range(i - 1, max(0, i - 7), -1):
        tok = toks[k][0]
        if not tok[:1].isalnum():
            return None
        if not tok.islower():
            continue  # the name's own words, "Mara Vesk"
        noun = toks[k - 1][0]
        # (Capitalized only opening the words read: "Voters backing Vesk".)
        opening = k == 1 or not toks[k - 2][0][:1].isalnum()
        people = is_speaker_noun(noun.lower()) or people_plural(noun)  # "Republicans backing"
        if not ((noun.islower() or opening) and people):
            continue
        if len(tok) > 4 and tok.endswith("ing"):
            return k - 1
        if tok in ("who", "that") and toks[k + 1][0].islower():
            return k - 1  # (not "so heated that Gov. Vesk said": no verb of its own)
    return None


def _people(noun: str) -> bool:
    """Whether `noun` is a plural noun for people: "librarians", "firemen"."""
    plural = (noun.endswith("s") and not noun.endswith("ss")) or noun.endswith("men")
    return plural and (is_speaker_noun(noun.lower()) or people_plural(noun))


def joined_people(toks, start: int, i: int, kind: str) -> tuple[int, str]:
    """Where the subject phrase ending at token `i` (from `start`, of
    `kind`) begins when another group or name is joined to it by "and"
    ("120 teachers and librarians said", "Ana Ruiz and nurses said", "the
    nurses and Ana Ruiz said", "Ana Ruiz and Ivo Brask said"): all speak, as
    one subject, not the last alone; else `start`. The kind is "name" when
    a name is among them. The last noun only when plural: "the senator and
    candidate" is one person, described twice."""
    k = start - 1
    if k < 1 or toks[k][0] != "and":
        return start, kind
    noun = toks[k - 1][0]
    # (Capitalized only opening the words read: "Parents and lecturers".)
    opening = k == 1 or not toks[k - 2][0][:1].isalnum()
    group = (noun.islower() or opening) and _people(noun)
    # (Not a possessive, "Vesk's aides and nurses", nor a place, "in Ohio and".)
    person = is_name_token(noun) and not noun.endswith(("'s", "\u2019s"))
    person = person and (kind == "name" or not is_place_name(noun))
    if kind == "noun" and not _people(toks[i][0]):
        return start, kind
    # One person described, then a group or a name: "the mayor and council members".
    at = np_start(toks, k - 1)
    one = noun.islower() and is_speaker_noun(noun) and _low(toks[at][0]) == "the"
    if group or person or one:
        return at, "noun" if group and kind == "noun" else "name"
    return start, kind


def _list_item(toks, lo: int, hi: int, kind: str) -> bool:
    """Whether `toks[lo:hi]` is one item of a list of names (`kind`
    "name": "Ivo Brask") or of groups ("parents", "young nurses"): no
    introductory phrase ("In Lindvale"), no place ("Ohio"), no possessive."""
    words = [t for t, _, _ in toks[lo:hi]]
    if not 0 < len(words) <= 4 or introductory(toks[lo:hi]):
        return False
    if any(w.endswith(("'s", "\u2019s")) for w in words):
        return False
    if kind == "name":
        return all(is_name_token(w) for w in words) and not (
            len(words) == 1 and is_place_name(words[0])
        )
    opening = lo == 0 or not toks[lo - 1][0][:1].isalnum() or toks[lo - 1][0] == ","
    last = words[-1]
    return _people(last) and (last.islower() or opening) and np_start(toks, hi - 1) <= lo


def listed_start(toks, start: int, i: int, kind: str) -> int:
    """Where a list of three or more names or groups ending at token `i`
    begins ("Students, parents and lecturers said", "Ana Ruiz, Ivo Brask,
    and Tomas Roe said"): all speak, when the list opens its clause (at the
    words read's start, after "But" or an introductory phrase); else `start`."""
    joined = any(t == "and" for t, _, _ in toks[start:i])
    j = start - 1  # the comma before the phrase
    if not joined:
        if not (j >= 2 and toks[j][0] == "and" and toks[j - 1][0] == ","):
            return start
        j -= 1  # "..., and Tomas Roe said"
    items, first, sizes = 0, start, []
    while j >= 1 and toks[j][0] == ",":
        lo = j
        while lo > max(0, j - 5) and toks[lo - 1][0][:1].isalnum():
            lo -= 1
        if not (lo == 0 or not toks[lo - 1][0][:1].isalnum()):
            break
        while lo < j - 1 and _low(toks[lo][0]) in LEADERS:
            lo += 1  # "But students, parents and ..."
        if not _list_item(toks, lo, j, kind):
            break
        sizes.append(j - lo)
        items, first, j = items + 1, lo, lo - 1
    if items < (1 if joined else 2):
        return start
    tail = " ".join(t for t, _, _ in toks[start : i + 1]).replace(" ,", " and").split(" and ")
    sizes += [len(part.split()) for part in tail if part[:1].isupper()]  # (not "and nurses")
    if kind == "name" and 1 in sizes and max(sizes) > 1:
        return start  # "Well, Ana Ruiz and ...", "Ana Ruiz, Lindvale, and ...": no list
    before = toks[: first - 1] if first and toks[first - 1][0] == "," else toks[:first]
    if first == 0 or all(_low(t) in LEADERS for t, _, _ in before) or introductory(before):
        return first
    return start


# Small words inside a long name or between two: "Institute for Tides and Safety".
_NAME_GLUE = frozenset("of for and the on".split())


def long_name_end(words) -> int:
    """The index of the word after a description and then only names and
    their small words (`," experts Ana Ruiz and Ivo Brask of the Institute
    for Tides and Safety wrote`: "wrote"), at most 23; 0 when the
    words do not open so. One subject, however many words it takes."""
    first = next((k for k in range(min(4, len(words))) if words[k][0][:1].isupper()), None)
    if first is None:
        return 0
    k = first
    while k < min(23, len(words)) and (words[k][0][:1].isupper() or words[k][0] in _NAME_GLUE):
        k += 1
    return k


def noun_compound(words, i: int) -> bool:
    """Whether the two or three words before a tag verb at `i`, after a
    quote, are all in lower case and end in a noun of people ("port
    officials said", "state health workers said"): a subject, though its
    first word is no such noun; not a phrase with a function word ("more
    than voters said")."""
    if not 1 < i <= 3:
        return False
    run = [t for t, _, _ in words[:i]]
    if not all(
        t.isalpha() and t.islower() and t not in FUNCTION and t not in OBJECT_OF for t in run
    ):
        return False
    return is_speaker_noun(run[-1])


def modifies_people(words, i: int) -> bool:
    """Whether the tag-like word at `i` opening the words after a quote
    describes the noun of people after it, whose verb comes next (`,"
    state officials said`: "state" is no verb there)."""
    return (
        i == 0
        and len(words) > 2
        and words[1][0].islower()
        and is_speaker_noun(words[1][0])
        and words[2][0].rstrip(".") in TAG_VERBS
    )


def clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause holding `hi` begins in the sentence from `lo`: past
    the last ", and" / ", but" / ";" joining two clauses, else `lo`."""
    joins = [m.end() for m in CLAUSE_JOIN.finditer(text, lo, hi)]
    for at in reversed(joins):
        word = text[at : text.find(" ", at, hi)] if text.find(" ", at, hi) > 0 else ""
        if not (word in _IRREGULAR_PAST or (word.islower() and word.endswith("ed"))):
            return at  # (not ", and placed ads": a second verb of the same subject)
    return lo


def according_source(toks, rel: int) -> int | None:
    """Where the source after "according to" starts when a relative clause
    opening at token `rel` is about it ("..., according to one aide, who
    called it"): a description of people in lower case, not a thing."""
    k = rel - 1
    while k > 1 and k > rel - 6 and toks[k][0].isalpha() and toks[k][0].islower():
        if _low(toks[k - 2][0]) == "according" and toks[k - 1][0] == "to":
            return k if is_speaker_noun(toks[rel - 1][0]) else None
        k -= 1
    return None


# A time phrase opening a clause with no comma after it: "Within weeks the
# union had ...", "By March the guild ...", "Soon the board ...".
_TIME_PREPOSITIONS = frozenset("within by after in".split())
_TIME_NOUNS = frozenset(
    "weeks days months hours years minutes week month year morning evening afternoon night "
    "noon then now spring summer fall autumn winter january february march april may june "
    "july august september october november december monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)
_TIME_COUNTS = frozenset("a few two three four several".split())
_TIME_ADVERBS = frozenset("soon later eventually afterward afterwards".split())
_TIME_DETERMINERS = frozenset("the a an its their".split())


def past_time_opening(toks, i: int) -> int:
    """Where a clause's subject starts after a time phrase opening it with
    no comma ("within weeks the union had placed ads", "by March the guild
    ran ads", "soon the board"): at the determiner or name after it; else
    `i`."""
    k = i
    first = _low(toks[i][0]) if i < len(toks) else ""
    if first in _TIME_ADVERBS:
        k = i + 1
    elif first in _TIME_PREPOSITIONS:
        k = i + 1
        while k < min(len(toks), i + 3) and _low(toks[k][0]) in _TIME_COUNTS:
            k += 1
        if k >= len(toks) or _low(toks[k][0]) not in _TIME_NOUNS:
            return i
        k += 1
    else:
        return i
    if k >= len(toks):
        return i
    nxt = toks[k][0]
    if nxt in _TIME_DETERMINERS or (is_name_token(nxt) and not nxt.endswith(("'s", "\u2019s"))):
        return k
    return i


# A question put to "him" or "her": "Kai Roe asked him whether ...".
_ASKED_OBJECT = re.compile(
    r"\b(?:asked|asks)\s+(him|her)\s+(?:whether|if|about|why|how|what|when|where)\b"
)


def asks_pronoun(text: str, a: int, b: int, gender: str) -> bool:
    """Whether `text[a:b]` puts a question to the "him" or "her" of `gender`
    ("Kai Roe asked him whether ..."; not "asked him to leave"): its
    subject is not whom a "he" after it means."""
    m = _ASKED_OBJECT.search(text, a, b)
    return m is not None and m[1] == ("him" if gender == "m" else "her")


# "Ana Ruiz and her husband, Ivo, ...": a person and a kin set off by name.
_KIN_AFTER = re.compile(
    r"\s+and\s+(?:his|her)\s+(?:wife|husband|partner|son|daughter|brother|sister|mother|"
    r"father|fianc\u00e9e?|fiancee?),\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*),"
)
# What parts a list: "Ana Ruiz, Ivo Brask, and Tomas Roe".
_LIST_CUT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
# "The two senators, Ana Ruiz and ...": the first of two names set off.
_FIRST_OF_TWO = re.compile(r",\s+([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+and\s+$")


def subject_pair(text: str, s: int, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
    """The spans of the people a sentence (from `s`) makes its subject when
    its subject phrase `text[start:end]` names one of them: `Ana Ruiz and
    her husband, Ivo,` or `The two senators, Ana Ruiz and Ivo Brask,`, or
    that it joins with "and" (`Ana Ruiz and Ivo Brask`), each of a list
    (`Ana Ruiz, Ivo Brask and Tomas Roe`)."""
    cut = text.find(" and ", start, end)
    if cut >= 0 and "," in text[start:cut]:
        parts = _LIST_CUT.split(text[start:end])
        at = [m.end() for m in _LIST_CUT.finditer(text, start, end)]
        return tuple((a, a + len(p)) for a, p in zip([start, *at], parts, strict=True))
    if cut >= 0:
        return (start, cut), (cut + 5, end)
    m = _KIN_AFTER.match(text, end)
    if m is not None:
        return (start, end), m.span(1)
    m = _FIRST_OF_TWO.search(text, s, start)
    if m is not None and text[m.start(1) : start].count(",") == 0:
        return m.span(1), (start, end)
    return None
