"""The search box's syntax, read once: words, "phrases", prefix*, OR, NOT/-, brackets."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.search_query import MAX_DEPTH, All, Any, Query, Term, fts5, parse, tsquery


def test_words_all_must_occur_and_the_last_is_a_prefix():
    assert parse("zorvel quintar") == Query(All((Term("zorvel"), Term("quintar", True))))


def test_phrase_prefix_or_not():
    # As in FTS5, OR joins the groups around it: the leftout is vantel's.
    q = parse('"blue marrow" OR vantel* -draft')
    assert q == Query(Any((Term("blue marrow"), All((Term("vantel", True),), (Term("draft"),)))))
    q = parse('("blue marrow" OR vantel*) -draft')
    assert q == Query(All((Any((Term("blue marrow"), Term("vantel", True))),), (Term("draft"),)))
    assert parse("a NOT b c") == Query(All((Term("a"), Term("c", True)), (Term("b"),)))


def test_lower_case_or_is_a_word():
    assert parse("this or that") == Query(All((Term("this"), Term("or"), Term("that", True))))


def test_leftouts_alone_exclude():
    assert parse("-draft") == Query(None, Term("draft"))
    assert parse("-draft NOT memo") == Query(None, Any((Term("draft"), Term("memo"))))


def test_brackets_group():
    assert parse("(a OR b) c") == Query(All((Any((Term("a"), Term("b"))), Term("c", True))))


@pytest.mark.parametrize("text", ["", "   ", "—", "OR", "()", '""', "-", "- -", "(OR)"])
def test_nothing_to_search_for(text):
    assert not parse(text)


def test_an_operator_with_nothing_to_work_on_is_a_word():
    assert parse("NOT") == Query(Term("NOT"))
    assert parse("AND OR NOT") == Query(Any((Term("AND"), Term("NOT"))))


@pytest.mark.parametrize(
    "text",
    [
        *['a "b', "a (b", "a)", "((x", 'x"y', "a OR", "OR a", "-", "--x", "x*y", "*", '"*"'],
        "NOT",
        # Brackets nested past any search a person writes (pasted, or a stuck
        # key): FTS5's parser overflowed at some twenty levels, Python's at 600.
        "".join(f"(a{i} b{i} OR c{i} -d{i} " for i in range(40)) + "x" + ")" * 40,
        "(" * 3000 + "x" + ")" * 3000,
        "a " + "-(" * 3000 + "x" + ")" * 3000,
    ],
    ids=lambda text: text if len(text) < 20 else f"{text[:12]}...({len(text)})",
)
def test_odd_input_never_breaks_fts5(text):
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE f USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO f VALUES ('x y a b')")
    q = parse(text)
    for node in (q.match, q.exclude):
        if node is not None:
            db.execute("SELECT rowid FROM f WHERE f MATCH ?", (fts5(node),)).fetchall()
            sql, params = tsquery(node)
            assert sql.count("?") == len(params)


def test_quotes_in_words_stay_data():
    node = parse('say"x OR 1=1 --').match
    assert node is not None
    assert all(isinstance(p, str | bool) for p in tsquery(node)[1])
    assert '""' in fts5(parse('"a""b"').match) or fts5(parse('"a""b"').match)


@pytest.mark.parametrize("marks", ["\u201c\u201d", "\u201e\u201c", "\u00ab\u00bb", '""'])
def test_a_phrase_in_typographic_quotation_marks_is_a_phrase(marks, tmp_path):
    """A phrase pasted from a document comes in curly or guillemet marks: the
    words in that order, not anywhere in the item."""
    from contextlib import closing

    from app.core.model import NewItem, SourceMeta
    from app.core.store import Library, SearchFilter

    phrase = f"{marks[0]}harbour levy{marks[1]}"
    assert parse(phrase) == Query(Term("harbour levy"))
    assert parse(f"{phrase}* -draft") == Query(All((Term("harbour levy", True),), (Term("draft"),)))
    assert parse("aren\u2019t") == Query(Term("aren\u2019t", True))  # an apostrophe stays
    with closing(Library(tmp_path / "lib.sqlite")) as library:
        for text in ("The harbour levy passed.", "The levy on the harbour passed."):
            library.add_source(
                text, SourceMeta(title="Vesk"), items=[NewItem("fact", 0, len(text))]
            )
        found = library.search(SearchFilter(query=phrase, kind="fact"))
        assert [i.text for i in found] == ["The harbour levy passed."]


def test_brackets_past_the_deepest_are_read_as_if_not_there():
    # Their ")" too: it closed the bracket around them, which then lost the words after it.
    deep, inner = "(" * MAX_DEPTH, ")" * MAX_DEPTH
    assert parse(f"{deep}x OR (y z) w{inner} v") == parse(f"{deep}x OR y z w{inner} v")
    assert parse(f"{deep}x ((y OR z)) w{inner}") == parse(f"{deep}x y OR z w{inner}")


def test_a_left_out_group_past_the_deepest_goes_whole():
    # Read without its brackets, its words were searched for, not left out.
    deep, inner = "(" * MAX_DEPTH, ")" * MAX_DEPTH
    for leftout in ("-(y z)", "NOT (y z)", "-(y (q) z)"):
        assert parse(f"{deep}x {leftout} w{inner} v") == parse(f"{deep}x w{inner} v")
