"""Abbreviations whose final dot does not end a sentence (lower-case, no dot).

One list for the sentence splitter (app/core/extract/sentences.py), the
name finder and the fact rules, so that what ends a sentence and what a name
or a fact may hold across a dot are decided by the same words.
"""

from __future__ import annotations

# Titles written before a name ("Sen. Ana Roe"; the plural before two,
# "Sens. Ana Roe and Ivo Brask"), which a prefix may join by a hyphen
# ("then-Sen.", "ex-Gov."): the splitter ends no sentence there.
TITLE_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr gov sen rep lt gen col maj capt sgt cpl adm rev prof pres supt det insp cmdr
    atty sens reps govs fr msgr hon amb chmn secy
    """.split()
)

ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    """
    sr jr st mt ft ald dept no nos vs etc inc corp co ltd bros jan feb mar apr jun jul aug sep
    sept oct nov dec calif ariz ark colo conn del fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex va vt wash wis wyo al approx est fig p pp vol
    """.split()
)
