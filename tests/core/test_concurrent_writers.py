"""Two and three programs writing one new library at once (a short run of
bench/bench_concurrency.py): nothing lost, no failed file, no traceback, the
library usable after, and groups equal to a regroup."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from bench_concurrency import files_for, run_round  # noqa: E402


@pytest.mark.parametrize("writers", [2, 3])
def test_writers_at_once_lose_nothing(tmp_path, writers):
    groups = files_for(writers, 8)
    for n in range(2):
        folder = tmp_path / f"round{n}"
        folder.mkdir()
        result = run_round(folder, groups, with_editor=writers == 3)
        assert (result.lost, result.failed, result.tracebacks) == (0, 0, 0), result.notes
        assert not result.broken and result.grouping_equal, result.notes
