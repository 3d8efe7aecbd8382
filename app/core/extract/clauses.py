"""The subject of a speech verb: which words of a sentence name who spoke.

News English puts the speaker right before the verb (`the board said`), or
before an aside between them (`Ana Ruiz, a nurse who ..., said`), or opens
the sentence with it when the verb is a participle or the second of two verbs
(`Ruiz left the stage, calling the plan "a joke"`, `... and called it
"late"`). Names after a preposition are affiliations or objects (`Ruiz of
the Union said`, `Ruiz went after Pratt, calling him ...`), never the speaker.

These functions only read the words; `Referents` (referents.py) resolves
what they name.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from app.core.extract.intro_words import LEADERS, introductory, is_adverb
from app.core.extract.intro_words import low_word as _low
from app.core.extract.lexicon import (
    DOC_NOUNS,
    JUDGING_VERBS,
    NOT_NAMES,
    SPEECH_VERBS,
    TITLES,
)
from app.core.extract.names import written_lower
from app.core.extract.speaker_nouns import is_speaker_noun, made_thing

_TOKEN = re.compile(r"[^\W_][\w'\u2019\-.&]*|[,;:()\u2014\u2013\"\u201c\u201d]|--")
_PRONOUNS = frozenset("he she they it we i you".split())
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
# Words between a subject and its verb: adverbs and auxiliaries.
_BETWEEN = frozenset(
    """
    also later then again once recently repeatedly previously often never even still just
    further has had have is was were are will would did does do can could may might should
    must be been being not already first soon now too meanwhile however instead though
    moreover likewise
    """.split()
)
# A name or noun after these is an affiliation: `X of the Union said`; a
# participle after their object is not its ("into the polls saying").
_AFFILIATION = frozenset("of at from for with in on to by".split())
_OBJECT_OF = _AFFILIATION | frozenset("into onto toward towards through across around".split())
# Verbs whose object is who a message goes to: "wrote donors saying".
_SENT_TO = frozenset("emailed texted wrote told sent urged warned reminded informed".split())
_FUNCTION = frozenset(
    """
    and or but nor so yet as if than that which who whom whose what when where while because
    although though since until after before about against between into through during without
    within under over among upon of at from for with in on to by not no there here near
    """.split()
)
_CONJUNCTIONS = frozenset("and but or then".split())
_BE_OR_DEGREE = frozenset("is was are were be been being too very so more most less".split())
_VERBISH = SPEECH_VERBS | JUDGING_VERBS | _BETWEEN | frozenset("went took made gave got".split())
_DASHES = frozenset(("\u2014", "\u2013", "--"))
_PARTICLES = frozenset("of de van von al".split())
# Words standing for people as a subject: "Another said", "Most said".
_QUANTIFIERS = frozenset("another one others some many most both several few someone".split())
# A share of those polled speaks as a group: "21 percent said", "most said".
_SHARES = frozenset("most percent half majority".split())
_MAX_ASIDE = 25
_REACH = 300  # characters before a verb that can hold its subject


class Subject(NamedTuple):
    """Words naming who speaks: `kind` is "name", "pronoun" or "noun"."""

    start: int
    end: int
    kind: str


def _tokens(text: str, lo: int, hi: int, limit: int = 0) -> list[tuple[str, int, int]]:
    """(token, start, end) in `text[lo:hi]`, at most `limit` of them if set."""
    found = _TOKEN.finditer(text, lo, hi)
    if limit:
        found = islice(found, limit)
    return [(m.group(), m.start(), m.end()) for m in found]


_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")  # "al-Omran", "el-Tahir"


def _is_name_token(token: str) -> bool:
    if _PARTICLE_NAME.match(token):
        return True
    # "One", "Some", "The" open sentences with a capital but name no one.
    return token[:1].isupper() and _low(token) not in _DETERMINERS and _low(token) not in NOT_NAMES


def subject_before(text: str, lo: int, verb_start: int) -> Subject | None:
    """The subject standing right before the verb at `verb_start` (looking
    back no further than `lo`), or None when the verb has none next to it:
    a participle after a comma, a second verb after "and", an infinitive."""
    # The subject and its asides stand within a few dozen words of the verb.
    toks = _tokens(text, max(lo, verb_start - _REACH), verb_start)
    verb = _TOKEN.match(text, verb_start)
    if verb is None or not toks:
        return None
    if len(toks) > 2 and _low(toks[-1][0]) in ("that", "which", "who"):
        # "a voter who said", "a letter from the board that said": the
        # relative pronoun is the verb's subject, and means the noun
        # phrase right before it, not the sentence's subject.
        # A document there ("released an ad that urges") is its issuer's
        # unless it says whose it is ("a letter from the board that said").
        head = _np_ending(text, toks, len(toks) - 2)
        words = text[head.start : head.end].split() if head is not None else []
        if head is not None and head.kind == "noun" and not made_thing(words, _AFFILIATION):
            return head
    rel = _open_relative(toks)
    if rel is None and verb_start - lo <= _REACH:
        rel = _open_apposition(toks)
    if rel is not None and rel + 2 < len(toks):
        after = toks[rel + 2][0]  # "Ana Ruiz, who he noted was": "he" is the subject
        rel = None if _low(after) in _PRONOUNS or _is_name_token(after) else rel
    if rel is not None:
        # "Ana Ruiz, who chairs the Union said": the name before the clause,
        # even as an object ("a reply from Ana Ruiz, who said"); past an
        # apposition ("Ana Ruiz, the head of the Union, who said").
        found = _np_ending(text, toks, rel - 1)
        app = _apposition_before(toks, rel)
        if app is not None and _is_name_token(toks[app - 1][0]):
            return Subject(toks[_np_start(toks, app - 1)][1], toks[app - 1][2], "name")
        if (found is None or found.kind == "noun") and _is_name_token(toks[rel - 1][0]):
            return Subject(toks[_np_start(toks, rel - 1)][1], toks[rel - 1][2], "name")
        return found
    if toks[-1][0] == "," and len(toks) > 1:
        if verb.group().lower().endswith("ing"):
            # "Ruiz criticized it, saying": the subject of the verb before.
            prev = toks[-2][0]
            # "Ruiz objected, saying": the verb before; "Vesk is too
            # principled, saying" has an adjective there, not a verb.
            adjective = len(toks) > 2 and _low(toks[-3][0]) in _BE_OR_DEGREE
            if prev.islower() and (_low(prev) in _VERBISH or prev.endswith("ed")) and not adjective:
                return subject_before(text, lo, toks[-2][1])
            # "Ruiz backed Vesk on Monday, saying": the participle goes with
            # the sentence's subject, not with the object before the comma.
            first = main_subject(text, lo, verb_start)
            if first is not None and first.kind in ("name", "pronoun"):
                return first
            return None
        # "Ruiz, a director at the Institute in Bonn, Germany, said": the
        # sentence opens with the subject and its asides.
        first = main_subject(text, lo, verb_start)
        if first is not None and text[first.end : first.end + 1] == ",":
            return first
    gerund = verb.group().lower().endswith("ing")
    if gerund and len(toks) > 2 and _low(toks[-1][0]) == "as":
        agent = _np_ending(text, toks, len(toks) - 2)  # "quoted Ruiz as saying"
        if agent is not None:
            return agent
    found = _np_ending(text, toks, len(toks) - 1, gerund)
    if found is not None and gerund:
        words = text[found.start : found.end].split()
        # "a letter to the mayor": the head stands before the preposition.
        cut = next((n for n, w in enumerate(words) if n and w in _AFFILIATION), len(words))
        head = words[cut - 1].lower()
        if found.kind == "noun" and head in DOC_NOUNS:
            # "X issued a statement saying": who issued it speaks.
            first = main_subject(text, lo, found.start)
            if first is not None and first.kind in ("name", "pronoun", "noun"):
                return first
        k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][1] < found.start), None)
        if k is not None and _low(toks[k][0]) == "with":
            return found  # "..., with Ruiz reportedly yelling": Ruiz
        if k is not None and _low(toks[k][0]) in _SENT_TO and found.kind == "noun":
            # "Ruiz wrote donors saying": who is written to does not
            # say it; the participle is the message's, its sender's words.
            first = main_subject(text, lo, toks[k][1])
            if first is not None and first.kind in ("name", "pronoun", "noun"):
                return first
        prep = _low(toks[k][0]) if k is not None else ""
        if prep in _OBJECT_OF and (found.kind == "noun" or prep not in ("of", "from", "by")):
            # "a note to members saying" (not "a letter from Ana Ruiz saying")
            first = main_subject(text, lo, found.start)
            if first is not None and first.kind in ("name", "pronoun"):
                return first
            return None
    return found


def _open_relative(toks) -> int | None:
    """The index of the comma opening a relative clause (", who ...") that
    runs up to the verb without a closing comma, if any."""
    if toks and toks[-1][0] in (",", *_DASHES):
        return None  # the clause is closed: "X, who ..., said"
    for k in range(len(toks) - 2, max(-1, len(toks) - _MAX_ASIDE), -1):
        if toks[k][0] in (",", *_DASHES):
            return k if k > 0 and _low(toks[k + 1][0]) in ("who", "whose") else None
    return None


def _apposition_before(toks, rel: int) -> int | None:
    """The comma opening an apposition that ends at the comma `rel` ("Ana
    Ruiz, the head of the Union, who"): the words between open with a
    determiner."""
    j = next((k for k in range(rel - 1, max(-1, rel - _MAX_ASIDE), -1) if toks[k][0] == ","), None)
    return j if j and j + 1 < rel and _low(toks[j + 1][0]) in ("the", "a", "an") else None


def _open_apposition(toks) -> int | None:
    """The comma after a name of two or more words opening the sentence when
    an apposition runs from it to the verb without a closing comma ("Ana
    Ruiz, treasurer and founder of the Union wrote"), if so."""
    comma = next((k for k, t in enumerate(toks) if t[0] in (",", *_DASHES)), None)
    if comma is None or comma < 2 or comma + 1 >= len(toks) or comma > 4:
        return None
    if any(t[0] in (",", *_DASHES, ";", ":") for t in toks[comma + 1 :]):
        return None
    nxt = toks[comma + 1][0]
    if not (
        _all_name(toks[:comma])
        and nxt.islower()
        and _low(nxt) not in _FUNCTION
        and _low(nxt) not in _PRONOUNS
    ):
        return None
    return comma


def _np_ending(text: str, toks, i: int, gerund: bool = False) -> Subject | None:
    while i >= 0 and (_low(toks[i][0]) in _BETWEEN or is_adverb(toks[i][0])):
        i -= 1
    if i < 0:
        return None
    tok = toks[i][0]
    if tok in _CONJUNCTIONS or _low(tok) == "to":
        return None
    if tok == ")":
        j = next((k for k in range(i - 1, max(-1, i - 12), -1) if toks[k][0] == "("), None)
        return _np_ending(text, toks, j - 1) if j is not None else None
    if tok == "," or tok in _DASHES:
        j = next(
            (k for k in range(i - 1, max(-1, i - _MAX_ASIDE), -1) if toks[k][0] in (",", *_DASHES)),
            None,
        )
        if j is None:
            # The aside is already behind us ("Ruiz, meanwhile, said"), or
            # there is none: the words before the comma end the subject.
            return _np_ending(text, toks, i - 1)
        if j == 0 or i - j < 2:
            return None
        before = _np_ending(text, toks, j - 1)
        if before is not None and before.kind == "noun" and _all_name(toks[j + 1 : i]):
            # "A spokeswoman for the agency, Rosa Diaz, said": the name.
            return Subject(toks[j + 1][1], toks[i - 1][2], "name")
        return before
    low = _low(tok)
    if low in _PRONOUNS:
        return Subject(toks[i][1], toks[i][2], "pronoun")
    if low in _FUNCTION or not tok[:1].isalnum():
        return None
    kind = "name" if _is_name_token(tok) else "noun"
    if kind == "noun" and not (is_speaker_noun(low) or low in _SHARES):
        return None  # "if they don't pass": no one who could speak
    start = _np_start(toks, i)
    # "Ana Ruiz of the Union said", "a spokeswoman for the agency said": the
    # words before the preposition are the speaker, the rest an affiliation.
    k = start - 1
    if (
        k >= 1
        and _low(toks[k][0]) in _AFFILIATION
        and not _titled_name(toks, start, i)
        and not (gerund and _low(toks[k][0]) == "with")  # "with Ruiz yelling"
    ):
        head = _np_ending(text, toks, k - 1)
        if head is None:
            return None  # "... in Ohio said": a place, not the speaker
        if head.kind == "name" and head.start == toks[k - 1][1] and _low(toks[k - 1][0]) in TITLES:
            # "Secretary of State Ana Ruiz said": a title of a name, no affiliation.
            return Subject(head.start, toks[i][2], "name")
        if head.kind == "name":
            return head
        if head.kind == "noun":
            return Subject(head.start, toks[i][2], "noun")
    if kind == "name" and k >= 1 and toks[k][0] == "and" and _is_name_token(toks[k - 1][0]):
        # "Ana Ruiz and Ivo Brask wrote": both speak.
        start = _np_start(toks, k - 1)
    return Subject(toks[start][1], toks[i][2], kind)


def _titled_name(toks, start: int, end: int) -> bool:
    """Whether tokens `start..end` end in a person's name after a lower-case
    description ("organizing director Ana Ruiz"): a speaker on its own, so a
    preposition before it ("Save the Ponds field director ...") belongs
    to the description, not to an affiliation."""
    names = 0
    k = end
    while k >= start and _is_name_token(toks[k][0]):
        names += 1
        k -= 1
    return (
        names >= 2
        and k >= start
        and toks[k][0].islower()
        and _low(toks[k][0]) not in _DETERMINERS
        and _low(toks[k][0]) not in _FUNCTION
    )


def _all_name(toks) -> bool:
    """Whether the tokens are one name: capitalized words and initials."""
    return 0 < len(toks) <= 5 and all(
        _is_name_token(t) or _low(t) in ("de", "van", "von", "al", "bin") for t, _, _ in toks
    )


def _np_start(toks, i: int) -> int:
    """Where the noun phrase ending at token `i` starts: back over names,
    modifiers and possessives, to a determiner (kept), at most six words."""
    start = i
    floor = max(0, i - 6)
    while start > floor:
        prev = toks[start - 1][0]
        low = _low(prev)
        if not prev[:1].isalnum() or low in _PRONOUNS:
            break
        if low in _DETERMINERS:
            start -= 1
            break
        if low in _FUNCTION or (prev.islower() and (low in _VERBISH or low.endswith("ed"))):
            break
        start -= 1
    return start


def main_subject(text: str, s: int, hi: int) -> Subject | None:
    """The subject of the sentence starting at `s` (the clause before `hi`):
    its first noun phrase after a dateline ("CITY (Agency) -"), leading
    conjunctions and an introductory phrase ("In Ohio, ...", "Hours later,
    ..."), with the descriptors before a name ("party chair Ana Ruiz")."""
    toks = _tokens(text, s, hi, 48)  # intro, subject, apposition: the first words
    # A dateline: "CITY, Nov. 8 (Agency) -- ..."
    dash = next((k for k in range(min(len(toks), 10)) if toks[k][0] in _DASHES), None)
    # A dateline opens with a place in capitals or names its agency in
    # parentheses; "Ana Ruiz -- a nurse -- said" opens with its subject.
    dateline = dash is not None and (
        toks[0][0].isupper() or any(t == "(" for t, _, _ in toks[:dash])
    )
    i = dash + 1 if dateline else 0
    while i < len(toks) and _low(toks[i][0]) in LEADERS:
        i += 1
    if i < len(toks) and toks[i][0] == ",":
        i += 1
    while True:  # "Outside the hall, as the crowd thinned, ..."
        comma = next((k for k in range(i, min(len(toks), i + 28)) if toks[k][0] == ","), None)
        if comma is None or not introductory(toks[i:comma]):
            break
        i = comma + 1
        # "At a rally in Lindvale, Ohio, Ruiz said": the place goes on.
        nxt = next((k for k in range(i, min(len(toks), i + 4)) if toks[k][0] == ","), None)
        if (
            nxt is not None
            and _is_name_token(toks[comma - 1][0])
            and _all_name(toks[i:nxt])
            and nxt + 1 < len(toks)
            and toks[nxt + 1][0][:1].isalnum()
        ):
            i = nxt + 1
    # A common word capitalized as the sentence's first ("Nuclear experts
    # said") is no name when the article writes it in lower case too.
    common = i < len(toks) and not text[s : toks[i][1]].strip() and written_lower(text, toks[i][0])

    def named(k: int) -> bool:
        return _is_name_token(toks[k][0]) and not (common and k == i)

    end = i
    while end < len(toks) and end - i < 8:
        tok = toks[end][0]
        low = _low(tok)
        if end > i and tok.islower() and named(end - 1):
            # "The Ohio senator": after an article, a name modifies the noun.
            modifier = _low(toks[i][0]) in ("the", "a", "an") and is_speaker_noun(low)
            if not modifier and not _descriptor_run(toks, end):
                break
        elif (
            not tok[:1].isalnum()
            or (tok.islower() and low in _VERBISH and not _after_article(toks, end, i))
            or low in _PRONOUNS
        ):
            break
        elif low in _FUNCTION and low not in _PARTICLES:
            break
        end += 1
    if end == i:
        if i < len(toks) and _low(toks[i][0]) in _PRONOUNS:
            return Subject(toks[i][1], toks[i][2], "pronoun")
        return None
    if end == i + 1 and _low(toks[i][0]) in _QUANTIFIERS:
        return Subject(toks[i][1], toks[i][2], "noun")  # "Another said", "Most said"
    if _titled_name(toks, i, end - 1):
        # "Former secretary of state Nora Fell": a title, then the person.
        return Subject(toks[i][1], toks[end - 1][2], "name")
    phrase_end = end  # where the words of the phrase stop, at punctuation
    # The head is what comes before "of"/"for": "The leader of the Union".
    head_end = next((k for k in range(i + 1, end) if _low(toks[k][0]) in ("of", "for")), end)
    if not named(head_end - 1):
        # "The ad targets a ...": the noun phrase ends at its last noun.
        particle = head_end < end
        while head_end - 1 > i and not is_speaker_noun(_low(toks[head_end - 1][0])):
            head_end -= 1
        if not particle:
            end = head_end
    last = toks[head_end - 1][0]
    if named(head_end - 1):
        return Subject(toks[i][1], toks[end - 1][2], "name")
    speaker = is_speaker_noun(_low(last)) or _low(last) in _QUANTIFIERS
    # "A spokeswoman for the agency, Rosa Diaz, said": the name after it;
    # after any other phrase only a name in apposition right after it ("The
    # last of the three, Ivo Brask, said").
    comma = next((k for k in range(end, min(len(toks), end + 8)) if toks[k][0] == ","), None)
    if comma is not None and (speaker or comma == phrase_end):
        close = next(
            (k for k in range(comma + 1, min(len(toks), comma + 9)) if toks[k][0] == ","), None
        )
        if close is not None:
            run = close
            while run > comma + 1 and _is_name_token(toks[run - 1][0]):
                run -= 1
            if run < close and (speaker or run == comma + 1) and _all_name(toks[run:close]):
                return Subject(toks[run][1], toks[close - 1][2], "name")
    return Subject(toks[i][1], toks[end - 1][2], "noun") if speaker else None


def _after_article(toks, k: int, i: int) -> bool:
    """Whether token `k` follows "of", "the", "a" inside the phrase opened at
    `i`: "secretary of state" (a noun there, never the verb "state")."""
    return k > i and _low(toks[k - 1][0]) in ("of", "the", "a", "an")


def _descriptor_run(toks, k: int) -> bool:
    """Whether the lower-case words from token `k` (right after a name)
    describe a name or are a description: "Ohio consultant Ana Ruiz",
    "Ruiz's campaign director, ...", not a verb ("Ruiz tipped his cap",
    "Ruiz offered a Vesk-style retort")."""
    ahead = []
    for t, _, _ in toks[k : k + 4]:
        if not t[:1].isalnum() or _low(t) in _DETERMINERS:
            break
        ahead.append(t)
    first_name = next((n for n, t in enumerate(ahead) if _is_name_token(t)), None)
    if first_name:
        # A verb right before the name makes it an object ("Ruiz attacked
        # Vesk"); a descriptor does not ("Ohio consultant Ana Ruiz").
        before = ahead[first_name - 1]
        low = _low(before)
        if first_name >= 2 and _low(ahead[first_name - 2]) in ("of", "the"):
            return True  # "secretary of state Nora Fell": a noun, not a verb
        return not (
            low in _VERBISH
            or (first_name == 1 and low in ("on", "in", "at"))  # "Ruiz on Twitter:"
            or low.endswith("ed")
            or (low.endswith("s") and not is_speaker_noun(low))
        )
    lower = [t for t in ahead if t.islower()]
    # the run ends the phrase at punctuation, on a noun for a person
    return (
        0 < len(lower) == len(ahead) < 4
        and k + len(ahead) < len(toks)
        and toks[k + len(ahead)][0] == ","
        and is_speaker_noun(_low(ahead[-1]))
    )
