"""The writer's characterisation in ordinary words: a sentence that says
someone "blasted", "ripped into" or "trounced" someone, or calls a result
"stunning", reports the writer's reading of an event, not the event. What
was said, and the count, are facts; the figure of speech is not (a quote
keeps the speaker's own).

The words are general English: metaphors of violence for criticism and
for winning, and adjectives of the writer's surprise or judgement (words
a dictionary marks as figurative or evaluative; none is taken from the
articles).
"""

from __future__ import annotations

_SUFFIXES = ("", ",", ".", ";", ":")


def _forms(verbs: str) -> frozenset[str]:
    """Every inflection of each "base:past" (or "base", past with "-ed")
    verb, as written with a stop or a comma stuck on."""
    out = set()
    for entry in verbs.split():
        base, _, past = entry.partition(":")
        stem = base[:-1] if base.endswith("e") else base + base[-1] if past == "+" else base
        past = stem + "ed" if past in ("", "+") else past
        third = base + ("es" if base.endswith(("sh", "ch", "s", "x")) else "s")
        ing = stem + "ing"
        for w in (base, third, past, ing):
            out.update(w + p for p in _SUFFIXES)
    return frozenset(out)


# Criticism as a blow: "Roe blasted Quarrow", "Roe slammed the plan".
# (Only a phrase's first word is read: "ripped into", "lashed out",
# "unloaded on", "tore into" are told by the word after.)
_BLOWS = _forms("blast slam:+ bash lambaste excoriate skewer eviscerate savage pummel berate")
# Verbs that are criticism only with their particle: "ripped into", "lashed out".
_WITH_PARTICLE = {
    w: particles
    for verbs, particles in (
        (_forms("rip:+"), ("into",)),
        (_forms("lash"), ("out",)),
        (_forms("unload"), ("on",)),
        (_forms("tear:tore") | frozenset(("torn",)), ("into",)),
        (_forms("fire:fired"), ("back",)),
        (_forms("hammer"), ("away",)),
    )
    for w in verbs
}
# Winning as a beating: "Roe trounced Quarrow by 40 points".
_ROUTS = _forms("trounce clobber drub:+ wallop thrash shellac:shellacked")
# The writer's surprise or judgement of an event: "a stunning upset".
_JUDGING = frozenset(
    w + p
    for w in """
    stunning stunningly surprising surprisingly unsurprisingly astonishing astonishingly
    staggering whopping humbling humiliating embarrassing inexplicable inexplicably
    remarkable remarkably blistering scathing withering stinging fiery
    shocking dismal abysmal lackluster lacklustre disappointing dramatic dramatically
    """.split()
    for p in _SUFFIXES
)
# Words before a verb's form that make it a noun: "an email blast".
_BEFORE_A_NOUN = frozenset("a an the email e-mail".split())
WATCHED = _BLOWS | _ROUTS | _JUDGING | frozenset(_WITH_PARTICLE)


def characterised(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) characterises in the
    writer's words: a verb of criticism as a blow ("blasted", "ripped
    into"), of winning as a beating ("trounced"), or an adjective of
    surprise or judgement ("a stunning upset", "inexplicably")."""
    found = WATCHED.intersection(tokens)
    if not found:
        return False  # (most sentences: one set test)
    for t in found & (_BLOWS | _ROUTS):
        i = tokens.index(t)
        if not (i and tokens[i - 1].lower() in _BEFORE_A_NOUN):
            return True  # (not "an email blast", "the slams")
    if not found.isdisjoint(_JUDGING):
        return True
    for i, t in enumerate(tokens[:-1]):
        particles = _WITH_PARTICLE.get(t)
        if particles and tokens[i + 1].rstrip(",.;:") in particles:
            return True
    return False
