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


def test_the_headline_comes_first_then_the_outlet_and_date():
    # With an outlet set the caption named the outlet alone: every article
    # of one paper looked alike, the headline gone.
    block = Block(kind="fact", text="The ferry runs.", original="The ferry runs.")
    block.source = SourceRef(
        source_id=1, title="Ferry Levy Passes", outlet="Velmar Herald", date="2015-03-02"
    )
    assert (
        block_caption(block) == "FACT  \u00b7  Ferry Levy Passes  \u00b7  Velmar Herald, 2015-03-02"
    )
    block.source = SourceRef(source_id=1, title="Ferry Levy Passes", outlet="Velmar Herald")
    assert block_caption(block).endswith("Ferry Levy Passes  \u00b7  Velmar Herald")
    block.source = SourceRef(source_id=1, title="", file_name="ferry.txt", date="2015-03-02")
    assert block_caption(block) == "FACT  \u00b7  ferry.txt  \u00b7  2015-03-02"


def test_a_narrow_card_cuts_the_outlet_before_the_headline(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from app.ui.brief_model import BlockRole
    from app.ui.brief_view import BlockDelegate

    block = Block(kind="fact", text="The ferry runs.", original="The ferry runs.")
    block.source = SourceRef(
        source_id=1, title="Ferry Levy Passes", outlet="Velmar Herald", date="2015-03-02"
    )
    view = QTreeView()
    qtbot.addWidget(view)
    model = QStandardItemModel()
    entry = QStandardItem()
    entry.setData(block, BlockRole)
    model.appendRow(entry)
    view.setModel(model)
    shown = BlockDelegate(view).shown_caption(model.index(0, 0), QRect(0, 0, 260, 80))
    assert "Ferry Levy Passes" in shown
    assert "2015-03-02" not in shown
    # A headline already cut, then cut after: one ellipsis ("plan……" before).
    block.source = SourceRef(
        source_id=1,
        title="Harbour board backs the north landing plan after a long night",
        outlet="The Velmar Harbour Herald",
    )
    shown = BlockDelegate(view).shown_caption(model.index(0, 0), QRect(0, 0, 420, 80))
    assert "landing" in shown and "\u2026\u2026" not in shown, shown
