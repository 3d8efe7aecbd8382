"""Nouns for someone or something that can speak: "the mayor", "the
company", "the report", "a spokeswoman", "protesters"."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from app.core.extract.given_names import is_given_name
from app.core.extract.lexicon import DOC_NOUNS, ORG_NOUNS, ROLE_NOUNS, SPEAKER_NOUNS, TITLES
from app.core.extract.unnamed import PERSON_NOUNS, RELATION_NOUNS

# Things people write or make, that speak for their maker.
_MADE = DOC_NOUNS | frozenset(
    "advertisement commercial video piece article story book film movie documentary tweet "
    "speech release spot transcript".split()
)
_SPEAKER_NOUNS = SPEAKER_NOUNS | PERSON_NOUNS | RELATION_NOUNS | set(ROLE_NOUNS) | set(ORG_NOUNS)

_PEOPLE = PERSON_NOUNS | RELATION_NOUNS
_PLURAL_THEN = frozenset("for of in with from".split())


def is_speaker_noun(word: str) -> bool:
    """Whether `word` (lower case) is a noun for someone or something that
    can speak (a person, group, institution, document), or its plural."""
    if word in _SPEAKER_NOUNS or word.endswith("-year-old"):
        return True  # "the 43-year-old asked"
    if word.endswith("ies"):
        return word[:-3] + "y" in _SPEAKER_NOUNS
    if word.endswith(("man", "men")):
        # "the radioman", "the cameramen": a compound for a person
        return word[:-3] + "man" in _SPEAKER_NOUNS or (len(word) > 6 and word.isalpha())
    return word.endswith("s") and (word[:-1] in _SPEAKER_NOUNS or word[:-2] in _SPEAKER_NOUNS)


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns for a kind of person, from WordNet (data/person_nouns.txt, see
    data/README.md): "reviewer", "Republican" (as WordNet writes it)."""
    text = files("app.core.extract.data").joinpath("person_nouns.txt").read_text("utf-8")
    # The comments head the file: the lines after them go in whole, with no
    # Python step per line (a test per line of its 6,800 was 1% of a run's
    # first pass over new articles).
    lines = text.splitlines()
    body = next(i for i, line in enumerate(lines) if line[:1] != "#")
    return frozenset(lines[body:]) - {""}


def people_plural(word: str) -> bool:
    """Whether `word` is the plural of a noun for a kind of person, as
    written: "reviewers", "Republicans" (capitalized where WordNet writes it
    so; a lower-case noun may open a sentence capitalized, "Reviewers"). A
    group that can speak, whatever its trade, beyond the nouns above."""
    if len(word) < 4 or not word.endswith("s") or not word.isalpha():
        return False
    nouns = _person_nouns()
    # (A plural in "-men" ends in no "s": it never reaches here.)
    if word.endswith("ies"):
        stems = [word[:-3] + "y", word[:-1]]
    else:
        stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    for stem in stems:
        if stem in nouns or (stem[:1].isupper() and stem[1:].islower() and stem.lower() in nouns):
            return True
    return False


def person_noun(word: str) -> bool:
    """Whether the lower-case `word` is a noun for a person or its plural
    ("husband", "aides", "lawyer"), not for a body or a thing made
    ("campaign", "lawsuit")."""
    people = _PEOPLE
    return word in people or word[:-1] in people or word in _person_nouns() or people_plural(word)


def kind_of_people(name: str) -> bool:
    """Whether a name the article writes like a person's is a kind of
    people: the plural of a kind of person after no given name ("Latinos",
    "Turkish Americans"), or nouns WordNet capitalizes for one ("African
    American"); not a surname alone that is a lower-case noun ("Draper")."""
    *head, last = name.split()
    if people_plural(last):
        return not any(is_given_name(w) for w in head)
    nouns = _person_nouns()
    return all(w in nouns for w in head) and last in nouns


def made_thing(words: list[str], prepositions: frozenset[str]) -> bool:
    """Whether the words of a noun phrase name a thing someone made, with no
    author in it ("a new ad", "letters"; not "a letter from the board"):
    no word of `prepositions` after the first."""
    if any(w in prepositions for w in words[1:]):
        return False
    head = words[-1].lower() if words else ""
    return head in _MADE or head[:-1] in _MADE


def group_adjective(toks: list[tuple[str, int, int]], i: int, text: str) -> bool:
    """Whether token `i`, capitalized, opening a sentence, is a common word:
    one describing the plural speaker noun after it ("Senior aides", "Local
    farmers"), or a plural the text writes only there, before a preposition
    and a lower-case word ("Programs for young adults"); no given name, no
    title."""
    word = toks[i][0]
    nxt, then = (toks[i + 1][0], toks[i + 2][0]) if i + 2 < len(toks) else ("", "")
    if not word[1:].islower() or is_given_name(word) or word.lower() in TITLES:
        return False
    if nxt.islower() and nxt.endswith("s") and is_speaker_noun(nxt):
        return True
    return word.endswith("s") and nxt in _PLURAL_THEN and then.islower() and text.count(word) == 1
