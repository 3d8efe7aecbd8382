"""A line set against the sentences before it by an antithetic conjunct
("by contrast", "conversely"), or adding one more act with "also" and no
time of its own ("Roe also announced ..."), leans on what only those
sentences tell: it is not offered. A conjunct used as a preposition ("in
contrast to the 2012 race"), an "also" with a time in the line, or a
present perfect ("has also endorsed", dated as of the source) or a
present passive ("are also barred from ...", a standing rule) stay facts.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_discourse import leaning
from tests.core.facts_helpers import OPENING, facts, verdict

# (sentence, why it is no fact on its own: "" when it may be one)
CASES = [
    # Set against what the sentences before told: up from which year's?
    (
        "Guild turnout in the Quillon ferry vote, by contrast, was up 40 percent from 2011.",
        "pointer",
    ),
    ("By contrast, the Velmar Guild lost 300 members in the Orvask mills in 2014.", "pointer"),
    ("In contrast, Quillon clerks gave $2 million to the Velmar ferry fund in 2015.", "pointer"),
    ("Conversely, the Orvask tannery strike of 1998 ended with no contract at all.", "pointer"),
    ("On the other hand, the Velmar Guild kept its 12 Quillon ferry berths in 2013.", "pointer"),
    ("The Quillon mills shed 1,200 jobs in 2015, by comparison.", "pointer"),
    # As prepositions they name what is set against: the line stays.
    ("In contrast to the 2011 ferry vote, Quillon guild turnout rose 40 percent in 2015.", ""),
    ("By comparison with 2011, the Velmar Guild lost 300 members in 2014.", ""),
    # Not the conjunct: a noun with its own words after it.
    ("The Velmar Guild drew a sharp contrast between the two Quillon ferry plans in 2015.", ""),
    # One more act of an occasion only the sentences before tell: when, where?
    ("Mira Kesk also announced the Velmar Guild would open an office in Quillon.", "pointer"),
    ("Ivo Tarnel also said the Orvask mills had shed 1,200 jobs over two winters.", "pointer"),
    ("Guild members also denounced the Quillon ferry levy of $40 a crossing.", "pointer"),
    ("Oda Brisk was also accused of breaking the Velmar Guild's election rules.", "pointer"),
    # With a time of its own the act is dated: the line stays.
    ("Mira Kesk also announced on Tuesday that the Velmar Guild would open an office.", ""),
    ("Ivo Tarnel also said in 2015 that the Orvask mills had shed 1,200 jobs.", ""),
    ("Mira Kesk's win in Tuesday's Velmar primary was also helped by 3,000 clerks.", ""),
    # A month written short keeps its dot: "Nov. 19" dates the act.
    ("The Quillon Ferry Board also adopted a berth plan on Nov. 19 after a 6-1 vote.", ""),
    # A present perfect holds as of the source's date; an "also" before no verb.
    ("The Quillon Clerks Union has also endorsed Mira Kesk for the Velmar Guild chair.", ""),
    ("Mira Kesk is also the treasurer of the Quillon Clerks Union.", ""),
    # A present passive: a standing rule.
    ("Quillon clerks are also barred from taking gifts worth more than $50.", ""),
]


def test_each_form_and_its_near_misses() -> None:
    for sentence, reason in CASES:
        assert leaning(sentence, sentence.split()) == reason, sentence


def test_a_line_leaning_back_is_not_offered() -> None:
    for sentence, reason in CASES:
        if reason:
            text = OPENING + "\n" + sentence + "\n"
            assert verdict(text, sentence) == reason, sentence
            assert sentence not in facts(text)


def test_a_named_contrast_or_a_dated_also_is_offered() -> None:
    for sentence in (
        "In contrast to the 2011 ferry vote, Quillon guild turnout rose 40 percent in 2015.",
        "Mira Kesk also announced on Tuesday that the Velmar Guild would open an office.",
        "Ivo Tarnel also said in 2015 that the Orvask mills had shed 1,200 jobs.",
        "The Quillon Ferry Board also adopted a berth plan on Nov. 19 after a 6-1 vote.",
    ):
        assert sentence in facts(OPENING + "\n" + sentence + "\n"), sentence
