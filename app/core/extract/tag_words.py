"""The words and patterns attribution.py reads a quote's tag and its
sentence by: tag verbs, the words that stop a speaker's phrase, dash
bylines, a party and state after a name, a passive's agent."""

from __future__ import annotations

import re

from app.core.extract.lexicon import BE_FORMS, JUDGING_VERBS, SPEECH_VERBS, TAG_VERBS
from app.core.extract.name_runs import sentence_dot
from app.core.extract.names import SURNAME_PARTICLE, word_before
from app.core.extract.noun_phrases import COUNT_WORDS
from app.core.extract.referents import DETERMINERS, Speaker, as_written
from app.core.extract.speaker_nouns import is_speaker_noun

WORD = re.compile(r"[^\W\d_][\w'\u2019\-.]*|[,;:]")


# A stop right after a figure, a percent sign or a closing bracket, then a
# new sentence: `" between the two mills in 2000. According to`. WORD reads
# no figure, so the words after a quote never see that stop.
_FIGURE_STOP = re.compile(r"[\d%)\]][.!?](?=\s+[^\sa-z])")


def to_figure_stop(text: str, lo: int, hi: int) -> int:
    """`hi`, or the end of a sentence closed by a figure between `lo` and `hi`."""
    m = _FIGURE_STOP.search(text, lo, hi)
    return hi if m is None else m.start() + 1


def word_triples(found) -> list[tuple[str, int, int]]:
    """(word, start, end) of each of `found`, matches of WORD."""
    return [(m[0], m.start(), m.end()) for m in found]  # (m[0]: cheaper than a call)


# Conjunctions opening a clause of its own after a quote, whose subject
# speaks no tag (`" about her links while Vesk suggests`).
OTHER_CLAUSE = frozenset("while whereas although though because unless".split())
# A verb and its particle that say someone speaks before a quote: `pointed
# out that "`, `Vesk cut in: "` (neither word alone does); and "answered"
# handing over with a comma or colon (`She answered, "`), not answering a
# thing (`answered the charge that it was "`).
PARTICLE_CUES = frozenset(
    [(v, "out") for v in ("pointed", "points")]
    + [(v, "in") for v in ("cut", "cuts", "broke", "breaks", "jumped", "jumps")]
    + [("answered", p) for p in ",:"]
)
# Auxiliaries before "heard" in `" a man can be heard shouting`.
HEARD_AUX = frozenset("can could may might will would is was are were be been".split())
QUOTE_MARK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
LEAD = re.compile(r"[\s,;\u2014\u2013-]*")
# A dash standing between words (not a hyphen): after a heading, before a name.
HEADING_DASH = re.compile(r"[ \t](?:-{1,2}|\u2014|\u2013)[ \t]+")
PHRASE_STOP = frozenset(
    "as who which in on at during after before while when to from about of because whether if".split()
)
SUBJECT_OPENERS = COUNT_WORDS | frozenset(
    "he she they the a an his her its their former then later also we i one another some "
    "many several".split()
)
ASIDE_END = re.compile(r",\s*(?:[a-z]+ly\s+|once\s+|also\s+|later\s+|then\s+)?$")


# A name right after these is the employer or host of the name before it.
AFFILIATION = re.compile(r"\b(?:of|at|from|with|on|to|for|by|about|against|through|in)\s+$")

# A dash byline after a quote: `" -- Ana Ruiz` or `" \u2015 Ana Ruiz, organizer`.
BYLINE = re.compile(
    r"[,.]?[ \t]*(?:\u2015|\u2014|\u2013|--|-)[ \t]*([A-Z][^\n\"\u201c\u201d]{1,80}?)[ \t.]*(?=\n|$)"
)
BYLINE_LINE = re.compile(
    r"\n+[ \t]*(?:\u2015|\u2014|\u2013|--|-)[ \t]*([A-Z][^\n\"\u201c\u201d]{1,80}?)[ \t.]*(?=\n|$)"
)
# A pull quote signed on its own last line, inside the marks: `"We need
# buses.\nAna Ruiz, Tenants Union."` (the quote's paragraph ends open).
SIGNATURE_LINE = re.compile(
    r"\n+[ \t]*([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3}),[ \t]+"
    r"[A-Z][^\n\"\u201c\u201d]{1,80}?[\"\u201d][ \t]*(?=\n|$)"
)
# Words that end a description before a name: `," adding that the FBI ...`.
NOT_DESCRIPTOR = frozenset(
    "that the a an it its this these those he she they we i to of for in on at with by as "
    "and or but if when while because who which what".split()
)
# A party and state set off by commas: `, R-Ky.,` (its dot ends no sentence).
PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*$")
SENTENCE_DONE = re.compile(r"[.!?]")
CAPITAL_NEXT = re.compile(r"\s+[A-Z]")

# Verbs that report what someone else said or did: "Ruiz said Vesk called
# it "..."" is Ruiz's telling.
REPORTING = frozenset(
    "said says told tells claimed claims argued argues noted notes wrote writes insisted "
    "insists".split()
)
# Verbs that tag a quote right after it, though not speech verbs everywhere
# else (`," Ruiz answered`, `," Ruiz charged`, but "charged with").
TAG_ONLY = frozenset(
    "answer answers answered repeat repeats repeated mocks mocked questioned charged "
    "started interrupted interrupts exhorted".split()
)
BE = frozenset("is was are were be been".split())
# Every word (lower-cased, a dot stripped) `after_tag` may take for a tag
# or "according": any other word there can only end the sentence.
MAY_TAG = (
    TAG_VERBS
    | TAG_ONLY
    | frozenset(
        "read reads reported reports according shot fired went pointed points put puts chimed".split()
    )
)
AGENT_ENDINGS = ("er", "or", "ist", "ian", "eon", "man", "ant", "ent", "ers", "ors", "ists")
# A quote's words and its close, then a passive's agent: `..." by Ana Ruiz`.
AGENT = re.compile(r"[^\"\u201c\u201d\n]*[\"\u201d][ \t,]*by[ \t]+(?=[A-Z])")
# Verbs whose subject speaks a quote later in their sentence.
CUES = SPEECH_VERBS | JUDGING_VERBS

# Verbs of telling that tag no quote themselves but, said of a person in
# the sentence before a quote, make the quote theirs: `Ruiz mentioned the
# vote. "..."`, `Ruiz spoke at length. "..."`.
TELLING = frozenset(
    "mention mentions mentioned speak speaks spoke elaborate elaborates elaborated demurred "
    "exhorted disagree disagrees disagreed objected objects".split()
)
# Words that, in the paragraph before a bare quote, say a quote follows.
LEAD_IN_CUES = (
    SPEECH_VERBS | TELLING | frozenset("statement letter read email remarks message post".split())
)


_DESCRIPTION_OPENERS = frozenset("the a an one some many several two three".split())
_AFTER_HEAD = frozenset("for with from at in on who which".split())


def described_person(phrase: str) -> Speaker | None:
    """`," the retired surgeon said`: a description right before a tag verb
    names its speaker as written when its head reads as a person's (a noun
    of agent: -er, -or, -ist, -ian, -eon, -man, -ant, -ent), though no list
    knows it."""
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    words = words[:cut]  # "a strategist for one of the campaigns"
    if not (2 <= len(words) <= 5) or words[0].lower() not in _DESCRIPTION_OPENERS:
        return None
    head = words[-1]
    if not head.islower() or not head.endswith(AGENT_ENDINGS) or head.endswith("ment"):
        return None
    return as_written(" ".join(words))


def is_verb(word: str, verbs: frozenset[str]) -> bool:
    return word.rstrip(".").lower() in verbs


def ends_sentence(word: str) -> bool:
    return word.endswith(".") and sentence_dot(word[:-1])


_PARTICLE_NAME = re.compile(rf"{SURNAME_PARTICLE}[A-Z]")


def is_capitalized(word: str) -> bool:
    """A word written as a name: a capital, or a particle before one ("al-Rashidi")."""
    return word[:1].isupper() or _PARTICLE_NAME.match(word) is not None


def is_determiner(word: str) -> bool:
    """A word after which a verb form is a noun: "the report", "of state"."""
    return word.lower() in DETERMINERS or word == "of" or word.endswith(("'s", "\u2019s"))


def owned_noun(words, i: int) -> bool:
    """Whether the verb form at `i` is a noun owned through one adjective:
    `Vesk's controversial pledge to be "`, `his new promise` (a base form:
    `her team said`, `his aides claim`, `its staff reporting`, `his family
    claim` are verbs)."""
    before = words[i - 1][0] if i >= 2 else ""
    if not before.islower() or before.endswith("s") or is_speaker_noun(before):
        return False
    if words[i][0].endswith(("s", "d", "ing")):
        return False
    owner = words[i - 2][0]
    return owner.endswith(("'s", "\u2019s")) or owner.lower() in ("his", "her", "its", "their")


# Words before an object, not a subject: prepositions and articles.
_OBJECT_BEFORE = frozenset(
    "a an to of for with by about than against toward towards at on in from into over under".split()
)
_TO_NEXT = re.compile(r",?[ \t]+to[ \t]")


def may_be_subject(text: str, lo: int, hi: int) -> bool:
    """Whether the name at `text[lo:hi]` can be a clause's subject: not the
    object of a verb or a preposition before it ("knocked Orlo", "a disaster
    for Orlo"), nor a modifier after an article ("an Orlo action figure")."""
    if _TO_NEXT.match(text, hi):
        return True  # "prompted Orlo to say": the infinitive's subject
    before = word_before(text, lo)
    if not before.islower():
        return True
    at = text.rfind(before, 0, lo)
    # (A hyphenated "court-released" is an adjective, no verb.)
    verb = text[at - 1 : at] != "-" and (before.endswith("ed") or is_verb(before, SPEECH_VERBS))
    return not (before in _OBJECT_BEFORE or verb)


# "will continue to be", "added to the pressure": these verbs before "to"
# say nothing.
_BEFORE_TO = frozenset("continue continues continued continuing add adds added adding".split())


# Words before a plural noun (with an adjective between or not), never
# before a verb ending in -s.
_QUANTIFIERS = frozenset("many several few various numerous both in across among".split())


# Words before "asked" opening a clause of time or condition (`when asked`).
_ASKED_WHEN = frozenset("when if after once while being".split())
# Words a cue verb may stand before the colon and still lead in the quote.
_COLON_REACH = 6


def far_from_colon(words: list[tuple[str, int, int]], verb_i: int) -> bool:
    """Whether more than `_COLON_REACH` words stand between the cue verb `words[verb_i]`
    and the colon after `words` (`X issued the following statement:`): the
    verb does not lead in the quote. A clause `when asked ...` right before
    the colon is not counted (`, who told the board when asked about it:`)."""
    last = len(words) - 1
    asked = (k for k in range(verb_i + 1, last) if words[k + 1][0] == "asked")
    end = next((k for k in asked if words[k][0].lower() in _ASKED_WHEN), len(words))
    return end - verb_i > _COLON_REACH


def not_speech_here(words: list[tuple[str, int, int]], i: int, quote_opens: str = "") -> bool:
    """Whether the cue verb `words[i]` says nothing about the quote after
    `words` (whose first characters are `quote_opens`): it governs an
    infinitive (`continue to be`, `would continue "to fight`), it is an
    infinitive after "be" (`is partly to blame`: what is owed or at fault),
    or it stands in a relative clause closed before the quote (`, which the Institute
    estimates would cost $5 billion, would risk "..."`)."""
    after = words[i + 1][0] if i + 1 < len(words) else quote_opens.partition(" ")[0]
    if after.lower() == "to" and is_verb(words[i][0], _BEFORE_TO):
        return True
    if i > 0 and words[i][0] == "asked" and words[i - 1][0].lower() in _ASKED_WHEN:
        return True  # `, who told the board when asked about it: "`: the telling's answer
    if words[i][0].endswith("s") and any(
        w.lower() in _QUANTIFIERS for w, _, _ in words[max(0, i - 2) : i]
    ):
        return True  # `in many Asian states`, `to several reports`: a plural noun
    if i >= 2 and words[i - 1][0].lower() == "to":
        # `the slump is partly to blame`: "be to" + verb says what is owed
        # or at fault, no one's words.
        k = i - 2
        if k > 0 and words[k][0].lower().endswith("ly"):
            k -= 1
        if words[k][0].lower() in BE_FORMS:
            return True
    opened = next((k for k in range(i - 1, max(-1, i - 12), -1) if words[k][0] == ","), None)
    while opened is not None and opened + 1 < i and words[opened + 1][0] in ("but", "and"):
        # `, who backs Vesk, but has dismissed the story, "`: the relative
        # clause's second verb.
        lo = max(-1, opened - 12)
        opened = next((k for k in range(opened - 1, lo, -1) if words[k][0] == ","), None)
    if opened is None or opened + 1 >= i or words[opened + 1][0].lower() not in ("which", "who"):
        return False
    # A comma right before the quote after a tag verb leads it in: `, who
    # declared in May, "` is open; `, who dismissed the story, "` is closed.
    last = -1 if words[-1][0] == "," and is_verb(words[i][0], TAG_VERBS) else len(words)
    return any(w == "," for w, _, _ in words[i + 1 : last])


def told_before(words: list[tuple[str, int, int]], i: int, cues: frozenset[str]) -> bool:
    """Whether "according to its/their ..." at `words[i]` stands inside a
    sentence a cue verb before it already tells (`Ruiz said that according
    to its count the party won, but "..."`): the teller speaks, not the count."""
    owner = words[i + 2][0].lower() if i + 2 < len(words) else ""
    return owner in ("its", "their") and any(
        is_verb(t, cues) and t.islower() for t, _, _ in words[:i]
    )


# Whom a sentence before a quote asks, who answers it: "X asked Ana Ruiz
# whether ...", "X asked her about it".
ASKED_NAME = re.compile(
    r"\b(?:asked|asks)\s+((?:[A-Z][\w.'\u2019-]*\s?){1,4}|him\s|her\s)\s*"
    r"(?:whether|if|about|why|how|what|when|to)\b"
)
