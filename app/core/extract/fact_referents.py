"""Things a fact points to that only the sentences before identify, after
`fact_phrases` has named what it can: "the state" (which one?), "this
approach", "those figures" (which ones?).

- "the state" in a sentence that names no US state is the state the
  article named last before it, or the fact is not offered (`fact_states`);
- "went on to", "80 miles south" (of what?) place an event or a town
  from one told before: the fact is not offered;
- a demonstrative determiner before a noun ("rejected this approach",
  "those figures") points back to what was said before: the fact is not
  offered (a time, "this week", and a pronoun's "those who ..." do not);
  a noun "that" determines ("repeal that act", "in that race") is cited
  with the one name the article gave it before ("[the Velmar Housing
  Act]", "[the 2010 race]"), else the fact is not offered;
- "that year" is dated in brackets with the one year the sentence before
  names ("That year [2010], ..."), else the fact is not offered;
- a time told from an event the sentences before told of ("the next day",
  "two weeks earlier,") with no date of its own: the fact is not offered.
- "the very day", "Vesk chose four.", "Roe hinted at that in ..."
  (`fact_earlier.told_before`): the fact is not offered;
- a "the <modifier> <noun>" the article introduced before with "a", "an"
  or a count ("a new oversight board ... to the oversight board", "in a
  Velmar poll ... The Velmar poll had ..."): the one the sentences before
  told of, with no name a bracket could give; the fact is not offered."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.extract.fact_antecedents import named_as_kin, named_otherwise
from app.core.extract.fact_backrefs import (
    BACK_WATCHED,
    OWNED_ACT_WATCHED,
    country_subject,
    foreign_country,
    owned_act,
    owned_told_noun,
    points_back_by_phrase,
    unnamed_place,
)
from app.core.extract.fact_described import STRIP
from app.core.extract.fact_earlier import named_by_kind, told_before
from app.core.extract.fact_implicit import (
    EPISODE_WATCHED,
    IMPLICIT_WATCHED,
    implicit_object,
    person_episode,
)
from app.core.extract.fact_lexicon import TIME_NOUNS, WORDING_VERBS
from app.core.extract.fact_names import Edit, given_names, named_before, per_text
from app.core.extract.fact_phrases import (
    ARTICLES,
    NP_ENDS,
    THE,
    VERBISH,
    articles_at,
    bare_np,
    is_verb,
    the_starts,
)
from app.core.extract.fact_pointers import (
    EVENT_WATCHED,
    dated_before,
    event_relative_time,
    that_determiners,
)
from app.core.extract.fact_states import state_edits


def referent_edits(
    text: str, start: int, end: int, tokens: list[str], subject: int, done: list[Edit]
) -> list[Edit] | None:
    """The bracketed edits, besides `done`, that name what the fact
    `text[start:end]` (split at spaces: `tokens`, its subject at word
    `subject`) points to, or None when it points to something the sentences
    before identify that cannot be named with confidence."""

    def person(name: str) -> bool:
        return bool(given_names(text, name))

    # (A rule that holds for no sentence without one of its words is asked
    # only when one is there: its words among the sentence's, found once.)
    present = _WATCHED.intersection(tokens)
    if (
        (not _DEMONSTRATIVES.isdisjoint(present) and _demonstrative(tokens))
        or told_before(text[start:end], tokens)
        or (not EVENT_WATCHED.isdisjoint(present) and event_relative_time(text[start:end], tokens))
        or (not BACK_WATCHED.isdisjoint(present) and points_back_by_phrase(tokens))
        or owned_told_noun(tokens)
        or (not OWNED_ACT_WATCHED.isdisjoint(present) and owned_act(tokens))
        or foreign_country(text, start, end)
        or (not IMPLICIT_WATCHED.isdisjoint(present) and implicit_object(tokens))
        or (not EPISODE_WATCHED.isdisjoint(present) and person_episode(tokens, person))
    ):
        # "Roe rejected this approach", "Roe quit the next day", "Roe cut
        # the budget in response.": which, when, in response to what?
        return None
    if (" on to " in text[start:end] or " miles " in text[start:end]) and _RELATIVE.search(
        text, start, end
    ):
        return None  # "Roe went on to win", "Quillon, 80 miles south, ...": after what? of where?
    country = country_subject(text, start, end, subject)
    if country is None:
        return None  # "The country cut its debt": which, when none or several were named?
    edits = _named_phrases(text, start, tokens, subject, done) + country
    if "that" in tokens:
        named = _that_edits(text, start, end, tokens)
        if named is None:
            return None  # "Roe voted to repeal that measure": which one?
        edits += named
    if " year" in text[start:end]:
        year = _that_year_edits(text, start, tokens)
        if year is None:
            return None  # "That year, Roe raised $5 million": which year?
        edits += year
    sentence = text[start:end]
    covered = {at for at, _, _ in edits + done}
    if introduced_before(text, start, sentence, covered):
        return None  # "a new oversight board ... Roe picks two to the oversight board": which?
    if unnamed_place(text, start, end, covered, person):
        return None  # "The city is seeking $40 million": which city?
    if "state" not in sentence:
        return edits  # (most sentences: one substring test)
    states = state_edits(text, start, sentence, subject, covered)
    return None if states is None else edits + states


# An event placed after one the sentences before told ("went on to win"), a
# place placed from one they named ("80 miles south").
_RELATIVE = re.compile(
    r"\b(?:went|go|goes|going|gone) on to\b|\bmiles (?:(?:north|south|east|west)(?:east|west)?|away)"
    r"\b(?! (?:of|from)\b)"
)


def _named_phrases(
    text: str, start: int, tokens: list[str], subject: int, done: list[Edit]
) -> list[Edit]:
    """Brackets for each "the <noun>" of the sentence that `fact_phrases`
    let stand as the story's own (the place or body it is about, a record
    its vote decides, one an opening phrase or a name nearby places) while
    the article named it before: "the ordinance passed 5-2" is cited
    "[the Velmar housing ordinance] passed 5-2"."""
    if "the" not in tokens and "The" not in tokens:
        return []  # (a sentence without "the": one set test)
    covered = {at for at, _, _ in done}
    # (Where each "the" stands read only once `bare_np` finds a phrase.)
    places: Iterator[int] | None = None
    read, at = 0, -1
    edits: list[Edit] = []
    for n, i in enumerate(articles_at(tokens)):  # (the "the"s, in order: found in C)
        if i + 1 >= len(tokens) or (i and tokens[i - 1][-1] == ","):
            continue  # "Dana Roe, the mayor, ...": an appositive to what comes before
        np = bare_np(tokens, i, i >= subject)
        if np is None:
            continue
        if places is None:
            places = the_starts(text, start, tokens)
        while read <= n:
            at = next(places, -1)
            read += 1
        if at < 0 or at in covered:
            continue
        noun, last = np
        phrase_end = text.find(tokens[last], at) + len(tokens[last].rstrip(STRIP))
        words = text[at:phrase_end]
        if words.endswith(("'s", "\u2019s")):
            words, phrase_end = words[:-2], phrase_end - 2
        found = (
            named_before(text, at, words, start)
            or named_as_kin(text, at, words, start)
            or named_by_kind(text, at, words, start)
        )
        if found is None or found[1] >= start:
            continue
        named = found[0]
        if at == start:
            named = named[0].upper() + named[1:]
        if (
            named.lower().removeprefix("the ")
            in text[start : start + len(" ".join(tokens))].lower()
        ):
            continue  # the sentence names it itself
        edits.append((at, phrase_end - at, f"[{named}]"))
    return edits


# Where each standalone "that" of a sentence stands.
_THAT = re.compile(r"(?<!\S)that(?!\S)")


def _that_edits(text: str, start: int, end: int, tokens: list[str]) -> list[Edit] | None:
    """Brackets naming each noun a "that" determines ("repeal that
    measure", "since that race,": `that_determiners`) by the one name the
    article gave it before: "repeal [the Velmar Housing Act]", "since
    [the 2010 race],"; None when one is named by none, or by several."""
    found = that_determiners(tokens)
    if not found:
        return []
    places = [m.start() for m in _THAT.finditer(text, start, end)]
    thats = [j for j, t in enumerate(tokens) if t == "that"]
    edits: list[Edit] = []
    for i in found:
        at = places[thats.index(i)]
        noun = tokens[i + 1].rstrip(",.;:")
        name = _named_thing(text, at, noun, start)
        if name is None:
            return None
        edits.append((at, len("that ") + len(noun), f"[{name}]"))
    return edits


def _named_thing(text: str, at: int, noun: str, start: int) -> str | None:
    """The one name the article gives before `start` to a `noun` ("the
    Velmar Housing Act", "a poll by the Velmar Institute", "the 2010
    race"), as cited; None when it gives none or several."""
    words = "the " + noun
    found = named_before(text, at, words, start)
    names = set()
    if found is not None and found[1] < start:
        names.add(found[0])
    elif found is None:
        other = named_otherwise(text, start, words)
        if other is not None:
            names.add(other)
    names |= _year_namings(text, noun, start)
    return names.pop() if len(names) == 1 else None


def _year_namings(text: str, noun: str, start: int) -> set[str]:
    """How the article names a `noun` by its year before `start` ("the
    2010 race", "a 2014 report"), as cited ("the 2010 race"): none when
    the noun is spoken of after the last such naming otherwise than as
    "the <noun>" or "that <noun>" (another one, maybe)."""
    if noun not in text[:start]:
        return set()
    found = {}
    for m in re.finditer(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) ((?:19|20)\d\d) ((?:[a-z-]+ )?){noun}\b",
        text[:start],
    ):
        found[f"the {m.group(1)} {m.group(2)}{noun}"] = m.end()
    if not found:
        return set()
    last = max(found.values())
    for m in re.finditer(rf"\b{noun}\b", text[last:start]):
        before = text[max(last, last + m.start() - 5) : last + m.start()]
        if not before.endswith(("the ", "that ")):
            return set()
    return set(found)


# A year as written: "2010".
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _that_year_edits(text: str, start: int, tokens: list[str]) -> list[Edit] | None:
    """The bracket that dates "that year" ("That year, Roe raised ...") with
    the one year the sentence before names: "That year [2010], ..."; none
    when the sentence dates itself before it; None when the sentence
    before names no year, or several."""
    edits: list[Edit] = []
    at = start
    for i in range(len(tokens) - 1):
        if tokens[i] not in ("that", "That") or tokens[i + 1].rstrip(",.;:") != "year":
            continue
        at = text.find(tokens[i] + " year", at)
        if dated_before(tokens[:i]):
            continue  # "In May 2010 ... later that year": the sentence says
        years = set(_YEAR.findall(text, _sentence_before(text, start), start))
        if len(years) != 1:
            return None
        edits.append((at + len(tokens[i]) + len(" year"), 0, f" [{years.pop()}]"))
    return edits


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one at `start` starts (a stop and a
    space, or a line break, before it)."""
    end = len(text[:start].rstrip())  # (past the blank before it, to its stop)
    lo = max(0, end - 600)
    stop = max(text.rfind(". ", lo, end - 1), text.rfind("\n", lo, end - 1))
    return stop + 1 if stop >= 0 else lo


# Words after a demonstrative that make it no determiner of a noun the
# sentences before named: a relative or a preposition ("those who", "those
# in Quillon"), a verb ("this is"), a number.
_NOT_A_NOUN = frozenset(
    """
    who whom that which whose in of with at on for from by to is are was were has have had will
    would can could may might do does did and or but as than
    """.split()
)
_DEMONSTRATIVES = frozenset(("this", "these", "those"))
# The words of `referent_edits`' rules that hold for no sentence without one.
_WATCHED = _DEMONSTRATIVES | EVENT_WATCHED | BACK_WATCHED | OWNED_ACT_WATCHED
_WATCHED |= IMPLICIT_WATCHED | EPISODE_WATCHED


def _demonstrative(tokens: list[str]) -> bool:
    """Whether a demonstrative inside the sentence (not its first word,
    whose subject `fact_subjects` reads) determines a noun that the
    sentences before name: "Roe rejected this approach", "those figures
    ..." ("this week", "those who voted", "those in Quillon" do not point
    back)."""
    if _DEMONSTRATIVES.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _DEMONSTRATIVES:
            continue
        nxt = tokens[i + 1]
        word = nxt.rstrip(",.;:").removesuffix("'s").removesuffix("\u2019s")
        if not (word.isalpha() and word.islower()):
            continue  # a name, a figure, a quote: "this Velmar plan", "these 40"
        if word in TIME_NOUNS and not (word == "term" and tokens[i - 1].lower() in WORDING_VERBS):
            continue  # ("this week"; but "coined this term": a word, not a span)
        if word in _NOT_A_NOUN or word.endswith("ly"):
            continue
        if tokens[i] == "those" and word.endswith(("ing", "ed")):
            continue  # "those supporting the plan": the pronoun
        return True
    return False


# Words that introduce a thing as new: "a new board", "six soldiers".
_INDEFINITE = frozenset(
    "a an A An two three four five six seven eight nine ten eleven twelve".split()
)
# Words after a noun that say which one it is: "the board that ...".
_WHICH = frozenset("of who whom that which whose where".split())


def introduced_before(text: str, start: int, sentence: str, covered: set[int]) -> bool:
    """Whether the sentence at `start` holds a "the <modifier> <noun>" (two
    to four words, the last a plain noun, nothing after it saying which one)
    that the article introduced before with "a", "an" or a count ("a new
    oversight board", "in a Velmar poll", "six Quillon soldiers"): the one
    the sentences before told of, which the line leaves unnamed and no
    bracket can name ("Roe picks two members of the oversight board", "The
    Velmar poll had a margin of error near 4 points")."""
    for m in THE.finditer(sentence, 1):
        at = m.start() - 1
        if start + at in covered or sentence[max(0, at - 2) : at] == ", ":
            continue  # named in brackets already; "Roe, the former mayor": an appositive
        words = sentence[m.end() :].split(None, 5)
        phrase = _modified_noun(words)
        if phrase is None:
            continue
        said = " ".join(phrase)
        if 0 <= _first_introduced(text, said) <= start - len(said):
            return True  # (read up to each `start`, time grew with the square of a text's length)
    return False


def _modified_noun(words: list[str]) -> list[str] | None:
    """The words of a "the"'s phrase from the word after it to its noun
    ("oversight board" of "the oversight board, while"), when they are two to
    four words, the last a lower-case noun the phrase ends at, or an acronym
    after a lower-case word ("super PAC")."""
    phrase: list[str] = []
    for n, token in enumerate(words[:4]):
        word = token.rstrip(",.;:")
        if not word.replace("-", "").isalpha() or word in NP_ENDS or word in VERBISH:
            return None  # a figure, a possessive, a quote, a clause: not this phrase
        phrase.append(word)
        after = words[n + 1].rstrip(",.;:") if n + 1 < len(words) and word == token else ""
        if word == token and after and after not in NP_ENDS and after not in VERBISH:
            if not is_verb(after):
                continue  # the phrase goes on: "the oversight board members"
        if len(phrase) < 2 or word in TIME_NOUNS or after in _WHICH:
            return None
        if not (word.islower() or (word.isupper() and len(word) <= 5 and phrase[0].islower())):
            return None  # (an acronym may end it: "the super PAC")
        return phrase
    return None


@per_text
def _first_introduced(text: str, said: str) -> int:
    """Where `said` first stands `_introduced` in `text` (-1: nowhere), read once a text."""
    at = text.find(said)
    while at >= 0 and not _introduced(text, at, at + len(said)):
        at = text.find(said, at + 1)
    return at


def _introduced(text: str, at: int, end: int) -> bool:
    """Whether the words at `at`-`end` follow "a", "an" or a count (up to
    two plain words between: "a new oversight board") and end a phrase
    there ("an oversight board member" is no board)."""
    if text[end : end + 1].isalnum() or text[end : end + 1] == "-":
        return False
    if text[end : end + 1] == " ":
        after = text[end + 1 : end + 30].split(None, 1)[:1]
        word = after[0].rstrip(",.;:") if after else ""
        if word.isalpha() and word.islower() and word not in NP_ENDS and not is_verb(word):
            return False
    for word in reversed(text[max(0, at - 40) : at].split()[-3:]):
        if word in _INDEFINITE:
            return True
        if (
            not word.replace("-", "").isalpha()
            or word in NP_ENDS
            or word in _DEMONSTRATIVES
            or word in ARTICLES
        ):
            return False  # ("an anti-Velmar super PAC": a hyphened word is one)
    return False
