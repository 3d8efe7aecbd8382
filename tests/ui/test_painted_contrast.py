"""Every colour the cards paint text with meets WCAG AA (4.5:1) on what it is
painted on. The delegates are asked to paint onto a painter that records each
pen and fill, so the pairs checked are the ones the code draws, in every state
a card has (kind, altered, source deleted, each conflict state, empty,
selected or not); tests/ui/test_sheet_contrast.py does the same for the style
sheet."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionViewItem

from app.core.brief import Block, Brief, Section, SourceRef
from app.core.brief_conflicts import BlockConflict
from app.core.brief_sources import SourceState
from app.ui import viewer_looks
from app.ui.brief_model import BriefModel
from app.ui.brief_view import BriefView
from app.ui.item_model import ConflictRole
from app.ui.look import _LIGHT, sheet
from app.ui.memo_status import BlockStatus
from tests.ui.helpers import open_window
from tests.ui.test_contrast import contrast
from tests.ui.test_sheet_contrast import declarations, main_window_background

AA = 4.5


class RecordingPainter(QPainter):
    """A painter that notes the colour of each text it draws and each area it
    fills, keeping save/restore as QPainter does."""

    def __init__(self, image: QImage):
        super().__init__(image)
        self.pen, self.brush = QColor("black"), None
        self._saved: list[tuple] = []
        self.fills: list[tuple[QRect, QColor]] = []
        self.texts: list[tuple[QRect, QColor, str]] = []

    def save(self):
        self._saved.append((self.pen, self.brush))
        super().save()

    def restore(self):
        self.pen, self.brush = self._saved.pop()
        super().restore()

    def setPen(self, pen):
        if isinstance(pen, QPen):
            self.pen = pen.color()
        elif isinstance(pen, QColor):
            self.pen = pen
        super().setPen(pen)

    def setBrush(self, brush):
        self.brush = QColor(brush) if isinstance(brush, QColor) else None
        super().setBrush(brush)

    def fillRect(self, rect, colour):
        self.fills.append((QRect(rect), QColor(colour)))
        super().fillRect(rect, colour)

    def drawRect(self, rect):
        if self.brush is not None:
            self.fills.append((QRect(rect), self.brush))
        super().drawRect(rect)

    def drawRoundedRect(self, rect, *radii):
        if self.brush is not None:
            self.fills.append((QRect(rect), self.brush))
        super().drawRoundedRect(rect, *radii)

    def drawText(self, rect, flags, text):
        self.texts.append((QRect(rect), QColor(self.pen), text))
        super().drawText(rect, flags, text)

    def ground(self, rect: QRect, bare: QColor) -> QColor:
        """What lies under the middle of `rect`: the last fill there, else `bare`."""
        middle = rect.center()
        under = [colour for area, colour in self.fills if area.contains(middle)]
        return under[-1] if under else bare


def painted_pairs(view, indexes, bare: QColor) -> list[tuple[str, str, str, float]]:
    """(text, ink, ground, contrast) of every text the view's delegate paints
    for `indexes`, each painted selected and not."""
    pairs = []
    for index in indexes:
        delegate = view.itemDelegateForIndex(index)
        for selected in (False, True):
            flag = QItemSelectionModel.SelectionFlag
            view.selectionModel().select(index, flag.ClearAndSelect if selected else flag.Clear)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.widget, option.font = view, view.font()
            option.rect = QRect(0, 0, 600, delegate.sizeHint(option, index).height())
            image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
            painter = RecordingPainter(image)
            delegate.paint(painter, option, index)
            painter.end()
            for rect, ink, text in painter.texts:
                ground = painter.ground(rect, bare)
                pairs.append((text, ink.name(), ground.name(), contrast(ink, ground)))
    return pairs


def low(pairs) -> list[str]:
    return [
        f"{text!r}: {ink} on {ground} {ratio:.2f}:1"
        for text, ink, ground, ratio in pairs
        if ratio < AA
    ]


def sample_memo() -> tuple[Brief, dict[str, BlockStatus]]:
    """A memo with a card in every state the memo draws."""
    ref = SourceRef(source_id=1, title="Ferry Levy Passes", outlet="Velmar Herald")

    def cited(kind, text, **more):
        return Block(kind=kind, text=text, original=text, source=ref, **more)

    def conflict(state):
        return BlockConflict(
            1, state, "2014", ("2017",), "2017" if state != "open" else "", "", "year", ""
        )

    blocks = {
        "quote": cited("quote", "The ferry runs all winter.", speaker="Ada Quill"),
        "fact": cited("fact", "The levy passed 7 to 2 on Tuesday."),
        "prose": Block(kind="prose", text="Our view: the levy holds."),
        "empty": Block(kind="prose", text=""),
        "altered": Block(
            kind="quote", text="The ferry runs.", original="The ferry runs daily.", source=ref
        ),
        "deleted": cited("fact", "The board met twice."),
        "open": cited("fact", "The port opened in 2014."),
        "rejected": cited("fact", "The port opened in 2014."),
        "holds": cited("fact", "The port opened in 2017."),
    }
    statuses = {
        blocks["deleted"].id: BlockStatus(source=SourceState("deleted")),
        **{blocks[s].id: BlockStatus(conflict=conflict(s)) for s in ("open", "rejected", "holds")},
    }
    return Brief(sections=[Section("Background", list(blocks.values()))]), statuses


def memo_view(qtbot) -> BriefView:
    brief, statuses = sample_memo()
    model = BriefModel(brief, undo_stack=None)
    model.set_statuses(statuses)
    view = BriefView()
    view.setModel(model)
    view.resize(640, 900)
    qtbot.addWidget(view)
    return view


def test_every_text_colour_the_memo_cards_paint_meets_wcag_aa(qtbot):
    view = memo_view(qtbot)
    model = view.model()
    section = model.index(0, 0)
    indexes = [section] + [model.index(row, 0, section) for row in range(model.rowCount(section))]
    # Between the cards: the memo's background from the sheet, or a bare view's.
    for bare in (declarations_of("QTreeView#briefView")["background"], "white"):
        pairs = painted_pairs(view, indexes, QColor(bare))
        inks = {ink for _text, ink, _ground, _ratio in pairs}
        assert len(pairs) >= 2 * 11 and len(inks) >= 8  # every caption, line and body drawn
        assert not low(pairs), "\n".join(low(pairs))


def test_every_text_colour_the_library_cards_paint_meets_wcag_aa(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    table, model = panel.items, panel.items.model()
    ground = QColor(declarations_of("QTableView#itemTable")["background"])
    pairs = []
    for kind in ("quote", "fact"):
        panel.show_kind(kind)
        qtbot.waitUntil(lambda: model.rowCount() > 0)
        indexes = [model.index(row, 0) for row in range(min(model.rowCount(), 60))]
        if kind == "fact":  # the seeds' facts disagree on a year: a conflict mark
            qtbot.waitUntil(lambda rows=indexes: any(i.data(ConflictRole) for i in rows))
        pairs += painted_pairs(table, indexes, ground)
    assert {ink for _text, ink, _ground, _ratio in pairs} >= {"#c0392b", "#1b1b1b", "#ffffff"}
    assert not low(pairs), "\n".join(low(pairs))


def declarations_of(selector: str) -> dict[str, str]:
    from app.ui.look import _rules

    for selectors, body in _rules(sheet()):
        if selector in selectors:
            return declarations(body)
    raise AssertionError(f"the sheet has no rule for {selector}")


def test_the_source_viewers_conflict_note_meets_wcag_aa():
    surfaces = [main_window_background(), _LIGHT["Window"][0]]
    for ink in (viewer_looks.CONFLICT_TEXT, viewer_looks.RESOLVED_TEXT):
        for ground in surfaces:
            assert contrast(ink, QColor(ground)) >= AA, f"{ink.name()} on {ground}"


# A text colour written into a widget's own style or a rich text's markup.
_INLINE_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6})\b")


def test_every_text_colour_given_inline_meets_wcag_aa():
    """Colours in app/ui's own styles and markup (a flagged field's label, a
    note, the legend, the Preview's page), on the lightest and the darkest
    surface they may sit on: white and the window's grey."""
    import app.ui

    found = {
        (path.name, colour)
        for path in Path(app.ui.__file__).parent.glob("*.py")
        for colour in _INLINE_COLOUR.findall(path.read_text(encoding="utf-8"))
    }
    assert {name for name, _colour in found} >= {"preview.py", "team_dialog.py", "meta_form.py"}
    surfaces = ["#ffffff", main_window_background(), _LIGHT["Window"][0]]
    low = [
        f"{name}: {colour} on {ground} {contrast(QColor(colour), QColor(ground)):.2f}:1"
        for name, colour in sorted(found)
        for ground in surfaces
        if contrast(QColor(colour), QColor(ground)) < AA
    ]
    assert not low, "\n".join(low)
