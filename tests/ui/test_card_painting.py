"""Memo and library cards: a card's line is fitted with each cut measured
once, and a card the view cuts at its bottom draws only its top."""

import pytest

from app.ui.main_window import MainWindow


def test_a_cards_line_is_fitted_as_before_each_cut_measured_once(qtbot):
    import random

    from PySide6.QtGui import QFont, QFontMetrics

    from app.core.short_text import clip_words
    from app.ui.text_fit import fit_words

    def measured_every_time(text, metrics, width):  # the bisection, as it was
        if metrics.horizontalAdvance(text) <= width:
            return text
        low, high, best = 1, len(text), ""
        while low <= high:
            middle = (low + high) // 2
            cut = clip_words(text, middle)
            if metrics.horizontalAdvance(cut) <= width:
                best, low = cut, middle + 1
            else:
                high = middle - 1
        return best

    words = "Zorb Quellin Mave of the Tarnish Council  ·  said on Vell 4 #budget in a".split(" ")
    rng = random.Random(14)
    metrics = QFontMetrics(QFont())
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 24)))
        for width in (0, 5, 40, 90, 150, 260, 400):
            assert fit_words(text, metrics, width) == measured_every_time(text, metrics, width)


def test_the_cut_last_card_draws_its_top_only_and_the_same_pixels(qtbot, seeded_library):
    import app.ui.item_delegate as cards

    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    table = window.library_panel.items
    viewport = table.viewport().height()
    height = table.rowHeight(0)
    last = viewport // height  # the last row the view shows, cut by its bottom
    assert table.model().rowCount() > last + 1
    # Shown 4 pixels of its top, above where its text starts (cards.PAD).
    window.resize(1400, 900 + last * height + 4 - viewport)
    qtbot.wait(50)
    assert table.viewport().height() - last * height == 4
    laid_out = []
    elided = cards._elided_lines

    def spy(text, font, width, lines):
        laid_out.append(text)
        return elided(text, font, width, lines)

    def drawn() -> tuple:
        laid_out.clear()
        image = table.viewport().grab().toImage()
        return image, list(laid_out)

    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(cards, "_elided_lines", spy)
        image, texts = drawn()
        monkeypatch.setattr(cards, "below_the_view", lambda option, top: False)
        every_text_image, every_text = drawn()
    finally:
        monkeypatch.undo()
    model = table.model()
    shown = [model.index(row, 0).data() for row in range(last + 1)]
    assert texts == shown[:-1] and every_text == shown  # the cut card's text not laid out
    assert image == every_text_image  # and the same pixels
    window.files.maybe_save = lambda: True
