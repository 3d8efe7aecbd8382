"""Nouns for someone or something that can speak: "the mayor", "the
company", "the report", "a spokeswoman", "protesters"."""

from __future__ import annotations

from app.core.extract.lexicon import ORG_NOUNS, ROLE_NOUNS, SPEAKER_NOUNS
from app.core.extract.unnamed import PERSON_NOUNS, RELATION_NOUNS

_SPEAKER_NOUNS = SPEAKER_NOUNS | PERSON_NOUNS | RELATION_NOUNS | set(ROLE_NOUNS) | set(ORG_NOUNS)


def is_speaker_noun(word: str) -> bool:
    """Whether `word` (lower case) is a noun for someone or something that
    can speak (a person, group, institution, document), or its plural."""
    if word in _SPEAKER_NOUNS or word.endswith("-year-old"):
        return True  # "the 43-year-old asked"
    if word.endswith("ies"):
        return word[:-3] + "y" in _SPEAKER_NOUNS
    if word.endswith("men"):
        return word[:-3] + "man" in _SPEAKER_NOUNS
    return word.endswith("s") and (word[:-1] in _SPEAKER_NOUNS or word[:-2] in _SPEAKER_NOUNS)
