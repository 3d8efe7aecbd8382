"""No realnews text in the repository: bench/scan_copied.py finds none, and it
finds a copied run where one is."""

from __future__ import annotations

from bench.scan_copied import ROOT, bare_words, main, scan, scan_text
from tests.conftest import shared_path

ARTICLE = (
    "The harbour board of Quarrow met on a wet Thursday and voted to paint every "
    "lighthouse on the north coast a shade of green."
)


def windows(text: str, size: int = 8) -> set[int]:
    tokens = bare_words(text)
    return {hash(tuple(tokens[i : i + size])) for i in range(len(tokens) - size + 1)}


def test_the_repository_shares_no_run_of_eight_words_with_realnews() -> None:
    hits = scan(ROOT, shared_path("realnews", "articles"))
    listed = "\n".join(f"{hit.path}:{hit.line}: {hit.run}" for hit in hits[:40])
    assert not hits, f"rewrite these lines in invented words:\n{listed}"


def test_a_run_split_over_two_lines_is_found_on_both() -> None:
    source = 'text = (\n    "Vesk said the board voted to paint every "\n    "lighthouse on the north coast blue."\n)\n'
    hits = scan_text("t.py", source, windows(ARTICLE), 8)
    assert [hit.line for hit in hits] == [2, 3]
    assert hits[0].run == "voted to paint every lighthouse on the north coast"


def test_seven_shared_words_are_not_a_run() -> None:
    source = "Brask said they voted to paint every lighthouse on time.\n"
    assert scan_text("t.py", source, windows(ARTICLE), 8) == []


def test_stock_wording_with_a_word_around_it_is_not_a_run() -> None:
    stock = windows("a spokesman did not answer a call for comment on the plan")
    source = "Roe did not answer a call for comment on the plan.\n"
    owned = windows("Roe did not answer a call for comment on the plan today")
    assert scan_text("t.py", source, owned, 8, frozenset(stock)) == []
    assert scan_text("t.py", source, owned, 8) != []


def test_missing_articles_fail_clearly(tmp_path, capsys) -> None:
    assert main(["--articles", str(tmp_path / "absent")]) == 2
    assert "realnews articles missing" in capsys.readouterr().err
