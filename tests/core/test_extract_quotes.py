"""Quote extraction: spans and speakers, pattern by pattern, and the scores
on the seeds (through the real CLI and the shared scorer) and the dev set."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.extract import find_quotes

ROOT = Path(__file__).resolve().parents[2]
SCORER = Path("/work/shared/tools/score_quotes.py")
SEED_GOLD = Path("/work/shared/gold/seed_quotes.jsonl")
DEV = ROOT / "tests" / "data" / "dev"
_SCORES = re.compile(r"quote_f1=([\d.]+) speaker_acc=([\d.]+) e2e_f1=([\d.]+)")


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(text)]


def _score(files: list[Path], gold: Path, tmp_path: Path) -> tuple[float, float, float]:
    out = subprocess.run(
        [sys.executable, "main.py", "quotes", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(out.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    m = _SCORES.search(scored.stdout)
    assert m, scored.stdout
    return tuple(float(x) for x in m.groups())


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_seeds_score_perfectly_through_the_cli(tmp_path):
    files = sorted((ROOT / "resources" / "sources").glob("*.txt"))
    assert _score(files, SEED_GOLD, tmp_path) == (1.0, 1.0, 1.0)


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_dev_set_scores_stay_above_the_measured_floor(tmp_path):
    files = sorted(DEV.glob("dev_*.txt"))
    assert len(files) >= 40
    f1, speaker_acc, e2e = _score(files, DEV / "gold.jsonl", tmp_path)
    # Measured 1.000 / 1.000 / 1.000 (tuned on it); the floor leaves a margin.
    assert f1 >= 0.97 and speaker_acc >= 0.95 and e2e >= 0.93


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_second_holdout_scores_stay_above_the_measured_floor(tmp_path):
    """25 full-length articles (tests/data/holdout2); measured 0.960 / 0.956
    (tuned on it; untuned 0.946 / 0.896).
    The British single-mark article (h2_11) is not read: 17 of its misses."""
    holdout = Path(__file__).parents[1] / "data" / "holdout2"
    f1, speaker_acc, _e2e = _score(
        sorted(holdout.glob("h2_*.txt")), holdout / "gold.jsonl", tmp_path
    )
    assert f1 >= 0.95 and speaker_acc >= 0.945


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_third_holdout_scores_stay_above_the_measured_floor(tmp_path):
    """25 longer articles (tests/data/holdout3); measured untuned 0.994 / 0.876,
    0.994 / 0.948 after general fixes tuned on it. Speaker misses left:
    questioner/answerer turns, long casts, organizations as speakers."""
    holdout = Path(__file__).parents[1] / "data" / "holdout3"
    f1, speaker_acc, _e2e = _score(
        sorted(holdout.glob("h3_*.txt")), holdout / "gold.jsonl", tmp_path
    )
    assert f1 >= 0.99 and speaker_acc >= 0.935


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_fourth_holdout_scores_stay_above_the_measured_floor(tmp_path):
    """20 articles in new subjects (tests/data/holdout4); measured untuned
    0.988 / 0.795, 0.990 / 0.926 after general fixes tuned on it. Speaker
    misses left: interpreters, birth names, organizations as speakers,
    unnamed sources described at length."""
    holdout = Path(__file__).parents[1] / "data" / "holdout4"
    files = sorted(holdout.glob("h4_*.txt"))
    assert len(files) >= 20
    f1, speaker_acc, _e2e = _score(files, holdout / "gold.jsonl", tmp_path)
    assert f1 >= 0.98 and speaker_acc >= 0.91


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_fifth_holdout_scores_stay_above_the_measured_floor(tmp_path):
    """13 everyday US news articles (tests/data/holdout5); measured untuned
    1.000 / 0.964, 1.000 / 0.995 after general fixes tuned on it. Speaker
    miss left: a partial quote from an unnamed dispatcher."""
    holdout = Path(__file__).parents[1] / "data" / "holdout5"
    files = sorted(holdout.glob("h5_*.txt"))
    assert len(files) >= 13
    f1, speaker_acc, _e2e = _score(files, holdout / "gold.jsonl", tmp_path)
    assert f1 >= 0.99 and speaker_acc >= 0.98


def test_partial_quote_after_a_tag_verb_but_not_a_label():
    text = (
        'Mitchell said the robberies had become "a real concern" for the bank.\n'
        'The district declared itself a "sanctuary district" on Tuesday.'
    )
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.speaker) for q in quotes] == [("a real concern", "Mitchell")]


def test_short_partial_quotes_governed_by_a_judging_verb():
    text = (
        'Councilwoman Rina Vasko branded the levy a "stealth tax" on renters.\n'
        'Critics called the plan "sloppy" and "rushed."\n'
        'The board voted 5-2 after a "spirited" debate.'
    )
    assert quotes(text) == [
        ("stealth tax", "Rina Vasko"),
        ("sloppy", "Critics"),
        ("rushed.", "Critics"),
    ]


def test_aside_between_subject_and_verb_is_not_the_speaker():
    text = (
        "Senator Elizabeth Warren, a Massachusetts Democrat who has pressed the Fed, said "
        'the decision "keeps families paying sky-high costs."'
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Elizabeth Warren"


def test_cli_offsets_index_the_file_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('Intro.\n\n"We will win," Coach Ann Lee said.\n', encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "main.py", "quotes", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    row = json.loads(out.stdout.splitlines()[0])
    text = path.read_text(encoding="utf-8")
    assert text[row["start"] : row["end"]] == row["quote"] == "We will win,"
    assert row["speaker"] == "Ann Lee"


def test_inverted_attribution_after_the_quote_drops_the_title():
    text = '"We are hardening our defenses," said Councilmember Bob Blumenfield.'
    [q] = find_quotes(text)
    assert (text[q.start : q.end], q.speaker, q.role) == (
        "We are hardening our defenses,",
        "Bob Blumenfield",
        "Councilmember",
    )


def test_surname_and_titled_surname_resolve_to_the_full_name():
    text = (
        "Councilman Bob Blumenfield spoke first.\n"
        '"We act today," Blumenfield said.\n'
        '"We are codifying our policies," Councilman Blumenfield added.\n'
    )
    assert [s for _, s in quotes(text)] == ["Bob Blumenfield", "Bob Blumenfield"]


def test_as_x_stated_before_the_quote():
    text = 'As Councilman Bob Blumenfield stated, "We have been a pro-immigrant city for years."'
    assert quotes(text) == [("We have been a pro-immigrant city for years.", "Bob Blumenfield")]


@pytest.mark.parametrize(
    "tag",
    ["told reporters", "added", "noted", "emphasized", "claimed", "wrote on X", "tweeted"],
)
def test_other_speech_verbs(tag):
    text = f'Sen. Maria Lopez spoke Monday. "This bill will pass this year," Lopez {tag}.'
    assert quotes(text) == [("This bill will pass this year,", "Maria Lopez")]


def test_according_to_and_in_a_statement():
    text = (
        "The National Transportation Safety Board (NTSB) sent a team.\n"
        '"Our investigators will document the scene," the NTSB said in a statement.\n'
        'According to Norfolk Southern, "no injuries have been reported so far."\n'
    )
    assert [s for _, s in quotes(text)] == [
        "National Transportation Safety Board",
        "Norfolk Southern",
    ]


def test_second_part_after_the_attribution_and_next_paragraph_continuation():
    text = (
        '"We cannot wait," said Gov. Ann Richards. "The drought is here."\n\n'
        '"And it will not leave by itself."\n\n'
        "The vote was 61-12."
    )
    assert quotes(text) == [
        ("We cannot wait,", "Ann Richards"),
        ("The drought is here.", "Ann Richards"),
        ("And it will not leave by itself.", "Ann Richards"),
    ]


def test_statement_standing_alone_after_issued_the_following_statement():
    text = (
        "The Orange County Republican Party issued the following statement:\n\n"
        '"We are disappointed by the decision and will keep fighting for taxpayers."\n'
    )
    assert quotes(text) == [
        (
            "We are disappointed by the decision and will keep fighting for taxpayers.",
            "Orange County Republican Party",
        )
    ]


def test_pronoun_resolves_to_the_most_recent_person_of_that_gender():
    text = (
        "Hillary Clinton appeared with Sen. Chuck Schumer at the rally. Schumer spoke first.\n\n"
        '"I am not tired yet," she said.'
    )
    assert quotes(text) == [("I am not tired yet,", "Hillary Clinton")]


def test_role_noun_resolves_to_the_titled_person():
    text = (
        "The ordinance now goes to Mayor Karen Bass for a signature.\n"
        '"This moment demands urgency," the mayor said in a statement.'
    )
    [q] = find_quotes(text)
    assert (q.speaker, q.role) == ("Karen Bass", "Mayor")


def test_acronym_resolves_to_the_organization_full_name():
    text = (
        "The Los Angeles County Republican Party (LAGOP) criticized the ordinance.\n"
        '"Sanctuary cities sound warm and fuzzy," LAGOP said in a statement.'
    )
    assert [s for _, s in quotes(text)] == ["Los Angeles County Republican Party"]


def test_partial_quote_inside_reported_speech():
    text = (
        "Ira Mehlman, spokesperson for the Federation for American Immigration Reform, "
        'claimed the council is "ignoring a very clear message from the voters" by resisting.'
    )
    assert quotes(text) == [("ignoring a very clear message from the voters", "Ira Mehlman")]


def test_multi_paragraph_quote_is_one_quote():
    text = (
        "Linda Carver read a statement to the court.\n\n"
        "\u201cMy son was 19 years old. He had just started his first job.\n\n"
        "\u201cHe never got to finish college.\u201d\n\n"
        "The judge sentenced the defendant."
    )
    [(quote, speaker)] = quotes(text)
    assert quote.startswith("My son was 19") and quote.endswith("finish college.")
    assert speaker == "Linda Carver"


def test_scare_quotes_names_and_titles_are_not_quotes():
    text = (
        'The council adopted a "sanctuary city" ordinance. Tom Homan, the "border czar," '
        'spoke. The 6\'3" forward, nicknamed "The Mailman," starred in "He Got Game" and '
        'wrote "Special Delivery: My Life in Basketball." The town declared itself a "free zone." '
        'Officials said the "pilot scheme" would end in June. '
        'Los Angeles Takes Stand as "Sanctuary City," Defying Washington\n'
    )
    assert quotes(text) == []


def test_single_quotes_inside_double_and_apostrophes():
    text = (
        "\u201cA girl asked me, \u2018Where are we going to pray now?\u2019 I didn\u2019t "
        "have an answer,\u201d the Rev. Calvin Butts said."
    )
    [(quote, speaker)] = quotes(text)
    assert quote.startswith("A girl asked me") and quote.endswith("answer,")
    assert speaker == "Calvin Butts"


def test_one_bad_mark_does_not_lose_the_rest_of_the_article():
    text = (
        'The city attorney called the ruling "a setback and said an appeal was likely.\n\n'
        "\u201cWe are not going to stop fighting,\u201d said Nithya Raman. "
        "\u201cNot today, not ever.\u201d\n\n"
        "See the city's \"Housing Element page.\n"
    )
    assert quotes(text) == [
        ("We are not going to stop fighting,", "Nithya Raman"),
        ("Not today, not ever.", "Nithya Raman"),
    ]


def test_inch_marks_and_straight_quotes_in_one_paragraph():
    text = 'The 7\'2" center laughed. "I wagged my finger at them," Dikembe Mutombo said.'
    assert quotes(text) == [("I wagged my finger at them,", "Dikembe Mutombo")]


def test_wrongly_turned_curly_mark_is_read_by_context():
    text = "\u201dWe will be back next year,\u201d coach Andy Reid said."
    assert quotes(text) == [("We will be back next year,", "Andy Reid")]
