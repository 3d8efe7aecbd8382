"""The library panel's tabs: their names, tips, search prompts and pages, and
the tips of its search box and list."""

from __future__ import annotations

from PySide6.QtCore import Qt

TABS = ("Quotes", "Facts", "Sources", "Speakers")
TAB_TIPS = (
    "Quotes found in your sources, with their speakers",
    "Facts found in your sources: numbers, dates, decisions",
    "Your sources: choose one to read it; Enter shows its quotes",
    "Everyone quoted: rename or merge speakers, see their quotes",
)
TAB_KIND = {0: "quote", 1: "fact"}
PAGE_OF_TAB = {0: 0, 1: 0, 2: 1, 3: 2}
PLACEHOLDERS = (
    "Search quotes and speakers\u2026",
    "Search facts\u2026",
    "Search sources: title, outlet, author\u2026",
    "Search speakers\u2026",
)
SOURCES_TAB, SPEAKERS_TAB = 2, 3
INTO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_TIP = (
    "Search the tab in view: quotes, facts, sources or speakers."
    "\nDown or Enter moves into the results; Escape clears the search."
)


def items_tip(add_key: str) -> str:
    """The quotes and facts list's tip, naming the key that adds to the memo."""
    return (
        f"Quotes and facts. {add_key} adds the selected one to the memo; drag one to place it."
        "\nThe source viewer shows it in its article."
    )
