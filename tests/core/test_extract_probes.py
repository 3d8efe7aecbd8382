"""Attribution probes: the constructions of ordinary news writing that name a
quote's speaker, one invented passage each (tests/data/attribution_probes.txt).
A passage marked "miss" is one the engine still gets wrong, with the reason:
the test expects it to fail, so a fix shows up (and is then unmarked)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.extract import find_quotes

PROBES = Path(__file__).resolve().parents[1] / "data" / "attribution_probes.txt"


@dataclass(frozen=True)
class Probe:
    family: str
    expected: tuple[str | None, ...]
    miss: str
    text: str


def read_probes(path: Path = PROBES) -> list[Probe]:
    """The passages of `path`: "=== family", "expect: A | B", "miss: why"."""
    probes: list[Probe] = []
    blocks = path.read_text("utf-8").split("\n=== ")[1:]
    for block in blocks:
        head, *lines = block.rstrip("\n").split("\n")
        expected: tuple[str | None, ...] = ()
        miss = ""
        while lines and lines[0].startswith(("expect:", "miss:")):
            key, _, value = lines.pop(0).partition(":")
            if key == "expect":
                expected = tuple(None if s.strip() == "-" else s.strip() for s in value.split("|"))
            else:
                miss = value.strip()
        probes.append(Probe(head.strip(), expected, miss, "\n".join(lines).strip()))
    return probes


def speakers(text: str) -> tuple[str | None, ...]:
    return tuple(q.speaker for q in find_quotes(text))


def test_the_probe_file_reads():
    probes = read_probes()
    assert len(probes) >= 80
    assert len({p.family for p in probes}) == len(probes)  # each passage named once
    assert all(p.expected and p.text for p in probes)


@pytest.mark.parametrize("probe", read_probes(), ids=lambda p: p.family)
def test_probe(probe: Probe):
    found = speakers(probe.text)
    if probe.miss:
        assert found != probe.expected, f"now right: unmark the miss ({probe.miss})"
    else:
        assert found == probe.expected, probe.text
