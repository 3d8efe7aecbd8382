"""A caption of many: a plural present of a verb of a scene ("Dockers of
Tamsk wave at a Dunmarrow quay on April 12, 2016.") with a full date is a
photo's caption; a report tells a dated scene in the past
(`fact_captions.plural_caption`).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import verdict

LEAD = "Orla Penhallow opened the Tamsk Ferry Works in Dunmarrow on April 8, 2008.\n"


def test_a_caption_of_many_is_not_offered() -> None:
    for sentence in (
        "Dockers of the Tamsk ferry guild wave at a Dunmarrow quay on April 12, 2016.",
        "Ferry clerks cheer as Orla Penhallow opens a Dunmarrow pier on April 12, 2016.",
    ):
        assert verdict(LEAD + sentence + "\n", sentence) == "caption"


def test_a_report_of_many_is_kept() -> None:
    for sentence in (
        "Dockers of the Tamsk ferry guild waved at a Dunmarrow quay on April 12, 2016.",
        "Tamsk ferry clerks hold 12 of the 40 seats on the Dunmarrow council in 2016.",
    ):
        assert verdict(LEAD + sentence + "\n", sentence) == ""
