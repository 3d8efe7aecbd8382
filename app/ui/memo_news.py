"""The bar above the memo's blocks: what the library says about its sources.

Details that differ from the memo's copy, sources deleted from the library
or not in it, facts the library words with other brackets now, or a
library that cannot be read; and whether Update Memo has something to take.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.short_text import clip_words, plural

if TYPE_CHECKING:
    from app.ui.memo_status import MemoStatus


def news_lines(status: MemoStatus) -> tuple[list[str], bool]:
    """The bar's lines, and whether Update Memo is offered."""
    lines, differ = [], False
    for news in status.news:
        title = clip_words(news.title, 60)
        one = news.blocks == 1
        if news.status == "deleted":  # which of two same-titled: outlet, date
            which = f" ({news.which})" if news.which else ""
            lines.append(
                f"\u201c{title}\u201d{which} was deleted from the library: its"
                f" {plural(news.blocks, 'block')} {'keeps' if one else 'keep'} the words"
                " and details this memo saved."
            )
        elif news.status == "elsewhere":
            lines.append(
                f"\u201c{title}\u201d is not in this library (the memo was made with"
                f" another): its {plural(news.blocks, 'block')}"
                f" {'keeps' if one else 'keep'} what this memo saved, and"
                f" {'is' if one else 'are'} not checked for conflicts or changed speakers."
            )
        else:
            differ = True
            lines.append(f"\u201c{title}\u201d has new {', '.join(news.changed)} in the library.")
    if differ:
        lines.append(
            "The memo shows and cites the library's details; its saved copy still has the old ones."
        )
    reworded = len(status.wording_now)
    if reworded:
        one = reworded == 1
        lines.append(
            f"{plural(reworded, 'fact')} in the memo {'is' if one else 'are'} worded with other"
            " brackets in the library now (a date or a name found again): Update Memo"
            f" takes {'its' if one else 'their'} new wording."
        )
    if status.error:
        return [f"Library details and conflicts cannot be shown: {status.error}"], False
    return lines, differ or bool(reworded)
