"""No module of the app grows past 500 lines (STYLE.md: a module past
about 500 lines is split by what it is about)."""

from __future__ import annotations

from tests.conftest import ROOT

LIMIT = 500


def test_no_app_module_is_longer_than_the_limit():
    modules = sorted((ROOT / "app").rglob("*.py"))
    assert len(modules) > 100  # the app's modules were found
    long = {
        str(path.relative_to(ROOT)): n
        for path in modules
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert long == {}
