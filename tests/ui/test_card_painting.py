"""Memo and library cards: a card's line is fitted with each cut measured
once, and a card the view cuts at its bottom draws only its top."""

import pytest

from app.ui.main_window import MainWindow


def test_a_cards_line_is_fitted_as_before_each_cut_measured_once(qtbot):
    import random

    from PySide6.QtGui import QFont, QFontMetrics

    from app.core.short_text import clip_words
    from app.ui.text_fit import _spaced_as, fit_words

    def measured_every_time(text, metrics, width):  # the bisection, as it was
        if metrics.horizontalAdvance(text) <= width:
            return text
        low, high, best = 1, len(text), ""
        while low <= high:
            middle = (low + high) // 2
            cut = _spaced_as(text, clip_words(text, middle))
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


def test_a_cut_line_keeps_the_cards_separators():
    """A line cut as one kept "  ·  " only when whole: cut, its runs of
    spaces became one and the card read "in 2 sources · Ada Quill…" beside
    cards reading "in 2 sources  ·  Ada Quill  ·  The…"."""
    from PySide6.QtGui import QFont, QFontMetrics

    from app.ui.item_delegate import SEPARATOR
    from app.ui.text_fit import fit_words

    metrics = QFontMetrics(QFont())
    line = f"in 2 sources{SEPARATOR}Ada Quill Varnes{SEPARATOR}Harbour Board  minutes, May"
    for width in (60, 120, 200, 260, 320):
        shown = fit_words(line, metrics, width)
        assert metrics.horizontalAdvance(shown) <= width
        dots = shown.count("\u00b7")
        assert shown.count(SEPARATOR) == dots  # each dot with its spaces
    kept = f"in 2 sources{SEPARATOR}Ada Quill Varnes\u2026"
    assert fit_words(line, metrics, metrics.horizontalAdvance(kept)) == kept


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


def test_a_cards_source_shows_its_start_after_the_speaker(qtbot):
    """A title opening with a long name is not cut inside it: cut as one,
    the line dropped the whole source and left "Ada Quill…", as if the
    speaker's name were cut. The source is fitted in the room left."""
    from PySide6.QtGui import QFont, QFontMetrics

    from app.ui.item_delegate import SEPARATOR
    from app.ui.text_fit import fit_after, fit_words

    metrics = QFontMetrics(QFont())
    head = f"in 3 sources (2 independent){SEPARATOR}Ada Quill{SEPARATOR}"
    tail = "The Vellow Harbour City Council passed a ferry plan on Monday"
    line = head + tail
    assert fit_after(head, tail, metrics, 10_000) == line
    width = metrics.horizontalAdvance(head + "The Vellow Harbour\u2026")
    assert (
        fit_words(line, metrics, width) == f"in 3 sources (2 independent){SEPARATOR}Ada Quill\u2026"
    )
    shown = fit_after(head, tail, metrics, width)
    assert shown.startswith(head + "The Vellow") and shown.endswith("\u2026")
    assert metrics.horizontalAdvance(shown) <= width
    # No room for a word of the source: the line is cut as one.
    narrow = metrics.horizontalAdvance(head) + 2
    assert fit_after(head, tail, metrics, narrow) == fit_words(line, metrics, narrow)


def test_library_cards_draw_their_source_after_the_speaker(qtbot, seeded_library):
    import app.ui.item_delegate as cards
    import app.ui.text_fit as text_fit

    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.resize(900, 900)  # a narrow list: card lines are cut
    window.show()
    qtbot.waitExposed(window)
    fit, fitted = cards.fit_after, []

    def spy(head, tail, metrics, width):
        shown = fit(head, tail, metrics, width)
        room = width - metrics.horizontalAdvance(head + tail.split(" ")[0] + "\u2026")
        fitted.append((head, tail, shown, room >= 0))
        return shown

    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(cards, "fit_after", spy)  # a fact's line
        monkeypatch.setattr(text_fit, "fit_after", spy)  # a quote's, after its speaker
        window.library_panel.items.viewport().grab()
    finally:
        monkeypatch.undo()
    cut = [(h, t, s) for h, t, s, room in fitted if room and s != h + t]
    assert cut, "no card line was cut with room for its source's first word"
    for head, tail, shown in cut:
        assert shown.startswith(head + tail.split(" ")[0]), shown
    window.files.maybe_save = lambda: True
