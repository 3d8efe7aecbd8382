"""Undoable edits to a brief: one QUndoCommand per thing the user does.

Each command remembers ids (blocks, sections), not rows, so it still finds
its target after other commands moved things around. Its text is what
Edit > Undo shows, named in the Title Case of the menus' commands ("Undo Move
Quote"). `shown(undone)` names the block or section a step leaves to look at
(None where it leaves none): the editor selects it after an Undo or a Redo.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from app.core.brief import Block, Section, SourceRef
from app.core.short_text import plural
from app.ui.brief_model import BriefModel, block_noun, blocks_named

HEADER_LABELS = {"to": "To", "from_": "From", "date": "Date", "subject": "Subject"}

# The id that lets the keystrokes of one typing session in a header field
# merge into one command.
_MERGE_HEADER = 2
# The id that lets a new section's first title join the command that added it:
# the editor asks for the name at once, and one Undo takes the named section away.
_MERGE_SECTION_NAME = 3


class AddBlocks(QUndoCommand):
    """Insert blocks at (section, row): picked items or a new paragraph."""

    def __init__(self, model: BriefModel, section_id: str, row: int, blocks: list[Block]):
        super().__init__(f"Add {blocks_named(blocks)}")
        self.model = model
        self.section_id = section_id
        self.row = row
        self.blocks = blocks

    def redo(self) -> None:
        srow = self.model.section_row(self.section_id)
        for offset, block in enumerate(self.blocks):
            self.model.insert_block(srow, self.row + offset, block)

    def undo(self) -> None:
        for block in reversed(self.blocks):
            self.model.remove_block(*self.model.locate(block.id))

    def shown(self, undone: bool) -> str | None:
        return None if undone else self.blocks[-1].id


class RemoveBlock(QUndoCommand):
    """Memo > Remove on a block: its undo entry says Remove, as the command
    does ("Undo Remove Quote")."""

    def __init__(self, model: BriefModel, block_id: str):
        super().__init__(f"Remove {blocks_named([model.block(block_id)])}")
        self.model = model
        self.block_id = block_id
        self.section_id = ""
        self.row = 0
        self.block: Block | None = None

    def redo(self) -> None:
        srow, self.row = self.model.locate(self.block_id)
        self.section_id = self.model.brief.sections[srow].id
        self.block = self.model.remove_block(srow, self.row)

    def undo(self) -> None:
        self.model.insert_block(self.model.section_row(self.section_id), self.row, self.block)

    def shown(self, undone: bool) -> str | None:
        return self.block_id if undone else None


class MoveBlock(QUndoCommand):
    """Move a block to row `to_row` of another (or the same) section."""

    def __init__(self, model: BriefModel, block_id: str, to_section_id: str, to_row: int):
        super().__init__(f"Move {blocks_named([model.block(block_id)])}")
        self.model = model
        self.block_id = block_id
        self.to_section_id = to_section_id
        self.to_row = to_row
        self.from_section_id, self.from_row = "", 0

    def redo(self) -> None:
        # Where the block is as the move is made, not as the command was made:
        # a drop of several blocks makes all its moves first, then runs them.
        srow, self.from_row = self.model.locate(self.block_id)
        self.from_section_id = self.model.brief.sections[srow].id
        to_srow = self.model.section_row(self.to_section_id)
        self.model.move_block(self.block_id, to_srow, self.to_row)

    def undo(self) -> None:
        from_srow = self.model.section_row(self.from_section_id)
        self.model.move_block(self.block_id, from_srow, self.from_row)

    def shown(self, undone: bool) -> str | None:
        return self.block_id


class EditBlockText(QUndoCommand):
    """New words for a block. Each edit is its own undo step: two edits of one
    block never merge (Ctrl+Z takes back the last, not both)."""

    def __init__(self, model: BriefModel, block_id: str, text: str, name: str = ""):
        block = model.block(block_id)
        super().__init__(name or f"Edit {block_noun(block)}")
        self.model = model
        self.block_id = block_id
        self.old = block.text
        self.new = text

    def redo(self) -> None:
        self.model.set_block_text(self.block_id, self.new)

    def undo(self) -> None:
        self.model.set_block_text(self.block_id, self.old)

    def shown(self, undone: bool) -> str | None:
        return self.block_id


def restore_quote(model: BriefModel, block_id: str) -> EditBlockText:
    """Put back the source's exact words into an altered quote."""
    block = model.block(block_id)
    return EditBlockText(model, block_id, block.original, name="Restore Source Wording")


class EditHeader(QUndoCommand):
    """A memo header field (to, from_, date, subject). The keystrokes of one
    visit to the field merge into one step; a later visit is a step of its own
    (`session` tells visits apart)."""

    def __init__(self, model: BriefModel, field: str, value: str, session: int = 0):
        super().__init__(f"Edit {HEADER_LABELS[field]}")
        self.model = model
        self.field = field
        self.session = session
        self.old = getattr(model.brief.header, field)
        self.new = value

    def id(self) -> int:
        return _MERGE_HEADER

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditHeader):
            return False
        if (other.field, other.session) != (self.field, self.session):
            return False
        self.new = other.new
        # Typed back to what it was (the field's own Ctrl+Z): no step is left,
        # and the memo is as saved again.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.model.set_header_field(self.field, self.new)

    def undo(self) -> None:
        self.model.set_header_field(self.field, self.old)


class AddSection(QUndoCommand):
    def __init__(self, model: BriefModel, row: int, title: str):
        super().__init__("Add Section")
        self.model = model
        self.row = row
        self.section = Section(title)
        self.named = False  # its first rename, when it came next, is part of it

    def id(self) -> int:
        return _MERGE_SECTION_NAME

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in the new section's naming (already done on the model: the
        section object this command puts back on redo carries the title)."""
        if self.named or not isinstance(other, RenameSection):
            return False
        if other.section_id != self.section.id:
            return False
        self.named = True
        return True

    def redo(self) -> None:
        self.model.insert_section(self.row, self.section)

    def undo(self) -> None:
        self.model.remove_section(self.model.section_row(self.section.id))

    def shown(self, undone: bool) -> str | None:
        return None if undone else self.section.id


class RemoveSection(QUndoCommand):
    """Remove a section with its blocks; undo puts both back."""

    def __init__(self, model: BriefModel, section_id: str):
        super().__init__("Remove Section")
        self.model = model
        self.section_id = section_id
        self.row = model.section_row(section_id)
        self.section: Section | None = None

    def redo(self) -> None:
        self.row = self.model.section_row(self.section_id)
        self.section = self.model.remove_section(self.row)

    def undo(self) -> None:
        self.model.insert_section(self.row, self.section)

    def shown(self, undone: bool) -> str | None:
        return self.section_id if undone else None


class RenameSection(QUndoCommand):
    def __init__(self, model: BriefModel, section_id: str, title: str):
        super().__init__("Rename Section")
        self.model = model
        self.section_id = section_id
        self.old = model.brief.sections[model.section_row(section_id)].title
        self.new = title

    def id(self) -> int:
        return _MERGE_SECTION_NAME  # offered to an AddSection; two renames never merge

    def redo(self) -> None:
        self.model.rename_section(self.model.section_row(self.section_id), self.new)

    def undo(self) -> None:
        self.model.rename_section(self.model.section_row(self.section_id), self.old)

    def shown(self, undone: bool) -> str | None:
        return self.section_id


class MoveSection(QUndoCommand):
    def __init__(self, model: BriefModel, section_id: str, to_row: int):
        super().__init__("Move Section")
        self.model = model
        self.section_id = section_id
        self.from_row = model.section_row(section_id)
        self.to_row = to_row

    def redo(self) -> None:
        self.model.move_section(self.model.section_row(self.section_id), self.to_row)

    def undo(self) -> None:
        self.model.move_section(self.model.section_row(self.section_id), self.from_row)

    def shown(self, undone: bool) -> str | None:
        return self.section_id


class _PerBlock(QUndoCommand):
    """Blocks each given a value ({block id: value}) by `_set`, which returns
    the value it replaced: undo gives each its old value back."""

    def __init__(self, model: BriefModel, new: dict, label: str):
        super().__init__(label)
        self.model = model
        self.new = new
        self.old: dict = {}

    def _set(self, block_id: str, value):
        raise NotImplementedError

    def redo(self) -> None:
        self.old = {b: self._set(b, value) for b, value in self.new.items()}

    def undo(self) -> None:
        for block_id, value in self.old.items():
            self._set(block_id, value)


class UpdateSourceDetails(_PerBlock):
    """Take the library's current details of the memo's sources into the
    memo's copies (which the memo file keeps for use without the library),
    and its current brackets into fact blocks (`wording`: {block id: the
    library's cited form}, `brief_wording.wording_now`)."""

    def __init__(
        self,
        model: BriefModel,
        new: dict[str, SourceRef | None],
        wording: dict[str, str] | None = None,
    ):
        wording = wording or {}
        sources = {ref.source_id for ref in new.values() if ref is not None}
        sources |= {model.block(b).source.source_id for b in wording if model.block(b).source}
        super().__init__(model, new, f"Update Source Details ({plural(len(sources), 'source')})")
        self.wording = wording
        self.old_wording: dict[str, str] = {}

    def _set(self, block_id: str, ref: SourceRef | None) -> SourceRef | None:
        return self.model.set_block_source(block_id, ref)

    def redo(self) -> None:
        super().redo()
        self.old_wording = {b: self.model.block(b).text for b in self.wording}
        for block_id, text in self.wording.items():
            self.model.set_block_text(block_id, text)

    def undo(self) -> None:
        for block_id, text in self.old_wording.items():
            self.model.set_block_text(block_id, text)
        super().undo()


def take_speakers_name(n: int) -> str:
    """The command's one name, on its buttons and in its undo entry, for `n`
    quotes (Memo > Take the Library's Speaker is the name for one)."""
    return "Take the Library's Speaker" + ("s" if n > 1 else "")


class TakeSpeakers(_PerBlock):
    """Quote blocks take the speaker the library gives their quotes now
    ({block id: speaker}); the words stay."""

    def __init__(self, model: BriefModel, new: dict[str, str]):
        n = len(new)
        super().__init__(model, new, f"{take_speakers_name(n)} ({plural(n, 'quote')})")

    def _set(self, block_id: str, name: str) -> str:
        return self.model.set_block_speaker(block_id, name)


class TakeSyncedIds(_PerBlock):
    """Blocks citing a source sent up by Sync cite it (and its item) by the
    ids the team library gave them (`brief_sources.synced_citations`)."""

    def __init__(self, model: BriefModel, new: dict[str, tuple]):
        super().__init__(
            model, new, f"Cite by the Team Library's Ids ({plural(len(new), 'block')})"
        )

    def _set(self, block_id: str, cited: tuple) -> tuple:
        return self.model.set_block_cited(block_id, *cited)


def copy_block(block: Block) -> Block:
    """A copy of a block with a fresh id (the same item may appear twice)."""
    clone = copy.deepcopy(block)
    clone.id = Block(kind=block.kind, text="").id
    return clone
