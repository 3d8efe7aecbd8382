"""Short titles: a headline set in Title Case is cut between words, not dropped."""

from __future__ import annotations

from app.core.short_text import ELLIPSIS, clip_words


def test_a_title_case_headline_is_cut_between_words_not_taken_for_one_long_name():
    # A card's line "speaker  ·  source": the headline's capitalised words are
    # no name, so the cut is not backed off to the speaker (the source gone,
    # "Ada Roe…" read as the speaker alone).
    line = "Ada Roe \u00b7 Quillon Mayor Says The Ferry Will Run All Winter Long"
    for limit in range(25, len(line)):
        short = clip_words(line, limit)
        assert short.endswith(ELLIPSIS) and len(short) <= limit
        assert "Quillon Mayor" in short, (limit, short)
    # Alone, it is cut where the limit falls, between words.
    assert clip_words("Quillon Mayor Says The Ferry Will Run All Winter Long", 30) == (
        "Quillon Mayor Says The Ferry" + ELLIPSIS
    )
    # A name of a few words is still kept whole or left out.
    line = "Ada Roe  \u00b7  Vellow Harbour Mayor Ada Quill spoke"
    assert clip_words(line, 30) == "Ada Roe" + ELLIPSIS
    assert clip_words(line, 42) == "Ada Roe \u00b7 Vellow Harbour Mayor Ada Quill" + ELLIPSIS


def test_a_headline_kept_whole_as_a_name_gets_no_ellipsis():
    # A Title Case headline a little over the limit is kept whole (as a name
    # would be): nothing is cut, so no ellipsis follows its full stop.
    title = "Ana Ruvel Wins Velmar Mayoral Primary."
    clipped = clip_words(title, len(title) - 2)
    assert clipped == title
    assert not clipped.endswith(ELLIPSIS)
