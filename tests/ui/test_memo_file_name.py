"""Save As offers the name Export offers, with the memo's suffix: one rule
(`short_text.file_stem`). The memo's own rule kept six lower-cased words,
so a memo and its export were named apart ("levy-...brief.json" beside
"Levy-....docx"), a long subject lost its end mid-phrase, and a subject such
as "Con" gave a name Windows refuses (a device's). Invented subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui import file_dialogs
from tests.ui.helpers import open_window


@pytest.mark.parametrize(
    ("subject", "offered"),
    [
        (
            "Velmar ferry levy: the council votes on Tuesday",
            "Velmar-ferry-levy-the-council-votes-on-Tuesday.brief.json",
        ),
        ("Con", "Con-memo.brief.json"),
        ("", "memo.brief.json"),
    ],
)
def test_save_as_offers_the_exports_name(qtbot, seeded_library, monkeypatch, subject, offered):
    window = open_window(qtbot, seeded_library)
    qtbot.keyClicks(window.editor.fields["subject"], subject)
    asked = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (asked.append(a) or "", ""))
    assert window.files.save_as() is False
    assert Path(asked[0][2]).name == offered
