"""The writer's verdict given as a noun: "The vote was a blow to the
mayor", "The count has become a referendum on the levy", "Roe won the
ward, a stunning reversal for the guild". A noun that names what an event
amounts to (a blow, a setback, a triumph, a turning point) rather than
what happened, said in the writer's own voice where it is the predicate
of a verb of being or becoming, or a gloss set off by a comma, a dash or
a colon, or what a verb of giving hands someone ("gave Roe a boost"), or
an event named after a preposition of sequence ("following a triumph in
Velmar"): the line grades the event, and no source says so. So does a
state the writer names something to be in ("the guild was in crisis",
"the trade has been in a free-fall"), or to end or fall in ("the meeting
ended in mayhem", "descended into chaos"; not "ended in a vote").

The nouns are general English words of evaluation for outcomes and
turns (not taken from any article). A noun with a count or an ordinal
before it counts ("her second victory"), a noun that only modifies the
next word is no verdict ("a victory rally", "a test run"), and a noun
with no determiner is a plain name ("the cause was heart failure").
Someone's reported words ("Roe said the vote was a blow", "... was a
blow, Roe said") are theirs, and stay; "there is a test of ..." only says
that something exists.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import reported_words
from app.core.extract.lexicon import BE_FORMS

# What an event amounts to, by the writer's measure: its effect on someone
# ("a blow", "a boost", "a setback", "a lifeline"), its outcome graded
# ("a triumph", "a disaster", "a letdown"), its place in a story ("a
# milestone", "a watershed", "a turning point", "a cornerstone of", "the
# centerpiece of"), its kind as the writer reads it ("a gamble", "a stunt",
# "a referendum on ...").
_VERDICT_NOUNS = """
blow boost setback triumph reversal turnaround comeback rebuke repudiation snub
embarrassment humiliation disaster failure success milestone watershed breakthrough
bellwether harbinger indictment vindication gamble boon windfall bonanza lifeline
flashpoint irony paradox culmination spectacle circus stunt gambit capitulation about-face
u-turn flip-flop rarity oddity anomaly fluke letdown disappointment godsend headache
nightmare cornerstone centerpiece centrepiece linchpin
""".split()
# (Nouns that judge wherever they stand, "debacle", "farce": `fact_lexicon.JUDGING_NOUNS`.)
# Nouns that are verdicts only with a word after them saying of what: "a
# test of her strength", "a victory for the guild", "a referendum on the
# levy" (a literal vote or test is named without: "a nuclear test").
_WITH_OBJECT = {
    "test": ("of", "for"),
    "victory": ("for",),
    "defeat": ("for",),
    "referendum": ("on",),
    "warning": ("to", "for"),
    "moment": ("for", "in"),
    "point": ("in", "for"),  # "a turning point in", "a low point for"
    # What an event is for someone by the writer's reading: "a high-stakes
    # opportunity for the rivals to ...", "a red line for many donors".
    "opportunity": ("for", "to"),
    "line": ("for", "to"),
}
# The words before "point" that make it a verdict: "a turning point in";
# before "line": "a red line for" (a limit set, as the writer reads it).
_POINTS = frozenset("turning tipping breaking low high".split())
_LINES = frozenset(("red", "bright"))
_NOUNS = frozenset(_VERDICT_NOUNS) | frozenset(_WITH_OBJECT)
# States the writer names a body or a trade to be in: "the party is in
# turmoil", "the guild was in crisis", "the trade has been in a free-fall"
# (not "in decline", "in danger of", "in trouble", "in retreat": a trend, a
# risk, a legal or a military sense).
_STATES = frozenset(
    """
    crisis turmoil disarray chaos shambles tatters limbo flux transition freefall free-fall
    upheaval meltdown tailspin slump rut disrepair ferment denial panic mayhem bedlam
    pandemonium
    """.split()
)
# Verbs of ending or falling that put something in such a state: "the
# meeting ended in mayhem", "the count descended into chaos", "was thrown
# into disarray" (the writer's verdict on how it went, as "was in chaos").
_FALLING = frozenset(
    """
    end ends ended ending descend descends descended descending plunge plunges plunged
    plunging throw throws threw thrown throwing devolve devolves devolved devolving degenerate
    degenerates degenerated degenerating dissolve dissolves dissolved dissolving spiral
    spirals spiraled spiralled spiraling spiralling
    """.split()
)
_STATE_FORMS = frozenset(w + p for w in _STATES for p in (*STUCK_ON, ")"))
# A verdict noun, as the sentence split at spaces writes it (plural too).
WATCHED = _STATE_FORMS | frozenset(
    f + p
    for w in _NOUNS
    for f in (w, w + ("es" if w.endswith("x") else "s"))
    for p in (*STUCK_ON, ")")
)
# Words after the noun that end its phrase: what it is a verdict on or for.
_PHRASE_ENDS = frozenset(
    """
    for of to in on from that than which who and but or with against at after since as amid
    when by
    """.split()
)
# Verbs that make the noun the predicate: being, becoming, marking.
_LINKING = BE_FORMS | frozenset(
    """
    become becomes became remain remains remained prove proves proved proving mark marks
    marked marking represents represented amounts amounted
    """.split()
)
# Words that may stand between the verb and the noun's determiner.
_BETWEEN = frozenset(
    """
    not also still now just only perhaps already largely effectively quickly soon since
    clearly arguably in at to one of
    """.split()
)
_INDEFINITE = frozenset(("a", "an"))
_DEFINITE = frozenset("the his her their its our".split())
# Degree words before a state: "in deep turmoil", "in total disarray".
_STATE_DEGREES = frozenset("deep deeper total utter full complete near steep".split())
# What may open a gloss, stuck on its "a": "(a setback", "vote\u2014a setback".
_GLOSS_OPENERS = "(\u2014\u2013"


def _after_opener(token: str) -> str:
    """`token` less what a gloss's opener stuck on it comes after."""
    for ch in _GLOSS_OPENERS:
        token = token.rpartition(ch)[2]
    return token


# Modifiers that make the noun a count ("her second victory", "the third
# defeat in a row"): no verdict, a tally.
_COUNTING = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth last final latest next
    previous another two three four five six seven eight nine ten consecutive straight
    """.split()
)
_DASHES = frozenset(("\u2014", "\u2013", "--", "-", ":"))


def verdict_noun(tokens: list[str], found: set[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`), whose words `found`
    are among `WATCHED`, gives the writer's verdict on an event as a noun:
    the predicate of a verb of being, becoming or marking, or a gloss after
    a comma, dash or colon ("was a blow to", ", a setback for")."""
    for i, t in enumerate(tokens):
        if t in found and (_in_a_state(tokens, i) if t in _STATE_FORMS else _verdict_at(tokens, i)):
            # (Also "..., a blow to the guild, Roe said.": Roe's words.)
            return not reported_words(tokens)
    return False


# A verdict noun given to someone as a thing handed over ("gave Roe a
# helpful boost", "dealt the guild a blow"), or an event named by it after
# a preposition of sequence ("following a triumph in Velmar", "after a
# stinging rebuke"), is the writer's verdict as the predicate is (round
# 64). After a preposition, only the nouns no literal event is named by
# ("after a blow to the head", "after a failure of the pump", "after a
# disaster at sea" are events).
_GIVING = frozenset(
    """
    give gives gave given giving deal deals dealt dealing hand hands handed handing deliver
    delivers delivered delivering
    """.split()
)
_SEQUENCE = frozenset("following after despite amid since".split())
_TURNS = frozenset(
    """
    triumph reversal turnaround comeback rebuke repudiation snub embarrassment humiliation
    setback milestone watershed breakthrough windfall letdown disappointment
    """.split()
)
# Words after "boost" that make it a lift: "a boost over the wall".
_LIFTS = frozenset("over onto up through".split())


def _given_or_after(tokens: list[str], j: int, noun: str, after: str) -> bool:
    """Whether the verdict noun whose "a"/"an" is `tokens[j]` is what a verb
    of giving hands someone, one to four words of its object between
    ("gave Roe a boost", "dealt the Velmar guild a blow"), or follows a
    preposition of sequence (`_SEQUENCE`, for a noun of `_TURNS`)."""
    if tokens[j - 1].lower() in _SEQUENCE:
        return noun in _TURNS
    if after in _LIFTS:
        return False
    return any(t.lower() in _GIVING for t in tokens[max(0, j - 5) : j - 1])


def _in_a_state(tokens: list[str], i: int) -> bool:
    """Whether the state `tokens[i]` is the predicate: "was in crisis",
    "are still in deep turmoil", "has been in a free-fall for", or where a
    verb of ending or falling puts something: "ended in mayhem", "was
    thrown into disarray"."""
    after = tokens[i + 1].lower() if i + 1 < len(tokens) and tokens[i][-1] not in ",.;:)" else ""
    if after and after not in _PHRASE_ENDS:
        return False  # "in crisis talks": a modifier
    j = i - 1
    if j > 0 and tokens[j].lower() in _STATE_DEGREES:
        j -= 1
    if j > 0 and tokens[j].lower() in ("a", "an", "the", "total", "utter", "full"):
        j -= 1
    if j < 1 or tokens[j] not in ("in", "into"):
        return False
    k = j - 1
    while k > 0 and tokens[k].lower() in _BETWEEN:
        k -= 1
    if k >= 0 and tokens[k].lower() in _FALLING:
        return True  # "ended in mayhem", "descended into chaos"
    if tokens[j] == "into":
        return False
    return k >= 0 and tokens[k].lower() in _LINKING and (k == 0 or tokens[k - 1].lower() != "there")


def _verdict_at(tokens: list[str], i: int) -> bool:
    """Whether the verdict noun `tokens[i]` heads a phrase that is the
    predicate of a verb of `_LINKING` ("was a blow to", "was one of the
    biggest setbacks for") or a gloss opened by "a"/"an" after a comma, a
    dash, a colon or a parenthesis (", a setback for")."""
    word = tokens[i].rstrip(",.;:)").lower()
    noun = word if word in _NOUNS else word[:-2] if word[:-2] in _NOUNS else word[:-1]
    ended = tokens[i][-1] in ",.;:)"
    after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    if noun in _WITH_OBJECT:
        if ended or after not in _WITH_OBJECT[noun]:
            return False
        if noun == "point" and (i < 1 or tokens[i - 1].lower() not in _POINTS):
            return False
        if noun == "line" and (i < 1 or tokens[i - 1].lower() not in _LINES):
            return False
    elif not ended and after and after not in _PHRASE_ENDS:
        return False  # "a victory rally", "a boost shot": a modifier
    j = i - 1
    for _ in range(4):  # up to three modifiers: "a stunning and costly"
        if j < 1:
            return False
        w = _after_opener(tokens[j])
        if w in _INDEFINITE or w.lower() in _DEFINITE or w.endswith(("'s", "\u2019s")):
            break
        if w.lower() in _COUNTING or not w.replace("-", "").isalpha() or w[-1] in ",;:":
            return False
        j -= 1
    else:
        return False
    det = _after_opener(tokens[j])
    before = tokens[j - 1]
    stuck = det != tokens[j]
    if det in _INDEFINITE and (stuck or before[-1] in ",(" or before in _DASHES):
        return noun != "referendum" and noun != "point"  # a gloss: ", a blow to ..."
    if det in _INDEFINITE and _given_or_after(tokens, j, noun, after):
        return True  # "gave Roe a helpful boost", "following a triumph in Velmar"
    k = j - 1
    while k > 0 and tokens[k].lower() in _BETWEEN:
        k -= 1
    if k < 1 or tokens[k].lower() not in _LINKING:
        return False
    # "There is a test of ...": that something exists, no verdict.
    return tokens[k - 1].lower() != "there"
