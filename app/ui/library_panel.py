"""The library panel: Quotes, Facts, Sources and Speakers, one search box, filters.

The search box searches the tab in view (quotes, facts, sources or speakers);
the filters in force are named right above the results, each with a one-click
clear. Down (or Enter) in the search box moves into the results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.core.library_edits import Changes
from app.core.model import Item
from app.core.short_text import plural
from app.core.store import SearchFilter
from app.ui.empty_results import EmptyResultsNote, nothing_found
from app.ui.focus import tab_after
from app.ui.groups_updating import LIST_NOTE, GroupsUpdatingNote
from app.ui.item_actions import ItemActions
from app.ui.item_model import ItemRole, ItemTableModel
from app.ui.item_table import ItemTable, unchoose_row
from app.ui.library_filters import ActiveFilters, FilterChoosers, fill_combo
from app.ui.library_tabs import (
    INTO_RESULTS,
    PAGE_OF_TAB,
    PLACEHOLDERS,
    SEARCH_TIP,
    SOURCES_TAB,
    SPEAKERS_TAB,
    TAB_KIND,
    TAB_TIPS,
    TABS,
    items_tip,
)
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import PlainLabel
from app.ui.speaker_reads import SpeakerRead, SpeakerReads, read_speakers

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from app.ui.source_list import SourceList
    from app.ui.speakers_view import SpeakersView


class LibraryPanel(QWidget):
    """Browse and search the library; emits what the user picks or asks for."""

    itemChosen = Signal(object)  # Item
    resultsShown = Signal(list)  # a new search's Items (as read so far)
    sourceChosen = Signal(int)
    sourcesShown = Signal(list)  # ids of the sources a search of the Sources tab shows
    statusChanged = Signal(str)
    addRequested = Signal(list)  # item ids to put in the brief
    conflictRequested = Signal(int)  # id of a conflict to open in the Conflicts view
    deleteSourceRequested = Signal(int)  # id of a source the user wants deleted
    speakerCheckRequested = Signal()  # Check Speakers… pressed in the Speakers tab
    speakerShown = Signal(list)  # the quotes (Items) of the speaker chosen in the Speakers tab
    chosenItemRemoved = Signal(int)  # id of the item chosen in the list, gone from it by a change

    def __init__(self, live: LiveLibrary, parent=None):
        super().__init__(parent)
        self._live = live
        self._library = library = live.reader

        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setAccessibleName("Search the library")
        # Its clear button comes with the hidden views (`make_hidden_views`):
        # it shows only once there is text, and its icon takes 1 ms to load.

        self.tabs = QTabBar()
        self.tabs.setObjectName("libraryTabs")
        self.tabs.setAccessibleName("Library tabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        # All four tabs shown whole, a large font too: the panel is made as
        # wide as they need (scroll arrows hid the last one behind them).
        self.tabs.setUsesScrollButtons(False)
        for name, tip in zip(TABS, TAB_TIPS, strict=True):
            self.tabs.setTabToolTip(self.tabs.addTab(name), tip)

        self.filters = FilterChoosers()
        self.source_filter = self.filters.source
        self.speaker_filter = self.filters.speaker
        self.tag_filter = self.filters.tag
        self.corroboration_filter = self.filters.corroboration

        # Read once, by `reload` below (not also when made, nor again by the first tab).
        self.model = ItemTableModel(library, self, SearchFilter(kind="quote"), load=False)
        self.items = ItemTable(self.model)
        self.cards = self.items.cards

        # The Sources and Speakers tabs' views are made just after the first frame,
        # or when first needed (`source_list`, `speakers`): the first frame shows neither.
        self._source_list: SourceList | None = None
        self._properties_key = ""
        self._speakers: SpeakersView | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self.items)
        self.empty_note = EmptyResultsNote(self)

        self.count_label = PlainLabel()
        self.count_label.setObjectName("countLabel")
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)
        tab_row.addWidget(self.count_label)

        self.item_actions = actions = ItemActions(self, live)
        self.add_action, self.tags_action = actions.add_action, actions.tags_action
        self.speaker_action, self.conflict_action = actions.speaker_action, actions.conflict_action
        self.clear_action = QAction("C&lear Search and Filters", self)
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.clear_action.triggered.connect(self.clear_filters)
        self.delete_source_action = QAction("&Delete Source\u2026", self)
        self.delete_source_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # The Delete key deletes a source only from the Sources list (in the
        # memo it removes a block).
        self.delete_source_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_source_action.triggered.connect(self.request_delete_source)
        self.active_filters = ActiveFilters(self.clear_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(tab_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.active_filters)
        self.groups_note = GroupsUpdatingNote(LIST_NOTE, self)
        layout.addWidget(self.groups_note)
        layout.addWidget(self.stack, 1)
        add = self.add_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.search.setToolTip(SEARCH_TIP)
        self.items.setToolTip(items_tip(add))

        # Filter as the user types, but not on every keystroke of a fast typist.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.tabs.currentChanged.connect(self._on_tab)
        self.filters.changed.connect(self.apply_filter)
        self.items.selectionModel().currentRowChanged.connect(self._on_item_row)
        self.cards.conflictClicked.connect(self.conflictRequested)
        self.model.totalChanged.connect(self._show_count)
        self._new_results = False
        self.model.modelReset.connect(self._results_in)
        # The first frame shows the first quotes and their count. The choosers'
        # entries and the Sources list need the library's counts per source and
        # per speaker, slow on a big library: `read_choosers` reads them once
        # the frame is up (the main window asks), or when something needs them.
        self.choosers_read = False
        self._speaker_reads = SpeakerReads(library, self)
        self._speaker_reads.read.connect(self._show_speakers)
        self.filters.start_empty()
        self.model.set_filter(self.current_filter(), reread=True, at_once=True)
        self._search_tab()
        self._show_tab(0)
        self._show_active_filters()
        self.search.installEventFilter(self)  # Down and Enter move into the results

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in INTO_RESULTS:
                self.focus_results()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- contents -------------------------------------------------------------

    def library_changed(self, changes: Changes) -> None:
        """Show the library as it is after a write (ours or another program's)."""
        if changes.sources or changes.all_details or changes.details:
            self.reload()
            return
        if changes.speakers and self.choosers_read:  # else read after the first frame
            self._speaker_reads.start(on_worker=self.model.background)  # a big library's: 0.5 s
        if changes.tags:
            fill_combo(self.tag_filter, "Any tag", [(t, t) for t in self._library.all_tags()])
        if changes.tags and self.tag_filter.currentData() != self.model.filter.tag:
            self.apply_filter()  # the tag filtered by is on no item now: cleared, results too
        elif changes.items or changes.tags or changes.groups or changes.speakers:
            self._refresh_keeping()
        elif changes.resolutions:
            self.refresh_marks()

    def stop(self) -> None:
        """The window is closing: no search from now on, not even one typed just before."""
        self._debounce.blockSignals(True)  # its timeout (started by a keystroke) does nothing
        self.model.stop()
        self._speaker_reads.stop()

    def reload(self) -> None:
        """Re-read sources, speakers, tags and rows at once: selection and scroll put back."""
        selected = self.current_item()
        top = self.items.verticalScrollBar().value()
        self._read_choosers()
        self._debounce.stop()
        self.model.set_filter(self.current_filter(), reread=True, at_once=True)
        self._search_tab()
        self._show_active_filters()  # a filter whose value is gone was cleared
        gone = selected is not None and not self.items.choose_again(selected.id)
        if gone and self.tabs.currentIndex() != SPEAKERS_TAB:  # the list's chosen item
            self.chosenItemRemoved.emit(selected.id)
        self.items.restore_scroll(top)

    @property
    def speakers(self) -> SpeakersView:
        """The Speakers tab's view (made the first time it is asked for)."""
        if self._speakers is None:
            self.make_hidden_views()
        return self._speakers

    @property
    def source_list(self) -> SourceList:
        """The Sources tab's list (made the first time it is asked for)."""
        if self._source_list is None:
            from app.ui.source_list import SourceList

            view = self._source_list = SourceList(self.delete_source_action, self._properties_key)
            self.stack.insertWidget(PAGE_OF_TAB[SOURCES_TAB], view)
            tab_after(self.items, view)  # in the Tab order where its page stands
            view.sourceChosen.connect(self.sourceChosen)
            view.quotesRequested.connect(self.show_quotes_of)
            view.set_query(self._tab_query(SOURCES_TAB))
        return self._source_list

    @property
    def sources(self) -> QListWidget:
        """The Sources tab's list widget."""
        return self.source_list.list

    def set_properties_key(self, key: str) -> None:
        """Source Properties' shortcut, named in the Sources tab's note."""
        self._properties_key = key
        if self._source_list is not None:
            self._source_list.set_properties_key(key)

    def make_hidden_views(self) -> None:
        """Make what the first frame does not show: the Sources list, the Speakers
        tab's view (not yet read) and the search box's clear button, shown with text
        (asked once the first frame is up: the panel's smallest size stays as it was)."""
        self.search.setClearButtonEnabled(True)
        _ = self.source_list  # made now, if not yet
        if self._speakers is not None:
            return
        from app.ui.speakers_view import SpeakersView

        view = self._speakers = SpeakersView(self._live)
        view.model.set_groups_updating(self.model.groups_updating)
        self.stack.insertWidget(PAGE_OF_TAB[SPEAKERS_TAB], view)
        tab_after(self.items, view)  # in the Tab order where its page stands
        view.itemChosen.connect(self.itemChosen)
        view.statusChanged.connect(self.statusChanged)
        view.speakerShown.connect(self.speakerShown)
        view.check_button.clicked.connect(self.speakerCheckRequested)
        view.set_query(self._tab_query(SPEAKERS_TAB))

    def _tab_query(self, tab: int) -> str:
        """What the Sources or Speakers tab is searched by: the search text
        while it is the current tab, else nothing (it lists everything)."""
        return self.search.text() if self.tabs.currentIndex() == tab else ""

    def _read_choosers(self) -> None:
        """Sources (the list and chooser), speakers (the chooser, the tab), tags read."""
        self.choosers_read = True
        self._speaker_reads.stop()  # read now, with the rest
        self.make_hidden_views()  # the Speakers view keeps the rows read for its first show
        sources = self._library.sources()
        self.source_list.fill(sources, self._library.source_roots())
        self.filters.fill_sources(sources)
        self._fill_speakers(read_speakers(self._library))
        fill_combo(self.tag_filter, "Any tag", [(t, t) for t in self._library.all_tags()])

    def _fill_speakers(self, read: SpeakerRead) -> None:
        fill_combo(self.speaker_filter, "Any speaker", read.entries)
        self.speakers.reload(read)  # shown, or kept until it is: a big library's take 0.3 s

    def _show_speakers(self, read: SpeakerRead) -> None:  # read after a speaker edit
        self._fill_speakers(read)
        if self.speaker_filter.currentData() != self.model.filter.speaker_id:
            self.model.set_filter(self.current_filter())  # its speaker merged away: cleared
        self._show_active_filters()
        self._show_count()

    def read_choosers(self) -> None:
        """Fill the choosers and the Sources list, if not yet done. (Nothing
        else changes: the status bar keeps what it says.)"""
        if not self.choosers_read:
            self._read_choosers()

    # -- what is shown --------------------------------------------------------

    def current_filter(self) -> SearchFilter:
        return SearchFilter(
            query=self.search.text() if self.tabs.currentIndex() in TAB_KIND else "",
            kind=TAB_KIND.get(self.tabs.currentIndex(), "quote"),
            source_id=self.source_filter.currentData(),
            speaker_id=self.speaker_filter.currentData(),
            tag=self.tag_filter.currentData(),
            corroboration=self.corroboration_filter.currentData(),
        )

    def apply_filter(self) -> None:
        """Search the tab in view with the search text (and, for quotes and facts, the filters)."""
        self._debounce.stop()
        if self.tabs.currentIndex() in TAB_KIND:
            self._new_results = True  # `resultsShown` once they are in
            self.model.set_filter(self.current_filter())
        else:
            self._search_tab()
        self._show_active_filters()

    def _search_tab(self) -> None:
        """The Sources or Speakers tab, searched by the search text."""
        if self._source_list is not None:  # else searched when made
            self._source_list.set_query(self._tab_query(SOURCES_TAB))
            if self.tabs.currentIndex() == SOURCES_TAB:
                self.sourcesShown.emit(self._source_list.shown_ids())
        if self._speakers is not None:  # else searched when made
            self._speakers.set_query(self._tab_query(SPEAKERS_TAB))
        self._show_count()

    def _show_count(self) -> None:
        tab = self.tabs.currentIndex()
        if tab in TAB_KIND:
            count = self.model.total_text()
            noun = ("quote" if self.model.filter.kind == "quote" else "fact") + "s" * (count != "1")
            text = f"{count} {noun}"
            if self.model.searching or self.model.counting_anew:  # rows or a count to come
                text = "searching\u2026" if self.model.searching else f"counting {noun}\u2026"
            empty = not self.model.searching and self.model.rowCount() == 0
        else:
            listed = self.source_list if tab == SOURCES_TAB else self.speakers
            shown, total = listed.counts()
            noun = "source" if tab == SOURCES_TAB else "speaker"
            text = plural(total, noun) if shown == total else f"{shown} of {plural(total, noun)}"
            empty = shown == 0
        self.count_label.setText(text)
        self.statusChanged.emit(text if text.endswith("\u2026") else f"{text} shown")
        filters = [what for what, _, _ in self.filters.active()] if tab in TAB_KIND else []
        key = self.clear_action.shortcut().toString()
        note = nothing_found(self.search.text().strip(), TABS[tab], filters, key)
        self.empty_note.show_in(self.results_widget(), note if empty else "")

    def _show_active_filters(self) -> None:
        """Name every filter in force above the results, each with its clear."""
        tab = self.tabs.currentIndex()
        combos = self.filters.active() if tab in TAB_KIND else []
        self.active_filters.show_search_and(self.search, TABS[tab], combos)

    def clear_filters(self) -> None:
        """The search text and every filter cleared: the whole tab shown."""
        self.search.clear()  # unblocked: its clear button follows; apply_filter stops the delay
        self.filters.clear()  # applies the filter once
        self.apply_filter()

    def show_kind(self, kind: str | None) -> None:
        self.tabs.setCurrentIndex(1 if kind == "fact" else 0)

    def _on_tab(self, tab: int) -> None:
        self._show_tab(tab)
        self.apply_filter()

    def _show_tab(self, tab: int) -> None:
        if tab == SOURCES_TAB:
            self.read_choosers()
        if tab == SPEAKERS_TAB:
            self.speakers.ensure_loaded()
        self.stack.setCurrentIndex(PAGE_OF_TAB[tab])
        if tab == SPEAKERS_TAB:  # its speaker's quotes, not the article shown before
            self.speakers.show_chosen()
        self.filters.setVisible(tab in TAB_KIND)
        self.search.setPlaceholderText(f"{PLACEHOLDERS[tab]}  (Ctrl+F)")

    def results_widget(self) -> QWidget:
        """The list the tab in view shows its results in."""
        page = self.stack.currentWidget()
        if self._source_list is not None and page is self._source_list:
            return self._source_list.list
        if page is self._speakers:
            return self._speakers.focus_target()
        return self.items

    def focus_results(self) -> None:
        """Move into the results (from the search box), the first one chosen if none is."""
        view = self.results_widget()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if view is self.items and self.model.rowCount():
            # The chosen one, shown selected: after a new search the current
            # row can be left without its highlight.
            current = self.items.currentIndex()
            self.items.selectRow(current.row() if current.isValid() else 0)
        elif view is self.sources:
            self.source_list.choose_first_shown()

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected, searching the tab in view."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_source(self, source_id: int) -> None:
        self.read_choosers()
        self.source_list.select_source(source_id)

    def current_source_id(self) -> int | None:
        self.read_choosers()
        return self.source_list.current_source_id()

    def chosen_source_id(self) -> int | None:
        """The source of what is chosen in the library: the Sources tab's row
        while that tab shows, else the chosen quote's or fact's (the article
        the viewer shows), else the Sources tab's row, if any."""
        if self.tabs.currentIndex() != SOURCES_TAB and (item := self.current_item()):
            return item.source_id
        return self.current_source_id()

    def set_source_filter(self, source_id: int | None) -> None:
        self.read_choosers()
        self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(source_id)))

    def show_quotes_of(self, source_id: int) -> None:
        """The Quotes tab with all one source's quotes (not searched for what found it)."""
        self.search.clear()  # the search the tab change makes stops its typing delay
        self.set_source_filter(source_id)
        self.tabs.setCurrentIndex(0)
        self.focus_results()

    def current_item(self) -> Item | None:
        on_speakers = self._speakers is not None and self.stack.currentWidget() is self._speakers
        index = (self._speakers.table if on_speakers else self.items).currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def select_item(self, item_id: int) -> bool:
        """Select an item in the table if it is among the loaded rows."""
        return self.items.select_item(item_id)

    def unchoose(self, item_id: int | None) -> bool:
        """The row of this item, if chosen, is chosen no more (its memo block went)."""
        tables = [self.items, *([self._speakers.table] if self._speakers is not None else [])]
        return any([unchoose_row(table, item_id) for table in tables])

    def _results_in(self) -> None:
        if self._new_results and not self.model.searching:
            self._new_results = False
            rows = self.model.rowCount()
            self.resultsShown.emit([self.model.item_at(r) for r in range(rows)])

    def _on_item_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.items.choosing_again:
            self.itemChosen.emit(current.data(ItemRole))

    def set_groups_updating(self, updating: bool) -> None:
        """While the library's groups are brought up to date: a banner over
        the lists, and every card's count of sources marked; gone after."""
        self.groups_note.setVisible(updating)
        self.model.set_groups_updating(updating)
        if self._speakers is not None:
            self._speakers.model.set_groups_updating(updating)

    def refresh_marks(self) -> None:
        """Show conflicts as they are now (after one was resolved or reopened)."""
        self.model.marks.reload()
        self.items.viewport().update()

    def _refresh_keeping(self) -> None:
        item = self.current_item()
        top = self.items.verticalScrollBar().value()
        self.model.refresh()
        if self._speakers is not None:
            self._speakers.refresh_quotes()
        gone = item is not None and not self.items.choose_again(item.id)
        if gone and self.tabs.currentIndex() != SPEAKERS_TAB:  # the list's chosen item
            self.chosenItemRemoved.emit(item.id)
        self.items.restore_scroll(top)

    # -- sources ----------------------------------------------------------------

    def request_delete_source(self) -> None:
        source_id = self.current_source_id()
        if source_id is not None:
            self.deleteSourceRequested.emit(source_id)
