"""A fact is offered only when it shows that it stands alone: a named
subject, an anchor a reader can check, and nothing pointing outside the
sentence that the article cannot name in brackets.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import sqlite3

import pytest

from app.core.extract import extract_items, find_facts
from app.core.extract.fact_dates import parse_date
from app.core.importer import add_document
from app.core.ingest import Document
from app.core.model import SourceMeta
from app.core.store import Library
from tests.core.facts_helpers import OPENING, WEDNESDAY, cited, dated, facts, verdict


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # No anchor a reader can check: no figure, date, vote or decision.
        ("Tova Quarrow praised the Velmar Guild at length.", "no statement"),
        ("Tova Quarrow lived a long and quiet life in Quillon.", "no statement"),
        # A common noun for a subject, with no name before its verb.
        ("Debates between guild members ran for 3 hours on May 9.", "subject"),
        ("Forty clerks resigned in 2019.", "subject"),
        # "the <noun>" the article never names.
        ("Tova Quarrow sold the depot in 2019.", "pointer"),
        ("Tova Quarrow praised the mayor on May 9.", "pointer"),
        # Compared with what the sentences before said.
        ("Tova Quarrow gave another $500 to the Velmar Guild in 2019.", "pointer"),
        ("Tova Quarrow met the Quillon board again in 2019.", "pointer"),
        ("Tova Quarrow left on the same day in 2019.", "pointer"),
        ("Both voted against the Quillon levy in 2019.", "subject"),
        ("Tova Quarrow backed such a levy in 2019.", "pointer"),
        ("Other guild members resigned in 2019.", "pointer"),
        ("Tova Quarrow later resigned from the Velmar Guild in 2019.", "pointer"),
        # A pronoun with nothing before it in the sentence to stand for.
        ("The tally of their votes reached 40 in Quillon on May 9.", "pointer"),
        ("Tova Quarrow sold it to the Velmar Guild in 2019.", "pointer"),
        ("Tova Quarrow's offer was rejected on May 9.", "pointer"),
        # A count without what it counts.
        ("Tova Quarrow now holds a total of at least 1,385, more than in 2019.", "pointer"),
        ("Similar guilds hired 40 clerks in 2019.", "pointer"),
        ("Even Tova Quarrow voted against the Velmar Guild in 2019.", "pointer"),
        ("Five more Quillon seats are open in 2019.", "pointer"),
        ("Tova Quarrow, however, left the Velmar Guild in 2019.", "pointer"),
        ("What happened in 2019 was the reverse of the Velmar Guild's plan.", "opening"),
        ("Nearly 10,000 clerks resigned in 2019.", "subject"),
        ("Tova Quarrow has won 12 and Piet Harrowgate has won five.", "pointer"),
        ("Tova Quarrow has 5 percent and Piet Harrowgate has 4 percent.", "pointer"),
        ("Tova Quarrow had no such support in 2019.", "pointer"),
        ("In one, Tova Quarrow spent $40,000 in 2019.", "pointer"),
        ("Except 54 percent went to the Velmar Guild in 2019.", "opening"),
        ("Tova Quarrow (68) and Piet Harrowgate (74) are among the oldest.", "pointer"),
        # "..., the poll found", "The poll reports ...": which poll?
        ("Forty voters backed Tova Quarrow in 2019, the poll found.", "pointer"),
        ("The poll reports a margin of error of 3 points.", "pointer"),
        # A place after the noun does not say which one.
        ("Tova Quarrow unveiled the new rules at the Velmar Hall on May 9.", "pointer"),
        # "he", "she" with no one named before them in the sentence.
        ("Flush with $40,000, he's matching the Velmar Guild in 2019.", "pointer"),
        # A clause's subject after an opening phrase is no appositive.
        ("To weather the strike, Velmar Freight hired 40 clerks in 2019.", "pointer"),
        # "the latest", "the most recent": the sentences before's.
        ("The latest poll put Tova Quarrow at 40 percent on May 9.", "pointer"),
    ],
)
def test_a_sentence_without_positive_evidence_is_not_offered(sentence, why):
    text = f"{OPENING}\nDebates ran long, and the debates grew bitter.\n{sentence}\n"
    assert sentence not in facts(text)
    assert verdict(text, sentence) == why


@pytest.mark.parametrize(
    "sentence",
    [
        "Tova Quarrow gave $500 to the Velmar Guild in 2019.",
        "Two of the 40 guild members resigned, according to Quillon Hospital.",
        "Tova Quarrow made it clear on May 9 that the Velmar Guild would stay.",
        "Tova Quarrow's offer to resign was rejected on May 9.",
        "Tova Quarrow hired 3 clerks in 2019 and paid them $40,000.",
        "Tova Quarrow resigned in 2019, and Piet Harrowgate took her seat.",
        "During Tova Quarrow's first term, the Velmar Guild opened 3 halls.",
        "Tova Quarrow led one guild and Piet Harrowgate another in 2019.",
        "Tova Quarrow and Piet Harrowgate both voted for the Quillon levy in 2019.",
        "Tova Quarrow saw the status or release of 40 clerks decided in 2019.",
        # A superlative or "first" says which; a count whose noun came before.
        "In 2019, the Velmar Guild became the largest guild in Quillon.",
        "Tova Quarrow was the first clerk to join the Velmar Guild in 2019.",
        "Tova Quarrow had 503 votes and Piet Harrowgate had 70 in 2019.",
        # Named in the sentence itself.
        "The Quillon School District closed 3 schools in 2019, the district said.",
    ],
)
def test_a_sentence_that_shows_it_stands_alone_is_offered(sentence):
    text = f"{OPENING}\n{sentence}\n"
    assert facts(text) == [OPENING, sentence]


def test_the_noun_the_article_named_once_is_cited_by_that_name_in_brackets():
    text = (
        "The Quillon council debated the Velmar housing bill on May 3.\n"
        "Tova Quarrow spoke for the bill on May 9.\n"
        "The Quillon council adopted the Velmar Plan in 2019.\n"
        "Tova Quarrow opposed the plan on May 9.\n"
    )
    found = find_facts(text)
    assert [f.cited_text(text) for f in found] == [
        "The Quillon council debated the Velmar housing bill on May 3.",
        "Tova Quarrow spoke for [the Velmar housing bill] on May 9.",
        "The Quillon council adopted the Velmar Plan in 2019.",
        "Tova Quarrow opposed [the Velmar Plan] on May 9.",
    ]
    # The span is still the source's own words.
    assert text[found[1].start : found[1].end] == "Tova Quarrow spoke for the bill on May 9."
    # A record whose tallied vote the sentence states is named too, when the
    # article named it before (#17: "which plan?" was the blind judges' no).
    record = (
        "The Velmar Plan passed in May 2019.\nThe Quillon board voted 5-2 for the plan on May 9.\n"
    )
    assert cited(record)[1:] == ["The Quillon board voted 5-2 for [the Velmar Plan] on May 9."]
    # So is the record the story's first line is about.
    lead = "The Quillon board will adopt a depot ordinance on May 9.\n"
    assert cited(lead + "Tova Quarrow voted for the ordinance on May 3.\n") == [
        "Tova Quarrow voted for the ordinance on May 3."
    ]
    assert cited("Tova Quarrow voted for the ordinance on May 3.\n") == []
    record = "The Velmar Plan passed in May 2019.\nTova Quarrow voted for the plan on May 9.\n"
    assert cited(record)[1:] == ["Tova Quarrow voted for [the Velmar Plan] on May 9."]


def test_a_bracket_opening_the_sentence_is_capitalized():
    text = (
        "The Quillon council adopted the Velmar Plan in 2019.\nThe plan cost $3 million in 2020.\n"
    )
    assert cited(text)[1:] == ["[The Velmar Plan] cost $3 million in 2020."]


def test_a_noun_the_article_names_two_ways_is_not_resolved():
    text = (
        "The Quillon council debated the Velmar housing bill on May 3.\n"
        "It also debated the Marrowfield transit bill on May 4.\n"
        "Tova Quarrow spoke for the bill on May 9.\n"
    )
    assert verdict(text, "Tova Quarrow spoke") == "pointer"


def test_a_noun_inside_a_longer_phrase_or_a_headline_s_capitals_name_nothing():
    text = (
        "Dana Roe Just Answered To The Quillon Board\n"
        "The Velmar state convention met in Quillon on May 3.\n"
        "Tova Quarrow left the state on May 9.\n"
        "Tova Quarrow praised the board on May 9.\n"
    )
    assert verdict(text, "Tova Quarrow left") == "pointer"
    assert verdict(text, "Tova Quarrow praised") == "pointer"


def test_an_office_is_cited_with_the_holder_the_article_named():
    text = (
        "Mayor Lina Brask signed the Quillon budget on May 3.\n"
        "Tova Quarrow praised the mayor on May 9.\n"
    )
    assert cited(text)[1:] == ["Tova Quarrow praised [Mayor Lina Brask] on May 9."]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "Tova Quarrow resigned on Tuesday.",
            "Tova Quarrow resigned on Tuesday [March 22, 2016].",
        ),
        (
            "The Quillon board will vote on Friday.",
            "The Quillon board will vote on Friday [March 25, 2016].",
        ),
        (
            "Tova Quarrow left the Velmar Guild yesterday.",
            "Tova Quarrow left the Velmar Guild yesterday [March 22, 2016].",
        ),
        (
            "Tova Quarrow resigned last week.",
            "Tova Quarrow resigned last week [the week of March 14, 2016].",
        ),
        (
            "Tova Quarrow resigned last month.",
            "Tova Quarrow resigned last month [February 2016].",
        ),
        (
            "Tova Quarrow won this year's Quillon vote by 40 votes.",
            "Tova Quarrow won this year's [2016] Quillon vote by 40 votes.",
        ),
        (
            "Tova Quarrow resigned three days ago.",
            "Tova Quarrow resigned three days ago [March 20, 2016].",
        ),
        (
            "The Quillon vote is just two months from now.",
            "The Quillon vote is just two months from now [May 2016].",
        ),
        (
            "The Quillon board met ahead of Wednesday's vote on the Velmar Guild.",
            "The Quillon board met ahead of Wednesday's [March 23, 2016] vote on the Velmar Guild.",
        ),
        (
            "Tova Quarrow will answer the Quillon board with a speech of her own Friday.",
            "Tova Quarrow will answer the Quillon board with a speech of her own Friday"
            " [March 25, 2016].",
        ),
        # A day with a name of its own, a weekday with its date: no bracket.
        (
            "Tova Quarrow won 40 votes on Super Tuesday.",
            "Tova Quarrow won 40 votes on Super Tuesday.",
        ),
        (
            "Tova Quarrow resigned on Friday, March 18.",
            # (The weekday is dated by its date; the date gets its year, `fact_months`.)
            "Tova Quarrow resigned on Friday, March 18 [2016].",
        ),
    ],
)
def test_a_relative_time_is_dated_in_brackets_from_the_sources_date(sentence, shown):
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text)[1:] == [shown]
    fact = find_facts(text, published=WEDNESDAY)[1]
    assert text[fact.start : fact.end] == sentence


def test_a_relative_time_that_cannot_be_dated_is_not_offered():
    text = f"{OPENING}\nTova Quarrow resigned a few weeks ago.\nTova Quarrow left last spring.\n"
    assert dated(text) == [OPENING]
    # Without the source's date, the time stays as the source wrote it: the
    # source's date, cited with the fact, is the key.
    assert dated(f"{OPENING}\nTova Quarrow resigned on Tuesday.\n", None)[1:] == [
        "Tova Quarrow resigned on Tuesday."
    ]


def test_a_source_date_is_read_as_a_day_or_not_at_all():
    assert parse_date("2016-03-23") == WEDNESDAY
    assert parse_date("2016-03-23T10:00:00") == WEDNESDAY
    assert parse_date("") is None
    assert parse_date("March 2016") is None


def test_an_imported_source_with_a_date_has_its_facts_dated(tmp_path):
    text = f"{OPENING}\nTova Quarrow resigned from the Velmar Guild on Tuesday.\n"
    items = extract_items(text, None, "2016-03-23")
    assert [i.cited for i in items if i.kind == "fact"] == [
        None,
        "Tova Quarrow resigned from the Velmar Guild on Tuesday [March 22, 2016].",
    ]
    lib_path = tmp_path / "lib.sqlite"
    with Library(lib_path) as library:
        doc = Document(text, SourceMeta(title="Guild news", date="2016-03-23"))
        assert add_document(library, doc, "guild.txt").source_id is not None
    db = sqlite3.connect(lib_path)
    rows = db.execute("SELECT cited FROM items WHERE kind = 'fact' ORDER BY start").fetchall()
    db.close()
    assert rows == [
        (None,),
        ("Tova Quarrow resigned from the Velmar Guild on Tuesday [March 22, 2016].",),
    ]


def test_a_noun_phrase_ends_where_another_begins():
    text = (
        "The Velmar Party met in Quillon on May 3, 2009.\n\n"
        "Velmar turnout has dropped since 2008, the last year the party held an open primary,"
        " with 3,000 fewer voters.\n"
        "Tova Quarrow offered the clerk a job in Quillon on May 9, 2011.\n"
        "The Quillon primary was held on May 9, 2011.\n"
        "Tova Quarrow spoke ahead of the mid-May primary in 2011.\n"
    )
    shown = cited(text)
    assert (
        "Velmar turnout has dropped since 2008, the last year [the Velmar Party] held an open"
        " primary, with 3,000 fewer voters." in shown
    )
    # Which clerk, the sentences before say; and "the mid-May primary" is no
    # primary the article named otherwise.
    assert not any("clerk" in c or "mid-May" in c for c in shown)


def test_a_capitalized_name_that_goes_on_names_no_bare_noun():
    opening = "Tova Quarrow founded the Velmar Guild in Quillon on May 3, 2009.\n\n"
    news = (
        "Velmar News Agency.\n\n"
        "Quillon Air also confirmed the news about the Velmar native to the Quillon Star"
        " on May 9, 2011.\n"
    )
    war = (
        "The Velmar Guild is a post-Quillon War II body.\n\n"
        "Velmar forces won the war, seizing 7 districts in 2011.\n"
    )
    for text in (opening + news, opening + war):
        assert not any("[the Velmar News]" in c or "[the Quillon War]" in c for c in cited(text))


def test_a_title_case_dateline_is_left_out_of_the_fact():
    text = (
        "Tova Quarrow founded the Velmar Guild in Quillon on May 3, 2009.\n\n"
        "New Quillon (QNS) \u2013 Tova Quarrow left the Velmar Guild on May 9, 2011.\n"
    )
    fact = find_facts(text)[-1]
    assert text[fact.start : fact.end] == "Tova Quarrow left the Velmar Guild on May 9, 2011."


def test_a_titles_second_line_is_no_fact():
    text = (
        "Quillon board shuts the depot; \n"
        "Velmar Guild let 40 clerks go, cut 3 halls by May 2011.\n\n"
        "Tova Quarrow closed the Quillon depot on May 9, 2011, after a 5-2 vote of the board,"
        " and the Velmar Guild said 40 clerks would lose their posts.\n"
    )
    assert verdict(text, "Velmar Guild let") == "headline"
