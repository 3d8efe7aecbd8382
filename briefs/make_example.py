"""Build briefs/la-sanctuary-ordinance.brief.json from a fresh default library.

Run `python briefs/make_example.py` after the extraction changes, so the
example's item ids, spans and snapshots match what a new user's library holds.
Items are found by their words, not by id, so the script survives re-numbering.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.brief import Block, Brief, Header  # noqa: E402
from app.core.importer import open_library  # noqa: E402
from app.core.store import Library, SearchFilter  # noqa: E402
from app.core.templates import new_brief  # noqa: E402

OUT = ROOT / "briefs" / "la-sanctuary-ordinance.brief.json"

# (section title, [("quote"|"fact", words the item contains) or ("prose", text)])
CONTENT = [
    (
        "Bottom line",
        [
            (
                "prose",
                "On 19 November 2024 the City Council voted 13-0 for an ordinance that bars "
                "city resources and personnel from federal immigration enforcement. A second "
                "vote was needed to finalise the wording; the ordinance takes effect within "
                "10 days of the Mayor's signature. It mostly writes existing practice into law.",
            ),
        ],
    ),
    (
        "Background",
        [
            ("fact", "Council members voted 13-0 Nov. 19"),
            ("fact", "Special Order 40, established in 1979"),
            (
                "prose",
                "The vote followed the presidential election and the president-elect's pledge "
                "of mass deportations; several outlets frame the ordinance as a response.",
            ),
        ],
    ),
    (
        "Key facts",
        [
            ("fact", "urgency clause"),
            ("fact", "administrative warrant"),
            ("fact", "invoked twice since 2018"),
        ],
    ),
    (
        "Who said what",
        [
            ("quote", "This moment demands urgency. Immigrant protections"),
            ("quote", "pro-immigrant city for a number of years"),
            ("quote", "send a very clear message that the city of Los Angeles"),
            ("quote", "So-called ‘sanctuary’ cities and states sound warm"),
            ("quote", "Nothing will stop us from deporting"),
        ],
    ),
    (
        "Points of disagreement",
        [
            (
                "prose",
                "The sources disagree on when California became a sanctuary state: one says "
                "2014, the others 2017 (SB 54, the California Values Act). The 2017 date "
                "matches the statute; check before citing either.",
            ),
            ("fact", "sanctuary state since 2014"),
            ("fact", "In 2017, the state declared itself a sanctuary state"),
        ],
    ),
    (
        "Open questions",
        [
            ("fact", "attempted to withhold federal funding from sanctuary cities"),
            (
                "prose",
                "Will the incoming administration try again to withhold federal funds, and "
                "which city programmes would be exposed? Ask the budget office for a list.",
            ),
        ],
    ),
]


def find_item(library: Library, kind: str, words: str):
    """The first item of `kind` containing `words` (in library order)."""
    for item in library.search(SearchFilter(kind=kind), order="id"):
        if words in item.text:
            return item
    raise SystemExit(f"make_example: no {kind} containing {words!r} in the default library")


def build(library: Library) -> Brief:
    brief = new_brief("Council briefing memo")
    brief.header = Header(
        to="Council Member, District 4",
        from_="Policy staff",
        date="25 November 2024",
        subject="Los Angeles sanctuary city ordinance: what passed and who said what",
    )
    sections = {s.title: s for s in brief.sections}
    for title, entries in CONTENT:
        for kind, text in entries:
            if kind == "prose":
                block = Block(kind="prose", text=text)
            else:
                item = find_item(library, kind, text)
                block = Block.from_item(item, library.source(item.source_id))
            sections[title].blocks.append(block)
    return brief


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder) / "library.sqlite", seed_if_new=True)
        try:
            brief = build(library)
        finally:
            library.close()
    brief.save(OUT)
    kinds = [b.kind for b in brief.blocks()]
    print(
        f"wrote {OUT.relative_to(ROOT)}: "
        + ", ".join(f"{kinds.count(k)} {k}" for k in ("quote", "fact", "prose"))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
