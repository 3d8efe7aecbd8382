"""Web page text as a reader sees it: a footnote number or exponent set above
the line never runs into the figure before it."""

from __future__ import annotations

from app.core.ingest.html import read_html

BODY = (
    "<p>The Vesk levy rose by 40<sup><a href='#fn1'>1</a></sup> percent last year,"
    " the Quillon council said in its yearly report.</p>"
    "<p>Roe said the bridge cost 12<sup>2,3</sup> million and would open soon,"
    " according to the Brask officials.</p>"
    "<p>The park covers 5 km<sup>2</sup> and opened on the 1<sup>st</sup> of May"
    " after a long wait.</p>"
)


def test_superscript_numbers_stay_apart_from_the_figure_before_them():
    for page in (f"<html><body><article>{BODY}</article></body></html>", BODY):
        text = read_html(page).text
        assert "rose by 40\u00b9 percent" in text, text
        assert "cost 12\u00b2,\u00b3 million" in text
        assert "covers 5 km\u00b2 and" in text
        assert "on the 1st of May" in text
        assert "401" not in text and "122" not in text


def test_a_date_in_the_article_text_is_not_its_publication_date():
    page = (
        "<html><head><title>Levy talks</title></head><body><article><h1>Levy talks</h1>"
        "<p>The Quillon council met on 3 March 2019 to talk about the old levy and the"
        " bridge that Vesk Tarn wants to build across the river.</p>"
        "<p>Velmar Roe said the plan of 14 May 2012 was still the best one for the"
        " farmers of the valley.</p></article></body></html>"
    )
    assert read_html(page).meta.date == ""
    published = page.replace(
        "<h1>Levy talks</h1>", "<h1>Levy talks</h1><time datetime='2024-06-07'>7 June 2024</time>"
    )
    assert read_html(published).meta.date == "2024-06-07"


def test_a_table_comes_as_its_cells_not_as_markup():
    filler = "<p>The Velmar council met on Monday to talk about the levy and the bridge.</p>"
    page = (
        f"<html><body><article><h1>Vote</h1>{filler}<table><tr><th>Member</th><th>Vote</th></tr>"
        "<tr><td>Vesk Tarn</td><td>Yes</td></tr><tr><td>Orra Quell</td><td>No</td></tr>"
        f"</table>{filler}</article></body></html>"
    )
    paragraphs = read_html(page).text.split("\n\n")
    assert "Member\tVote" in paragraphs and "Vesk Tarn\tYes" in paragraphs, paragraphs
    assert not any("|" in p for p in paragraphs)


def test_plain_reading_keeps_table_cells_apart():
    """The streaming reading (for pages the article reader finds nothing in)
    does not run one cell's words into the next's."""
    from app.core.ingest.html import visible_text

    page = "<table><tr><td>Vesk Tarn</td><td>Yes</td></tr><tr><th>Orra</th><th>No</th></tr></table>"
    assert visible_text(page)[1] == "Vesk Tarn Yes\n\nOrra No"


def test_an_element_marked_hidden_is_left_out():
    filler = "<p>The Velmar council met on Monday to talk about the levy and the bridge.</p>"
    page = (
        f"<html><body><article>{filler}<div hidden><p>Draft note: ask Roe before print.</p></div>"
        f"<p>Visible words here.</p>{filler}</article></body></html>"
    )
    text = read_html(page).text
    assert "Draft note" not in text and "Visible words here." in text
