"""A person's gender from the article's own words.

The name lists give a usual gender for a given name, and a title ("Mrs.",
"Sen.") says nothing of it; but the article knows better: "his daughter,
Lisel," makes Lisel a woman, and a writer who refers to Jordan Vesk as "he"
sentence after sentence says how Jordan is read here, whatever most babies
called Jordan are, when the lists have no answer. So too "Tamsin Brask
LLC" or "Tamsin Brask, which ..." says a name read as a woman's is a
firm's, which no "she" means.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from app.core.extract.given_names import mixed_given_gender
from app.core.extract.lexicon import BUSINESS_WORDS, FEMALE_TITLES, MALE_TITLES, PERSON_PRONOUNS
from app.core.extract.names import word_before
from app.core.extract.unnamed import FEMALE_NOUNS, MALE_NOUNS

if TYPE_CHECKING:
    from app.core.extract.entities import Mention
    from app.core.extract.people import Cast, Entity

# A relation noun right before a name: "his daughter, Kate".
_RELATIVE_BEFORE = re.compile(
    r"\b(daughter|son|wife|husband|mother|father|sister|brother|granddaughter|grandson"
    r"|grandmother|grandfather|widow|niece|nephew|stepson|stepdaughter)s?, $"
)
# A noun of one sex in an appositive or a predicate right after a name:
# "Vesk, a mother of three,", "Vesk is a former congresswoman".
_ROLE_AFTER = re.compile(
    r"(?:,[ \t]+|[ \t]+(?:is|was|became)[ \t]+)(?:a|an|the)[ \t]+"
    r"((?:[a-z][\w-]*[ \t]+){0,2}[a-z]+)(?![\w'\u2019-])"
)
# (Not "chairman", "spokesman", "alderman": titles women hold too.)
_MALE = (MALE_NOUNS | MALE_TITLES) - {"chairman", "spokesman", "alderman", "mr", "sir"}
_SEXED = {w: "f" for w in FEMALE_NOUNS | FEMALE_TITLES} | {w: "m" for w in _MALE}
_PHRASE_END = frozenset("of for to with at in from and who".split())
_TITLE_AT = re.compile(r"(?:Mr|Mrs|Ms|Dr|Rev|Sen|Rep|Gov|Judge)\b")
# A name's own clause going on to a third-person pronoun that can only be
# the name's: "Vesk said he", "Vesk (D-Ore.) and his wife", "Vesk, who ran
# in 2012, told reporters that she", "Vesk made her own case". Nothing that
# ends the clause (a sentence end, a quote mark, a capitalized word that may
# be someone else) stands between; an object pronoun ("Vesk thanked her")
# is someone else and does not count. (Words and spaces possessive, `++`:
# giving back letters to spaces or spaces to a word never makes a match.)
_OWN_PRONOUN = re.compile(
    r"(?:[ \t]+\([^()\n]{1,24}\))?"
    r"(?:,[ \t]+who[ \t][^,.;:!?\"\u201c\u201d\n]{1,60},)?[ \t]+"
    r"(?:and[ \t]+(his|her)\b|(?:[a-z]++[ \t]++){1,3}?(he|she)\b|[a-z]++[ \t]++(his|her)[ \t]+own\b)"
)

# A pronoun that overrules a name list's gender must be the name's for sure:
# not after a name that is an object ("wrote to Vesk that he"), nor across
# a word that opens another clause ("backs Vesk if he loses").
_OBJECT_BEFORE = frozenset("to for with by at of from about against on over than".split())
_GENDERED_TITLES = FEMALE_TITLES | MALE_TITLES
_OTHER_CLAUSE = re.compile(
    r"\b(?:if|that|when|because|as|while|after|before|since|until|unless|whether|than|but|and|or)\b"
)

# What the article does with a firm's name and never with a person's: a
# legal or business word after it ("Carson Tessel LLC", "Jordan Vesk,
# Inc."), an appositive naming a business ("Tamsin Brask, the shipping
# firm"), "which" or "its" in the clause it opens ("Tamsin Brask, which
# built ...", "Tamsin Brask cut its fees"; mid-sentence they may belong to
# the phrase before: "a plan by Vesk, which").
_FIRM_WORD_AFTER = re.compile(r",?[ \t]+([A-Z][A-Za-z]*)\.?(?![\w'\u2019-])")
_FIRM_CLAUSE = re.compile(r",[ \t]+which\b|(?:[ \t]+[a-z]++){1,2}[ \t]+its\b")
_FIRM_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:firm|company|business|corporation|startup|retailer|manufacturer|chain|conglomerate|lender)"
    r"(?=[,.;]|[ \t]+(?:that|which|based|in|from|with|of)\b)"
)
# A person's own clause ("Tamsin Brask, who ...") or title ("Ms. Brask").
_PERSON_CLAUSE = re.compile(r",[ \t]+who\b")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+$")
_OPENING_AFTER = frozenset("\n.!?")


def firm_named(cast: Cast, entity: Entity) -> bool:
    """Whether the article treats `entity`, a name the lists may read as a
    person's ("Tamsin", "Jordan" are given names), as a firm's: a business
    word after its full name, an appositive naming a business, "which" or
    "its" in the clause it opens; and nowhere as a person's (a title, "who",
    "he" or "she" in its own clause). No "he" or "she" means it."""
    if entity.kind != "person" or entity.role or " " not in entity.name:
        return False
    text, name = cast.text, entity.name
    firm = False
    at = text.find(name)
    while at >= 0 and not firm:
        end = at + len(name)
        word = _FIRM_WORD_AFTER.match(text, end)
        firm = (
            (word is not None and word[1].lower() in BUSINESS_WORDS)
            or _FIRM_APPOSITIVE.match(text, end) is not None
            or (_FIRM_CLAUSE.match(text, end) is not None and _opens_sentence(text, at))
        )
        at = text.find(name, end)
    # (Rare: most names have no business word or clause after them.)
    return firm and not any(
        m.entity is entity
        and (
            _PERSON_CLAUSE.match(text, m.end)
            or _OWN_PRONOUN.match(text, m.end)
            or _TITLE_BEFORE.search(text, max(0, m.pos - 6), m.pos)
        )
        for m in cast.mentions
    )


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether `pos` opens the text, a line or a sentence (an opening quote
    mark may stand before it)."""
    before = text[max(0, pos - 4) : pos].rstrip(' \t"\u201c')
    return before[-1:] in _OPENING_AFTER or (not before and pos <= 4)


def article_genders(cast: Cast) -> None:
    """Fill `Entity.gender` of the cast's people the name lists and titles
    leave unknown, from the article: relation nouns before a name, then the
    pronouns the name's own clauses use (the commoner, when they differ).
    A gender already known is kept (overruling the list was tried and
    turned men into women where a bare surname stood for two relatives),
    unless it is only the usual one of a first name both sexes are given
    ("Lindsey"), the surname is one person's and the pronouns all disagree."""
    # The mentions of people of no known gender yet (a few of each
    # article's): the two readings below look at them alone.
    unknown = [m for m in cast.mentions if not m.entity.gender and m.entity.kind == "person"]
    if unknown:
        _relatives(cast, unknown)
        _sexed_roles(cast, unknown)
    votes: dict[int, Counter] = {}
    people: dict[int, Entity] = {}
    text = cast.text
    # The few whose gender the article may still overrule (mostly none).
    soft = {id(e) for e in cast.people.values() if e.gender and soft_gender(cast, e)}
    # (With none, a mention votes only if its person had no gender above.)
    for m in cast.mentions if soft else unknown:
        entity = m.entity
        # An unnamed person ("another worker") is found again by its head
        # noun, which may be someone else's: only names vote.
        if (
            entity.kind != "person"
            or (entity.gender and id(entity) not in soft)
            or m.possessive
            or entity.name.islower()
        ):
            continue
        own = _OWN_PRONOUN.match(text, m.end)
        if own is None:
            continue
        if entity.gender and (
            word_before(text, m.pos) in _OBJECT_BEFORE or _OTHER_CLAUSE.search(own[0])
        ):
            continue
        people[id(entity)] = entity
        word = own[1] or own[2] or own[3]
        votes.setdefault(id(entity), Counter())[PERSON_PRONOUNS[word]] += 1
    for key, count in votes.items():
        entity = people[key]
        male, female = count["m"], count["f"]
        if entity.gender:
            # As for a name the lists leave open (given to both sexes): no pronoun of
            # the list's gender, and one of the other decides.
            if not (male and female):
                entity.gender = "m" if male else "f"
        elif male != female:
            entity.gender = "m" if male > female else "f"


def soft_gender(cast: Cast, entity: Entity) -> bool:
    """Whether `entity`'s gender is only the usual one of a first name both
    sexes are given, and its surname names no one else of the article."""
    first, space, _ = entity.name.partition(" ")
    return (
        mixed_given_gender(first) == entity.gender
        and bool(space)
        and entity.kind == "person"
        and _GENDERED_TITLES.isdisjoint(w.lower().rstrip(".") for w in entity.role.split())
        and len(cast.by_surname.get(entity.surname, ())) <= 1
    )


def _relatives(cast: Cast, mentions: list[Mention]) -> None:
    """ "his daughter, Lisel," / "Her son, Teodor,": the relation noun
    gives the gender of a name the name lists do not know (`mentions`: the
    cast's of people of no known gender)."""
    text = cast.text
    for m in mentions:
        entity = m.entity
        if entity.gender or text[m.pos - 2 : m.pos] != ", ":
            continue
        r = _RELATIVE_BEFORE.search(text, max(0, m.pos - 18), m.pos)
        if r is not None and not _TITLE_AT.match(text, m.pos):
            entity.gender = "f" if r.group(1) in FEMALE_NOUNS else "m"


def _sexed_roles(cast: Cast, mentions: list[Mention]) -> None:
    """ "Vesk, a mother of three," / "Vesk is a former congressman": a noun
    of one sex describing a name right after it gives the gender the name
    lists do not know (`mentions` as for `_relatives`)."""
    text = cast.text
    for m in mentions:
        entity = m.entity
        if entity.gender or m.possessive:
            continue
        r = _ROLE_AFTER.match(text, m.end)
        if r is None:
            continue
        for word in r[1].split():
            if word in _PHRASE_END:
                break
            if word in _SEXED:
                entity.gender = _SEXED[word]
                break


# What opens a second clause right before its subject: "; ", ", but ", " and ".
_SECOND_CLAUSE = re.compile(r"(?:;|,?[ \t]+(?:but|and|while|whereas|yet))[ \t]+$")
# A name's next word, for a verb after it ("Mara Brask was"); a preposition
# or "and" there makes the name an object ("met Ivo and Mara Brask on ...").
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
# A tag verb right after a sentence's subject: "Kim Vesk said".
_TAG_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|adds|recalled|wrote|writes)\b")
_NO_VERB = frozenset("and or of on in at for to with from by after before during".split())


def later_subject(antecedents, end: int, hi: int, gender: str, subject):
    """The last person of `gender` (the name's or the article's) who is the
    subject of a later clause of a sentence whose subject, `subject`, is of
    no known gender ("Dalmo Vesk met the board; Mara Brask was not moved"):
    "she" after it means her; else, when a tag verb follows that subject
    (its name ends at `end`), the last person of `gender` the sentence
    (up to `hi`) names after it, not as a modifier ("Kim Vesk said, turning
    to Mara Brask"). `subject` when there is none."""
    text = antecedents.text
    found = subject
    named = None
    tagged = _TAG_AFTER.match(text, end) is not None
    for m in antecedents.mentions_in(end, hi):
        entity = m.entity
        if entity.kind != "person" or entity.gender != gender or m.possessive:
            continue
        if tagged and word_before(text, m.pos).lower() not in ("a", "an", "the"):
            named = entity
        join = _SECOND_CLAUSE.search(text, max(0, m.pos - 12), m.pos)
        nxt = _NEXT_WORD.match(text, m.end)
        if join is None or not (
            (nxt is not None and nxt.group(1) not in _NO_VERB)
            or (text[m.end : m.end + 1] == "," and "," not in join[0][1:])
        ):
            continue
        found = entity
    return named if found is subject and named is not None else found
