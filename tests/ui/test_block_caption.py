"""A memo block's caption names its source by its headline's own first words."""

from __future__ import annotations

from app.core.brief import Block, SourceRef
from app.ui.brief_view import block_caption


def test_a_headline_opening_with_a_name_is_not_cut_to_the_name_alone():
    # The short form a later note uses ("Ada Roe") stood in the caption as
    # if it were a second speaker: "QUOTE · Vesk Brask · Ada Roe".
    title = "Ada Roe: \u2018It Is Not A Costly Idea\u2019 To Run A Ferry All Winter Long"
    ref = SourceRef(source_id=1, title=title)
    block = Block(kind="quote", text="It runs.", original="It runs.", speaker="Vesk Brask")
    block.source = ref
    caption = block_caption(block)
    assert caption.startswith("QUOTE  \u00b7  Vesk Brask  \u00b7  Ada Roe: \u2018It Is"), caption
    assert len(caption) < 80
    # An outlet, when known, still names the source.
    block.source = SourceRef(source_id=1, title=ref.title, outlet="Velmar Herald")
    assert block_caption(block) == "QUOTE  \u00b7  Vesk Brask  \u00b7  Velmar Herald"
