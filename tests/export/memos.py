"""Briefs for the export tests: one built from the bundled library, hand-made ones."""

from __future__ import annotations

from pathlib import Path

from app.core.brief import Block, Brief, Header, Section, SourceRef
from app.core.importer import add_bundled_sources, open_library
from app.core.model import SourceMeta

# Realistic metadata for the bundled articles (the seeds ship without it),
# deliberately varied: several authors, no author, no date, no outlet.
SEED_META = [
    dict(
        outlet="Los Angeles Times",
        author="Jane Doe and Rubén Vives",
        date="2024-11-20",
        url="https://example.org/latimes/sanctuary-vote",
        accessed="2024-12-01",
    ),
    dict(outlet="Daily News", author="", date="2024-11-19", url="https://example.org/dn/ordinance"),
    dict(outlet="NBC Los Angeles", author="Zoë Ñúñez", date="November 19, 2024", url=""),
    dict(
        outlet="",
        author="José Müller",
        date="",
        url="https://example.org/blog/stand",
        accessed="2024-12-02",
    ),
    dict(
        outlet="KTLA",
        author="Ann Poe, Bob Roe and Cy Yu",
        date="2024-11-13",
        url="https://example.org/ktla/bass",
    ),
]


def library_brief(tmp_path: Path, per_source: int = 3) -> Brief:
    """A memo of quotes and facts picked from the five bundled articles."""
    library = open_library(tmp_path / "lib.sqlite")
    try:
        add_bundled_sources(library)
        sections = []
        for (sid, _name, meta, _n), extra in zip(library.sources(), SEED_META, strict=True):
            library.update_source_meta(sid, SourceMeta(title=meta.title, **extra))
            source = library.source(sid)
            blocks = [Block("prose", f"What {extra['outlet'] or 'a blog'} reported.")]
            for kind in ("quote", "fact"):
                for item in library.items_of_source(sid, kind)[:per_source]:
                    blocks.append(Block.from_item(item, source))
            sections.append(Section(f"Coverage {sid}", blocks))
    finally:
        library.close()
    brief = Brief(
        Header(
            "City Council members",
            "Policy staff",
            "2024-12-03",
            "LA \u201csanctuary city\u201d ordinance \u2014 what the coverage says",
        ),
        sections,
    )
    return brief


def filled_header(subject: str) -> Header:
    """A header with every field filled: no warning of its own (an empty
    field's is tested in test_empty_header.py)."""
    return Header("Harbour committee", "Policy staff", "3 March 2031", subject)


def ref(n: int, **fields) -> SourceRef:
    base = dict(
        source_id=n,
        file_name=f"src{n}.txt",
        title=f"Article number {n}",
        outlet=f"Outlet {n}",
        author=f"Writer{n} Person",
        date="2024-11-19",
        url=f"https://example.org/{n}?a=1&b=2",
    )
    base.update(fields)
    return SourceRef(**base)


def numbered_brief(blocks: int = 30, sources: int = 7, long_every: int = 0) -> Brief:
    """`blocks` facts in three sections, cycling through `sources` sources; fact i
    reads "Fact number i ..." so its page can be found in the PDF text."""
    refs = [ref(n) for n in range(1, sources + 1)]
    made = []
    for i in range(blocks):
        filler = " ".join(["lorem ipsum dolor sit amet"] * (3 + (i * 7) % 23))
        if long_every and i % long_every == long_every - 1:
            filler = " ".join(["long paragraph words here"] * 160)
        text = f"Fact number {i} {filler} end{i}."
        made.append(Block("fact", text, original=text, source=refs[i % sources]))
    third = max(blocks // 3, 1)
    return Brief(
        Header("Council", "Staff", "2024-12-03", "Numbered memo"),
        [
            Section("One", made[:third]),
            Section("Two", made[third : 2 * third]),
            Section("Three", made[2 * third :]),
        ],
    )


def hostile_brief() -> Brief:
    """Text that breaks naive exporters: markup, control characters, emoji,
    right-to-left and non-Latin scripts, a 10,000-character paragraph, 1,000 blocks."""
    nasty = (
        "Tags <b>bold</b> <b & unclosed <i <br/> &amp; &nbsp; &#9999999; ]]> "
        "\x00\x01\x07\x0b\x0c\x1b\x7f \ud800 \ufffe emoji \U0001f600\U0001f1fa\U0001f1f8 "
        "RTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202eevil\u202c "
        "CJK \u5317\u4eac Greek \u0391\u03b8\u03ae\u03bd\u03b1 Cyrillic \u041c\u043e\u0441"
        "\u043a\u0432\u0430 \u201ccurly\u201d \u2014 dash Zo\u00eb \u00d1\u00fa\u00f1ez"
    )
    bad_ref = SourceRef(
        source_id=99,
        file_name="bad<&>.txt",
        title=nasty[:200],
        outlet="<Outlet & Co>",
        author="O'Brien <script>, Ann & Bob",
        date="not a date \x02",
        url='https://x.org/?a=<b>&c="d"',
    )
    long_text = ("word " * 2000)[:10_000]
    blocks = [
        Block("prose", nasty),
        Block("quote", nasty, original=nasty, speaker="M\u00fcller <the> & co", source=bad_ref),
        Block("quote", "changed " + nasty, original=nasty, speaker="X", source=bad_ref),
        Block("fact", long_text, original=long_text, source=bad_ref),
        Block("fact", "x" * 10_000, original="x" * 10_000, source=bad_ref),
        Block("fact", "No source at all.", original="No source at all."),
    ]
    for i in range(1000):
        blocks.append(Block("fact", f"Block {i} <{i}> & more", original="", source=ref(i % 40)))
    return Brief(
        Header("To <all> & sundry", "From \x03 me \U0001f600", "", nasty),
        [Section(nasty[:80], blocks[:500]), Section("Rest </para>", blocks[500:])],
    )
