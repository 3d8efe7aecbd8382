"""Names for a "the <noun>" that the article gave in a form `fact_names`
does not read: "a poll by the Velmar Institute", "a letter from the
Quillon Committee", "Velmar's poll", "a Velmar/Quarrow poll". A fact
that `fact_phrases` would hold back for such a "the poll" is cited with
the name in brackets, the journalist's way: "[The Velmar Institute poll]
found ...". The span still points at the source's own words.

Precision first, a wrong bracket being worse than a lost fact: the noun
is named so once before the fact, by one name only; the article spoke of
no "the <noun>" before naming it (its running one would be another), nor
of "a <noun>" or "another <noun>" after (which might be the one meant);
and the words before the noun in the fact ("the new poll") are words the
naming used too.
"""

from __future__ import annotations

import re

from app.core.extract.fact_described import STRIP
from app.core.extract.fact_lexicon import PLACE_BODIES, RECORD_NOUNS
from app.core.extract.fact_names import broken, named_before
from app.core.extract.fact_phrases import _CONTESTS as CONTESTS
from app.core.extract.fact_phrases import (
    _TALLY,
    ARTICLES,
    CALENDAR,
    NP_ENDS,
    VERBISH,
    _bare_np,
    _decided,
    _in_lead,
    _place_before,
    is_verb,
    names_in,
    plain,
)
from app.core.extract.fact_phrases import _THE as THE
from app.core.extract.lexicon import TITLES

Edit = tuple[int, int, str]  # (source offset, characters replaced, what is shown)

# A name's word: capitalized, maybe joined by a slash ("Velmar/Quarrow").
_WORD = r"[A-Z][\w'\u2019.&-]*(?:/[A-Z][\w'\u2019.&-]*)*"
# A name of several words, with the small words names hold ("Institute of
# Velmar Studies", "Velmar and Quarrow").
_NAME = rf"{_WORD}(?: (?:of |and |for |the )*{_WORD})*"
# Before the noun: "a (new) Velmar/Quarrow (telephone) poll", "Velmar's poll".
_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:(?P<det>[Tt]he|[Aa]n?) (?P<adj>(?:[a-z-]+ ){{0,2}})(?P<name>{_NAME}) "
    rf"(?P<mod>(?:[a-z-]+ )?)|(?P<owner>{_NAME})['\u2019]s (?P<mod2>(?:[a-z-]+ )?))$"
)
# After the noun: "a poll by the Velmar Institute", "a letter from Quillon's
# committee" (no: a name must follow), "a poll, released by Velmar Group,".
_AFTER = re.compile(
    rf"(?:,? (?:(?:conducted|released|commissioned|sponsored|written|sent|signed|issued)"
    rf"(?: [a-z]+){{0,3}} )?(?:by|from) (?:the )?(?P<name>{_NAME}))"
)
# A name right after the noun: "the maker Velmar.", "a company called
# Velmar Group". (Not one set off by a comma, nor one before the noun,
# "Velmar Group, a private company": such a name is as often a clause's
# subject, or the noun another thing's.)
_CALLED = re.compile(
    rf" (?:called |named |known as )(?P<name>{_NAME})|(?: (?P<next>{_NAME}))(?=[,.;:)]|\s*$"
    r"| (?:that|which|who|is|was|has|had|will|would)\b)"
)
# Determiners of a mention that may be another one ("a poll", "another poll").
_OTHER = re.compile(
    r"(?:^|[^\w])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ee]arlier|[Pp]revious) (?:[a-z-]+ )*$"
)
_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he (?:[a-z-]+ )*$")
_BACK = 90  # characters read before a mention
# Words of a name that are no name: a sentence's first word, a month.
_NOT_NAMES = frozenset("The A An In On At For By From After Before When While As".split())


def antecedent_edits(text: str, start: int, tokens: list[str], k: int) -> list[Edit] | None:
    """The edits that name every bare "the <noun>" of the sentence at
    `start` (split at spaces: `tokens`, its subject at word `k`), as
    `fact_phrases.bare_noun_edits` does, reading the names it does not
    read too; None when one still cannot be named."""
    edits: list[Edit] = []
    places = iter(m.start() for m in THE.finditer(text, start, start + len(" ".join(tokens)) + 200))
    for i, t in enumerate(tokens):
        if t not in ARTICLES:
            continue
        at = next(places)
        if i + 1 >= len(tokens):
            continue
        np = _bare_np(tokens, i, i >= k)
        if np is None:
            continue
        noun, last = np
        if i == k and (noun in PLACE_BODIES or (i and names_in(text, tokens[1:i]))):
            continue  # (as `bare_noun_edits`: the place or body the story is about)
        after = tokens[last + 1].strip(STRIP).lower() if last + 1 < len(tokens) else ""
        if (
            i
            and tokens[i - 1][-1] == ","
            and names_in(text, tokens[i - 1 : i])
            and not (tokens[last][-1].isalpha() and (is_verb(after) or after in VERBISH))
        ):
            continue  # an appositive to a name
        phrase_end = text.find(tokens[last], at) + len(tokens[last].rstrip(STRIP))
        words = text[at:phrase_end]
        if words.endswith(("'s", "\u2019s")):
            words, phrase_end = words[:-2], phrase_end - 2
        if (
            noun in RECORD_NOUNS
            and _decided(tokens, i, last, k)
            and (noun in CONTESTS or _TALLY.search(" ".join(tokens)) or _in_lead(text, noun, at))
        ):
            continue  # the record the story is about, decided in the sentence
        by = _AFTER.match(text, phrase_end)
        if by and _usable(by.group("name")):
            continue  # "the poll by the Velmar Institute": the sentence names it
        found = named_before(text, at, words, start)
        if found is None:
            if noun in PLACE_BODIES and _place_before(text, tokens[:i]):
                continue
            named = _named_otherwise(text, start, words)
            if named is None:
                return None
        else:
            named, where = found
            if where >= start:
                continue
        if at == start:
            named = named[0].upper() + named[1:]
        edits.append((at, phrase_end - at, f"[{named}]"))
    return edits


def _named_otherwise(text: str, start: int, words: str) -> str | None:
    """The one name the article gives before `start` to what `words` ("the
    poll", "the new poll") stands for, in a form `fact_names` does not
    read ("a poll by the Velmar Institute", "Velmar's poll", "a
    Velmar/Quarrow poll"), as cited: "the Velmar Institute poll"; None
    when it gives none, several, or it may mean another."""
    parts = words.split()[1:]
    if not parts:
        return None
    noun, modifiers = parts[-1], parts[:-1]
    if not noun.isalpha() or not noun.islower() or noun in TITLES:
        return None  # (an office's holder is `fact_names`' to name: "Mayor Dana Roe")
    names: dict[str, int] = {}
    first_named = -1
    first_bare = -1
    last_other = -1
    # The first line, the title, may name one that was named otherwise
    # after (both count), but does not name one alone: "Roe Jams
    # Velmar's mainstream".
    title = max(0, text.find("\n"))
    for m in re.finditer(rf"\b{noun}\b(?!-)", text[:start]):
        at = m.start()
        before = text[max(0, at - _BACK) : at]
        if at > 0 and text[at - 1] != " ":
            continue
        name, used = _name_at(text, at, m.end(), before)
        if _goes_on(text, m.end()):
            if name is not None:
                return None  # "Velmar's poll numbers", or "Velmar's poll puts ...": not sure
            continue
        if at < title and name is None:
            continue  # (a title's "the", "a" are loose)
        if name is not None:
            if any(w not in used for w in modifiers) or broken(before):
                return None  # "the April survey" of "a survey by Velmar in March": not sure
            names[name] = at
            if first_named < 0:
                first_named = at
        elif _THE_BEFORE.search(before):
            if first_bare < 0:
                first_bare = at
        elif _OTHER.search(before):
            last_other = at
    if len(names) != 1 or max(names.values()) < title:
        return None
    if 0 <= first_bare < first_named:
        return None  # the article's running "the poll" came first: maybe another one
    if last_other > max(names.values()):
        return None  # "a poll" after the named one: maybe that one
    return next(iter(names))


def _name_at(text: str, at: int, end: int, before: str) -> tuple[str | None, str]:
    """The name the mention of a noun at `at` gives it (its words before
    `end` are `before`), as cited, and the words it is written with."""
    m = _AFTER.match(text, end)
    lead = re.search(r"(?:^|[^\w])(?:[Tt]he|[Aa]n?) ((?:[a-z-]+ )*)$", before)
    if m and lead:
        name = m.group("name").split(". ")[0].rstrip(".,")
        if _usable(name):
            return f"the {name} {text[at:end]}", lead.group(1) + m.group()
    m = _CALLED.match(text, end)
    if m:
        name = m.group("name") or m.group("next")  # "a group called Velmar", "the maker Velmar."
        if _usable(name):
            return name, ""
    m = _BEFORE.search(before)
    if m is None:
        return None, ""
    if m.group("owner"):
        name = m.group("owner")
        if _usable(name) and "/" not in name:
            return f"{name}'s {m.group('mod2')}{text[at:end]}", m.group()
        return None, ""
    name = m.group("name")
    if not _usable(name):
        return None, ""
    # (Without the words before the name: "a surprisingly strong Velmar
    # poll" is cited "the Velmar poll", the writer's judgement left out.)
    return f"the {name} {m.group('mod')}{text[at:end]}", m.group()


def _usable(name: str) -> bool:
    """Whether a run of capitals is a name to cite: within one sentence,
    not a sentence's first word, a day or a month ("In May", "Saturday's"),
    no one's possession ("Roe's")."""
    words = name.split()
    return (
        ". " not in name
        and words[0] not in _NOT_NAMES
        and words[0].lower() not in NP_ENDS
        and len(name) > 1
        and not name.endswith(("'s", "\u2019s", "."))
        and all(plain(w).rstrip(".") not in CALENDAR for w in words)
        and not all(w in _SMALL or w.endswith(_ADJECTIVE_ENDS) for w in words)
    )


# Endings of words that describe rather than name ("Canadian", "Turkish",
# "Democratic", "Japanese"): a run of them alone names no one thing.
_ADJECTIVE_ENDS = ("an", "ish", "ese", "ic", "i")
_SMALL = frozenset(("of", "and", "for", "the"))


def _goes_on(text: str, end: int) -> bool:
    """Whether the phrase goes on after a noun ending at `end`, the noun
    describing the one after it: "poll numbers", "mainstream parties"
    ("poll shows", "poll released" end it)."""
    m = re.match(r" ([a-z]+)\b", text[end : end + 30])
    if m is None:
        return False
    word = m.group(1)
    return not (word in NP_ENDS or is_verb(word) or word.endswith("ly"))
