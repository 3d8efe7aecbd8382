"""A rename to another speaker's name written in another case ("tor brask"
beside Tor Brask) is refused as a clash (merge instead), on both kinds of
library: it made two speakers of one person, whose filter then left half
their quotes out. A speaker's own name in another case is a rename."""

from __future__ import annotations

import pytest

from app.core.errors import LibraryError
from app.core.model import NewItem, SourceMeta


def _speakers(library) -> dict[str, int]:
    for n, (who, said) in enumerate((("Tor Brask", "levy"), ("Ilsa Vesk", "pier"))):
        text = f"\u201cThe {said} stays,\u201d said {who}."
        library.add_source(
            text, SourceMeta(title=f"Velmar {n}"), items=[NewItem("quote", 1, 15, who)]
        )
    return {s.name: s.id for s, _ in library.speakers()}


def test_a_rename_to_another_speakers_name_in_another_case_is_refused(any_library):
    ids = _speakers(any_library)
    with pytest.raises(LibraryError, match="'Tor Brask' exists already: merge instead"):
        any_library.rename_speaker(ids["Ilsa Vesk"], "tor brask")
    assert {s.name for s, _ in any_library.speakers()} == {"Tor Brask", "Ilsa Vesk"}
    any_library.rename_speaker(ids["Tor Brask"], "TOR BRASK")  # its own name: allowed
    assert {s.name for s, _ in any_library.speakers()} == {"TOR BRASK", "Ilsa Vesk"}
