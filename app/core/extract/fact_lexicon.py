"""Word lists that tell a checkable statement from an opinion, a hedge or a
prediction. General English, lower-case; none is taken from any article.

Kept apart from the rules (fact_rules.py) so they can grow without touching
them.
"""

from __future__ import annotations

import re

# The calendar, as English writes it: every month and weekday list of the
# fact finder is built from these.
MONTHS = (
    "January February March April May June July August September October November December"
).split()
# The short forms of months news writes (May has none), without their stop.
MONTH_SHORT = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
# The first three letters of every month's name, which its short form
# opens with too.
MONTH_STARTS = tuple(m[:3] for m in MONTHS)
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Months and days (and their short forms): no name of a place or a thing.
CALENDAR = frozenset(MONTHS + MONTH_SHORT + WEEKDAYS)
# What a word of a sentence split at spaces may carry stuck on its end:
# nothing, a comma, a stop, a semicolon or a colon. Word lists that are
# matched against such words hold each word in all these forms.
STUCK_ON = ("", ",", ".", ";", ":")
# The same, and a possessive's ending: "rally's", "November's".
STUCK_OR_OWNED = (*STUCK_ON, "'s", "\u2019s")
# The nouns of a poll, as a sentence split at spaces writes them (either
# case, with a stop, a comma or a possessive's ending stuck on): the one
# list `fact_polls`, `fact_ongoing` and `facts` test a line's words against.
POLL_NOUNS = frozenset(
    f + p
    for w in ("poll", "polls", "survey", "surveys")
    for f in (w, w.capitalize())
    for p in STUCK_OR_OWNED
)
# The possessive determiners of a third person: "his plan", "their vote".
POSSESSIVES = frozenset("his her its their".split())
# A year of the last century or this one, as a word of its own. (The digit
# first and the word's start tested after it, as "\b" would: the engine
# skips to a "1" or a "2" where a "\b" first is tried at every character.)
YEAR = re.compile(r"(?:1(?<!\w1)9|2(?<!\w2)0)\d\d\b")

# Words that make a statement speculative or normative: what might be, what
# should be. A sentence holding one states no checkable fact.
HEDGES = frozenset(
    """
    might perhaps maybe possibly probably arguably apparently seemingly supposedly presumably
    conceivably should shouldn't ought could couldn't allegedly reportedly purportedly
    predict predicts predicted predicting forecast forecasts
    """.split()
)

# Verbs of belief and feeling: what someone thinks, not what happened.
BELIEF_VERBS = frozenset(
    """
    believe believes believed think thinks feel feels hope hopes hoped hoping wish wishes
    doubt doubts suspect suspects wonder wonders guess guesses imagine imagines seeming
    """.split()
)

# Adverbs by which a writer comments instead of reporting (with the
# writer's conviction, the "content disjuncts" of Quirk et al., A
# Comprehensive Grammar of the English Language, 1985, 8.127, the
# emphasizers of 8.101 that vouch for the claim, "really", "actually",
# "literally", and a verdict on how an act went: "failed spectacularly").
COMMENT_ADVERBS = frozenset(
    """
    clearly obviously surely certainly undoubtedly unfortunately fortunately sadly happily
    ironically frankly honestly admittedly inevitably unsurprisingly predictably curiously
    oddly strangely remarkably astonishingly shockingly hopefully thankfully mercifully
    regrettably tragically absurdly desperately utterly truly interestingly tellingly
    strikingly notoriously incredibly impossibly unbelievably ridiculously insanely stunningly
    definitely evidently plainly undeniably unquestionably spectacularly miserably
    disastrously embarrassingly humiliatingly really actually literally
    """.split()
)

# The adjectives of the comment adverbs of surprise and interest
# ("curiously", "strangely", "interestingly", "unexpectedly"): the writer's
# reaction to what happened ("an unusual detour", "an interesting remark",
# "the result was unexpected"), not the event ("surprising", "remarkable":
# `fact_characterised`). Not "odd" ("odd jobs", "odd years") or "wild"
# ("wild horses"), which have plain senses.
SURPRISE_ADJECTIVES = frozenset(
    """
    curious strange interesting intriguing unexpected unusual extraordinary bizarre
    peculiar startling puzzling baffling noteworthy notable unbelievable
    """.split()
)

# Adjectives that grade a reputation or a character ("a well-known lawyer",
# "the undisputed leader", "a tenacious rival"): the writer's measure of how
# someone stands or is, which no record bears out as written (a title, an
# office or a count does). Hyphenated compounds of esteem, which the
# published lexicon of `fact_evaluative` holds none of, and words judged in
# every sense; not "celebrated", "noted" (verbs), "famous", "popular"
# (`fact_attributive`, after "a"). Round 62: a standing graded by the
# writer, "a high-profile donor", "the famed prize", "the embattled firm",
# "his beleaguered campaign", "an outspoken critic" (no record says how
# high a profile is, or how beset a campaign).
REPUTATION_ADJECTIVES = frozenset(
    """
    well-known well-respected well-regarded well-liked well-loved highly-regarded
    highly-respected much-admired much-maligned vaunted undisputed renowned acclaimed
    storied prestigious esteemed revered venerable iconic tenacious formidable shrewd savvy
    feisty scrappy dogged high-profile famed embattled beleaguered outspoken
    """.split()
)

# Nouns that judge in every sense: the writer's label for an event ("an
# inquiry into the debacle", "after the gaffe", "a foregone conclusion"),
# wherever they stand, not what happened; "underdog" is the writer's estimate
# of a contender's chances (a dictionary's "thought to have little chance"),
# "maverick" its judgement of a person as unorthodox.
JUDGING_NOUNS = frozenset(
    """
    debacle debacles fiasco fiascos fiascoes farce farces charade charades sham shams
    travesty travesties boondoggle boondoggles snafu snafus blunder blunders gaffe gaffes
    misstep missteps kerfuffle brouhaha ploy ploys foregone underdog underdogs maverick
    mavericks
    """.split()
)

# A body's state told as a blow's effect ("the guild, reeling and nearly
# broke", "a campaign floundering", "teetering"): figures of staggering
# (a dictionary's figurative senses), the writer's reading of the state.
FIGURED_STATES = frozenset(
    """
    reeling floundering faltering flailing teetering tottering
    """.split()
)

# Verbs that tell how someone spoke by grading it ("bragged that", "fumed
# about", "scoffed at", "whined", "haranguing", "hectored"): the writer's reading of the speaker's
# manner, which no record bears out as written ("said" does). Verbs judged
# in every sense; not "boasted" (a place "boasts" a port), "railed",
# "touted", "lashed out" (news verbs of a stance, as "criticized" is).
SPEECH_MANNER_VERBS = frozenset(
    """
    brag brags bragged bragging gloat gloats gloated gloating whine whines whined whining
    fumed fuming ranted ranting scoffed scoffing sneered sneering crowed crowing griped
    griping grumbled grumbling seethed seething harangue harangues harangued haranguing
    hectored hectoring blustered blustering browbeat browbeats browbeaten browbeating
    """.split()
)

# The writer's words read as the evaluative ones are, wherever they stand
# (`fact_rules`), unless reported.
GRADING_WORDS = (
    SURPRISE_ADJECTIVES
    | REPUTATION_ADJECTIVES
    | JUDGING_NOUNS
    | SPEECH_MANNER_VERBS
    | FIGURED_STATES
)

# First and second person: outside quote marks they mark a columnist's view,
# a transcript or a quote whose marks were lost, not a report.
PERSONAL = frozenset("I me my mine we us our ours you your yours myself ourselves".split())

# Nouns of time a demonstrative may open a sentence with and still leave it
# standing alone: "This year, the board ...".
TIME_NOUNS = frozenset(
    """
    year years week weeks month months morning afternoon evening night day days weekend spring
    summer fall autumn winter time season session term quarter century decade
    """.split()
)
# Verbs done to a word: before "this term" they make it a word the
# sentences before gave ("coined this term"), not a term of office
# (`fact_referents`).
WORDING_VERBS = frozenset(
    """
    coin coins coined coining use uses used using invent invents invented popularize
    popularized popularise popularised adopt adopted borrow borrowed embrace embraced
    reject rejected avoid avoided prefer preferred
    """.split()
)

# Shell nouns (Schmid, "English Abstract Nouns as Conceptual Shells", 2000):
# bare after "the", they stand for something said before ("Roe spoke about
# the issue", "the incident drew protests").
SHELL_NOUNS = frozenset(
    """
    issue matter subject topic question situation incident episode remarks comments remark
    comment idea move allegation allegations accusation accusations controversy dispute decision
    plan proposal speech poll survey report study analysis filing lawsuit investigation probe
    inquiry bill deal ruling letter meeting hearing session conference event rally interview memo
    offer claim claims statement response reaction criticism announcement promise threat warning
    request demand argument complaint tweet tweets rant attack attacks
    """.split()
)

# Present-tense verbs of photo captions ("... gestures during a rally").
CAPTION_VERBS = frozenset(
    """
    gestures waves smiles listens pauses reacts poses arrives greets speaks applauds cheers
    """.split()
)
# More present tenses a caption uses, told from a report by the full date
# with its year that follows ("... signs autographs on May 2, 2019 in ...").
CAPTION_DATED_VERBS = CAPTION_VERBS | frozenset(
    """
    signs holds attends delivers talks visits campaigns walks stands looks departs leaves
    kisses shakes hugs embraces points sits gives takes
    """.split()
)

# Verbs of decisions, votes and rules: a sentence holding one reports
# something checkable ("The board approved ...", "The law prohibits ...").
DECISION_WORDS = frozenset(
    """
    vote voted votes voting approve approved approves passed passes adopted adopts rejected
    rejects signed signs ruled rules filed sued charged arrested announced enacted banned
    prohibits prohibited requires required vetoed appointed elected nominated confirmed
    indicted convicted sentenced fined ordered resigned endorsed withdrew suspended
    """.split()
)

# Numbers written as words.
NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve dozen dozens hundred
    hundreds thousand thousands million millions billion billions trillion percent half
    """.split()
)

# Past tenses and participles of common irregular English verbs (regular
# ones end in -ed): what someone did, as against what something is.
IRREGULAR_PAST = frozenset(
    """
    said told made won lost gave given took taken met ran led got gotten came went gone sent
    held paid left spent sold bought brought wrote written spoke spoken began begun found
    kept put set hit cut quit drew drawn grew grown threw thrown knew known saw seen stood
    fought sought struck shot fell fallen broke broken chose chosen rose risen beat beaten
    bid dealt heard rode ridden sat sank sunk swore sworn taught tore torn withdrew withdrawn
    wore worn overcame oversaw overseen overtook undertook forbade forbidden froze frozen
    became become hung laid lent let lit mistook paid proved proven shut slid spun split spread stole
    stolen stuck stung strove sped swept swung upheld won wound built bent bound fed fled
    flew flown forgave forgot ate eaten drove driven gave hid hidden meant rang rung read
    """.split()
)


def past_tense(word: str) -> bool:
    """Whether the word, as written, is a past tense: "won", "voted"."""
    return word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed") and word.islower())


# Participles by which a writer, after a comma, says what a fact means
# rather than what happened: "..., showing how weak the field is".
INTERPRETING = frozenset(
    """
    showing suggesting underscoring highlighting signaling signalling reflecting illustrating
    demonstrating
    """.split()
)

# Verbs that open an imperative: a promotion or an instruction to the reader.
IMPERATIVES = frozenset(
    """
    be tune watch read listen click join sign follow see check get find learn subscribe
    download visit remember consider imagine note look take let don't share send email call
    compare start keep try let's yes, no,
    """.split()
)

# Nouns of records, rules, events and counts: "the <noun>" names something
# the source identifies on its own ("the ordinance", "the poll", "the
# hearing"), as against "the couple", "the exception", "the main barrier".
RECORD_NOUNS = frozenset(
    """
    poll polls survey surveys report reports study studies bill bills law laws ordinance
    ordinances measure measures proposal proposals plan plans budget budgets election
    elections vote votes primary primaries caucus caucuses ballot ballots ruling rulings
    decision decisions order orders policy policies rule rules regulation regulations
    program programs deal deals agreement agreements treaty contract contracts lawsuit
    lawsuits suit case cases investigation investigations probe inquiry audit census index
    rate rates data figures results count tally total number numbers turnout deficit debt
    economy unemployment inflation meeting meetings hearing hearings debate debates rally
    rallies convention conference session sessions summit race contest amendment resolution
    statute code charter act legislation court courts jury verdict trial indictment complaint
    filing petition referendum initiative veto nomination appointment letter letters memo
    statement email emails document documents affidavit charge charges ceremony speech
    interview announcement result polling spending funding fundraising income wages price
    prices cost costs revenue revenues growth population salary force account
    """.split()
)

# Offices that several people hold at once for one place: "the Quillon
# senator" stands for one of them, named before.
SHARED_OFFICES = frozenset(
    """
    senator congressman congresswoman representative rep lawmaker assemblyman assemblywoman
    assemblymember councilman councilwoman councilmember alderman alderwoman commissioner
    supervisor trustee delegate member judge justice secretary minister deputy officer
    detective spokesman spokeswoman spokesperson director executive attorney
    """.split()
)

# Nouns for a person that are no office: "the candidate", "the billionaire
# businessman" stand for someone named before, and leave a fact unclear alone.
EPITHETS = frozenset(
    """
    candidate candidates nominee hopeful front-runner frontrunner businessman businesswoman
    billionaire mogul developer man woman men women boy girl child couple family pair duo
    official officials spokesman spokeswoman spokesperson aide aides adviser advisers advisor
    source sources employee worker resident residents veteran activist lawmaker politician
    entrepreneur investor executive star host journalist reporter author writer critic critics
    supporter supporters opponent opponents rival rivals challenger incumbent native newcomer
    scholar professor researcher scientist economist doctor physician surgeon neurosurgeon
    lawyer consultant strategist pastor priest actor actress singer athlete student
    teacher soldier victim suspect gunman shooter defendant witness
    """.split()
)

# Plural nouns for people or reports that, as a bare subject ("Officials
# said ...", "Polls show ..."), leave out which ones the sentence means.
VAGUE_GROUPS = frozenset(
    """
    people officials critics supporters opponents observers analysts experts organizers aides
    advisers advisors sources residents protesters members leaders insiders strategists
    operatives allies donors lawmakers activists advocates politicians companies investors
    developers workers candidates reporters polls projections stories reports studies others
    analysis research
    """.split()
)

# Places and the bodies that govern them: "the state", "the board". A bare
# "the <noun>" of these most often means the place or body a story is about,
# which its first lines name; repeated from the sentences just before, it
# points back like any noun.
PLACE_BODIES = frozenset(
    """
    board city county state house senate commission council district school police fire
    public assembly works
    """.split()
)
