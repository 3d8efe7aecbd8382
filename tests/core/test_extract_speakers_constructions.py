"""Speakers from sentence constructions news writes often, each probed
in several wordings. Every sentence here is invented."""

from __future__ import annotations

from app.core.extract import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_a_participle_opening_the_sentence_gives_its_quote_to_the_main_subject():
    # `In calling the plan "...," the mayor broke with ...`: the mayor called it.
    text = 'In declaring the deal "dead on arrival," the union leader again showed his timing.'
    assert speakers(text) == ["union leader"]
    text = 'By branding the levy "a tax on farmers," the council chair angered the growers.'
    assert speakers(text) == ["council chair"]
    text = 'After describing the vote as "a betrayal" , the governor left the hall.'
    assert speakers(text) == ["governor"]
    text = 'Ivo Brask spoke first. Calling the levy "a tax on farmers," he walked out.'
    assert speakers(text) == ["Ivo Brask"]
    # Not past a clause of its own, nor when the participle is not the opening.
    assert speakers('In calling the plan "reckless," which it was, the mayor left.') == [None]
