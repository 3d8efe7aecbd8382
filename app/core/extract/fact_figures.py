"""Figurative phrases of English idiom, not of the body, told in the
writer's voice: "cemented her status as the nominee", "has captured the
hearts of moderates", "put her faith in the field staff", "is taking heat
from Vesk", "were having none of it", "eked out a win", "looked to make
inroads with", "ended the meeting on a giddy note", "spent Tuesday looking
past Quillon", "Roe's rivals moved on.", "is looking forward to a fight",
"has taken center stage", "has their backs", "a last-ditch effort",
"rolled into Quillon", "huddled with donors", "reaped a $4 million fee",
"erupted in protests", "grappled with the ethics of", "to the tune of $2
million", "took to the airwaves to defend".

As with the idioms of the body (`fact_idioms`), the act behind the figure
may be a fact; the figure (a standing made firm, a mood, a margin graded
as narrow, a focus) is the writer's reading of it, which no record bears
out as written. Fixed phrases idiom dictionaries list with a figurative
sense, none taken from the articles' wording; phrases whose literal sense
is common in the news (stepping up patrols, dropping out of a race,
coming under fire, a car veering off a road, catching fire) are left out, and so is a note that is a paper ("on a
handwritten note").

A figure that is no part of what the writer states is no characterisation
of the sentence: in someone's words (a reporting verb, a message "made
clear" or "assured", quote marks), or only in a relative clause set off by
commas when the main clause states a figure or a time ("In Velmar, where
Roe eked out a win, turnout fell 40 percent from 2008").
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import CALENDAR, NUMBER_WORDS, STUCK_ON
from app.core.extract.fact_reported import reported_words


def _forms(*entries: str) -> str:
    """A pattern of every form of the verbs "base:past:ing[:participle]"
    as a sentence writes them ("turn" gives turn, turns, turned, turning)."""
    out = []
    for entry in entries:
        base, past, ing, *participle = entry.split(":")
        third = base + ("es" if base.endswith(("sh", "ch", "x", "ss")) else "s")
        out += [base, third, past, ing, *participle]
    return "(?:" + "|".join(sorted(set(out), key=len, reverse=True)) + ")"


_POSSESSIVE = r"(?:his|her|their|its|our|my|your|the)"
_PHRASES = (
    _forms("cement:cemented:cementing")
    + rf" {_POSSESSIVE} (?:status|standing|position|place|hold|grip|legacy|reputation)\b",
    _forms("capture:captured:capturing", "win:won:winning") + r" (?:the )?hearts\b",
    _forms("put:put:putting", "place:placed:placing")
    + rf" {_POSSESSIVE} (?:faith|trust|hopes) in\b",
    _forms("take:took:taking:taken", "feel:felt:feeling") + r" (?:the )?heat\b",
    r"(?:have|has|had|having|want|wants|wanted|wanting) none of it\b",
    _forms("eke:eked:eking") + r" out\b",
    _forms("make:made:making") + r" (?:\w+ )?inroads\b",
    r"\bon an? (?!(?:promissory|handwritten|hand-written|sticky|ransom|suicide|thank-you|typed"
    r"|written|short|brief|bank|separate)\b)[a-z-]+ note\b",
    _forms("sound:sounded:sounding", "strike:struck:striking") + r" an? [a-z-]+ note\b",
    _forms("look:looked:looking") + r" (?:past|forward to)\b",
    _forms("move:moved:moving") + r" on[.,;]",
    _forms("turn:turned:turning") + rf" {_POSSESSIVE} (?:attention|sights|focus)\b",
    _forms("mend:mended:mending") + r" fences\b|\bfence-mending\b",
    _forms("fan:fanned:fanning") + r" the flames\b",
    _forms("pour:poured:pouring", "throw:threw:throwing:thrown") + r" cold water\b",
    _forms("up:upped:upping") + r" the ante\b",
    _forms("raise:raised:raising") + r" (?:the stakes|eyebrows)\b",
    _forms("ruffle:ruffled:ruffling") + r" (?:some |a few )?feathers\b",
    _forms("steal:stole:stealing:stolen") + rf" (?:the show|the spotlight|{_POSSESSIVE} thunder)\b",
    _forms("test:tested:testing") + r" the waters\b",
    _forms("double:doubled:doubling") + r" down\b",
    _forms("take:took:taking:taken") + r" (?:a|another) (?:swipe|jab|dig|potshot)\b|\bpotshots\b",
    _forms("bury:buried:burying") + r" the hatchet\b",
    _forms("toe:toed:toeing") + r" the (?:party )?line\b",
    _forms("jump:jumped:jumping", "climb:climbed:climbing") + r" on(?:to)? the bandwagon\b",
    _forms("hit:hit:hitting") + r" the ground running\b",
    _forms("bite:bit:biting:bitten") + r" the bullet\b",
    _forms("paper:papered:papering") + r" over\b",
    _forms("twist:twisted:twisting") + r" arms\b|\barm-twisting\b",
    r"\bfor the jugular\b",
    _forms("pull:pulled:pulling") + r" (?:no )?punches\b",
    _forms("play:played:playing") + r" hardball\b",
    _forms("rock:rocked:rocking") + r" the boat\b",
    r"\ba line in the sand\b",
    _forms("throw:threw:throwing:thrown") + r" down the gauntlet\b",
    _forms("walk:walked:walking", "tread:trod:treading")
    + r" an? (?:fine|thin) line\b|\btightrope\b",
    _forms("stick:stuck:sticking") + rf" to {_POSSESSIVE} guns\b",
    _forms("dig:dug:digging") + rf" in {_POSSESSIVE} heels\b",
    _forms("take:took:taking:taken") + r" cent(?:er|re) stage\b",
    r"(?:have|has|had|having) (?:his|her|their|its|our|my|your) backs?\b(?! (?:to|on|in)\b)",
    r"\bhalf[- ](?:empty|full)\b|\blast-ditch\b|\blong-shot\b",
    _forms("come:came:coming") + r" naturally\b",
    _forms("make:made:making") + rf" {_POSSESSIVE} voices? (?:heard|known)\b",
    # An arrival as a roll into a named place ("rolled into Quillon"; not "the
    # cart rolled into a ditch"), a meeting as a huddle ("huddled with
    # donors"; not "huddled under blankets"), money as a harvest ("reaped a
    # $4 million fee"; not "reaped 40 acres").
    _forms("roll:rolled:rolling") + r" into (?=[A-Z])",
    _forms("huddle:huddled:huddling") + r" (?:with|privately|behind closed doors)\b",
    _forms("reap:reaped:reaping") + r" (?:an? |about |nearly |more than |some )?[$\u20ac\u00a3]",
    # A crowd's reaction as an eruption ("erupted in protests", "erupted into
    # cheers"; not "a fire erupted in the hold"), a problem as a wrestler
    # ("grappled with the ethics of"; not "grappled with a thief"), a sum as a
    # tune ("to the tune of $1.5 million"; not "sung to the tune of a hymn").
    _forms("erupt:erupted:erupting")
    + r" (?:in|into) (?:a |an )?(?:protests?|cheers|cheering|applause|laughter|anger|fury|outrage"
    r"|boos|booing|jeers|chants|violence|riots?|rioting|chaos|brawls?|fighting|shouting)\b",
    _forms("grapple:grappled:grappling")
    + r" with (?!(?:him|her|them|police)\b)(?!(?:an?|the|two|his|her|their) (?:[a-z-]+ )?"
    r"(?:man|men|woman|women|thief|thieves|guard|guards|intruder|intruders|gunman|suspect"
    r"|suspects|officer|officers|attacker|robber|burglar|assailant|wrestler|opponent)\b)",
    r"\bto the tune of (?:about |nearly |some |more than |over |roughly )?[$\u20ac\u00a3\d]",
    # Speaking told as mounting a platform: "took to the airwaves to
    # defend", "took to the steps of the hall to assail", "took to Twitter
    # to" (a stage, a medium or a place mounted, then what was said there;
    # not "took to the hills", "took to the road", said with no "to <verb>";
    # not "took to the streets", a march, an event of its own).
    _forms("take:took:taking:taken")
    + r" to (?:the )?(?:airwaves|steps|podium|stage|microphone|floor|Twitter|Facebook"
    r"|social media|television|radio)\b[^.;]*? to [a-z]+\b",
)
_FIGURES = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in _PHRASES) + ")")
# A word each phrase holds, its least common (its verb where its noun is a
# common word: "eked out", "doubled down", "papered over"), as a sentence
# split at spaces writes it: most sentences hold none (one set test).
CUES = frozenset(
    w + p
    for w in """
    cement cements cemented cementing hearts faith trust hopes heat none eke ekes eked eking
    inroads note past forward attention sights focus fences fence-mending flames cold ante
    stakes eyebrows feathers steal steals stole stealing stolen waters double doubles doubled
    doubling swipe jab dig potshot potshots hatchet toe toes toed toeing bandwagon ground
    bullet paper papers papered papering arms arm-twisting jugular punches hardball boat sand
    gauntlet walk walks walked walking tread treads trod treading tightrope guns heels
    center centre back backs half half-empty half-full last-ditch long-shot naturally voice
    voices rolled rolling roll rolls huddle huddles huddled huddling reap reaps reaped reaping
    erupt erupts erupted erupting grapple grapples grappled grappling tune took taking taken
    """.split()
    for p in STUCK_ON
) | frozenset(("on.", "on,", "on;"))  # ("moved on.": "on" alone is in most sentences)


# Verbs of saying `reported_words` does not read (their words are rarer in
# a reporting frame than "said"), and "made it clear": what follows them is
# someone's message, told in the writer's words ("assured the clerks that
# she has their backs").
_SAYING = re.compile(
    r"\b(?:(?:re)?assur(?:es|ed|ing)|pledg(?:es|ed|ing)|stress(?:es|ed)"
    r"|explain(?:s|ed|ing)|noted|announc(?:es|ed|ing)"
    r"|ma(?:ke|kes|de|king) (?:it )?(?:clear|plain))\b"
)
# A relative clause set off by a comma ("In Velmar, where Roe eked out a
# win, turnout fell 40 percent"; "Roe, who doubled down on the levy, signed
# the budget on Tuesday"): its opener, then words up to the comma (or dash)
# that closes it, or to the sentence's end ("..., who eked out a win in
# 2012."; not after "which": "won on Tuesday, which cemented her status"
# reads the whole main clause).
_RELATIVE = re.compile(
    r", (?:(where|who|whom|whose)|which) [^,;:\u2014]*?(?:,|;| \u2014| --|(?(1)[.!]?$|(?!)))"
)
# Quoted words: double marks, curly single marks, or straight single marks
# around words (not an apostrophe inside a word: "Roe's").
_QUOTED = re.compile(
    '["\u201c][^"\u201c\u201d]*["\u201d]|\u2018[^\u2018\u2019]*\u2019(?!\\w)'
    "|(?<![\\w'])'[^']*'(?!\\w)"
)
# Words that state a figure or a time: a number word, a month, a day.
_ANCHORS = frozenset(
    w + p
    for w in NUMBER_WORDS.difference(("one",)) | CALENDAR | frozenset(("yesterday", "Yesterday"))
    for p in STUCK_ON
)


def _anchored(words: str) -> bool:
    """Whether `words` state a figure or a time: a digit, a number word, a
    month, a day."""
    return any(c.isdigit() for c in words) or not _ANCHORS.isdisjoint(words.split())


def aside(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at `sentence[start:end]` is no part of what the
    writer states: in quote marks (someone's words), or only in a relative
    clause set off by commas while the main clause states a figure or a
    time ("In Velmar, where Roe eked out a win, turnout fell 40 percent
    from 2008": the figure and the fall are the fact)."""
    for m in _QUOTED.finditer(sentence):
        if m.start() < start and end <= m.end():
            return True
    for m in _RELATIVE.finditer(sentence):
        if m.start() < start and end <= m.end():
            rest = sentence[: m.start()] + sentence[m.end() :]
            return _anchored(rest) and _FIGURES.search(rest) is None
    return False


def figure(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) tells something by
    a phrase of `_PHRASES` in the writer's voice, not in someone's reported
    words ("Roe said Vesk would eke out a win", "Vesk has their backs, Roe
    said", "Roe made it clear to the clerks: she has their backs", "Roe's sign read
    'we have their backs'": the speaker's figure), nor only in a relative
    clause beside a main clause that states a figure or a time."""
    if CUES.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    sentence = " ".join(tokens)
    found = list(_FIGURES.finditer(sentence))
    if not found or reported_words(tokens):
        return False
    said = _SAYING.search(sentence)
    return any(
        not (said and said.start() < m.start()) and not aside(sentence, m.start(), m.end())
        for m in found
    )
