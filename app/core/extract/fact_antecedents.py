"""Names for a "the <noun>" that the article gave in a form `fact_names`
does not read: "a poll by the Velmar Institute", "a letter from the
Quillon Committee", "Velmar's poll", "a Velmar/Quarrow poll", "Velmar
Rising, an advocacy group," (an appositive), or under another noun of its
kind ("the Velmar Housing Act" for "the bill": `named_as_kin`). Where
`fact_names` finds no name for a fact's "the poll",
`fact_phrases.bare_noun_edits` asks these: the fact is cited with the
name in brackets, the journalist's way ("[The Velmar Institute poll]
found ..."), or stands as it is when the words after the noun name it
("the poll by the Velmar Institute"). The span still points at the
source's own words.

Precision first, a wrong bracket being worse than a lost fact: the noun
is named so once before the fact, by one name only; the article spoke of
no "the <noun>" before naming it (its running one would be another), nor
of "a <noun>" or "another <noun>" after (which might be the one meant);
not in the title line alone; not long before (`_NEAR`) unless spoken of
since; and the words before the noun in the fact ("the new poll") are
words the naming used too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.core.extract.fact_lexicon import CALENDAR, POSSESSIVES
from app.core.extract.fact_names import broken, named_before, per_text
from app.core.extract.fact_phrases import ARTICLES, NP_ENDS, is_verb, plain
from app.core.extract.lexicon import TITLES

# A name's word: capitalized, maybe joined by a slash ("Velmar/Quarrow").
_WORD = r"[A-Z][\w'\u2019.&-]*(?:/[A-Z][\w'\u2019.&-]*)*"
# A name of several words, with the small words names hold ("Institute of
# Velmar Studies", "Velmar and Quarrow").
_NAME = rf"{_WORD}(?: (?:of |and |for |the )*{_WORD})*"
# Before the noun: "a (new) Velmar/Quarrow (telephone) poll", "Velmar's poll".
_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:(?P<det>[Tt]he|[Aa]n?) (?P<adj>(?:[a-z-]+ ){{0,2}})(?P<name>{_NAME}) "
    rf"(?P<mod>(?:[a-z-]+ )?)|(?P<owner>{_NAME})['\u2019]s (?P<mod2>(?:[a-z-]+ )?))$"
)
# Verbs whose agent after "by" names a thing: "a poll released by ...".
_PARTICIPLES = frozenset(
    "conducted released commissioned sponsored written sent signed issued".split()
)
# After the noun: "a poll by the Velmar Institute", "a letter from Quillon's
# committee" (no: a name must follow), "a poll, released by Velmar Group,".
_AFTER = re.compile(
    rf"(?:,? (?:(?:{'|'.join(_PARTICIPLES)})"
    rf"(?: [a-z]+){{0,3}} )?(?:by|from) (?:the )?(?P<name>{_NAME}))"
)
# A name right after the noun: "the maker Velmar.", "a company called
# Velmar Group". (Not one set off by a comma after it: such a name is as
# often a clause's subject. One set off before the noun, "Velmar Group, a
# private company,", is read apart: `_appositive`.)
_CALLED = re.compile(
    rf" (?:called |named |known as )(?P<name>{_NAME})|(?: (?P<next>{_NAME}))(?=[,.;:)]|\s*$"
    r"| (?:that|which|who|is|was|has|had|will|would)\b)"
)
# Determiners of a mention that may be another one ("a poll", "another poll").
_OTHER = re.compile(
    r"(?:^|[^\w])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ee]arlier|[Pp]revious) (?:[a-z-]+ )*$"
)
# The determiner and words before a noun a name after it names: "a new ".
_LEAD = re.compile(r"(?:^|[^\w])(?:[Tt]he|[Aa]n?) ((?:[a-z-]+ )*)$")
_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he (?:[a-z-]+ )*$")
_BACK = 90  # characters read before a mention
# How far before a fact the thing must be named or spoken of last ("the
# poll" between): past that, the story may have moved on to another.
_NEAR = 2500
# Words of a name that are no name: a sentence's first word, a month.
_NOT_NAMES = frozenset("The A An In On At For By From After Before When While As".split())


def named_early(
    text: str, start: int, tokens: list[str], nps: Iterable[tuple[str, int] | None]
) -> bool:
    """Whether any "the <noun>" phrase of the sentence at `start` (split
    at spaces: `tokens`; its phrases `nps`, (noun, index of its word) as
    `fact_phrases` reads them, None for one that says which it is) may be
    named by the words after it ("the poll, released by ...") or is named
    so somewhere before `start`: asked before the dearer `named_otherwise`
    (most sentences: no noun of theirs named so)."""
    return any(_named_early(text, start, tokens, np) for np in nps)


def names_itself(text: str, end: int) -> bool:
    """Whether the words after a "the <noun>" phrase ending at `end` name
    it: "the poll by the Velmar Institute", cited as it stands."""
    by = _AFTER.match(text, end)
    return bool(by and _usable(by.group("name")))


def _named_early(text: str, start: int, tokens: list[str], np: tuple[str, int] | None) -> bool:
    """Whether the noun of a "the <noun>" phrase (`np`) may be named by the
    words after it or is named so somewhere before `start`."""
    if np is None or not np[0].isalpha():
        return False
    j = np[1] + 1
    if j < len(tokens) and tokens[j] in _PARTICIPLES:
        j = next((x for x in range(j + 1, j + 5) if x < len(tokens) and tokens[x] in _BY), j)
    if j + 1 < len(tokens) and tokens[j] in _BY and plain(tokens[j + 1])[:1].isupper():
        return True  # "the poll by Velmar Group": named in the sentence (`_AFTER`)
    if j + 2 < len(tokens) and tokens[j] in _BY and tokens[j + 1] == "the":
        return plain(tokens[j + 2])[:1].isupper()
    return 0 <= _first_named(text, np[0], start) < start and bool(
        named_otherwise(text, start, "the " + np[0])
    )


@per_text
def _named_scan(text: str, noun: str) -> list[int]:
    """[how far the article was read for a naming of `noun`, where it was
    first found or -1]: read on as later facts ask (`_first_named`)."""
    return [0, -1]


def _first_named(text: str, noun: str, start: int) -> int:
    """Where the article first names a `noun` in a form `_name_at` reads,
    if before `start`; -1 when it does not. (Most nouns are named so
    nowhere: each place is first looked at for a name or a "by" next to
    it, cheaper than the searches; and the article is read only as far as
    the facts asking have reached.)"""
    scan = _named_scan(text, noun)
    if scan[1] >= 0 or scan[0] >= start:
        return scan[1]
    at = text.find(noun, scan[0], start)
    scan[0] = start
    while at >= 0:
        end = at + len(noun)
        if (
            text[at - 1 : at] == " "
            and not (text[end : end + 1].isalnum() or text[end : end + 1] == "-")
            and (
                text[end + 1 : end + 2].isupper()
                or any(_may_name(w) for w in text[max(0, at - 60) : at].rsplit(None, 2)[-2:])
                or text.startswith((" called ", " named ", " known as "), end)
                or _AFTER.match(text, end)
                or _may_be_appositive(text, at, end)
            )
        ):
            name, _ = _name_at(text, at, end, text[max(0, at - _BACK) : at])
            if name is not None and not _goes_on(text, end):
                scan[1] = at
                return at
        at = text.find(noun, end, start)
    return -1


def _may_name(word: str) -> bool:
    """Whether a word before a noun may be (the end of) a name for it."""
    return (word[:1].isupper() and word not in _NOT_NAMES) or word.endswith(("'s", "\u2019s"))


_BY = frozenset(("by", "from"))


def named_otherwise(text: str, start: int, words: str) -> str | None:
    """The one name the article gives before `start` to what `words` ("the
    poll", "the new poll") stands for, in a form `fact_names` does not
    read ("a poll by the Velmar Institute", "Velmar's poll", "a
    Velmar/Quarrow poll"), as cited: "the Velmar Institute poll"; None
    when it gives none, several, or it may mean another."""
    parts = words.split()[1:]
    if not parts:
        return None
    noun, modifiers = parts[-1], parts[:-1]
    if not noun.isalpha() or not noun.islower() or noun in TITLES:
        return None  # (an office's holder is `fact_names`' to name: "Mayor Dana Roe")
    names: dict[str, int] = {}
    first_named = -1
    first_bare = -1
    last_other = -1
    last_the = -1
    for at, kind, name, used in _mentions(text, noun, start):
        if at >= start:
            break
        if kind == "unsure":
            return None  # "Velmar's poll numbers", or "Velmar's poll puts ...": not sure
        if kind == "named":
            if any(w not in used for w in modifiers):
                return None  # "the April survey" of "a survey by Velmar in March": not sure
            names[name] = at
            if first_named < 0:
                first_named = at
        elif kind == "the":
            last_the = at
            if first_bare < 0:
                first_bare = at
        else:
            last_other = at
    # (The first line, the title, may name one that was named otherwise
    # after, both counting, but does not name one alone: "Roe Jams
    # Velmar's mainstream".)
    title = max(0, text.find("\n"))
    if len(names) != 1 or max(names.values()) < title:
        return None
    if start - max(names.values(), default=-1) > _NEAR and start - last_the > _NEAR:
        return None  # named long before, not spoken of since: the story may have moved on
    if 0 <= first_bare < first_named:
        return None  # the article's running "the poll" came first: maybe another one
    if last_other > max(names.values()):
        return None  # "a poll" after the named one: maybe that one
    return next(iter(names))


@per_text
def _mention_scan(text: str, noun: str) -> list:
    """[the mentions of `noun` read so far, where the next one stands or
    -1]: read on as later facts ask (`_mentions`)."""
    return [[], text.find(noun)]


def _mentions(text: str, noun: str, start: int) -> list[tuple[int, str, str, str]]:
    """(where, kind, name, words) for each mention of `noun` in the article
    (a lower-case whole word) before `start`, maybe some after: "named" with
    the name as cited and the words it is written with, "unsure" when a name
    is given to a noun that may describe the next one ("Velmar's poll
    numbers") or the name is at broken characters, "the" for a bare "the
    poll", "other" for "a poll", "another poll". (Read once an article, and
    only as far as its facts have asked: they ask of the same noun again and
    again, and of the mentions before them only.)"""
    scan = _mention_scan(text, noun)
    found: list[tuple[int, str, str, str]] = scan[0]
    at = scan[1]
    if not 0 <= at < start:
        return found
    title = text.find("\n")
    while 0 <= at < start:
        end = at + len(noun)
        if text[at - 1 : at] == " " and not (
            text[end : end + 1].isalnum() or text[end : end + 1] in "-_"
        ):
            before = text[max(0, at - _BACK) : at]
            name, used = _name_at(text, at, end, before)
            if name is not None:
                unsure = _goes_on(text, end) or broken(before)
                found.append((at, "unsure" if unsure else "named", name, used))
            elif at > title and not _goes_on(text, end):
                # (A title's "the", "a" are loose.)
                kind = _determiner(before)
                if kind:
                    found.append((at, kind, "", ""))
        at = text.find(noun, end)
    scan[1] = at
    return found


def _determiner(before: str) -> str:
    """ "the" when a bare "the" (and plain words) comes just before a
    noun ("the new poll"), "other" when "a", "another" ... ("a poll",
    "another new poll") or an owner ("its poll") comes just before it
    (maybe another one), else ""."""
    words = before.rsplit(None, 4)[-4:]
    for j in range(len(words) - 1, -1, -1):
        w = words[j].lstrip("\"'(\u201c\u2018")  # ('"a closed primary": a quote's words count)
        if w in ARTICLES:
            return "the"
        if w in _OTHERS or (j == len(words) - 1 and w in POSSESSIVES):
            return "other"  # ("its campaign against ...": maybe another one)
        if j < len(words) - 1 and words[j] != w:
            return ""  # (a quote opened before a word: no determiner of the noun)
        if not w.replace("-", "").isalpha() or not w.islower() or w in _STOPS:
            return ""  # "her campaign", "after the vote, campaign ...": no determiner of ours
    return ""


# Words a noun's determiner is not found past: another determiner, a
# preposition, a conjunction, a verb of the clause.
_STOPS = NP_ENDS | frozenset("his her its their our my your this that these those".split())


# Determiners of a mention that may be another one.
_OTHERS = frozenset(
    f for w in ("a", "an", "another", "one", "earlier", "previous") for f in (w, w.capitalize())
)


def _name_at(text: str, at: int, end: int, before: str) -> tuple[str | None, str]:
    """The name the mention of a noun at `at` gives it (its words before
    `end` are `before`), as cited, and the words it is written with."""
    # (The words after tested first: most mentions have no name there.)
    after = text[end : end + 60]
    m = _AFTER.match(text, end) if " by " in after or " from " in after else None
    lead = _LEAD.search(before) if m else None
    if m and lead:
        name = m.group("name").split(". ")[0].rstrip(".,")
        if _usable(name):
            return f"the {name} {text[at:end]}", lead.group(1) + m.group()
    m = None
    if (after[1:2].isupper() or after.startswith((" called ", " named ", " known as "))) and (
        _LEAD.search(before)
    ):
        # (Only after a determiner: "workers support Velmar Rising" is a verb's.)
        m = _CALLED.match(text, end)
    if m:
        name = m.group("name") or m.group("next")  # "a group called Velmar", "the maker Velmar."
        if _usable(name):
            return name, ""
    if _may_be_appositive(text, at, end):
        name = _appositive(before)
        if name is not None:
            return name, ""  # "Velmar Rising, a Quillon group, ..."
    last = before.rsplit(None, 2)[-2:]
    if not any(w[:1].isupper() or w.endswith(("'s", "\u2019s")) for w in last):
        return None, ""  # (most mentions: no name just before, cheaper than the search)
    if after[1:2].isupper() and plain(after.split(None, 1)[0]).rstrip(".") not in CALENDAR:
        return None, ""  # a name right after: "clerks support Velmar Rising" is a verb's object
    m = _BEFORE.search(before)
    if m is None:
        return None, ""
    if m.group("owner"):
        name = m.group("owner")
        if _usable(name) and "/" not in name:
            return f"{name}'s {m.group('mod2')}{text[at:end]}", m.group()
        return None, ""
    name = m.group("name")
    if not _usable(name):
        return None, ""
    # (Without the words before the name: "a surprisingly strong Velmar
    # poll" is cited "the Velmar poll", the writer's judgement left out.)
    return f"the {name} {m.group('mod')}{text[at:end]}", m.group()


# A name set off before a noun: "Velmar Rising, a Quillon group".
_APPOSITIVE = re.compile(rf"(?P<name>{_NAME}), (?:an?|the) (?:[a-z-]+ ){{0,3}}$")
# What may end an appositive after its noun: a stop, a relative, a
# participle ("Velmar Rising, a group founded in 2019,").
_APPOSITIVE_END = re.compile(
    r"[,.;:)]| (?:that|which|who|based|founded|headed|led|run|owned|formed|created)\b"
)
# Words before a name that make it a phrase's, not the appositive's head:
# "In Quillon, a group hired ...".
_OPENERS = frozenset(
    "in at on for from to by with of after before since during across near into than like as"
    " about over under".split()
)


def _may_be_appositive(text: str, at: int, end: int) -> bool:
    """Whether the mention of a noun at `at` (to `end`) may close an
    appositive: a comma and "a", "an" or "the" a few words before it, a
    stop or a relative after it. (Substring tests: most mentions are no
    appositive.)"""
    before = text[max(0, at - 40) : at]
    return (", a " in before or ", an " in before or ", the " in before) and bool(
        _APPOSITIVE_END.match(text, end)
    )


def _appositive(before: str) -> str | None:
    """The name an appositive gives the noun after `before`: "Velmar Rising,
    a Quillon group" -> "Velmar Rising"; None when the words before the
    comma are no such name ("In Quillon, a group ...": an opening phrase's
    place; "Roe's, a ..."; a title's capitals)."""
    m = _APPOSITIVE.search(before)
    if m is None:
        return None
    name = m.group("name")
    if name.count(" ") > 5:
        return None  # (a run of capitals this long is a title's)
    lead = before[: m.start("name")]
    words = lead.rsplit(None, 2)[-2:] if lead.endswith(" ") else []
    if words and words[-1][:1].isupper() and words[-1][-1].isalnum():
        return None  # ("Dana Velmar Rising, a ...": a longer name)
    if words and words[-1].lower() in _OPENERS and (len(words) == 1 or words[-1][0].isupper()):
        return None  # "In Quillon, a group ...": an opening phrase's place
    return name if _usable(name) else None


def _usable(name: str) -> bool:
    """Whether a run of capitals is a name to cite: within one sentence,
    not a sentence's first word, a day or a month ("In May", "Saturday's"),
    no one's possession ("Roe's")."""
    words = name.split()
    return (
        ". " not in name
        and words[0] not in _NOT_NAMES
        and words[0].lower() not in NP_ENDS
        and len(name) > 1
        and not name.endswith(("'s", "\u2019s", "."))
        and all(plain(w).rstrip(".") not in CALENDAR for w in words)
        and not all(w in _SMALL or w.endswith(_ADJECTIVE_ENDS) for w in words)
    )


# Endings of words that describe rather than name ("Canadian", "Turkish",
# "Democratic", "Japanese"): a run of them alone names no one thing.
_ADJECTIVE_ENDS = ("an", "ish", "ese", "ic", "i")
_SMALL = frozenset(("of", "and", "for", "the"))


def _goes_on(text: str, end: int) -> bool:
    """Whether the phrase goes on after a noun ending at `end`, the noun
    describing the one after it: "poll numbers", "mainstream parties"
    ("poll shows", "poll released" end it)."""
    m = re.match(r" ([a-z]+)\b", text[end : end + 30])
    if m is None:
        return False
    word = m.group(1)
    return not (word in NP_ENDS or is_verb(word) or word.endswith("ly"))


# Nouns that name one kind of thing: a bill becomes an act and a law; a
# deal is an agreement; a suit a lawsuit; a poll a survey. "The bill" may be
# the one "Velmar Housing Act" the article named.
_KINDS = (
    frozenset("bill act law legislation measure ordinance statute".split()),
    frozenset("deal agreement accord pact".split()),
    frozenset("lawsuit suit".split()),
    frozenset("poll survey".split()),
)
_KIN = {noun: kind.difference((noun,)) for kind in _KINDS for noun in kind}


def the_mentions(text: str, noun: str, start: int) -> list[int] | None:
    """Where the article speaks of a `noun` before `start`, in order, when
    each time as "the <noun>"; None when once otherwise ("a bill", "tax
    bill": maybe another one)."""
    mentions = []
    for form in (noun, noun.capitalize()):
        x = text.find(form, 0, start)
        while x >= 0:
            end = x + len(form)
            if not (text[x - 1 : x].isalnum() or text[end : end + 1].isalnum()):
                if not text.endswith(("the ", "The "), 0, x):
                    return None
                mentions.append(x)
            x = text.find(form, end, start)
    return sorted(mentions)


def named_as_kin(text: str, at: int, words: str, start: int) -> tuple[str, int] | None:
    """The one name the article gives before `start` to a thing of the kind
    of the noun of `words` ("the bill") under another noun of that kind
    ("the Velmar Housing Act"), with where it gives it last, as
    `fact_names.named_before` reads names; None when it gives none or
    several, or when it speaks of its noun otherwise than as "the <noun>"
    before (a "tax bill", "a bill": maybe another one), or before it names
    the thing."""
    noun = words[words.rfind(" ") + 1 :].lower()
    kin = _KIN.get(noun)
    if kin is None or words.count(" ") != 1:
        return None  # (most nouns: one lookup)
    # (The mentions first: most nouns asked are spoken of otherwise too, and
    # this costs a few finds where the names cost several searches.)
    mentions = the_mentions(text, noun, start)
    if mentions is None:
        return None  # spoken of not as "the bill": maybe another one
    names: dict[str, int] = {}
    for other in sorted(kin):
        if other[1:] not in text:
            continue  # (a substring test: most kin nouns are not in the article at all)
        found = named_before(text, at, "the " + other, start)
        if found is not None and found[1] < start:
            names[found[0]] = found[1]
    if len(names) != 1:
        return None
    name, where = next(iter(names.items()))
    first = text.find(name.removeprefix("the "))
    if mentions and mentions[0] < first:
        return None  # spoken of before it was named: maybe another one
    return name, where
