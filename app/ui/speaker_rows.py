"""The Speakers tab's list as a model: every row read at once, each row's
label and tooltip made when the view asks for it, a search showing some.

A big library has tens of thousands of rows (a description such as "a
spokeswoman" is a row per source): a widget item per row, its label, its
clipped source title and its tooltip made for every row, and a search hiding
rows one by one, froze the window for seconds. The view (a table of one
column, its rows of one default height: speakers_view.py) asks only for the
rows it draws."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.model import Speaker
from app.core.short_text import clip_words
from app.ui.plain_text import plain_tip

IdRole = Qt.ItemDataRole.UserRole  # the speaker's id
NameRole = Qt.ItemDataRole.UserRole + 1  # the speaker's name
# A speaker entry's name and other names, searched by the search box (not
# its tooltip's words: "Also named: ..." found every speaker with an alias).
NamesRole = Qt.ItemDataRole.UserRole + 2
# The source a row of a description ("spokeswoman") shows the quotes of
# (None for a named speaker), and whether that description is quoted in
# other sources too: renaming or merging it would then name them all.
SourceRole = Qt.ItemDataRole.UserRole + 3
SpreadRole = Qt.ItemDataRole.UserRole + 4
SPREAD_TIP = (
    "These words describe a speaker in several sources, seldom the same one: name who"
    " it is with Change Speaker on each quote"
)
TITLE_WIDTH = 48  # a description row's source title, in characters

SpeakerRow = tuple[Speaker, int, "int | None"]  # (speaker, quotes, source id or None)
_AnyIndex = QModelIndex | QPersistentModelIndex


class SpeakerRowsModel(QAbstractListModel):
    """`Library.speaker_rows()` as a list; `set_query` shows the rows whose
    speaker's names match."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SpeakerRow] = []
        self._titles: dict[int, str] = {}
        self._spread: Counter[int] = Counter()
        self._query = ""
        self._shown: list[int] = []  # indexes into _rows, in order
        self._clipped: dict[int, str] = {}  # source id -> its title clipped
        self._folded: dict[str, str] = {}  # a speaker's names -> folded, for searches

    def set_rows(self, rows: list[SpeakerRow], titles: dict[int, str]) -> None:
        """Show `rows` (titles: the sources' titles, for descriptions' rows),
        searched by the query in force."""
        self.beginResetModel()
        self._rows, self._titles = rows, titles
        self._spread = Counter(s.id for s, _, source_id in rows if source_id is not None)
        self._clipped.clear()
        self._folded.clear()
        self._shown = self._matching(self._query)
        self.endResetModel()

    def set_query(self, query: str) -> None:
        """Show only the rows whose speaker's name (or another name of theirs)
        matches `query`, read as the Quotes search reads it."""
        self.beginResetModel()
        self._query = query
        self._shown = self._matching(query)
        self.endResetModel()

    def _matching(self, query: str) -> list[int]:
        """The rows whose speaker matches `query`: each speaker asked once."""
        if not query:
            return list(range(len(self._rows)))
        from app.ui.source_list import matches  # as the Sources tab: accents do not matter

        verdicts: dict[int, bool] = {}
        shown = []
        for at, (speaker, _, _) in enumerate(self._rows):
            found = verdicts.get(speaker.id)
            if found is None:
                found = verdicts[speaker.id] = matches(_names(speaker), query, self._fold)
            if found:
                shown.append(at)
        return shown

    def _fold(self, names: str) -> str:
        """`names` folded for a search, once while the rows stay (typing asks again)."""
        folded = self._folded.get(names)
        if folded is None:
            from app.core.search_query import fold

            folded = self._folded[names] = fold(names)
        return folded

    def shown(self, role: int = Qt.ItemDataRole.DisplayRole) -> list:
        """The rows shown, each as `data` gives it for `role`."""
        return [self.data(self.index(row), role) for row in range(len(self._shown))]

    def total(self) -> int:
        """Every row, those a search hides too."""
        return len(self._rows)

    def row_of(self, speaker_id: int, source_id: int | None = None) -> int | None:
        """The shown row of the speaker (with `source_id`, a description's row
        for that source, else its first), or None."""
        first = None
        for row, at in enumerate(self._shown):
            speaker, _, source = self._rows[at]
            if speaker.id == speaker_id:
                if source == source_id:
                    return row
                if first is None:
                    first = row
        return first

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        speaker, count, source_id = self._rows[self._shown[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            label = f"{speaker.name}  ({count})"
            if source_id is not None:  # after the count, which a narrow list keeps in view
                label += "  \u2014 " + self._clipped_title(source_id)
            return label
        if role == IdRole:
            return speaker.id
        if role == NameRole:
            return speaker.name
        if role == SourceRole:
            return source_id
        if role == SpreadRole:
            return self._spread[speaker.id] > 1
        if role == NamesRole:
            return _names(speaker)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [SPREAD_TIP] if self._spread[speaker.id] > 1 else []
            if speaker.aliases:
                tips.append("Also named: " + ", ".join(speaker.aliases))
            return plain_tip("\n".join(tips)) or None
        return None

    def _clipped_title(self, source_id: int) -> str:
        clipped = self._clipped.get(source_id)
        if clipped is None:
            clipped = self._clipped[source_id] = clip_words(
                self._titles.get(source_id, ""), TITLE_WIDTH
            )
        return clipped


def _names(speaker: Speaker) -> str:
    """The speaker's names, a line each: a phrase searched runs across no two."""
    return "\n".join((speaker.name, *speaker.aliases))
