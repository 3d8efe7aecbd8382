"""Partial-quote probes: quote marks around words that are no one's (titles,
nicknames, scare quotes, named terms, slogans, signs, words as words, survey
answers, product and event names, translations) beside real partial quotes,
one invented passage each (tests/data/partial_probes.txt). A passage marked
"miss" is one the engine still gets wrong, with the reason: the test expects
it to fail, so a fix shows up (and is then unmarked)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.extract import find_quotes

PROBES = Path(__file__).resolve().parents[1] / "data" / "partial_probes.txt"


@dataclass(frozen=True)
class Probe:
    family: str
    expected: tuple[tuple[str, str | None], ...]
    miss: str
    text: str


def _expected(value: str) -> tuple[tuple[str, str | None], ...]:
    """ "none", or "words = speaker | ..." ("-" for no speaker)."""
    if value.strip() == "none":
        return ()
    out = []
    for item in value.split("|"):
        words, _, speaker = item.partition("=")
        out.append((words.strip(), None if speaker.strip() == "-" else speaker.strip()))
    return tuple(out)


def read_probes(path: Path = PROBES) -> list[Probe]:
    """The passages of `path`: "=== family", "expect: ...", "miss: why"."""
    probes: list[Probe] = []
    for block in path.read_text("utf-8").split("\n=== ")[1:]:
        head, *lines = block.rstrip("\n").split("\n")
        lines = [line for line in lines if not line.startswith("#")]
        expected: tuple[tuple[str, str | None], ...] | None = None
        miss = ""
        while lines and lines[0].startswith(("expect:", "miss:")):
            key, _, value = lines.pop(0).partition(":")
            if key == "expect":
                expected = _expected(value)
            else:
                miss = value.strip()
        assert expected is not None, head
        probes.append(Probe(head.strip(), expected, miss, "\n".join(lines).strip()))
    return probes


def found(text: str) -> tuple[tuple[str, str | None], ...]:
    """Each quote's words (no trailing comma or stop) and speaker."""
    return tuple((text[q.start : q.end].rstrip(",.").strip(), q.speaker) for q in find_quotes(text))


def test_the_probe_file_reads():
    probes = read_probes()
    assert len(probes) >= 80
    assert len({p.family for p in probes}) == len(probes)  # each passage named once
    assert all(p.text for p in probes)
    assert sum(not p.expected for p in probes) >= 40  # marks around no one's words
    assert sum(bool(p.expected) for p in probes) >= 20  # real partial quotes beside them


@pytest.mark.parametrize("probe", read_probes(), ids=lambda p: p.family)
def test_probe(probe: Probe):
    got = found(probe.text)
    # A miss is expected to stay wrong: when it comes right, unmark it.
    why = f"now right: unmark the miss ({probe.miss})" if probe.miss else f"{probe.text}\n{got}"
    assert (got == probe.expected) != bool(probe.miss), why
