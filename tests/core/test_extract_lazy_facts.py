"""The fact rules load when first needed: `main.py quotes` reads quotes
without them (they are most of the extractor's import time), and every
way of reaching them still works."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS

_FACT_MODULES = "sorted(m for m in sys.modules if m.startswith('app.core.extract.fact'))"


def _in_fresh_python(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return proc.stdout


def test_the_quotes_command_runs_without_loading_the_fact_rules():
    seed = sorted(SEEDS.glob("*.txt"))[0]
    out = _in_fresh_python(
        "import io, sys, contextlib\n"
        "from app.cli import run\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    status = run(['quotes', {str(seed)!r}])\n"
        "print(status, len(buf.getvalue().splitlines()))\n"
        f"print({_FACT_MODULES})\n"
    )
    status_line, loaded = out.splitlines()
    status, rows = status_line.split()
    assert status == "0" and int(rows) > 0  # quotes were found and printed
    assert loaded == "[]"


def test_extract_items_loads_the_fact_rules_and_finds_facts():
    # The first seed holds facts: extract_items gives them, loading the rules.
    seed = sorted(SEEDS.glob("*.txt"))[0]
    out = _in_fresh_python(
        "import sys\n"
        "from app.core.extract import extract_items\n"
        f"print({_FACT_MODULES} == [])\n"
        f"text = open({str(seed)!r}, encoding='utf-8').read()\n"
        "items = extract_items(text)\n"
        "print(sorted({i.kind for i in items}))\n"
        "print('app.core.extract.facts' in sys.modules)\n"
    )
    assert out.splitlines() == ["True", "['fact', 'quote']", "True"]


def test_fact_names_are_still_reached_through_the_package():
    import app.core.extract as extract
    from app.core.extract import Fact, find_facts
    from app.core.extract.facts import Fact as FactItself
    from app.core.extract.facts import find_facts as find_facts_itself

    assert Fact is FactItself and find_facts is find_facts_itself
    facts = find_facts("The council voted 7-2 on Tuesday to raise the Velmora bus fare to $3.")
    assert [f.start for f in facts] == [0]
    with pytest.raises(AttributeError, match="no attribute 'find_fact'"):
        extract.find_fact  # noqa: B018  (a misspelt name stays an error)
