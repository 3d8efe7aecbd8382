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

from typing import NamedTuple

from app.core.extract.asides import COMMA_OR_DASH as _COMMA_OR_DASH
from app.core.extract.asides import MAX_ASIDE as _MAX_ASIDE
from app.core.extract.asides import (
    apposition_before,
    contact_clause,
    open_apposition,
    open_relative,
)
from app.core.extract.intro_words import LEADERS, introductory, is_adverb, past_comma
from app.core.extract.intro_words import low_word as _low
from app.core.extract.lexicon import DOC_NOUNS, TITLES
from app.core.extract.name_asides import aside_end, before_aside
from app.core.extract.names import written_lower
from app.core.extract.noun_phrases import (
    AFFILIATION,
    BE_OR_DEGREE,
    BETWEEN,
    CONJUNCTIONS,
    COUNT_WORDS,
    DASHES,
    FUNCTION,
    NOT_HEAD,
    OBJECT_OF,
    PARTICLES,
    PRONOUNS,
    SENT_TO,
    TOKEN,
    VERBISH,
    after_article,
    all_name,
    apposed_name,
    descriptor_run,
    is_name_token,
    np_start,
    object_name,
    owned_head,
    participle_after_noun,
    share_start,
    those_start,
    title_in_run,
    titled_name,
    tokens,
)
from app.core.extract.speaker_nouns import (
    group_adjective,
    is_speaker_noun,
    made_thing,
    people_plural,
)
from app.core.extract.subject_bounds import (
    according_source,
    clause_head,
    clause_start,
    joined_people,
    listed_start,
    past_outlet,
    past_time_opening,
    past_verb,
)

# Words standing for people as a subject: "Another said", "Most said".
_QUANTIFIERS = frozenset("another one others some many most both several few someone".split())
# A share of those polled speaks as a group: "21 percent said", "most said".
_SHARES = frozenset("most percent half majority".split())
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
# What marchers carry or wear that says something: "carrying signs saying".
_CARRIED = frozenset("sign banner placard poster shirt t-shirt".split())
_SOMEONE = frozenset(("someone", "somebody"))  # "someone in the crowd shouted"
# Verbs of thinking and perceiving before "of" + someone doing something.
_PERCEIVING = frozenset("think thinks thought hear hears heard remember remembers recall".split())
_REACH = 300  # characters before a verb that can hold its subject
# Words before a subject that are not part of it: "But", "Meanwhile", and
# "even" ("Even a top aide said"), which opens no introductory phrase.
_LEADERS = LEADERS | {"even"}


class Subject(NamedTuple):
    """Words naming who speaks: `kind` is "name", "pronoun" or "noun"."""

    start: int
    end: int
    kind: str


def subject_before(text: str, lo: int, verb_start: int) -> Subject | None:
    """The subject standing right before the verb at `verb_start` (looking
    back no further than `lo`), or None when the verb has none next to it:
    a participle after a comma, a second verb after "and", an infinitive."""
    # The subject and its asides stand within a few dozen words of the verb.
    toks = tokens(text, max(lo, verb_start - _REACH), verb_start)
    verb = TOKEN.match(text, verb_start)
    if verb is None or not toks:
        return None
    if not text[lo : toks[0][1]].strip() and (k := those_start(toks)) is not None:
        return Subject(toks[k][1], toks[-1][2], "noun")  # "Those close to Ruiz said"
    if len(toks) > 2 and _low(toks[-1][0]) in ("that", "which", "who"):
        # "a voter who said", "a letter from the board that said": the
        # relative pronoun is the verb's subject, and means the noun
        # phrase right before it, not the sentence's subject.
        # A document there ("released an ad that urges") is its issuer's
        # unless it says whose it is ("a letter from the board that said").
        head = _np_ending(text, toks, len(toks) - 2)
        words = text[head.start : head.end].split() if head is not None else []
        if head is not None and head.kind == "noun" and not made_thing(words, AFFILIATION):
            return head
    rel = open_relative(toks)
    if rel is None and verb_start - lo <= _REACH:
        rel = open_apposition(toks)
    if rel is not None and rel + 2 < len(toks):
        after = toks[rel + 2][0]  # "Ana Ruiz, who he noted was": "he" is the subject
        rel = None if _low(after) in PRONOUNS or is_name_token(after) else rel
    contact = contact_clause(toks, rel) if rel is not None else None
    if contact is not None:  # "Tomas Roe, a man Ana Ruiz calls": Ruiz
        k, end = contact
        kind = "pronoun" if _low(toks[k][0]) in PRONOUNS else "name"
        return Subject(toks[k][1], toks[end - 1][2], kind)
    if rel is not None:
        # "Ana Ruiz, who chairs the Union said": the name before the clause,
        # even as an object ("a reply from Ana Ruiz, who said"); past an
        # apposition ("Ana Ruiz, the head of the Union, who said").
        found = _np_ending(text, toks, rel - 1)
        app = apposition_before(toks, rel)
        if app is not None and is_name_token(toks[app - 1][0]):
            return Subject(toks[np_start(toks, app - 1)][1], toks[app - 1][2], "name")
        if (found is None or found.kind == "noun") and is_name_token(toks[rel - 1][0]):
            return Subject(toks[np_start(toks, rel - 1)][1], toks[rel - 1][2], "name")
        source = according_source(toks, rel) if found is None else None
        if source is not None:  # "..., according to one aide, who called it"
            return Subject(toks[source][1], toks[rel - 1][2], "noun")
        return found
    if toks[-1][0] == "," and len(toks) > 1:
        if verb.group().lower().endswith("ing"):
            # "Ruiz criticized it, saying": the subject of the verb before.
            prev = toks[-2][0]
            # "Ruiz objected, saying": the verb before; "Vesk is too
            # principled, saying" has an adjective there, not a verb.
            adjective = len(toks) > 2 and _low(toks[-3][0]) in BE_OR_DEGREE
            if prev.islower() and (_low(prev) in VERBISH or prev.endswith("ed")) and not adjective:
                return subject_before(text, lo, toks[-2][1])
            # "Ruiz backed Vesk on Monday, saying": the participle goes with
            # the sentence's subject, not with the object before the comma.
            first = main_subject(text, lo, verb_start)
            if first is not None and first.kind in ("name", "pronoun", "noun"):
                return first
            return None
        # "Ruiz, a director at the Institute in Bonn, Germany, said": the
        # sentence opens with the subject and its asides.
        first = main_subject(text, lo, verb_start)
        if first is not None and text.startswith(",", aside_end(text, first.end)):
            return first
    gerund = verb.group().lower().endswith("ing")
    if gerund:
        agent = _with_agent(toks)
        if agent is not None:
            return agent
    if gerund and len(toks) > 2 and _low(toks[-1][0]) == "as":
        agent = _np_ending(text, toks, len(toks) - 2)  # "quoted Ruiz as saying"
        if agent is not None:
            return agent
    found = _np_ending(text, toks, len(toks) - 1, gerund)
    if found is not None and gerund:
        words = text[found.start : found.end].split()
        # "a letter to the mayor": the head stands before the preposition.
        cut = next((n for n, w in enumerate(words) if n and w in AFFILIATION), len(words))
        head = words[cut - 1].lower()
        carried = head.rstrip("s") in _CARRIED
        if (found.kind == "noun" and head.removesuffix("s") in DOC_NOUNS) or carried:
            # "X issued a statement saying", "X marched, carrying signs
            # saying": who issued or carries it speaks; a sign never does
            # (the one of its own clause: "A led, and B ran ads calling").
            at = text.rfind(words[cut - 1], found.start, found.end)  # the head's own start
            first = main_subject(text, clause_start(text, lo, at), at) or main_subject(text, lo, at)
            if first is not None and first.kind in ("name", "pronoun", "noun"):
                return first
            if carried:
                return None
        k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][1] < found.start), None)
        if k is not None and _low(toks[k][0]) == "with":
            return found  # "..., with Ruiz reportedly yelling": Ruiz
        if k is not None and _low(toks[k][0]) in SENT_TO and found.kind == "noun":
            # "Ruiz wrote donors saying": who is written to does not
            # say it; the participle is the message's, its sender's words.
            first = main_subject(text, lo, toks[k][1])
            if first is not None and first.kind in ("name", "pronoun", "noun"):
                return first
        prep = _low(toks[k][0]) if k is not None else ""
        if prep in OBJECT_OF and (found.kind == "noun" or prep not in ("of", "from", "by")):
            # "a note to members saying" (not "a letter from Ana Ruiz saying")
            first = main_subject(text, lo, found.start)
            if first is not None and first.kind in ("name", "pronoun"):
                return first
            return None
    return found


def _np_ending(text: str, toks, i: int, gerund: bool = False) -> Subject | None:
    # (Adverbs, a day and "each" between the phrase and the verb: "The board
    # Monday said", "released a statement Wednesday saying", "X and Y each said".)
    day = False
    while i >= 0 and (
        _low(toks[i][0]) in BETWEEN
        or is_adverb(toks[i][0])
        or _low(toks[i][0]) in _DAYS
        or (i > 0 and _low(toks[i][0]) == "each")
    ):
        day = day or _low(toks[i][0]) in _DAYS
        i -= 1
    if day and i >= 1 and participle_after_noun(toks, i):
        i -= 1  # "the order released Friday said": the order
    if i < 0:
        return None
    tok = toks[i][0]
    if tok in CONJUNCTIONS or _low(tok) == "to":
        return None
    if tok == ")":
        j = next((k for k in range(i - 1, max(-1, i - 12), -1) if toks[k][0] == "("), None)
        return _np_ending(text, toks, j - 1) if j is not None else None
    if tok == "," or tok in DASHES:
        j = next(
            (k for k in range(i - 1, max(-1, i - _MAX_ASIDE), -1) if toks[k][0] in _COMMA_OR_DASH),
            None,
        )
        if j is None:
            # The aside is already behind us ("Ruiz, meanwhile, said"), or
            # there is none: the words before the comma end the subject.
            return _np_ending(text, toks, i - 1)
        if j == 0 or i - j < 2:
            return None
        before = _np_ending(text, toks, j - 1)
        if before is not None and before.kind == "noun" and all_name(toks[j + 1 : i]):
            # "A spokeswoman for the agency, Rosa Diaz, said": the name.
            return Subject(toks[j + 1][1], toks[i - 1][2], "name")
        return before
    low = _low(tok)
    if low in PRONOUNS:
        return Subject(toks[i][1], toks[i][2], "pronoun")
    if low in FUNCTION or not tok[:1].isalnum():
        return None
    kind = "name" if is_name_token(tok) else "noun"
    share = share_start(toks, i)
    if share is not None:
        return Subject(toks[share][1], toks[i][2], "noun")  # "six in 10 (voters)"
    percent = tok[:1].isdigit() and text[toks[i][2] : toks[i][2] + 1] == "%"  # "31%"
    if kind == "noun" and not (
        is_speaker_noun(low) or low in _SHARES or low in _SOMEONE or percent or people_plural(tok)
    ):
        return None  # "if they don't pass": no one who could speak
    start = np_start(toks, i)
    if kind == "name" and clause_head(toks, i) is not None:
        return _people_before(text, toks, i)  # "Voters backing Vesk said", "voters who back Vesk"
    # "teachers and librarians said", "Ana Ruiz and Ivo Brask wrote", "Ana
    # Ruiz and nurses said": all speak; "Ruiz of the Institute for Tides and
    # Safety wrote": one name, an affiliation.
    start, kind = joined_people(toks, start, i, kind)
    start = listed_start(toks, start, i, kind)  # "Students, parents and lecturers said"
    k = start - 1
    # "Ana Ruiz of the Union said", "a spokeswoman for the agency said": the
    # words before the preposition are the speaker, the rest an affiliation.
    if (
        k >= 1
        and _low(toks[k][0]) in AFFILIATION
        and not titled_name(toks, start, i)
        and not (gerund and _low(toks[k][0]) == "with")  # "with Ruiz yelling"
    ):
        if _low(toks[k][0]) == "of" and _low(toks[k - 1][0]) in COUNT_WORDS and kind == "noun":
            # "dozens of nurses said", "a handful of voters said": the people counted.
            return Subject(toks[np_start(toks, k - 1)][1], toks[i][2], "noun")
        head = _np_ending(text, toks, k - 1)
        if (
            head is None
            and gerund
            and kind == "name"
            and _low(toks[k][0]) in ("of", "by")
            and (_low(toks[k - 1][0]) in _PERCEIVING or toks[k - 1][0].endswith("ed"))
        ):
            # "think of Ana Ruiz saying", "stunned by Ruiz saying": a verb
            # before the preposition; the name is who is saying it.
            return Subject(toks[start][1], toks[i][2], kind)
        if head is None:
            return None  # "... in Ohio said": a place, not the speaker
        if head.kind == "name" and head.start == toks[k - 1][1] and _low(toks[k - 1][0]) in TITLES:
            # "Secretary of State Ana Ruiz said": a title of a name, no affiliation.
            return Subject(head.start, toks[i][2], "name")
        if head.kind == "name":
            # "The Council on Tides Executive Director Ana Ruiz said": the
            # preposition is inside the name before her title; she speaks.
            return (
                Subject(toks[start][1], toks[i][2], "name")
                if title_in_run(toks, start, i)
                else head
            )
        if head.kind == "noun":
            return Subject(head.start, toks[i][2], "noun")
    return Subject(toks[start][1], toks[i][2], kind)


def _people_before(text: str, toks, i: int) -> Subject | None:
    """The people the clause holding the name at `i` is about
    (`clause_head`): a noun phrase, even capitalized opening the sentence."""
    found = _np_ending(text, toks, clause_head(toks, i))
    return found._replace(kind="noun") if found is not None else None


def main_subject(text: str, s: int, hi: int) -> Subject | None:
    """The subject of the sentence starting at `s` (the clause before `hi`):
    its first noun phrase after a dateline ("CITY (Agency) -"), leading
    conjunctions and an introductory phrase ("In Ohio, ...", "Hours later,
    ..."), with the descriptors before a name ("party chair Ana Ruiz")."""
    toks = tokens(text, s, hi, 48)  # intro, subject, apposition: the first words
    # A dateline: "CITY, Nov. 8 (Agency) -- ..." (a dash read for only where one stands)
    n = min(len(toks), 10)
    opening = text[s : toks[n - 1][2]] if n else ""
    found = "\u2014" in opening or "\u2013" in opening or "--" in opening
    dash = next((k for k in range(n) if toks[k][0] in DASHES), None) if found else None
    # A dateline opens with a place in capitals or names its agency in
    # parentheses; "Ana Ruiz -- a nurse -- said" opens with its subject.
    dateline = dash is not None and (
        toks[0][0].isupper() or any(t == "(" for t, _, _ in toks[:dash])
    )
    # A form's label ("Name: Ana Ruiz Age: 31 ..."): the name it gives, up to the next label.
    form = (
        len(toks) > 3 and toks[1][0] == ":" and toks[0][0].istitle() and is_name_token(toks[2][0])
    )
    i = 2 if form else dash + 1 if dateline else 0
    while i < len(toks) and _low(toks[i][0]) in _LEADERS:
        i += 1
    if i < len(toks) and toks[i][0] == ",":
        i += 1
    while True:  # "Outside the hall, as the crowd thinned, ..."
        comma = next((k for k in range(i, min(len(toks), i + 28)) if toks[k][0] == ","), None)
        # (A relative clause after an introductory phrase goes with it: "In
        # rejecting the bid, which was filed late, the board ...".)
        relative = i > 0 and i < len(toks) and _low(toks[i][0]) in ("which", "where", "whose")
        if comma is None or not (relative or introductory(toks[i:comma])):
            break
        i = past_comma(toks, comma)
        # "At a rally in Lindvale, Ohio, Ruiz said": the place goes on.
        nxt = next((k for k in range(i, min(len(toks), i + 4)) if toks[k][0] == ","), None)
        if (
            nxt is not None
            and is_name_token(toks[comma - 1][0])
            and all_name(toks[i:nxt])
            and nxt + 1 < len(toks)
            and toks[nxt + 1][0][:1].isalnum()
        ):
            i = nxt + 1
        i = past_outlet(toks, comma, i)
    i = past_time_opening(toks, i)  # "within weeks the union had ..."
    while i < len(toks) and toks[i][0].islower() and toks[i][0] in _LEADERS:
        i += 1  # "In Ohio, even a top aide said"
    if i + 2 < len(toks) and _low(toks[i][0]) in COUNT_WORDS and _low(toks[i + 1][0]) == "of":
        # "Dozens of nurses marched ..., chanting": the people counted.
        ahead = range(i + 2, min(len(toks), i + 6))
        j = next((k for k in ahead if is_speaker_noun(_low(toks[k][0]))), None)
        if j is not None:
            return Subject(toks[i][1], toks[j][2], "noun")
    # A common word capitalized as the sentence's first ("Nuclear experts
    # said") is no name when the article writes it in lower case too.
    # So is one before a plural speaker noun ("Legal observers"), or "Programs for".
    common = i < len(toks) and not text[s : toks[i][1]].strip()
    common = common and (written_lower(text, toks[i][0]) or group_adjective(toks, i, text))

    def named(k: int) -> bool:
        return is_name_token(toks[k][0]) and not (common and k == i)

    end = i
    owned_at = len(toks)  # the head noun a name's possessive leads to
    while end < len(toks) and end - i < 8:
        tok = toks[end][0]
        low = _low(tok)
        if form and end + 1 < len(toks) and toks[end + 1][0] == ":":
            break
        if end > owned_at and tok.islower() and not is_speaker_noun(low):
            break  # "Vesk's new aide rallied ...": the phrase ends at its head
        if end > i and tok.islower() and named(end - 1):
            # "The Ohio senator", "The Harbor Party's presidential candidate":
            # after an article, a name modifies the noun; "Vesk's campaign",
            # "Vesk's first two callers": a name's possession, the head noun
            # after it (within three words).
            article = _low(toks[i][0]) in ("the", "a", "an")
            head = (
                owned_head(toks, end)
                if article or toks[end - 1][0].endswith(("'s", "\u2019s"))
                else 0
            )
            if head and not is_speaker_noun(low):
                owned_at = head
            if not head and not descriptor_run(toks, end):
                break
        elif (
            not tok[:1].isalnum()
            or (tok.islower() and low in VERBISH and not after_article(toks, end, i))
            or low in PRONOUNS
        ):
            break
        elif low in FUNCTION and low not in PARTICLES:
            break
        elif end > i and past_verb(toks, end):
            break  # "The group filed a suit demanding": the group
        elif object_name(toks, i, end, named):
            break
        end += 1
    if end == i:
        if i < len(toks) and _low(toks[i][0]) in PRONOUNS:
            return Subject(toks[i][1], toks[i][2], "pronoun")
        return None
    if end == i + 1 and _low(toks[i][0]) in _QUANTIFIERS:
        return Subject(toks[i][1], toks[i][2], "noun")  # "Another said", "Most said"
    if titled_name(toks, i, end - 1):
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
        owned = last.endswith(("'s", "\u2019s")) and apposed_name(toks, head_end)
        if owned:  # "Vesk's successor, Ivo Brask, said": the name set off
            return Subject(toks[owned[0]][1], toks[owned[1] - 1][2], "name")
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
            run = close = before_aside(toks, comma + 1, close)  # "Sen. Ana Ruiz (D-Ohio),"
            while run > comma + 1 and is_name_token(toks[run - 1][0]):
                run -= 1
            if run < close and (speaker or run == comma + 1) and all_name(toks[run:close]):
                return Subject(toks[run][1], toks[close - 1][2], "name")
    if (
        speaker
        and phrase_end + 1 < len(toks)
        and _low(toks[phrase_end][0]) == "the"
        and _low(last) not in DOC_NOUNS
    ):
        # "the civil rights group the Quillon League denounced": the name in
        # apposition right after the description (not "the report the
        # Union released", a clause about a document).
        run = phrase_end + 1
        while run < len(toks) and is_name_token(toks[run][0]):
            run += 1
        if run > phrase_end + 1 and all_name(toks[phrase_end + 1 : run]):
            return Subject(toks[phrase_end + 1][1], toks[run - 1][2], "name")
    return Subject(toks[i][1], toks[end - 1][2], "noun") if speaker else None


def _with_agent(toks) -> Subject | None:
    """The noun phrase of an absolute "with" clause (after a comma or a
    dash) right before a participle ("..., with many walkers singing"):
    its subject, whatever noun heads it, no verb or punctuation between."""
    w = next(
        (k for k in range(len(toks) - 1, max(0, len(toks) - 9), -1) if _low(toks[k][0]) == "with"),
        0,
    )
    words = toks[w + 1 :] if w and not toks[w - 1][0][:1].isalnum() else []
    while words and (_low(words[-1][0]) in BETWEEN or is_adverb(words[-1][0])):
        words = words[:-1]  # "with Ruiz reportedly yelling"
    start = 1 if words and _low(words[0][0]) in ("the", "a", "an") else 0
    if start >= len(words) or _low(words[-1][0]) in NOT_HEAD:
        return None
    if any(
        not t[:1].isalnum() or (_low(t) in VERBISH and not after_article(words, n, 0))
        for n, (t, _, _) in enumerate(words)
    ):
        return None
    kind = "name" if is_name_token(words[-1][0]) else "noun"
    return Subject(words[start][1], words[-1][2], kind)
