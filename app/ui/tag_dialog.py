"""Small dialogs for library edits: an item's tags, a quote's speaker, a clip."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.short_text import clip_words
from app.ui.plain_text import PlainLabel


class LastWordCompleter(QCompleter):
    """Completes the last comma-separated word of a line edit."""

    def __init__(self, words: list[str], edit: QLineEdit):
        super().__init__(edit)
        # Parented, so Python does not collect the model out from under Qt.
        self.setModel(QStringListModel(words, self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._edit = edit
        self.setWidget(edit)
        self.activated.connect(self._insert)
        edit.textEdited.connect(self._update)

    def _update(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if not prefix:
            self.popup().hide()
            return
        self.setCompletionPrefix(prefix)
        if self.completionCount():
            self.complete()
        else:
            self.popup().hide()

    def _insert(self, word: str) -> None:
        parts = [p.strip() for p in self._edit.text().split(",")[:-1] if p.strip()]
        self._edit.setText(", ".join([*parts, word]) + ", ")


def parse_tags(text: str) -> list[str]:
    return sorted({t.strip() for t in text.split(",") if t.strip()})


class TagDialog(QDialog):
    """Edit an item's tags as a comma-separated line, completing known tags."""

    def __init__(self, item_text: str, tags: list[str], known: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Tags")
        self.setMinimumWidth(420)
        label = PlainLabel(clip_words(item_text, 220))
        label.setWordWrap(True)
        label.setObjectName("dialogItemText")
        self.edit = QLineEdit(", ".join(tags))
        self.edit.setObjectName("tagEdit")
        self.edit.setPlaceholderText("e.g. budget, police, follow up")
        self.completer = LastWordCompleter(known, self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        caption = PlainLabel("&Tags, separated by commas:")
        caption.setBuddy(self.edit)  # what a screen reader says for the field
        layout.addWidget(label)
        layout.addWidget(caption)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def tags(self) -> list[str]:
        return parse_tags(self.edit.text())


class SpeakerDialog(QDialog):
    """Choose who said a quote: a known speaker or a new name. `item_text`:
    the quote's words, shown above the prompt (which quote "this" is)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        current: str,
        names: list[str],
        parent=None,
        item_text: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.combo = QComboBox()
        self.combo.setObjectName("speakerCombo")
        self.combo.setEditable(True)
        self.combo.addItems(names)
        self.combo.setCurrentText(current)
        # Chosen whole: a name typed replaces the one shown (mostly a wrong one).
        self.combo.lineEdit().selectAll()
        self.combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if item_text:
            shown = PlainLabel(f"\u201c{clip_words(item_text, 220)}\u201d")
            shown.setWordWrap(True)
            shown.setObjectName("dialogItemText")
            layout.addWidget(shown)
        text = PlainLabel(prompt)
        text.setWordWrap(True)
        text.setBuddy(self.combo)  # what a screen reader says for the chooser
        layout.addWidget(text)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def name(self) -> str:
        return known_name(self.combo)


class ClipDialog(QDialog):
    """Make a quote or a fact of the selected text; a quote asks for its speaker."""

    def __init__(self, text: str, names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Clip Selection")
        self.setMinimumWidth(460)
        shown = PlainLabel(clip_words(text, 400))
        shown.setWordWrap(True)
        shown.setObjectName("dialogItemText")
        self.quote = QRadioButton("&Quote")
        self.fact = QRadioButton("&Fact")
        group = QButtonGroup(self)
        group.addButton(self.quote)
        group.addButton(self.fact)
        self.quote.setChecked(True)
        kinds = QWidget()
        row = QVBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quote)
        row.addWidget(self.fact)
        self.speaker = QComboBox()
        self.speaker.setObjectName("clipSpeaker")
        self.speaker.setEditable(True)
        self.speaker.addItems(names)
        self.speaker.setCurrentText("")
        self.speaker.lineEdit().setPlaceholderText("Who said it?")
        self.fact.toggled.connect(lambda fact: self.speaker.setEnabled(not fact))
        form = QFormLayout()
        form.addRow("Make a:", kinds)
        form.addRow("Speaker:", self.speaker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def kind(self) -> str:
        return "fact" if self.fact.isChecked() else "quote"

    def speaker_name(self) -> str:
        return known_name(self.speaker) if self.kind() == "quote" else ""


def known_name(combo: QComboBox) -> str:
    """The name typed in a speaker chooser, spaces tidied; a known speaker's
    name typed in another case ("dana roe", OK clicked before the completion
    was taken) is that speaker's, not a new speaker apart from them."""
    typed = " ".join(combo.currentText().split())
    names = [combo.itemText(row) for row in range(combo.count())]
    same = [n for n in names if n.casefold() == typed.casefold()]
    return typed if typed in names or len(same) != 1 else same[0]
