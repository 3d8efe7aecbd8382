"""Thirtieth round of issue 11: construction families probed in several
wordings each (tense, pronoun or name, an aside, a line break). Invented
names and sentences only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def each_speaks(cases: list[tuple[str, str]], opening: str = "") -> None:
    """Each text's one quote, after `opening`, is its speaker's."""
    for text, speaker in cases:
        assert speakers(opening + text) == [speaker], text


def test_an_outlet_named_in_apposition_to_the_opening_phrase_is_not_the_subject():
    # "In a post on the forum, the Square, Ivo Brask wrote": the Square is
    # where he wrote, named after the noun that ends the opening phrase.
    assert speakers(
        "Piet Dunmore spoke first. In a post on the forum, the Lantern, Ivo Brask, a "
        'student, wrote that the toll was "a racket."'
    ) == ["Ivo Brask"]
    assert speakers(
        "Piet Dunmore spoke first.\n\nIn an essay printed by the weekly, the Velmar Gazette, "
        'and shared widely online, Orla Fenwick, a teacher, argued that the levy was "plain theft."'
    ) == ["Orla Fenwick"]
    assert speakers(
        "Orla Fenwick teaches in Quillon. In a column for the monthly, the Lantern, she, "
        'like many, called the ferry plan "a folly."'
    ) == ["Orla Fenwick"]
    assert speakers(
        "Piet Dunmore spoke first. On the website, the Lantern, Ivo Brask urged voters to "
        'stay home, saying the count was "already settled."'
    ) == ["Ivo Brask"]
    # The body itself as subject, its own aside after it: as before.
    assert speakers(
        "Piet Dunmore spoke first. In a statement, the Quillon Guild, Dunmore's employer, "
        'called the toll "a racket."'
    ) == ["Quillon Guild"]


def test_a_past_verb_with_its_object_ends_the_subject_s_noun_phrase():
    # "The union filed a grievance ... demanding": the union speaks, not
    # "union filed a grievance" (the phrase ran on to the object's noun).
    assert speakers(
        'Piet Dunmore drives a ferry. The union filed a lawsuit in May demanding "back pay '
        'for every deckhand."'
    ) == ["union"]
    assert speakers(
        "Piet Dunmore drives a ferry. Three unions brought a suit last year accusing the "
        'port of "wage theft."'
    ) == ["Three unions"]
    assert speakers(
        "Piet Dunmore drives a ferry. A coalition of parents delivered a letter Tuesday "
        'urging "an end to the closures."'
    ) == ["coalition of parents"]
    assert speakers(
        'Piet Dunmore drives a ferry. The drivers sent the port a petition asking for "safer ramps."'
    ) == ["drivers"]


def test_people_a_clause_names_someone_for_speak_not_the_one_named():
    # "Voters backing Vesk called ...": the voters, not Vesk, the object of
    # the participle or of the relative clause's verb.
    assert speakers(
        'Piet Dunmore spoke first. Drivers backing Orla Fenwick called the toll "a racket."'
    ) == ["Drivers"]
    assert speakers(
        'Piet Dunmore spoke first. A lawyer representing Fenwick said the toll was "a racket."'
    ) == ["lawyer"]
    assert speakers(
        'Piet Dunmore spoke first.\n\nVoters who back Fenwick have called the toll "a racket."'
    ) == ["Voters"]
    # (An object pronoun there was already passed over.)
    assert speakers(
        'Orla Fenwick spoke first. Donors courting them called the toll "a racket."'
    ) == ["Donors"]
    assert speakers(
        'Piet Dunmore spoke first. Those attending Fenwick\'s rally called the toll "a racket."'
    ) == ["Those attending Fenwick's rally"]
    # A "that" clause with no verb of its own is no relative clause.
    assert speakers(
        "The quarrel over which ferry bill passed grew so loud that Gov. Orla Fenwick "
        'said, "I need a translator."'
    ) == ["Orla Fenwick"]


def test_a_name_describing_the_noun_after_an_inverted_verb_is_not_the_speaker():
    # `," said one longtime Fenwick aide`: her aide speaks, not Fenwick.
    assert speakers('Orla Fenwick runs the port. "The toll stays," said one Fenwick aide.') == [
        "one Fenwick aide"
    ]
    assert speakers(
        'Orla Fenwick runs the port. "The toll stays," said a longtime Fenwick adviser, '
        "who asked not to be named."
    ) == ["longtime Fenwick adviser"]
    assert speakers(
        'Orla Fenwick runs the port.\n\n"The toll stays," wrote a Fenwick supporter who '
        'runs a ferry blog. "Nothing changes."'
    ) == ["Fenwick supporter", "Fenwick supporter"]
    assert speakers(
        'Orla Fenwick runs the port. "The toll stays," said two senior Fenwick donors.'
    ) == ["two senior Fenwick donors"]
    # A name after the description is still the speaker.
    assert speakers(
        'Orla Fenwick runs the port. "The toll stays," said Fenwick spokeswoman Ilse Brask.'
    ) == ["Ilse Brask"]


def test_a_note_an_owner_wrote_is_a_noun_of_words_not_the_verb():
    # "His note to the crew said": the note, its writer's words ("note" is
    # a noun after "his", as "letter" and "memo" are); the verb "note" as before.
    left = "Piet Dunmore left the ferry in March. "
    cases = [
        (left + 'His note to the crew said, "Back by noon."', "Piet Dunmore"),
        (
            'Orla Fenwick quit in May. Her notes from the meeting called the levy "doomed."',
            "Orla Fenwick",
        ),
        (left + '"Back by noon, all of you," read his note to the crew.', "note"),
        (left + 'The note said, "Back by noon."', "note"),
        ('The toll rose. "It is a gamble," analysts note.', "analysts"),
    ]
    each_speaks(cases)


def test_people_a_clause_describes_after_an_inverted_verb_speak_not_its_name():
    # `," said two people close to Fenwick`: the people, as written up to
    # their noun; a record "filed by" someone is still that person's.
    cases = [
        ('"The toll stays," said two people close to Fenwick.', "two people"),
        ('"The toll stays," said a panel appointed by Fenwick.', "panel"),
        ('"The toll stays," said volunteers working for Fenwick.', "volunteers"),
        (
            'The toll was "a mistake," according to aides who have seen the plan.',
            "aides",
        ),
        (
            '"The toll stays," according to a court document filed by Fenwick.',
            "Orla Fenwick",
        ),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_a_bare_plural_of_people_after_an_inverted_verb_speaks():
    # `," said officials.`: the officials, not the person the sentence
    # before is about.
    cases = [
        ('"The toll stays," said officials.', "officials"),
        ('"The toll stays," said officials in Lindvale.', "officials"),
        ('"The toll stays," says longtime residents.', "longtime residents"),
        ('"The toll stays," wrote drivers at Fenwick\'s depot.', "drivers"),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_people_a_lower_case_word_describes_tag_a_quote_after_it():
    # `," port officials said`: the officials, though "port" is no noun
    # of people and "state" reads as a verb.
    cases = [
        ('"The toll stays where it is for now," port officials said.', "officials"),
        ('"The toll stays where it is for now," state officials said Monday.', "officials"),
        (
            '"The toll stays where it is for now," ferry union workers told us.',
            "ferry union workers",
        ),
        ('"The toll stays where it is for now," transit experts say.', "experts"),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_the_agent_of_a_passive_naming_the_quote_calls_it_so():
    # `a gesture described by critics as "..."`: the critics call it so,
    # whatever noun or verb comes before the participle (a named agent
    # after "be" was already read so).
    cases = [
        (
            'She hugged Piet Dunmore, a gesture described by critics as "a betrayal of the guild."',
            "critics",
        ),
        (
            'She hugged Piet Dunmore, a gesture referred to by rivals as "the ferry embrace."',
            "rivals",
        ),
        (
            'She hugged Piet Dunmore in what came to be known by some Quillon voters as "the embrace that sank a career."',
            "some Quillon voters",
        ),
        (
            'She hugged Piet Dunmore in what would be derided by Ilse Brask as "the ferry embrace."',
            "Ilse Brask",
        ),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_people_named_as_a_passive_s_agent_after_the_quote_call_it_so():
    # `dubbed "..." by its critics`: the critics, as a name there already was.
    cases = [
        ('Her levy, dubbed "the toll grab of the decade" by its critics, passed.', "critics"),
        ('Her levy was called "the toll grab of the decade" by many drivers.', "many drivers"),
        ('Her levy has been labeled "the toll grab of the decade" by the union.', "union"),
        ('Her levy, dubbed "the toll grab of the decade" by Piet Dunmore, passed.', "Piet Dunmore"),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_a_body_by_its_initials_as_the_clause_subject_speaks():
    # `On its website, the QFA lists "..."`: the body the initials name,
    # as a body written out in full already did.
    cases = [
        ('On its website, the QFA lists "ferry safety as the first duty of every crew."', "QFA"),
        ('VFW filed a request with the port that month for "every record of the toll."', "VFW"),
        ('The QFA gave its members "a full account of the toll, line by line."', "QFA"),
    ]
    each_speaks(cases, opening="The port opened a review.\n\n")


def test_who_issued_a_document_is_the_subject_of_its_own_clause():
    # "A led the charge, but the union ran ads calling ...": the union's
    # ads, not A's; a second verb of the same subject ("..., and placed
    # ads") goes on with the first clause's.
    cases = [
        ('Piet Dunmore led the charge, but the union ran ads calling the levy "a grab."', "union"),
        ('Piet Dunmore led the charge; the union placed ads calling the levy "a grab."', "union"),
        (
            'Piet Dunmore led the charge, and Ilse Brask ran ads calling the levy "a grab."',
            "Ilse Brask",
        ),
        ('Piet Dunmore met the crews, and placed ads calling the levy "a grab."', "Piet Dunmore"),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_people_no_name_gives_after_according_to_are_the_source():
    # "According to two officials who spoke ...," and `," according to
    # officials.`: those people, as after a verb of saying.
    cases = [
        (
            'According to two officials who spoke on condition of anonymity, the levy is "here to stay."',
            "two officials",
        ),
        ('The levy is "here to stay for a decade," according to officials.', "officials"),
        (
            'The levy is "here to stay for a decade," according to port officials in Lindvale.',
            "port officials",
        ),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_a_plural_a_name_describes_after_an_inverted_verb_is_not_the_name():
    # `," said Fenwick aides`, `," according to Fenwick aides`: her aides.
    cases = [
        ('"The levy is here to stay," said Fenwick aides.', "Fenwick aides"),
        ('The levy is "here to stay," according to Fenwick aides.', "Fenwick aides"),
        (
            '"The levy is here to stay," said Quillon Guild officials on Monday.',
            "Quillon Guild officials",
        ),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_a_relative_clause_about_the_source_after_according_to_is_its():
    # "..., according to one aide, who called it "..."": the aide's words.
    cases = [
        ('The levy will stay, according to one aide, who called it "the only way out."', "aide"),
        (
            'The levy will stay, according to a spokeswoman, who called it "the only way out."',
            "spokeswoman",
        ),
        (
            'The levy will stay, according to Ilse Brask, who called it "the only way out."',
            "Ilse Brask",
        ),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. ")


def test_whom_him_or_her_means_answers_the_question_asked():
    # "Roe asked her about the levy. "...": she answers, not the asker.
    cases = [
        (
            'Tomas Quill asked her about the levy. "It stays for now, and that is final."',
            "Orla Fenwick",
        ),
        (
            'Tomas Quill asked her whether it would stay.\n\n"It stays for now, and that is final."',
            "Orla Fenwick",
        ),
        (
            'Mara Vesk asked him why the levy stayed. "It pays for the docks, every cent of it."',
            "Tomas Quill",
        ),
    ]
    each_speaks(cases, opening="Orla Fenwick runs the port. Tomas Quill runs the docks. ")
