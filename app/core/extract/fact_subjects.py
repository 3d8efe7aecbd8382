"""Where a fact starts and who its subject is, so that it stands alone.

A dateline ("CITY (Agency) — ") and a leading "And"/"But" are left out of
the span. A subject that is a pronoun ("He voted ...", "In 2019, she
signed ...", "His campaign raised ...") is resolved to the one person the
sentence before names, and shown in square brackets, the journalist's
convention: "[Jane Roe] voted ...". The span still points at the source's
own words; only the cited form carries the brackets. A subject that cannot
be resolved with confidence ("It", "They", "That's", "This plan", or "He"
after a sentence naming two men) keeps the sentence from being a fact.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.core.extract.fact_lexicon import EPITHETS, IMPERATIVES, RECORD_NOUNS, TIME_NOUNS
from app.core.extract.lexicon import ABBREVIATIONS, NOT_NAMES, ORG_WORDS, TITLES
from app.core.extract.names import gender_of, name_pieces, parse_name

# "WASHINGTON (AP) — ", "CITY, St. (Agency) — ", "CITY, Mon. 8 — ".
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'\u2019 -]{0,40}(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s+\d{1,2})?)?"
    r"(?:\s+\([A-Za-z .&/-]{1,30}\))?\s*(?:\u2014|\u2013|--|-)\s+"
)
_CONJUNCTIONS = frozenset("And But Yet Or Nor Plus".split())
# Words opening a phrase that a comma sets off before the subject: "In 2019, ",
# "After the vote on Tuesday, ", "This year, ".
_INTRO_WORDS = frozenset(
    """
    in on at after before during since until by last earlier later then now today yesterday
    meanwhile however instead also still separately previously overall ultimately eventually
    afterward afterwards moreover additionally similarly likewise indeed nevertheless
    nonetheless under with without within throughout over through despite amid among
    according when while although though because as once unlike following ahead along
    across from for even beyond besides aside apart like given thanks due all every where
    if upon toward towards against between behind into
    """.split()
)
_FIRST_WORD = re.compile(r"([A-Za-z]+)(?:['\u2019](?:s|re|ll|d|ve)\b)?")
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_POSSESSIVE = frozenset(("his", "her"))
# Subjects that point back without naming: a fact opening with one is
# offered only when it is a person resolved above.
_UNRESOLVED = frozenset(
    "it its they their them this that these those such here we i you our my your "
    "one both either neither each another everyone everybody someone somebody nobody anyone "
    "others none".split()
)
# Words that open a question or a clause and are capitalized at a
# sentence's start, never a given name.
_NOT_GIVEN = frozenset(
    "is are was were do does did has have had can could will would should may might must "
    "who what when where why how which whose".split()
)
_DEMONSTRATIVES = frozenset("this that these those".split())
# A subject pronoun a few words into a sentence whose opening phrase has no
# comma: "On Tuesday she ...", "In 2019 they ...".
_PRONOUN_SOON = re.compile(
    r"(?:[ \t]+[\w'\u2019.-]+){1,4}?[ \t]+(he|she|it|they|we|I)[ \t]", re.IGNORECASE
)
_TAIL_SPEAKER = re.compile(
    r",\s+(he|she|they|it)\s+(?:said|says|added|adds|wrote|writes|noted|notes|explained)\.$"
)
_LOWER_NEXT = re.compile(r" [a-z]")
# A gerund subject's object: "Ending the ...", "Raising taxes ..." is not a name.
_GERUND_OBJECT = re.compile(r" (?:the|a|an|his|her|their|its|our|more|up|out|back|off)\b")
_VAGUE_ALL = re.compile(r"\s+(?:two|three|four|five|six|the|these|those|of)\b")
_NOUN_PHRASE = re.compile(r"(?:\s+[\w'\u2019.-]+){1,4}")
_VERBISH = frozenset("is are was were has have had will would can could said".split())
_NP_WORD = re.compile(r"[\w.-]+")
_VAGUE_NP = frozenset(
    "two three four five six former latter pair duo couple same other rest".split()
)
# A token that is no part of a name: capitals run into a word ("PMJane").
_RUN_IN = re.compile(r"[A-Z]{2,}[a-z]")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*\.?[ \t]+){1,3}$")


class Opening(NamedTuple):
    """A fact's start in the source, where its subject starts, and its cited
    form (None: the span's own words are cited as they stand)."""

    start: int
    subject: int
    cited: str | None


def fact_opening(text: str, start: int, end: int, prev: tuple[int, int] | None) -> Opening | None:
    """Where the fact `text[start:end]` begins once a dateline or a leading
    conjunction is left out, with its subject resolved; None when its
    subject points back to something that cannot be named with confidence.
    `prev` is the span of the sentence before, where a pronoun's person is
    looked for."""
    if text[start + 1 : start + 2].isupper():
        m = _DATELINE.match(text, start, end)
        if m:
            start = m.end()
    m = _FIRST_WORD.match(text, start, end)
    if m is None:
        return Opening(start, start, None)
    if m.group(1) in _CONJUNCTIONS:
        start = _after_comma(text, m.end(), end)
        m = _FIRST_WORD.match(text, start, end)
        if m is None:
            return None
    subject = start
    word = m.group(1).lower()
    for _ in range(2):  # "In 2019, after the vote, she ..."
        if word not in _INTRO_WORDS and not (
            word.endswith(("ing", "ed"))
            and text[subject].isupper()
            and _LOWER_NEXT.match(text, m.end(), end)
        ):
            break  # ("Having fled ..., the couple": a participle opens a phrase too)
        comma = _intro_end(text, m.end(), end)
        if comma < 0:
            break
        subject = _after_comma(text, comma, end)
        m = _FIRST_WORD.match(text, subject, end)
        if m is None:
            return None
        word = m.group(1).lower()
    if subject == start and word in _INTRO_WORDS:
        # "On Tuesday she lost ...": a short opening phrase without a comma.
        p = _PRONOUN_SOON.match(text, m.end(), end)
        if p:
            subject = p.start(1)
            m = _FIRST_WORD.match(text, subject, end)
            word = p.group(1).lower()
    if _points_back(text, word, m, subject == start, end):
        return None
    cited = None
    if word in _PERSON_PRONOUNS:
        name = _person(text, prev, (start, subject), _PERSON_PRONOUNS[word])
        if name is None:
            return None
        if text.find(name.rsplit(" ", 1)[-1], m.end(), end) >= 0:
            return None  # "He said ... Roe wins": then he is not Roe
        if word in _POSSESSIVE:
            name += "'s"
        cited = f"{text[start:subject]}[{name}]{text[m.end(1) : end]}"
    elif word in _UNRESOLVED and not (
        word in _DEMONSTRATIVES and _time_follows(text, m.end(), end)
    ):
        return None
    if text[end - 2 : end] in ("d.", "s."):
        # "..., she said.": the speaker of a paraphrase, resolved like a subject.
        tail = _TAIL_SPEAKER.search(text, max(start, end - 40), end)
        if tail:
            pronoun = tail.group(1).lower()
            if pronoun not in _PERSON_PRONOUNS:
                return None
            name = _person(text, prev, (start, tail.start()), _PERSON_PRONOUNS[pronoun])
            if name is None:
                return None
            head = cited if cited is not None else text[start:end]
            cut = len(head) - (end - tail.start(1))
            cited = f"{head[:cut]}[{name}]{head[cut + len(pronoun) :]}"
    if text[start].islower():
        # "[T]he board ...": a capital the source did not write is bracketed
        # too (unless the resolved subject's bracket opens the sentence).
        head = cited if cited is not None else text[start:end]
        if head[0] != "[":
            cited = f"[{head[0].upper()}]{head[1:]}"
    return Opening(start, subject, cited)


def _after_comma(text: str, pos: int, end: int) -> int:
    """The first character after `pos` that is not a comma or a space."""
    while pos < end and text[pos] in ", \t":
        pos += 1
    return pos


def _intro_end(text: str, pos: int, end: int) -> int:
    """The comma closing an opening phrase that starts before `pos`, or -1
    (none within 150 characters, or a quote or a clause break first)."""
    comma = text.find(",", pos, min(end, pos + 150))
    if comma < 0:
        return -1
    for stop in ';:"\u201c\u201d':
        if text.find(stop, pos, comma) >= 0:
            return -1
    return comma


def _points_back(text: str, word: str, m: re.Match[str], first: bool, end: int) -> bool:
    """Whether the subject starting with `word` (matched by `m`) leaves out
    who or what the sentence is about: "All three ...", "The two ...",
    "Ending the program would ..." (an argument, not a report), "Now,
    compare ..." (an instruction to the reader), "He's ..." (a contraction
    whose verb the brackets could not keep)."""
    after = m.end()
    if word == "all":
        return _VAGUE_ALL.match(text, after, end) is not None
    if word == "the":
        return not _names_itself(text, after, end)
    if word in IMPERATIVES or word == "never":
        return text[after : after + 1] == " "
    if word in _PERSON_PRONOUNS:
        return m.end(1) != after  # "He's", "She'd"
    return first and word.endswith("ing") and _GERUND_OBJECT.match(text, after, end) is not None


def _names_itself(text: str, pos: int, end: int) -> bool:
    """Whether the words after a subject's "the" name what they speak of: a
    name ("the City Council"), an institution, a record or an event ("the
    ordinance", "the poll"), or an office ("the mayor"). "The two", "the
    couple", "the main barrier", "the Democratic candidate" point back to
    what the sentences before named."""
    m = _NOUN_PHRASE.match(text, pos, end)
    if m is None:
        return False
    words = _NP_WORD.findall(m.group().split(",", 1)[0])
    if not words or words[0].lower() in _VAGUE_NP:
        return False
    named = False
    for k, w in enumerate(words):
        if w[0].isupper():
            named = True
            continue
        low = w.lower()
        listed = low in RECORD_NOUNS or low in ORG_WORDS
        if w[0].isdigit() or low in _VERBISH or (low.endswith("s") and not listed):
            break  # past the noun phrase: a verb, or a figure after it
        if low in EPITHETS:
            # "the billionaire businessman Dana Roe": a name follows.
            return k + 1 < len(words) and words[k + 1][0].isupper()
        if listed or low in TITLES:
            named = True
    return named


def _time_follows(text: str, pos: int, end: int) -> bool:
    """ "This year", "that week": a demonstrative naming a time, not a subject."""
    m = _FIRST_WORD.match(text, pos + 1, end) if text[pos : pos + 1] == " " else None
    return m is not None and m.group(1).lower() in TIME_NOUNS


def _person(
    text: str, prev: tuple[int, int] | None, head: tuple[int, int], gender: str
) -> str | None:
    """The full name of the one person of `gender` (or of unknown gender)
    named in the sentence before (`prev`) and in the words before the pronoun
    (`head`); None when they name none or several."""
    found: dict[str, list[str]] = {}
    pieces = list(name_pieces(text, *head)) if head[1] > head[0] else []
    if prev:
        pieces += name_pieces(text, *prev)
    for a, b in pieces:
        if b - a < 2:
            continue
        parsed = parse_name(text[a:b])
        if parsed is None or parsed.kind not in ("person", "bare"):
            continue
        if not _plausible_name(parsed.name) or _RUN_IN.search(text, a, b):
            continue
        if parsed.kind == "bare" and not parsed.role:
            full = _full_name(text, parsed.name[0], a)
            if full is None:
                continue
            parsed = parsed._replace(name=full)
        other = gender_of(parsed)
        if other and other != gender:
            continue
        found.setdefault(parsed.name[-1], parsed.name)
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    name = next(iter(found.values()))
    if len(name) == 1:
        name = _full_name(text, name[0], head[0]) or name
    return " ".join(name)


def _plausible_name(name: list[str]) -> bool:
    """Whether the words can be a person's name: capitalized, not a
    question's verb ("Is Roe ...?"), no function word ("Notes From Roe"), no
    word cut at a stop ("Campo. Dana")."""
    if name[0].lower() in _NOT_GIVEN:
        return False
    for t in name:
        if not t[:1].isupper() or t.lower() in NOT_NAMES:
            return False
        if t.endswith(".") and len(t) > 3 and t.lower().rstrip(".") not in ABBREVIATIONS:
            return False
    return True


def _full_name(text: str, surname: str, before: int) -> list[str] | None:
    """The first person named earlier with `surname` as the last name:
    "Kestrel" -> ["Dana", "Kestrel"]. (A first mention gives the full name:
    only the first three mentions are read.)"""
    i = text.find(surname, 0, before)
    for _ in range(3):
        if i == -1:
            break
        if not text[i + len(surname) : i + len(surname) + 1].isalpha():
            m = _NAME_BEFORE.search(text, max(0, i - 60), i)
            if m:
                parsed = parse_name(text[m.start() : i + len(surname)])
                if parsed and parsed.kind == "person" and parsed.name[-1] == surname:
                    return parsed.name
        i = text.find(surname, i + 1, before)
    return None
