"""Citation text against the style guides' own examples."""

from __future__ import annotations

from app.core import cite, cite_fields
from app.core.brief import SourceRef

# The Chicago Manual of Style, 17th ed., 14.191 (news article, web).
MANJOO = SourceRef(
    source_id=1,
    title="Snap Makes a Bet on the Cultural Supremacy of the Camera",
    outlet="New York Times",
    author="Farhad Manjoo",
    date="2017-03-08",
    url="https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet.html",
)
# APA 7, 10.2 example 16: Guarino, B. (2017, December 4). How will humanity react ...
GUARINO = SourceRef(
    source_id=2,
    title="How will humanity react to alien life? Psychologists have some predictions",
    outlet="The Washington Post",
    author="Ben Guarino",
    date="December 4, 2017",
    url="https://www.washingtonpost.com/news/speaking-of-science/wp/2017/12/04/x/",
)


def text(spans) -> str:
    return cite.plain(spans)


def test_chicago_full_note_short_note_and_bibliography_match_cmos():
    assert text(cite.chicago_note(MANJOO)) == (
        "Farhad Manjoo, \u201cSnap Makes a Bet on the Cultural Supremacy of the Camera,\u201d "
        "New York Times, March 8, 2017, "
        "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet.html."
    )
    assert text(cite.chicago_short_note(MANJOO)) == "Manjoo, \u201cSnap Makes a Bet.\u201d"
    assert text(cite.chicago_bibliography(MANJOO)) == (
        "Manjoo, Farhad. \u201cSnap Makes a Bet on the Cultural Supremacy of the Camera.\u201d "
        "New York Times, March 8, 2017. "
        "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet.html."
    )


def test_chicago_styles_outlet_in_italics_and_url_as_link():
    spans = cite.chicago_note(MANJOO)
    assert [s.text for s in spans if s.italic] == ["New York Times"]
    assert [s.url for s in spans if s.url] == [MANJOO.url]


def test_apa_reference_and_in_text_match_apa_manual():
    assert text(cite.apa_reference(GUARINO)) == (
        "Guarino, B. (2017, December 4). How will humanity react to alien life? Psychologists "
        "have some predictions. The Washington Post. "
        "https://www.washingtonpost.com/news/speaking-of-science/wp/2017/12/04/x/"
    )
    assert [s.text for s in cite.apa_reference(GUARINO) if s.italic] == ["The Washington Post"]
    assert text(cite.apa_in_text(GUARINO)) == "(Guarino, 2017)"


def test_apa_author_counts_in_text_and_reference():
    two = SourceRef(author="Jane Doe and John Roe", title="T", date="2020")
    three = SourceRef(author="Jane Doe; John Roe; Ann Poe", title="T", date="2020")
    assert text(cite.apa_in_text(two)) == "(Doe & Roe, 2020)"
    assert text(cite.apa_in_text(three)) == "(Doe et al., 2020)"
    assert text(cite.apa_reference(three)).startswith("Doe, J., Roe, J., & Poe, A. (2020). T.")


def test_missing_author_puts_title_first_and_chicago_lists_it_under_the_outlet():
    ref = SourceRef(title="Council passes ordinance", outlet="LA Times", date="2024-11-19")
    # Chicago capitalises titles headline style (CMOS 8.159); APA keeps them as written.
    assert text(cite.chicago_note(ref)) == (
        "\u201cCouncil Passes Ordinance,\u201d LA Times, November 19, 2024."
    )
    # CMOS 14.207: an unsigned article goes under the newspaper's name.
    assert text(cite.chicago_bibliography(ref)) == (
        "LA Times. \u201cCouncil Passes Ordinance.\u201d November 19, 2024."
    )
    assert [s.text for s in cite.chicago_bibliography(ref) if s.italic] == ["LA Times"]
    assert text(cite.chicago_short_note(ref)) == "LA Times, \u201cCouncil Passes Ordinance.\u201d"
    assert text(cite.apa_reference(ref)) == (
        "Council passes ordinance. (2024, November 19). LA Times."
    )
    assert text(cite.apa_in_text(ref)) == "(\u201cCouncil Passes Ordinance,\u201d 2024)"


def test_missing_date_is_nd_with_accessed_date():
    ref = SourceRef(
        author="Jane Doe",
        title="Undated",
        outlet="Blog",
        url="https://x.org/a",
        accessed="2024-12-01",
    )
    assert text(cite.chicago_note(ref)) == (
        "Jane Doe, \u201cUndated,\u201d Blog, n.d., accessed December 1, 2024, https://x.org/a."
    )
    assert text(cite.apa_reference(ref)) == (
        "Doe, J. (n.d.). Undated. Blog. Retrieved December 1, 2024, from https://x.org/a"
    )
    assert text(cite.apa_in_text(ref)) == "(Doe, n.d.)"


def test_missing_title_and_outlet_fall_back_to_file_name():
    ref = SourceRef(file_name="council-notes.txt")
    assert text(cite.chicago_note(ref)) == "council-notes.txt, n.d."
    assert text(cite.ap_attribution(ref)) == "according to council-notes.txt"
    assert "council-notes.txt" in text(cite.apa_reference(ref))


def test_ap_attribution_names_the_outlet_then_author_then_title():
    assert text(cite.ap_attribution(MANJOO)) == "according to the New York Times"
    no_outlet = SourceRef(author="Jane Doe", title="T")
    assert text(cite.ap_attribution(no_outlet)) == "according to Jane Doe"
    assert text(cite.ap_source_entry(MANJOO)).startswith(
        "New York Times: \u201cSnap Makes a Bet on the Cultural Supremacy of the Camera,\u201d "
        "by Farhad Manjoo, March 8, 2017."
    )


def test_ap_dates_abbreviate_months_as_ap_does():
    assert cite._date_ap("2024-11-19") == "Nov. 19, 2024"
    assert cite._date_ap("2024-09-03") == "Sept. 3, 2024"
    assert cite._date_ap("2024-03-03") == "March 3, 2024"
    assert cite._date_ap("2024-11") == "November 2024"


def test_parse_date_and_authors():
    assert cite_fields.parse_date("Nov. 19, 2024") == cite_fields.Date(2024, 11, 19)
    assert cite_fields.parse_date("19 November 2024") == cite_fields.Date(2024, 11, 19)
    assert cite_fields.parse_date("2024-13-01") is None
    assert [n.family for n in cite.parse_authors("By Ann Poe, Bob Roe and Cy Yu")] == [
        "Poe",
        "Roe",
        "Yu",
    ]
    assert cite.parse_authors("Doe, Jane") == [cite.Name("Jane", "Doe")]
    junior = cite.parse_authors("Jane Quill Doe Jr.")
    assert junior == [cite.Name("Jane Quill", "Doe", "Jr.")]
    assert junior[0].inverted == "Doe, Jane Quill, Jr."
    assert junior[0].initials == "Doe, J. Q., Jr."


def test_chicago_four_or_more_authors_use_et_al_in_notes():
    ref = SourceRef(author="A One; B Two; C Three; D Four", title="T", date="2020")
    assert text(cite.chicago_note(ref)).startswith("A One et al.,")
    assert text(cite.chicago_bibliography(ref)).startswith("One, A, B Two, C Three, and D Four.")


def test_sort_key_ignores_leading_article_and_orders_by_author():
    refs = [
        SourceRef(title="The Zebra story"),
        SourceRef(author="Bob Adams", title="Zoo"),
        SourceRef(title="An apple story"),
    ]
    ordered = sorted(refs, key=lambda r: cite.sort_key(r, "chicago"))
    assert [r.title for r in ordered] == ["Zoo", "An apple story", "The Zebra story"]
    # An unsigned article with an outlet sorts under the outlet (ignoring "The").
    refs.append(SourceRef(title="Aardvark", outlet="The Brindle Post"))
    ordered = sorted(refs, key=lambda r: cite.sort_key(r, "chicago"))
    assert [r.title for r in ordered] == ["Zoo", "An apple story", "Aardvark", "The Zebra story"]


def test_titles_with_ellipsis_or_quotes_get_no_doubled_punctuation():
    ref = SourceRef(title='Council to adopt a "sanctuary city" ordinance\u2026', file_name="a.txt")
    bib = text(cite.chicago_bibliography(ref))
    assert bib == "\u201cCouncil to Adopt a \u2018Sanctuary City\u2019 Ordinance\u2026\u201d n.d."
    assert text(cite.chicago_note(ref)).endswith("Ordinance\u2026,\u201d n.d.")
    assert text(cite.apa_reference(ref)) == (
        "Council to adopt a \u201csanctuary city\u201d ordinance\u2026 (n.d.)."
    )
    assert text(cite.ap_source_entry(ref)).endswith("ordinance\u2026\u201d")
    for style in cite.STYLES:
        entry = text(cite.source_entry(ref, style))
        assert "\u2026." not in entry and "\u2026\u201d." not in entry and "N.d." not in entry
        assert '"' not in entry


def test_ap_names_an_untitled_outletless_source_by_its_whole_title():
    title = "The Brindle County Board passed an ordinance on Nov. 19 to widen the road"
    assert text(cite.ap_attribution(SourceRef(title=title))) == (
        f"according to the article \u201c{title}\u201d"
    )


def test_a_newsrooms_staff_byline_is_a_group_author_never_inverted():
    # "By Velmar Herald staff" (as a text's byline reads it) names no person:
    # CMOS 14.72 and APA 9.11 cite a group author whole, not "staff, Velmar Herald".
    ref = SourceRef(
        source_id=3, title="Ferry fares: Quillon council votes", author="Velmar Herald staff"
    )
    ref.date = "2015-11-15"
    assert text(cite.chicago_note(ref)).startswith("Velmar Herald staff, \u201cFerry Fares")
    assert text(cite.chicago_short_note(ref)).startswith("Velmar Herald staff, \u201cFerry")
    assert text(cite.chicago_bibliography(ref)).startswith("Velmar Herald staff. \u201cFerry")
    assert text(cite.apa_reference(ref)).startswith("Velmar Herald staff. (2015, November 15).")
    assert cite.parse_authors("Velmar Herald staff") == [cite.Name("", "Velmar Herald staff")]
    # A person's name is inverted as before, and so is one written all in lower case.
    assert cite.parse_authors("Jane Roe")[0].inverted == "Roe, Jane"
    assert cite.parse_authors("bell vesk")[0].inverted == "vesk, bell"
    assert cite.parse_authors("Lia d'Orvel")[0].inverted == "d'Orvel, Lia"
