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

from app.core.extract.fact_bouts import bout
from app.core.extract.fact_causes import cause_read
from app.core.extract.fact_considerable import amount_graded
from app.core.extract.fact_evaluative import EVALUATIVE, SUBJECTIVE
from app.core.extract.fact_feelings import CRITICISM_FIGURES
from app.core.extract.fact_figures import figure
from app.core.extract.fact_forecasts import WATCHED as _CHANCES
from app.core.extract.fact_forecasts import chance_read
from app.core.extract.fact_framing import framed
from app.core.extract.fact_habits import habit_aside
from app.core.extract.fact_hedges import hedged
from app.core.extract.fact_idioms import idiom
from app.core.extract.fact_intensity import intensity_graded
from app.core.extract.fact_lexicon import GRADING_WORDS, NUMBER_WORDS, STUCK_ON, past_tense
from app.core.extract.fact_means import by_means
from app.core.extract.fact_motives import WATCHED as _FEELINGS
from app.core.extract.fact_motives import WEIGHED as _WEIGHING
from app.core.extract.fact_motives import cause_weighed, feeling_read
from app.core.extract.fact_register import colloquial
from app.core.extract.fact_reported import reported_words


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
            out.update(w + p for p in STUCK_ON)
    return frozenset(out)


# Criticism as a blow: "Roe blasted Quarrow", "Roe slammed the plan".
# (Only a phrase's first word is read: "ripped into", "lashed out",
# "unloaded on", "tore into" are told by the word after.)
# With WordNet's verbs of criticism as a figure (`fact_feelings`: "trashed",
# "panned", "savaged").
_BLOWS = (
    _forms("blast slam:+ bash lambaste excoriate skewer eviscerate savage pummel berate")
    | CRITICISM_FIGURES
)
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
# Criticism as a shot taken: "Roe took some shots at Quarrow" (a dictionary of
# idioms' "take a shot at": to criticise). Only a finite or participle form:
# "a chance to take shots at" is no act told.
_TAKEN = frozenset("takes took taken taking".split())
_SHOTS = frozenset(("shot", "shots"))
_SHOT_QUANTITIES = frozenset("a some several more few repeated".split())
# Winning as a beating: "Roe trounced Quarrow by 40 points".
_ROUTS = _forms(
    "trounce clobber drub:+ wallop thrash shellac:shellacked crush demolish steamroll annihilate"
)
_BEATINGS = _BLOWS | _ROUTS  # (one set, made once)
# Winning as an easy or swift ride: "Roe cruised to re-election", "surged to
# prominence", "sprinted to a lead" (the verb's particle, then one of
# `_RESULTS` within a few words).
_RIDES = _forms("cruise sprint coast romp breeze glide surge soar vault rocket catapult sail")
_RESULTS = frozenset(
    w + p
    for w in """
    victory victories win wins re-election reelection lead nomination prominence power fame
    majority presidency
    """.split()
    for p in STUCK_ON
)
_RIDE_REACH = 4
# A reaction graded by its force: "came under heavy criticism", "intense
# scrutiny", "fierce opposition". The adjectives of force (physical
# properties, in Dixon's types, said of a reaction) and the nouns of
# people's reaction, which no figure measures: the grade is the writer's.
_FORCES = frozenset(
    """
    heavy intense fierce sharp harsh strong stiff widespread growing mounting severe bitter
    vigorous furious stern fervent keen
    """.split()
)
_REACTIONS = frozenset(
    w + p
    for w in """
    criticism scrutiny opposition backlash condemnation outrage praise resistance pushback
    rebuke skepticism scepticism rhetoric tone language words remarks attack attacks
    interest enthusiasm anger frustration anxiety discontent resentment hostility distrust
    mistrust
    """.split()
    for p in STUCK_ON
)
# (Then the words someone used, graded as a reaction is, "a harsh attack
# on", "her harsh rhetoric", and a people's feeling, "issues of keen
# interest to", "intense anger"; but a "heavy attack" is a weight of arms,
# "heavy interest" a debt's.)
_ARMS = frozenset(w + p for w in ("attack", "attacks", "interest") for p in STUCK_ON)
# The writer's surprise or judgement of an event: "a stunning upset".
_JUDGING = frozenset(
    w + p
    for w in """
    stunning stunningly surprising surprisingly unsurprisingly astonishing astonishingly
    staggering whopping humbling humiliating embarrassing inexplicable inexplicably
    remarkable remarkably blistering scathing withering stinging fiery
    shocking dismal abysmal lackluster lacklustre disappointing dramatic dramatically
    """.split()
    for p in STUCK_ON
)
# Words before a verb's form that make it a noun: "an email blast".
_BEFORE_A_NOUN = frozenset("a an the email e-mail".split())
# Amplifiers (the "boosters" of Quirk et al., A Comprehensive Grammar of the
# English Language, 1985, 8.104-8.111): before an adjective or an adverb
# they grade it ("a very good day", "particularly persistent", "vastly
# different"), and the grade is the writer's, not a checkable measure.
_AMPLIFIERS = frozenset(
    """
    very extremely highly particularly especially vastly famously notoriously enormously
    hugely immensely tremendously deeply terribly awfully decidedly exceedingly exceptionally
    unusually intensely wildly fiercely
    """.split()
)
# Compromisers and like downtoners (Quirk et al., 8.112-8.115): they grade
# the word after them down by the writer's measure ("a fairly measured
# comment", "a somewhat more reserved response", "rather modest"). Not the
# diminishers of an amount ("slightly smaller", "partly"), which a figure
# may bear out.
_COMPROMISERS = frozenset(
    "fairly rather pretty somewhat relatively reasonably moderately comparatively quite".split()
)
_AMPLIFIED = frozenset(f for w in _AMPLIFIERS | _COMPROMISERS for f in (w, w.capitalize()))
# Quantifiers a compromiser grades as an amount by the writer's measure:
# "had spent relatively little", "fairly few clerks" (not "pretty much",
# "quite a few": idioms of "nearly" and "many").
_AMOUNTS = frozenset("little few many much".split())
_GRADES_AMOUNTS = frozenset("relatively comparatively fairly somewhat reasonably rather".split())
# Approximators and minimisers (Quirk et al., 8.112-8.117): before a verb
# in the past they say how near an act came to another by the writer's
# measure ("had hardly mentioned", "practically begged"); not "barely",
# often a margin a figure bears out ("barely won, 50.2 to 49.8").
_APPROXIMATORS = frozenset(
    f for w in "practically virtually hardly scarcely".split() for f in (w, w.capitalize())
)
# Restrictives (Quirk et al. 8.116) before an adverb of manner in "-ly" and a
# verb in the past grade the act down by the writer's measure: "only
# briefly explained", "merely glancingly mentioned" (not an adverb of
# time, "only recently joined": a time, not a grade).
_RESTRICTIVES = frozenset("only merely".split())
_LESSENING = _APPROXIMATORS | _RESTRICTIVES
_TIME_ADVERBS = frozenset(
    """
    recently lately newly previously formerly initially finally eventually subsequently
    originally currently presently early
    """.split()
)
# Words after an amplifier that are not what it grades: a preposition or a
# conjunction ("particularly among women"), a determiner, a quantifier
# ("very few", "the very first").
_UNGRADED = frozenset(
    """
    among in on at for to with from by after before during since when where while if as
    about against through into over under than the a an this that these those his her their
    its our some any all many much few little same first last next own other one two and or
    but nor because though although so also
    """.split()
)
# Adverbs "way" grades as an amplifier in speech: "way down", "way back".
_PARTICLES = frozenset("up down back ahead behind off".split())
# Words before "very" that make it "the very thing": "the very day".
_VERY_THE = frozenset("the this that these those his her their its".split())
# Words before "rather" that make it a preference ("would rather run",
# "or rather"), and before "pretty" that make it an adjective ("a pretty
# town").
_NOT_GRADING = {
    "rather": frozenset("would had or".split()),
    "pretty": _VERY_THE | frozenset(("a", "an")),
}
# Words before an amplified adjective that make it a group's own label:
# "voters who call themselves very liberal".
_SELF_LABEL = frozenset(("themselves", "himself", "herself", "as"))
# "did well", "fared poorly": how someone did, as the writer judges it.
_DID = frozenset("do does did done doing fare fares fared faring".split())
_JUDGED_AS = frozenset(w + p for w in ("well", "poorly", "badly") for p in STUCK_ON)
# Nouns whose size is a figure: a lead, a margin, a majority, a win, a
# winner ("the big winner": by how much).
_MEASURED = frozenset(
    w + p
    for w in """
    lead leads margin margins majority edge advantage gap victory victories win wins defeat
    defeats loss losses winner winners loser losers
    """.split()
    for p in STUCK_ON
)
# Adjectives of DIMENSION and of VALUE (the semantic types of R. M. W. Dixon,
# "Where have all the adjectives gone?", Studies in Language 1, 1977) and
# the like of size: before a noun whose size is a figure they grade it by
# the writer's measure ("a big lead", "a wide margin"), where no figure in
# the sentence bears the grade out.
_SIZES = frozenset(
    """
    big great large huge little small long short wide narrow thick thin deep high low good
    bad fine excellent perfect slim tight clear comfortable healthy solid sizable sizeable
    massive decisive resounding
    """.split()
)
# Of those, the words of VALUE: a figure bears out a lead's size ("a narrow
# lead, 46 percent to 44"), never its worth ("a healthy lead, 51 percent"). (Not
# "resounding", a result's; nor "commanding": the recall set cites its line.)
_VALUE_SIZES = frozenset("good bad fine excellent perfect comfortable healthy solid".split())
# A figure graded by the writer: "a solid 52 percent", "an impressive
# $4 million", "a healthy 12 points" (an adjective of `_SIZES` or one the
# published lexicon of `fact_evaluative` judges, between "a"/"an" and the
# figure). The figure is checkable; its grade is not.
_FIGURE_GRADES = _SIZES | EVALUATIVE | SUBJECTIVE
# Number words a figure may open with: "a solid forty percent".
_FIGURE_WORDS = NUMBER_WORDS | frozenset(
    "twenty thirty forty fifty sixty seventy eighty ninety".split()
)
WATCHED = (
    _BLOWS
    | _ROUTS
    | _JUDGING
    | frozenset(_WITH_PARTICLE)
    | _AMPLIFIED
    | _JUDGED_AS
    | frozenset(("way",))
    | _MEASURED
    | _RIDES
    | _REACTIONS
    | _SHOTS
    | _APPROXIMATORS
    | _RESTRICTIVES
    | _FEELINGS
    | _CHANCES
    | _WEIGHING
)


# The words `fact_rules` reads as the writer's grade wherever they stand, in
# lower case (capitalized, such a word is mostly a name's: "Superior Court").
_GRADES = EVALUATIVE | GRADING_WORDS


def opens_graded(tokens: list[str]) -> bool:
    """Whether the sentence opens with a grading word (`_GRADES`), its
    capital only the sentence's, before a word in lower case (no name's
    first word: "Great Quillon"): "Underdog candidate Dana Roe won ...",
    "Brilliant tactics won Roe the seat."; not in reported words."""
    first = tokens[0]
    if len(tokens) < 2 or not first[:1].isupper() or not tokens[1][:1].islower():
        return False
    return (first[0].lower() + first[1:]).rstrip(",") in _GRADES and not reported_words(tokens)


def characterised(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) characterises in the
    writer's words: a verb of criticism as a blow ("blasted", "ripped
    into"), of winning as a beating ("trounced"), an adjective of surprise
    or judgement ("a stunning upset", "inexplicably"), a grade ("a very
    good day", "way down") or a judgement of how someone did ("did
    well")."""
    if opens_graded(tokens):
        return True  # "Underdog candidate Dana Roe won ...": the writer's grade
    if framed(tokens) or by_means(tokens):
        # "The dilemma is ...", "is often compared to": the writer's frame;
        # "won the support of millions by echoing ...": the writer's account
        return True
    if idiom(tokens):
        return True  # "turned his back on the bill": the writer's figure (`fact_idioms`)
    if figure(tokens):
        return True  # "cemented her status", "eked out a win": the writer's figure (`fact_figures`)
    if amount_graded(tokens):
        return True  # "a sizable margin": the writer's measure (`fact_considerable`)
    if bout(tokens) or cause_read(tokens) or intensity_graded(tokens) or colloquial(tokens):
        # "a dead heat" (`fact_bouts`); "can be attributed to the levy" (`fact_causes`);
        # "a hotly contested seat" (`fact_intensity`); "big money" (`fact_register`)
        return True
    if habit_aside(tokens):
        return True  # "- as she so often does -": the writer's count (`fact_habits`)
    if hedged(tokens):
        return True  # "in many ways", "far too many": the writer's weighing (`fact_hedges`)
    grades = _FIGURE_GRADES.intersection(tokens)
    if grades and _graded_figure(tokens, grades):
        return True  # "at a solid 52 percent" (apart: its words are common ones)
    found = WATCHED.intersection(tokens)
    if not found:
        return False  # (most sentences: one set test)
    for t in found & _BEATINGS:
        i = tokens.index(t)
        if not (i and tokens[i - 1].lower() in _BEFORE_A_NOUN) and tokens[i + 1 : i + 2] != ["out"]:
            return True  # (not "an email blast", "the slams"; "panned out" is no criticism)
    if not found.isdisjoint(_JUDGING):
        return True
    if not found.isdisjoint(_FEELINGS) and feeling_read(tokens, found & _FEELINGS):
        return True  # "Angered by the ruling, ...": the writer's reading of a motive
    if not found.isdisjoint(_CHANCES) and chance_read(tokens, found & _CHANCES):
        return True  # "X is the favorite to win": the writer's forecast
    if not found.isdisjoint(_WEIGHING) and cause_weighed(tokens, found & _WEIGHING):
        return True  # "Largely because of the rules, ...": the writer's weighing of a cause
    if not found.isdisjoint(_RIDES) and _ridden(tokens):
        return True
    if not found.isdisjoint(_REACTIONS) and _forceful(tokens):
        return True
    if (not found.isdisjoint(_AMPLIFIED) or "way" in found) and _graded(tokens):
        return True
    if not found.isdisjoint(_LESSENING) and _approximated(tokens):
        return True
    if not found.isdisjoint(_SHOTS) and _shots_taken(tokens):
        return True
    if not found.isdisjoint(_JUDGED_AS) and _did_well(tokens):
        return True
    if not found.isdisjoint(_MEASURED) and _sized(tokens):
        return True
    if found.isdisjoint(_WITH_PARTICLE):
        return False  # (its verbs are among the words watched)
    for i, t in enumerate(tokens[:-1]):
        particles = _WITH_PARTICLE.get(t)
        if particles and tokens[i + 1].rstrip(",.;:") in particles:
            return True
    return False


def _graded(tokens: list[str]) -> bool:
    """Whether an amplifier or a compromiser grades the word after it in the
    writer's voice ("a very good day", "has been particularly persistent",
    "a fairly measured comment"; not "would rather run", "a pretty town"): not a
    preposition or a quantifier after it ("particularly among women", "very
    few"), not "the very day", not a group's own label ("voters who call
    themselves very liberal"), not someone's reported words ("Roe said it
    was very costly")."""
    for i, t in enumerate(tokens[:-1]):
        if t == "way" and i and tokens[i + 1].rstrip(",.;:") in _PARTICLES:
            # "turnout was way down", "way back in October" (not "the way up")
            if tokens[i - 1].lower() not in _UNGRADED:
                return not reported_words(tokens, i)
            continue
        if t not in _AMPLIFIED:
            continue
        before = tokens[i - 1].lower() if i else ""
        after = tokens[i + 1].rstrip(",.;:").lower()
        if (
            after in _AMOUNTS
            and t.lower() in _GRADES_AMOUNTS
            and before not in _NOT_GRADING.get(t.lower(), ())
        ):
            return not reported_words(tokens, i)  # "relatively little", "fairly few"
        if after in _UNGRADED or not after.isalpha() or before in _SELF_LABEL:
            continue
        if t.lower() == "very" and before in _VERY_THE:
            continue
        if before in _NOT_GRADING.get(t.lower(), ()):
            continue
        if t.lower() == "rather" and before.endswith(("'d", "’d")):
            continue  # "she'd rather run"
        return not reported_words(tokens, i)
    return False


def _sized(tokens: list[str]) -> bool:
    """Whether the writer grades a lead, a margin or a win with no figure in
    the sentence: a word of size before it ("a big lead", "by a wide
    margin"); not a figure anywhere ("a small lead, 46 percent to 44"), not
    someone's reported words. A word of value ("a healthy lead",
    `_VALUE_SIZES`) grades it with a figure too."""
    if _SIZES.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    for i, t in enumerate(tokens[1:], 1):
        if t in _MEASURED and tokens[i - 1] in _SIZES:
            # (The figures asked after the size word: dearer, and most
            # sentences have no size word before the noun.)
            if tokens[i - 1] not in _VALUE_SIZES and any(map(_a_figure, tokens)):
                return (
                    False  # (a year is no figure a size could be read from: "a big loss in 2013")
                )
            return not reported_words(tokens, i)
    return False


def _graded_figure(tokens: list[str], grades: set[str]) -> bool:
    """Whether the writer grades a figure: "a"/"an", an adjective of
    `_FIGURE_GRADES` (`grades`: those among `tokens`), then the figure ("at
    a solid 52 percent", "an impressive $4 million"; not "a new 26%
    tariff", "a solid majority"), not in someone's reported words."""
    last = len(tokens) - 1
    for grade in grades:
        i = 0
        for _ in range(tokens.count(grade) - (tokens[0] == grade)):
            i = tokens.index(grade, i + 1)  # (the first word has no "a" before it)
            if i < last and tokens[i - 1].lower() in ("a", "an"):
                figure = tokens[i + 1].lstrip("$\u20ac\u00a3")
                if figure[:1].isdigit() or figure.split("-")[0].lower() in _FIGURE_WORDS:
                    return not reported_words(tokens, i)
    return False


def _a_figure(token: str) -> bool:
    """Whether `token` is a figure that could bear out a size: a digit in it,
    not a year alone ("in 2013")."""
    word = token.strip(",.;:()[]")
    if not any(c.isdigit() for c in word):
        return False
    return not (word.isdigit() and len(word) == 4 and word[:2] in ("19", "20"))


def _did_well(tokens: list[str]) -> bool:
    """Whether the writer judges how someone did: "did well in the Velmar
    Valley", "has done well in 11 wars", "fared poorly" (a degree word may
    stand between: "did particularly well"); not "as well"."""
    for i, t in enumerate(tokens):
        if t in _JUDGED_AS and i and tokens[i - 1] != "as":
            j = i - 1
            if tokens[j].lower() in _AMPLIFIERS or tokens[j] in (
                "so",
                "too",
                "quite",
                "relatively",
            ):
                j -= 1
            if j >= 0 and tokens[j].lower() in _DID:
                return not reported_words(tokens, i)
    return False


def _ridden(tokens: list[str]) -> bool:
    """Whether a verb of `_RIDES` tells a result as a ride: "to" or "into"
    after it and a result within a few words ("cruised to an easy
    re-election"; not "sailed to Quillon"), not in someone's reported words."""
    for i, t in enumerate(tokens[:-2]):
        if t in _RIDES and tokens[i + 1] in ("to", "into"):
            if not _RESULTS.isdisjoint(tokens[i + 2 : i + 2 + _RIDE_REACH]):
                return not reported_words(tokens, i)
    return False


def _forceful(tokens: list[str]) -> bool:
    """Whether an adjective of `_FORCES` grades a reaction or the words
    someone used right after it ("came under heavy criticism", "a harsh
    attack on"; not "a heavy attack on the depot"), not in someone's
    reported words."""
    for i, t in enumerate(tokens[1:], 1):
        if t in _REACTIONS and tokens[i - 1].lower() in _FORCES:
            if t in _ARMS and tokens[i - 1].lower() == "heavy":
                continue  # "a heavy attack on the depot", "heavy interest"
            return not reported_words(tokens, i)
    return False


def _shots_taken(tokens: list[str]) -> bool:
    """Whether the writer tells criticism as shots taken: "took some shots
    at", "has taken a shot at", "taking shots at" (not "to take shots at",
    "was shot at"), not in someone's reported words."""
    for i, t in enumerate(tokens[:-1]):
        if t in _TAKEN:
            j = i + 1
            if tokens[j].lower() in _SHOT_QUANTITIES:
                j += 1
            if j + 1 < len(tokens) and tokens[j] in _SHOTS and tokens[j + 1] == "at":
                return not reported_words(tokens, i)
    return False


def _approximated(tokens: list[str]) -> bool:
    """Whether an approximator or a minimiser of `_APPROXIMATORS` stands
    right before a verb in the past ("had hardly mentioned", "practically
    begged"; not "virtually all", "virtually unchanged": a quantifier, an
    adjective of "un-"), not in someone's reported words."""
    for i, t in enumerate(tokens[:-1]):
        if t in _APPROXIMATORS:
            verb = tokens[i + 1].rstrip(",.;:")
            if past_tense(verb) and not verb.startswith("un"):
                return not reported_words(tokens, i)
        elif t in _RESTRICTIVES and i + 2 < len(tokens):
            adverb, verb = tokens[i + 1], tokens[i + 2].rstrip(",.;:")
            if adverb.endswith("ly") and adverb not in _TIME_ADVERBS and past_tense(verb):
                return not reported_words(tokens, i)  # "only briefly explained"
    return False
