"""Thirty-third round of issue 11: construction families read in the
2016-05..06 fold, each probed in several wordings. Invented names and
sentences only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def each_speaks(cases, times: int = 1) -> None:
    """Each text's quotes (`times` of them) are all its speaker's."""
    for text, speaker in cases:
        assert speakers(text) == [speaker] * times, text


def test_no_tag_after_a_stop_that_follows_the_closing_mark():
    # `... to 6 ("...").  Then they told ...`: the stop after the mark (or
    # after a bracket closing round the quote) ends the quote's sentence,
    # so the next sentence's verb is no tag of it.
    for text in (
        'Ivo Brask met the guild. The plan was described as "a total and complete '
        'failure of the board". He said it would not last.',
        'Ivo Brask met the guild. The plan was a total failure ("We are not going back '
        'to that, ever again"). He said it would not last.',
        "Mara Vesk met the guild. Voters rank her on a scale (\"I'm surely voting for "
        'Quill")! She said the scale works.',
        'Mara Vesk met the guild. Voters rank her from 1 ("I\'m surely voting for Quill") '
        'to 6 ("They\'re probably voting for Roe"). She said the scale works.',
    ):
        assert speakers(text)[-1] is None, text
    # A tag in the quote's own sentence, after the bracket, as before.
    assert speakers(
        'Ivo Brask met the guild. The plan drew one reply ("We are not going back to '
        'that, ever again"), Brask said.'
    ) == ["Ivo Brask"]
    assert speakers(
        'Ivo Brask met the guild. The plan drew one reply ("We are not going back to '
        'that, ever again") from members, he said.'
    ) == ["Ivo Brask"]


def test_the_subject_after_a_reason_or_time_opening_speaks():
    # "That's why he wanted to "...": "That's why" opens the sentence, the
    # clause after it has the subject (was no speaker at all).
    each_speaks(
        (
            (
                "Ivo Brask, a teacher, said he grew up on a farm.\n\nThat's why he wanted to "
                '"walk one more mile to learn what drives them" this year.',
                "Ivo Brask",
            ),
            (
                "Ivo Brask, a teacher, said he grew up on a farm.\n\nThat's because he thinks "
                'the plan is "a betrayal of every family that works the land."',
                "Ivo Brask",
            ),
            (
                "Mara Vesk met Ivo Brask on Monday.\n\nWhich is why she hoped to "
                '"walk one more mile to learn what drives them" this year.',
                "Mara Vesk",
            ),
            (
                "Mara Vesk met Ivo Brask on Monday, and that was when the union decided to "
                '"walk one more mile to learn what drives them."',
                "union",
            ),
        )
    )
    # A subject that names no one, as before.
    assert speakers(
        "Mara Vesk met Ivo Brask on Monday. That is why the levy seems "
        '"a betrayal of every family that works the land."'
    ) == [None]


def test_a_tag_after_the_last_quote_of_a_sentence_is_the_earlier_quotes_too():
    # `found no "...," aside from "...," said Ana Ruiz.`: the tag closing the
    # sentence after its last quote is who says the whole sentence, so an
    # earlier quote there with no tag of its own is also theirs (it went to
    # the subject of its clause, or the sentence before).
    each_speaks(
        (
            (
                'The agency found "no ties of any consequence" between the two men, apart '
                'from a "casual acquaintance," its director, Ivo Brask, said.',
                "Ivo Brask",
            ),
            (
                'Ivo Brask spoke first. The board found "no ties of any consequence," aside '
                'from the men knowing each other "casually," said Mara Vesk, its chair.',
                "Mara Vesk",
            ),
            (
                'Ivo Brask spoke first. The men had "no ties of any consequence" beyond '
                'knowing each other "casually" at school, Mara Vesk said.',
                "Mara Vesk",
            ),
            (
                'Mara Vesk chairs the board. The men had "no ties of any consequence" '
                'beyond knowing each other "casually," she said.',
                "Mara Vesk",
            ),
        ),
        times=2,
    )
    # A verb of saying before the first quote names its own speaker, as before.
    assert speakers(
        'The board called the levy "a reckless gamble" and its timing "a cynical ploy," '
        "Ivo Brask said Monday."
    ) == ["board", "Ivo Brask"]


def test_a_surname_particle_in_lower_case_stays_inside_the_name():
    # "his nephew Dalmo el Quorin added": "el" (as "al", "bin", "van" already)
    # joins the name, which was cut to "Quorin".
    each_speaks(
        (
            (
                '"We rang him an hour before the ferry left," his nephew Dalmo el Quorin added.',
                "Dalmo el Quorin",
            ),
            ('"We will not sell," said Tarek ibn Velmar, the guild\'s head.', "Tarek ibn Velmar"),
            (
                'Lina bint Quorin chairs the board. "We will not sell," she said.',
                "Lina bint Quorin",
            ),
            ('Ivo dos Brask said: "We will not sell the mill."', "Ivo dos Brask"),
        )
    )
    # A capitalized given name is no particle.
    assert speakers('"We will not sell," said Ben Quorin.') == ["Ben Quorin"]


def test_who_calls_a_thing_so_in_a_clause_about_it_speaks():
    # "the fire, an incident Vesk brought up as "..."": the subject of the
    # verb before "as" calls it so; the sentence's subject got the quote.
    each_speaks(
        (
            (
                "Ivo Brask led the inquiry into the fire at the depot, an incident Mara Vesk "
                'brought up as "deeply troubling for every family in the valley" in an interview.',
                "Mara Vesk",
            ),
            (
                "Ivo Brask backed the levy, which Mara Vesk painted as "
                '"a lifeline for every farm in the valley."',
                "Mara Vesk",
            ),
            (
                "Mara Vesk spoke after Ivo Brask. He led the inquiry into the fire, an incident "
                'she brings up as "deeply troubling for every family in the valley" at rallies.',
                "Mara Vesk",
            ),
            (
                "Ivo Brask led the inquiry into the fire, a matter the union frames as "
                '"deeply troubling for every family in the valley."',
                "union",
            ),
        )
    )
    # A passive, or a noun before "as", names no one there: as before.
    assert speakers(
        "Ivo Brask led the inquiry into the fire, a matter widely seen as "
        '"deeply troubling for every family in the valley."'
    ) == ["Ivo Brask"]
    assert speakers(
        "Ivo Brask led the inquiry. Mara Vesk played down Brask's findings as "
        '"deeply troubling for nobody in the valley."'
    ) == ["Mara Vesk"]


def test_someone_after_an_empty_subject_and_for_acts():
    # "There's still time for Vesk to mend fences, even after dismissing
    # them as part of the "..."": the one "for ... to" names acts (no
    # speaker was given: "There" and "It" name no one).
    each_speaks(
        (
            (
                "There's still time for Mara Vesk to mend fences with the guild, even after "
                'dismissing its members as part of the "valley cartel that runs every mill."',
                "Mara Vesk",
            ),
            (
                "It is not too late for Mara Vesk to mend fences, even after calling the guild "
                '"a cartel that runs every mill in the valley."',
                "Mara Vesk",
            ),
            (
                "Ivo Brask met Mara Vesk. It would be hard for him to mend fences after calling "
                'the guild "a cartel that runs every mill in the valley."',
                "Ivo Brask",
            ),
            (
                "There is no way for Ivo Brask to win the guild over after years of mocking "
                'its "cartel that runs every mill in the valley."',
                "Ivo Brask",
            ),
            (
                'It was easy for voters to see the levy as "a raid on every family in the valley."',
                "voters",
            ),
        )
    )


def test_a_second_verb_of_a_relative_clause_closed_before_the_quote_is_not_its_tag():
    # "was asked by X, who backs Y, but has dismissed the story, "..."": the
    # relative clause's second verb is X's, no tag of the quote; the asker
    # asks it (was the sentence's subject).
    each_speaks(
        (
            (
                "Brask was asked by host Ivo Vesk, who is backing Brask, but has dismissed "
                'the story about the emails, "Now, you said the levy would pass. Has that '
                'changed at all?"',
                "Ivo Vesk",
            ),
            (
                "Mara Brask was asked by Ivo Vesk, who backs her, but has criticized her plan, "
                '"Will the levy pass before the vote?"',
                "Ivo Vesk",
            ),
            (
                "Brask was asked by Ivo Vesk, who has backed Brask, but dismissed the story, "
                '"Has that changed at all since the vote?"',
                "Ivo Vesk",
            ),
        )
    )
    # The main verb after the subject, as before.
    assert speakers(
        "Mara Brask wrote to Ivo Vesk, who chairs the board, and has denied the claims, "
        '"Please reconsider before the vote."'
    ) == ["Mara Brask"]


def test_an_adverb_between_was_and_its_participle_keeps_the_passive():
    # "was then asked by X, "..."": the agent asks, as after "was asked by".
    each_speaks(
        (
            (
                "Brask was then asked by Ivo Vesk, a radio host who has backed him for years, "
                '"Now, you said the levy would pass. Has that changed at all?"',
                "Ivo Vesk",
            ),
            (
                'Mara Brask was repeatedly asked by Ivo Vesk: "Will the levy pass this year?"',
                "Ivo Vesk",
            ),
            (
                'Mara Brask was later accused by Ivo Vesk of "selling out every farm in the valley."',
                "Ivo Vesk",
            ),
            (
                'Mara Brask was also asked by host Ivo Vesk, "Will the levy pass this year?"',
                "Ivo Vesk",
            ),
        )
    )


def test_a_tag_after_a_stop_outside_the_marks_still_tags_in_lower_case():
    # `"...?" he asked` written `"..."? he asked`: the lower-case pronoun goes
    # on the quote's sentence, so the tag stays.
    each_speaks(
        (
            ('Ivo Brask met the guild. "Who is to blame for the mill"? he asked.', "Ivo Brask"),
            (
                'Mara Vesk met the guild. "Never again, not in this valley"! she shouted.',
                "Mara Vesk",
            ),
        )
    )
