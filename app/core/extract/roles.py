"""Who a role noun or a kind of organization points back to in an article:
"the senator" (the one senator among the people last named), "the company"
(the latest business named), "the utility" (the latest name ending in it)."""

from __future__ import annotations

import bisect
import re

from app.core.extract.lexicon import BUSINESS_WORDS, ORG_NOUNS, PUBLIC_WORDS, ROLE_NOUNS
from app.core.extract.people import Cast, Entity

# How many of the people last named a role noun ("the senator") may mean.
_ROLE_REACH = 2
_TITLE_CASE_SMALL = re.compile(r" (?:Of|On|In|For|To|The|And|At)\b")


def latest_org(cast: Cast, pos: int, words: set[str] | None) -> Entity | None:
    """The most recent organization before `pos` (whose name has one of
    `words`, when given)."""
    i = bisect.bisect_left(cast.positions, pos) - 1
    first_any = None
    while i >= 0:
        m = cast.mentions[i]
        i -= 1
        if m.entity.kind != "org":
            continue
        if words is None and m.entity.by_the:
            continue  # "from the Bottomless Quarry": a place, not who "they" are
        if words is None or m.entity.role_words & words:
            return m.entity
        first_any = first_any or m.entity
    return first_any if words is None else None


def latest_org_ending(cast: Cast, pos: int, noun: str) -> Entity | None:
    """The most recent name of two words or more before `pos` that ends
    with the common noun `noun` ("Harlow Water Utility" for "the
    utility"): an organization, though the scan may have read it as a
    person ("The Harlow Water Utility raised ...")."""
    i = bisect.bisect_left(cast.positions, pos) - 1
    while i >= 0:
        m = cast.mentions[i]
        i -= 1
        head, _, last = m.entity.name.rpartition(" ")
        if not head or last.lower() != noun or _TITLE_CASE_SMALL.search(head):
            continue  # a headline's run ("Council Weighs Report Of Panel") is no name
        if m.entity.kind == "org" or cast.text[max(0, m.pos - 4) : m.pos].lower() == "the ":
            return m.entity
    return None


def _latest_private(cast: Cast, pos: int) -> Entity | None:
    i = bisect.bisect_left(cast.positions, pos) - 1
    while i >= 0:
        ent = cast.mentions[i].entity
        i -= 1
        if ent.kind == "org" and ent.role_words.isdisjoint(PUBLIC_WORDS):
            return ent
    return None


def by_role(cast: Cast, noun: str, pos: int) -> Entity | None:
    """Who "the <noun>" is at `pos`: the latest person with that title,
    or the latest organization of that kind."""
    titles = ROLE_NOUNS.get(noun)
    if titles:
        if sum(bool(e.role_words & titles) for e in cast.people.values()) > 1:
            return None  # two senators: either could be meant, and a wrong name is worse
        # "the senator" points back to one of the people last named, and
        # means them only if they hold the title: news calls someone by
        # a role the story never gave them as a title ("the senator"
        # after a governor was named), and a wrong name is worse than
        # the role as written.
        i = bisect.bisect_left(cast.positions, pos) - 1
        recent: list[Entity] = []
        while i >= 0 and len(recent) < _ROLE_REACH:
            ent = cast.mentions[i].entity
            i -= 1
            if ent.kind != "person" or ent in recent:
                continue
            if ent.role_words & titles:
                return ent
            recent.append(ent)
        if recent:
            return None
        # Nobody named yet (a headline, a lead): the one holder named later.
        return next((e for e in cast.people.values() if e.role_words & titles), None)
    org_words = ORG_NOUNS.get(noun)
    if org_words:
        found = latest_org(cast, pos, org_words)
        if found is None and noun in ("company", "firm"):
            # "Granite Foods ... the company said": a business by its name,
            # else the latest organization that is no public body (never
            # the legislature or the agency named nearby).
            found = latest_org(cast, pos, BUSINESS_WORDS) or _latest_private(cast, pos)
        return found
    return None
