"""Quote marks around a term, a name or a title rather than words said.

`quotes` asks these tests of a short stretch before it takes it for a
quote: a term named as such (`the phrase "rigged"`), an option chosen (`those
who chose "honest"`), a name given to a thing (`a play called "the last
bus"`), a headline cited in brackets or a link's text; and after the
speaker is sought, one word or a phrase of four to seven no one is found
to say, set off inside the writer's own sentence (`the now-derided
"guard"`). And whether a verb of saying or judging governs a short quote
(`called the plan "reckless"`), a meaning given (`means "little pot"`),
and a longer stretch that names a phrase, a work or a thing (`the motto
"..."`, `the annual "..." march`).
"""

from __future__ import annotations

import re

from app.core.extract.lexicon import JUDGING_VERBS, SPEECH_VERBS, TAG_VERBS
from app.core.extract.marks import Stretch
from app.core.extract.sentences import sentence_start
from app.core.extract.tag_words import is_verb

_WORDS_BEFORE = re.compile(r"[A-Za-z]+")
_GOVERNING_VERBS = SPEECH_VERBS | JUDGING_VERBS
_BE = frozenset("is was are were be been".split())
# A source given before the quote, its phrase closed by a comma: `According
# to Ivo Brask, the plan is "..."` (not `according to the "..." report`).
_ACCORDING = re.compile(r"\b[Aa]ccording to [^,\"\u201c\u201d]+,")
# An agent after a passive's quoted words: `" by Ana Ruiz`.
_BY_AGENT = re.compile(r"[\"\u201d][^.\n\"\u201c\u201d]{0,20}?\bby\s+[A-Z]")
_CLOSING = re.compile('["\u201d]')
# A quoted stretch inside the words before a mark ("weak" in `called it
# "weak" and "slow"`): skipped, so the verb before it still governs.
_QUOTED = re.compile('["\u201c\u201d][^"\u201c\u201d]*["\u201c\u201d]')
# Verbs naming someone or something (`called`, `dubbed`, `branded` ...).
_NAMING_VERBS = r"\b(?:call|calls|called|calling|dubbed|dubs|labell?ed|branded|nicknamed)"
# A verb naming someone something, and whom, right before the mark: `called
# Vesk "Little Ivo"`, `dubbed her "The Iron Mayor"`, `branded the new chief
# "The Great Delayer"`: the name given is a quote.
NAMES_SOMEONE = re.compile(
    _NAMING_VERBS + r"[ \t]+"
    r"(?:him|her|them|[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2}"
    r"|(?:the|his|her|their|its|our)(?:[ \t]+[a-z][\w'\u2019-]*){1,3})"
    r"[ \t]+(?:(?:as[ \t]+)?(?:a|an|the)[ \t]+)?$"
)
# A name given right before the mark: a verb of naming and its object, or
# "as" (`calls a rival the "`, `talk of rivals as the "`).
_NAMED_AS = re.compile(
    r"(?:" + _NAMING_VERBS + r"(?:[ \t]+[\w'\u2019-]+){0,3}|\bas(?:[ \t]+(?:a|an|the))?)[ \t]+$"
)
# What may stand before a quote that opens its sentence's words (`He said:
# "`, `She added, "`, `- "`), and a gloss in brackets right after a quote
# (`"velta" ("harbor")`).
_LEAD_END = frozenset(":,\u2014\u2013-")
_GLOSS_BEFORE = re.compile('["\u201d][ \t]*\\($')
# After a headline cited in brackets: where it ran and when, up to the
# closing bracket (`," Vesk Ledger, May 2)`).
_CITED_AFTER = re.compile('["\u201d],?[ \t]+([A-Z][^()\n"\u201c\u201d]{0,60})\\)')
# After a closing mark: the words are a term of some trade's speech
# (`"sit tight" in harbor parlance`, `in dockside-speak`).
_JARGON_AFTER = re.compile(
    r",?[ \t]+in[ \t]+(?:[\w'\u2019]+[ \t]+){0,3}?"
    r"(?:parlance|jargon|lingo|slang|vernacular|[a-z]+-speak)\b"
)
# Nouns naming a quoted stretch as a term or a title: `the phrase "rigged"`.
TERM_NOUNS = frozenset(
    "term terms phrase phrases slogan label moniker word headline title titled entitled hashtag "
    "motto nickname catchphrase tagline song book film podcast line".split()
)

_NAMING = frozenset("called named dubbed titled entitled".split())

# Nouns naming a phrase or a work, right before a longer quote in lower case
# (`the motto "work keeps the light on"`, `her memoir, "how to leave"`): its
# name, no one's words. Not "line", "title" or "headline": a line quoted is
# someone's, and a title in capitals is told apart by `quotes`.
_PHRASE_NOUNS = TERM_NOUNS - frozenset("line headline title titled entitled".split()) | frozenset(
    "novel memoir album poem essay".split()
)
# A verb of using or saying words among the three words before the noun that
# names them: `repeated the phrase "`, `ran on the slogan "`.
_USED_WORDS = frozenset(
    "use used uses using repeat repeats repeated repeating utter utters uttered uttering coin "
    "coins coined coining invoke invokes invoked invoking adopt adopts adopted adopting borrow "
    "borrowed say says saying said chant chants chanted chanting shout shouts shouted shouting "
    "tweet tweets tweeted tweeting wrote write writes writing ran run runs running".split()
)

# A verb of choosing up to three words before the mark: what follows is an
# option chosen (a survey's answer), no one's words. (A no-break space is a space.)
_CHOSEN = re.compile(r"\b(?:chose|chosen|selected|picked)(?:[ \t\u00a0]+[a-z]+){0,3}[ \t\u00a0]+$")

# Things made and named, whose name is no one's words: `a new play called "..."`.
_WORK_NAMED = re.compile(
    r"\b(?:play|film|movie|book|novel|song|album|show|series|documentary|podcast|website|blog)"
    r"[ \t]+(?:called|named|dubbed|titled|entitled)[ \t]*$"
)

# A meaning given: `translates as "`, `literally translated, "`; and "means"
# or "meaning" right before the mark, said of a word or a name.
_TRANSLATES = re.compile(
    r"(?:\btranslat(?:es|ed|ing)(?:[ \t]+[a-z]+ly)?[ \t]+(?:as|to|into)"
    r"|\b(?:literally|roughly|loosely)[ \t]+translated,?)[ \t]*$"
)
_MEANS = re.compile(r"\b(?:means|meaning|meant)[ \t]*$")
_WORD_NOUNS = frozenset("name names word words term phrase title motto".split())

# A noun naming a plan, a rule, a movement or an event right after the
# closing mark: `"take back the night" march`, `"one in, one out" rule`.
_HEAD_NOUNS = frozenset(
    "plan policy program initiative campaign rule law bill act ordinance measure proposal march "
    "rally movement approach strategy doctrine status tax fee scheme agenda platform project "
    "effort order mentality philosophy budget model standard system provision clause option "
    "festival event drive challenge".split()
)
# Descriptors in a row (`lazy, tired and costly`) or with an adverb in -ly
# (`slow and frankly careless`): words said of the thing, not its name.
_DESCRIPTORS = re.compile(r"(?:[\w'\u2019-]+,?[ \t]+)+(?:and|or)[ \t]+[\w'\u2019-]+$")
_ADVERB = re.compile(r"\b[a-z]{3,}ly\b")
# A possessive of a common noun (`the bakery's "`), not of a name (`Vesk's "`:
# the words may be that person's own).
_POSSESSIVE_END = re.compile(r"\b[a-z][\w-]*['\u2019]s?[ \t]+$")

_DETERMINERS = frozenset("the a an its their his her our this these those".split())

_REFLEXIVES = frozenset("itself himself herself themselves ourselves myself".split())
_AUXILIARIES = frozenset(
    "would will is was are were has have had could can should may might".split()
)

# Short quoted items in a list right before a mark: `"audit," "levy" and `.
_LIST_BEFORE = re.compile(
    '(?:["\u201c][^"\u201c\u201d\n]{1,40}["\u201d],?[ \t]+(?:(?:and|or)[ \t]+)?)+$'
)


def verb_just_before(text: str, open_at: int, line_start: int) -> bool:
    """A speech verb among the four words before the opening mark; a word
    with a possessive ending is a noun (`the state's "`)."""
    head = text[max(line_start, open_at - 60) : open_at]
    found = _WORDS_BEFORE.findall(head)[-4:]
    return any(
        w.lower() in SPEECH_VERBS and found[i + 1 : i + 2] != ["s"] for i, w in enumerate(found)
    )


def verb_in_sentence(text: str, open_at: int, line_start: int) -> bool:
    """A speech or judging verb earlier in the sentence of the opening mark,
    at most 30 words back, quoted words not counted: `called the plan a
    "gift"`, `said the vote was "rigged" and "wrong"`."""
    s = sentence_start(text, line_start, open_at)
    lo = max(s, open_at - 300)
    head = _QUOTED.sub(" ", text[lo:open_at])
    found = _WORDS_BEFORE.findall(head)
    shown = found[-30:]
    words = [w.lower() for w in shown]
    opens = lo == s and len(found) <= 30  # shown[0] is the sentence's first word
    if "ccording to " in head and _ACCORDING.search(head):
        return True  # `According to Ivo Brask, the plan is "a gift"`
    for i, w in enumerate(words):
        passive = i > 0 and words[i - 1] in _BE and not w.endswith("ing")
        # A capital inside the sentence makes a verb form a name:
        # "Secretary of State", "the Lindvale Report".
        noun = shown[i][0].isupper() and not (i == 0 and opens)
        if (
            w in _GOVERNING_VERBS
            and not noun
            and (not passive or "by" in words[i + 1 :])
            and words[i + 1 : i + 2] != ["s"]  # `the state's "`: a possessive, a noun
        ):
            return True  # `was accused by Ana Ruiz of "..."` has its agent
    # `is called a "debate"`, `has been described as a "tax"`: a passive
    # names a term, unless an agent follows (`... "tax" by Ana Ruiz`).
    close = _CLOSING.search(text, open_at + 1)
    return (
        close is not None
        and any(w in _GOVERNING_VERBS for w in words)
        and _BY_AGENT.match(text, close.start()) is not None
    )


def glossed(text: str, opening: int) -> bool:
    """Whether the quote gives what a word or a name means: after
    "translates as" (`the motto translates as "by work and faith"`), or
    after "means" or "meaning" said of a word set off or named as one
    (`"brava," meaning "the wild one"`, `the dish's name means "little
    pot"`): a translation, no one's words."""
    lo = max(0, opening - 60)
    if _TRANSLATES.search(text, lo, opening):
        return True
    m = _MEANS.search(text, max(0, opening - 10), opening)
    if m is None:
        return False
    head = text[lo : m.start()].rstrip(" \t,")
    for relative in ("which", "that"):
        if head.endswith(relative):
            head = head[: -len(relative)].rstrip(" \t,")
    if head.endswith(('"', "\u201d")):
        return True  # `"brava," meaning "`, `"brava," which means "`
    # `the dish's name means "`, not `Brask said the new name means "`.
    words = [w.lower() for w in _WORDS_BEFORE.findall(head)[-8:]]
    return any(w in _WORD_NOUNS for w in words[-6:]) and not any(w in TAG_VERBS for w in words)


def named_phrase(text: str, opening: int) -> bool:
    """Whether a noun naming a phrase or a work stands right before the
    opening mark, a comma at most between (`the slogan, "a port for all"`,
    `her novel "we were the river"`): the quote is its name or its words as
    words, no one's saying."""
    before = text[opening - 2 : opening - 1]
    if text[opening - 1 : opening] != " " or not (before.isalpha() or before == ","):
        return False  # (most quotes: a cheap test first; `said: "`, a paragraph's start)
    lo = max(0, opening - 16)
    tail = text[lo:opening].rstrip(" \t,")
    cut = tail.rfind(" ") + 1
    if tail[cut:] not in _PHRASE_NOUNS:  # (`Dr. Ana Song "was ..."`: a name)
        return False
    # `repeated the phrase "..."`, `chanted the slogan "..."`: words used.
    before = _WORDS_BEFORE.findall(text, max(0, lo + cut - 40), lo + cut)[-3:]
    return not any(w.lower() in _USED_WORDS for w in before)


def names_a_thing(text: str, st: Stretch) -> bool:
    """Whether the quote, ending in no stop or comma, stands between a
    determiner or possessive and a noun naming a plan, a rule or an event
    (`the annual "take back the night" march`, `the bank's "too big to fail"
    status`): the words name the thing, no one says them here; not words
    that describe it (`the mayor's "lazy, tired and costly" budget`)."""
    if not text[st.end + 2 : st.end + 3].islower() or not text[st.end - 1 : st.end].isalnum():
        return False  # (most quotes: a cheap test before the pattern)
    after = _WORDS_BEFORE.match(text, st.end + 2)
    word = after.group() if after is not None and text[st.end + 1] in " \t" else ""
    if word not in _HEAD_NOUNS and word[:-1] not in _HEAD_NOUNS:  # (`rules`)
        return False
    fragment = text[st.start : st.end]
    if _DESCRIPTORS.match(fragment) or _ADVERB.search(fragment):
        return False  # `the mayor's "lazy, tired and costly" budget`: words said of it
    before = text[max(0, st.start - 40) : st.start - 1]
    if _POSSESSIVE_END.search(before):
        return True
    return any(w.lower() in _DETERMINERS for w in _WORDS_BEFORE.findall(before)[-2:])


def chosen(text: str, opening: int) -> bool:
    """Whether a verb of choosing stands up to three words before the
    opening mark (`those who chose "honest"`, `voters who picked someone
    who "listens to them"`): an option chosen, a survey's answer."""
    lo = max(0, opening - 40)
    # (Three finds in C first: most quotes have no such verb before them.)
    if (
        text.find("cho", lo, opening) < 0
        and text.find("selected", lo, opening) < 0
        and text.find("picked", lo, opening) < 0
    ):
        return False
    return _CHOSEN.search(text, lo, opening) is not None


def is_label(text: str, st: Stretch) -> bool:
    """Quote marks around a name or term, not around someone's words: a
    term named as such (`the phrase "rigged"`), a self-designation
    (`declared itself a "free zone"`) or the subject of a clause (`said the
    "pilot scheme" will end`)."""
    opening = st.start - 1
    tail = text[max(0, opening - 6) : opening]
    listed = '"' in tail or "\u201d" in tail  # (a cheap test before the search)
    run = _LIST_BEFORE.search(text, max(0, opening - 200), opening) if listed else None
    if run is not None:
        opening = run.start()  # `such as "audit," "levy" and "tax"`: the list's first
    before = _WORDS_BEFORE.findall(text, max(0, opening - 40), opening)[-2:]
    if before and before[-1].lower() in TERM_NOUNS:
        return True  # `the phrase "rigged"`
    if chosen(text, opening):
        return True  # `those who chose "honest"`: an option
    if [w.lower() for w in before] == ["such", "as"]:
        return True  # `terms such as "audit"`
    if text.startswith(" in", st.end + 1) and _JARGON_AFTER.match(text, st.end + 1):
        return True  # `"sit tight" in harbor parlance`
    if run is not None:
        return False
    if len(before) < 2 or before[-1].lower() not in _DETERMINERS:
        return False
    if before[0].lower() in _REFLEXIVES:
        return True
    after = _WORDS_BEFORE.match(text, st.end + 1 + (text[st.end + 1 : st.end + 2] == " "))
    return after is not None and after.group() in _AUXILIARIES


def is_given_name(text: str, st: Stretch) -> bool:
    """A name given to a thing, not words said: `a tactic known (here) as
    "the sweep"`, `a play called "the last bus"`."""
    low = [w.lower() for w in _WORDS_BEFORE.findall(text, max(0, st.start - 40), st.start - 1)[-3:]]
    if low[-1:] == ["as"] and "known" in low[:-1]:
        return True
    if (
        low[-1:]
        and low[-1] in _NAMING
        and _WORK_NAMED.search(text, max(0, st.start - 40), st.start - 1)
    ):
        return True  # `a popular play called "Sons of Vesk"`
    return len(low) == 3 and low[0] in ("a", "an") and low[2] in _NAMING


def writers_word(text: str, st: Stretch, line_start: int) -> bool:
    """Whether a one-word quote that no one is found to say stands inside a
    sentence of the writer's own words (`the now-derided "establishment"`,
    `told to "smile"`, `"high" or "low" functioning`): a word the writer
    sets off, no one's words. A name someone gives (`calling them
    "Quills"`, `calls a rival the "enemy"`, `her talk of rivals as the
    "enemy"`) and a gloss in brackets after a quote stay quotes."""
    opening = st.start - 1
    head = text[sentence_start(text, line_start, opening) : opening].rstrip()
    if not head or head[-1] in _LEAD_END:
        return False  # the quote opens its sentence's words: `Vesk said: "Never."`
    if _GLOSS_BEFORE.search(text, max(line_start, opening - 4), opening):
        return False
    return not _NAMED_AS.search(text, max(line_start, opening - 60), opening)


# A person's possessive right before the mark (`Ana Ruiz's "`): the words
# may be that person's own; a sign's or a banner's words (`a poster reading "`).
_OWNED_BEFORE = re.compile(r"(?:[A-Z][\w-]*['\u2019]s?|\breads?|\breading)[ \t]+$")


def writers_phrase(text: str, st: Stretch, words: list[str], line_start: int) -> bool:
    """Whether a phrase of four to seven words that no one is found to say
    stands inside a sentence of the writer's own words (`the "longest
    standoff in the valley's history" may be over`, `towns such as "the free
    republic of Oskel"`): the writer's words set off, as `writers_word` for
    one word. Not a clause (an auxiliary among its words: a statement), nor
    words after a source given ("according to"), nor words said of a thing
    (`a "slow and plainly careless" plan`), nor words a person's possessive
    or a sign gives. (On the tuning part's partial quotes with no speaker,
    two or three words are mostly a term someone used, eight or more a
    passage quoted from a document: both stay quotes.)"""
    if not 4 <= len(words) <= 7 or not writers_word(text, st, line_start):
        return False
    if any(w.lower() in _AUXILIARIES for w in words):
        return False  # `note that the pier "will be rebuilt by May"`: a statement
    head = text[sentence_start(text, line_start, st.start - 1) : st.start - 1]
    if "ccording to " in head and _ACCORDING.search(head):
        return False  # `According to their count, it was "..."`: a source given
    fragment = text[st.start : st.end].rstrip(",.!?")
    if _DESCRIPTORS.match(fragment) or _ADVERB.search(fragment):
        return False
    return not _OWNED_BEFORE.search(text, max(line_start, st.start - 40), st.start - 1)


def cited_title(text: str, st: Stretch, line_start: int) -> bool:
    """Whether the quote names a piece of writing by its typography: a
    headline cited in brackets with where it ran (`("Storm shuts bridge,"
    Vesk Ledger, May 2)`) or words in the text of a link (`<a href=...>A
    night in "the loud town"</a>`)."""
    if text[st.start - 2 : st.start - 1] == "(":
        m = _CITED_AFTER.match(text, st.end)
        if m is not None and "," in m.group(1):
            return not any(w in TAG_VERBS for w in _WORDS_BEFORE.findall(m.group(1)))
    link = text.rfind("<a ", line_start, st.start)
    if link < 0:
        return False
    text_at = text.find(">", link, st.start)
    return (
        text_at >= 0
        and text.find("</a>", text_at, st.start) < 0
        and text.find("</a>", st.end, st.end + 300) >= 0
    )


# After a quote's closing mark, its tag and the words describing the person
# it names: `," said Ana Ruiz, one of the original ` (the verb before or
# after the name), up to a later opening mark.
_TAG_THEN_DESCRIPTION = re.compile(
    r"[,?!][\"\u201d][ \t]+([^,\"\u201c\u201d]{1,60}),[ \t]+([^\"\u201c\u201d]*)$"
)
# How a description of a person opens: an age, an article, "one (of)", a
# relative pronoun, or a capital (`the port's director`, `Vesk's aide`).
_DESCRIPTION_OPENERS = frozenset("a an the one who whose".split())
# Verbs of thinking: `, who thinks the council must "..."` reports the
# person's view, and the quote is theirs.
_THINKING = frozenset(
    "think thinks thought believe believes believed hope hopes hoped feel feels felt fear "
    "fears feared expect expects expected want wants wanted".split()
)


def describes_speaker(text: str, opening: int, line_start: int) -> bool:
    """Whether the quote stands inside the words that describe the person a
    tag just named (`"...," said Ana Ruiz, one of the original "harbor five"
    founders`, `said Vesk, whose book profiles "restless" mayors`): the
    writer's description, no one's words, and not the speaker's. A
    description that says or thinks something (`, who added that it was
    "..."`, `, who thinks it must "..."`), a clause after the tag (`, adding
    that ...`, `, and ...`) or a quote after a comma (`said Vesk, the port's
    director, "and ..."`) goes on being the speaker's."""
    if text[opening - 1 : opening] != " " or not text[opening - 2 : opening - 1].isalpha():
        return False  # (most quotes: a cheap test first)
    lo = max(line_start, opening - 240)
    close = max(text.rfind("\u201d", lo, opening), text.rfind('"', lo, opening - 1))
    if close < 1 or text[close - 1] not in ",?!":
        return False  # no quote ended by its tag's comma before it
    m = _TAG_THEN_DESCRIPTION.match(text, close - 1, opening)
    tag = m.group(1).split() if m is not None else ()
    if not tag or not (is_verb(tag[0], TAG_VERBS) or is_verb(tag[-1], TAG_VERBS)):
        return False  # `," said Ana Ruiz,` or `," Ana Ruiz said,`
    if sentence_start(text, line_start, opening) > close:
        return False  # the quote before ends another sentence
    description = m.group(2).lstrip("0123456789 \t,")
    if description.count(",") or ";" in description:
        return False  # `, the port's director, and the vote was "`: a new clause
    return _describes(description)


def _describes(description: str) -> bool:
    """Whether the words after a name's comma read as the writer's
    description of the person: they open as one does (an article, "one",
    "who", a capital; not `adding that`, `going on to list`, `but`) and say
    or think nothing."""
    first = description.split(maxsplit=1)[0] if description.strip() else ""
    if not (first.lower() in _DESCRIPTION_OPENERS or first[:1].isupper()):
        return False
    words = _WORDS_BEFORE.findall(description)
    return not any(w.lower() in _GOVERNING_VERBS or w.lower() in _THINKING for w in words)


# A name opening its sentence (or following a quote's closing mark) and the
# comma opening its description: `Ana Ruiz, one of the original `.
_NAME_THEN_DESCRIPTION = re.compile(
    r"(?:[,?!][\"\u201d][ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3},[ \t]+"
    r"([^\"\u201c\u201d,;:]*)$"
)
# After the quote: the rest of the description, its closing comma and a
# verb: `" founders, said`, `" skippers, told`.
_DESCRIPTION_THEN_VERB = re.compile(
    r"[\"\u201d][ \t]*[^\"\u201c\u201d,;:.!?]{0,60},[ \t]+([a-z]+)\b"
)


def describes_subject(text: str, st: Stretch, line_start: int) -> bool:
    """Whether the quote stands inside the words that describe the person
    opening the sentence, between the name and a verb of saying (`Ana Ruiz,
    one of the original "harbor five" founders, said`): the writer's
    description, no one's words; the quote after it is that person's.
    Not a description that says something (`Ruiz, who called it "a
    mess," said`) or a quote ending in a comma (`Ruiz, "a patient woman,"
    said`: the words may be someone's)."""
    opening = st.start - 1
    if text[opening - 1 : opening] != " " or not text[st.end - 1 : st.end].isalnum():
        return False  # (most quotes: a cheap test first)
    m = _DESCRIPTION_THEN_VERB.match(text, st.end)
    if m is None or not is_verb(m.group(1), TAG_VERBS):
        return False
    s = sentence_start(text, line_start, opening)
    head = _NAME_THEN_DESCRIPTION.search(text, max(s, opening - 200), opening)
    if head is None or head.start() != s and text[head.start()] not in ",?!":
        return False
    return _describes(head.group(1).lstrip("0123456789 \t"))
