"""The same words typeset differently are the same quote: straight or curly
marks, an apostrophe written with an accent or a prime, "--" or an em dash,
"..." or an ellipsis, a plain or a non-breaking space or hyphen, a soft
hyphen inside a word. Each source's own text is what is stored, shown and
cited; only the comparison folds them."""

from __future__ import annotations

import pytest

from app.core.corroborate.claims import quote_signature, same_quote
from app.core.corroborate.text import plain, words
from app.core.store import Library
from tests.core.corroborate_helpers import add, groups_by_text

PLAIN = (
    "We can't keep the old quarry road open -- not with the spring floods coming..."
    " the crews need a safer route, and the 'low bridge' won't hold a loaded e-mail van,"
)
TYPESET = (
    "We can\u2019t keep the old quarry road open \u2014 not with the spring floods coming\u2026"
    " the crews need a safer\u00a0route, and the \u2018low bridge\u2019 won\u2019t hold a loaded"
    " e\u2011mail van,"
)
# Apostrophes as other keyboards and programs write them, invisible marks
# inside words, another dash between clauses.
ODD = (
    "We can\u00b4t keep the old quar\u00adry road open \u2015 not with the spring floods coming . . ."
    " the crews need a safer\u202froute, and the \u201blow bridge\u2032 won\u2032t hold a"
    " load\u200bed e\u2010mail van,"
)


@pytest.mark.parametrize("other", [TYPESET, ODD])
def test_one_quote_whatever_the_typography(other):
    assert words(other) == words(PLAIN)
    assert same_quote(quote_signature(1, PLAIN), quote_signature(2, other))


def test_plain_folds_only_what_is_typography():
    assert plain("isn\u00b4t \u2018so\u2019 \u201cso\u201d") == "isn't 'so' \u201cso\u201d"
    assert plain("e\u2011mail, soft\u00adware, 1990\u20122000, a \u2015 b") == (
        "e-mail, software, 1990\u20132000, a \u2014 b"
    )
    assert plain("caf\u00e9 \u2014 na\u00efve") == "caf\u00e9 \u2014 na\u00efve"  # letters stay


def test_two_sources_typeset_differently_make_one_group_and_keep_their_words(tmp_path):
    library = Library(tmp_path / "library.sqlite")
    texts = {}
    for text in (PLAIN, TYPESET, ODD):
        article = f"Olwen Brisk spoke at the depot.\n\n\u201c{text}\u201d Brisk said.\n"
        add(library, article, quotes=[text])
        texts[text] = article
    assert groups_by_text(library) == [{PLAIN, TYPESET, ODD}]
    # Stored and shown as each source wrote it.
    for cluster in library.clusters():
        for item_id in cluster.item_ids:
            item = library.item(item_id)
            assert item.text in texts
            assert texts[item.text][item.start : item.end] == item.text
    library.close()


def test_what_compatibility_folding_makes_is_folded_too():
    """One pass: the characters that folding turns into an apostrophe or a
    prime are mapped with the others, so none is left for a second one."""
    import unicodedata

    assert (
        plain("\u0149 won\u1fefd \uff40ferry\uff40 \u2033quay\u2033") == "'n won'd 'ferry' \"quay\""
    )
    assert plain("isn\u00b4t") == "isn't" and unicodedata.normalize("NFKC", "\u00b4") != "'"
