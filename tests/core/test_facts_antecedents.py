"""A "the <noun>" named before in a form the names module does not read
("a poll by the Velmar Institute", "a Velmar/Quarrow poll", "a group
called Velmar Rising") is cited with that name in brackets; where the
naming is unsure (two names, a running "the poll" before the named one, "a
poll" after it, other words before the noun), the fact is not offered.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract import find_facts
from app.core.extract.fact_phrases import bare_noun_edits

# The article's first line, its title (whose words name nothing).
TITLE = "Roe and Quarrow in Quillon\n\n"


def cited(text: str) -> list[str]:
    """How every fact of the article `text` (after `TITLE`) is cited."""
    return [f.cited_text(TITLE + text) for f in find_facts(TITLE + text)]


FACT = "The poll surveyed 1,200 adults from May 2 to May 6, 2016.\n"


@pytest.mark.parametrize(
    ("lead", "named"),
    [
        (
            "Dana Roe leads Tova Quarrow in Quillon, according to a new poll by the "
            "Velmar Institute of Civic Studies.\n\n",
            "[The Velmar Institute of Civic Studies poll]",
        ),
        (
            "Dana Roe leads Tova Quarrow in Quillon in a Velmar News/Quillon Ledger poll "
            "released on Monday.\n\n",
            "[The Velmar News/Quillon Ledger poll]",
        ),
        (
            "Dana Roe leads Tova Quarrow in Quillon, Velmar Research's poll shows.\n\n",
            "[Velmar Research's poll]",
        ),
    ],
)
def test_a_poll_named_before_is_cited_by_its_name(lead: str, named: str) -> None:
    assert cited(lead + FACT)[-1] == named + FACT.strip()[len("The poll") :]


def test_the_bracket_points_at_the_source_words() -> None:
    lead = "Dana Roe leads Tova Quarrow, a new poll by the Velmar Institute shows.\n\n"
    text = TITLE + lead + FACT
    edits = bare_noun_edits(text, len(TITLE + lead), FACT.split(), 0)
    assert edits is not None and len(edits) == 1
    at, size, shown = edits[0]
    assert text[at : at + size] == "The poll" and shown == "[The Velmar Institute poll]"


def test_a_group_called_by_a_name_is_cited_by_it() -> None:
    text = (
        "A new group called Velmar Rising opened an office in Quillon in March.\n\n"
        "Dana Roe said the group would spend $40,000 on radio ads in May 2016.\n"
    )
    assert cited(text)[-1] == (
        "Dana Roe said [Velmar Rising] would spend $40,000 on radio ads in May 2016."
    )


def test_a_phrase_that_names_itself_needs_no_bracket() -> None:
    sentence = "The poll by the Velmar Institute showed Dana Roe at 46 percent in May 2016."
    text = "Dana Roe and Tova Quarrow are tied in Quillon.\n\n" + sentence + "\n"
    assert cited(text)[-1] == sentence


@pytest.mark.parametrize(
    "lead",
    [
        # Two polls named: which one?
        "A poll by the Velmar Institute had Dana Roe ahead; a Quarrow Ledger/Quillon News "
        "poll had Tova Quarrow ahead.\n\n",
        # The running "the poll" came before the named one: maybe another.
        "Dana Roe leads, the poll shows.\n\nIn March, a poll by the Velmar Institute had "
        "Tova Quarrow ahead.\n\n",
        # "A poll" after the named one: maybe that one.
        "A poll by the Velmar Institute had Dana Roe ahead in March.\n\nA new poll has "
        "Tova Quarrow ahead.\n\n",
        # No name: "a new poll".
        "Dana Roe leads Tova Quarrow in Quillon, a new poll shows.\n\n",
    ],
)
def test_an_unsure_naming_leaves_the_fact_unoffered(lead: str) -> None:
    assert not any("1,200" in c for c in cited(lead + FACT))


def test_words_before_the_noun_the_naming_lacks_leave_it_unoffered() -> None:
    text = (
        "A poll by the Velmar Institute in March had Dana Roe ahead in Quillon.\n\n"
        "The April poll surveyed 1,200 adults from April 2 to April 6, 2016.\n"
    )
    assert not any("1,200" in c for c in cited(text))


def test_a_name_in_the_title_line_is_not_read() -> None:
    text = "Quarrow Ledger's poll: Roe ahead\n\nDana Roe leads Tova Quarrow, a new poll shows.\n\n"
    assert not any("1,200" in c.cited_text(text + FACT) for c in find_facts(text + FACT))


def test_an_office_is_not_named_this_way() -> None:
    text = (
        "Dana Roe met a former Velmar governor in Quillon in May.\n\n"
        "Tova Quarrow said the governor spent $40,000 on ads in May 2016.\n"
    )
    assert not any("$40,000" in c for c in cited(text))


def test_a_naming_long_before_not_spoken_of_since_is_not_used() -> None:
    lead = "Dana Roe leads Tova Quarrow, a new poll by the Velmar Institute shows.\n\n"
    between = "Tova Quarrow opened 12 offices in Quillon on May 3, 2016.\n\n" * 50
    assert len(between) > 2500
    assert not any("1,200" in c for c in cited(lead + between + FACT))
    # Spoken of since ("the poll" between), the naming still holds.
    near = between[: len(between) // 2] + "Dana Roe welcomed the poll on May 4, 2016.\n\n"
    assert cited(lead + near + between[: len(between) // 2] + FACT)[-1].startswith(
        "[The Velmar Institute poll] surveyed"
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Velmar Rising, an advocacy group founded in 2019, opened an office in May.\n\n",
        "Dana Roe is the president of Velmar Rising, a private group that runs 12 depots.\n\n",
    ],
)
def test_a_name_set_off_before_the_noun_names_it(lead: str) -> None:
    # "Velmar Rising, a ... group," ... "the group": the appositive names it.
    fact = "Tova Quarrow gave $5,000 to the group on May 9, 2019.\n"
    assert cited(lead + fact)[-1] == "Tova Quarrow gave $5,000 to [Velmar Rising] on May 9, 2019."


@pytest.mark.parametrize(
    "lead",
    [
        # An opening phrase's place, not the group's name.
        "In Quillon, a group of clerks opened an office in May.\n\n",
        # Two groups so named: which one?
        "Velmar Rising, a Quillon group, and Quarrow Now, a rival group, opened offices.\n\n",
        # "A group" after the named one: maybe that one.
        "Velmar Rising, an advocacy group, opened an office in May. A group of clerks "
        "protested.\n\n",
    ],
)
def test_an_unsure_appositive_leaves_the_fact_unoffered(lead: str) -> None:
    fact = "Tova Quarrow gave $5,000 to the group on May 9, 2019.\n"
    assert not any("$5,000" in c for c in cited(lead + fact))
