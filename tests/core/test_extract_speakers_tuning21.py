"""Speaker rules of issue 11's twenty-first helper round, each from a cause
found among the realnews tuning part's quotes. Invented names and sentences
only; each test fails without its rule."""

from __future__ import annotations

from app.core.extract import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_a_main_clause_after_an_opening_clause_has_its_own_speaker():
    # `While X calls it "...," Y fixates on the "..." line`: the main
    # clause's subject, not the opening clause's speaker, owns its quote.
    text = (
        "Tobin Vesk forwarded a column that praised the ferry plan. "
        'While Vesk calls the column "a fine piece of work," Dana Roe fixates on the '
        '"harbor pivot" line.'
    )
    assert speakers(text) == ["Tobin Vesk", "Dana Roe"]
    text = (
        "Tobin Vesk and Dana Roe spoke at the pier. "
        'Although Roe called the levy "a burden," Vesk described it as "the only way out."'
    )
    assert speakers(text) == ["Dana Roe", "Tobin Vesk"]
    # Near misses: with no opening clause, the quote after the comma goes
    # on with its sentence's speaker; a name right before the mark opens
    # the quoted words' own clause (`," Roe "opted for ..."`), the tag's
    # speaker still saying them.
    text = (
        "Tobin Vesk spoke at the pier. "
        'Vesk called the levy "a burden," adding that the board should "start again."'
    )
    assert speakers(text) == ["Tobin Vesk", "Tobin Vesk"]
    text = (
        "Dana Roe spoke at the pier on Monday. "
        'Tobin Vesk, an aide to the mayor, said, "Instead of calming the crowd," Roe '
        '"chose to pick a fight."'
    )
    assert speakers(text) == ["Tobin Vesk", "Tobin Vesk"]
