"""The current agenda item's notes: the list, the label band, the editor and saving (P12).

:class:`NoteArea` is the note column of the meeting screen. Every note typed here starts
table-only (P1); its label shows as a band with an icon and words (:mod:`.label_band`).
Nothing here lets table-only text out (P2): the editor and the list put nothing on the
clipboard or in a drag, and copying asks the policy (:meth:`NoteArea.copy_selection`).
Edits are saved a moment after typing stops (:data:`AUTOSAVE_DELAY_MS`), on a writer
thread so that typing on is never held up by the disk (:class:`app.session.writer.Writer`);
and at once when moving to another item or note and before locking
(:meth:`NoteArea.save_pending`, which first waits for a save still running). What could
not be saved before locking is kept in memory only, as a :class:`MeetingDraft` (P12).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.screens.meeting.dialogs import forget_dialog
from app.screens.meeting.label_band import LabelBand
from app.screens.notebook import TableOnlyEditor, TableOnlyList, note_title
from app.session.locking import ClipboardGuard
from app.session.writer import Writer
from app.widgets.basics import label_for, name_after_text
from app.wording.meeting import label_band_text, note_entry_text
from app.wording.messages import error_message, refusal_message
from vault.api import ItemView, MeetingView, NoteView, UnlockedVault
from vault.errors import VaultError
from vault.model import Label, NoteKind
from vault.policy import Reason

if TYPE_CHECKING:
    from app.dialogs.release import ReleaseDialog  # loads when a note is first released

AUTOSAVE_DELAY_MS = 800
"""Save this long after the last keystroke at the table."""

ID_ROLE = Qt.ItemDataRole.UserRole


def item_notes(item_view: ItemView) -> tuple[NoteView, ...]:
    """The notes the editor walks: action descriptions live in the actions panel."""
    return tuple(n for n in item_view.notes if n.note.kind not in _NOT_IN_EDITOR)


_NOT_IN_EDITOR = frozenset(
    {NoteKind.ACTION_DESCRIPTION, NoteKind.LTF_FORM_TEXT, NoteKind.DECISION_TEXT}
)
"""Note kinds shown in their own place: the actions panel, the decision dialogs."""


class MeetingEditor(TableOnlyEditor):
    """The notebook's no-copy editor (cut, drag and the menu's copy entries blocked; the
    menu offers spelling first, :class:`~app.screens.notebook.TableOnlyEditor`).

    Copy (Ctrl+C) is not performed here: it asks the meeting screen, which copies a
    *released* note's selection through the clipboard guard after asking the policy, and
    refuses for table-only text (P2).
    """

    copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """Text that could not be saved before locking; kept in memory only (P12)."""

    vault_path: Path
    meeting_id: int
    item_id: int
    note_id: int | None
    body: str


class NoteArea(QWidget):
    """The notes of one agenda item: pick one, type, and it is stored (P1, P2, P12)."""

    stored = Signal(bool)
    """A note was stored (True: a new one): the screen reloads what it shows."""
    saved = Signal()
    """A note was stored and the save state says so."""
    changed = Signal()
    """A note was released or made table-only again: the screen reloads its facts."""
    band_shown = Signal()
    """The band and editor were redrawn (presentation mode hides what it must)."""

    def __init__(self, hides_editor: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hides_editor = hides_editor
        self.vault: UnlockedVault | None = None
        self.view: MeetingView | None = None
        """The open meeting's facts, as the screen last loaded them."""
        self.item_id: int | None = None
        """The agenda item whose notes are shown; None before a meeting is open."""
        self.note_id: int | None = None
        """The note in the editor; None for a new note not stored yet."""
        self.clipboard: ClipboardGuard | None = None
        """Set by the window: the one way text reaches the clipboard (flags, 30 s, lock)."""
        self.release_dialog: ReleaseDialog | None = None
        self._band_shown: Label | None = None
        self.notes = TableOnlyList()
        self.notes.setMinimumHeight(48)
        self.notes.setWordWrap(True)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_label = label_for(
            QCoreApplication.translate("MeetingScreen", "N&otes on this item"), self.notes
        )
        # The list lives in the screen's side panel (issue 17): the editor keeps the height.
        self.list_box = QWidget()
        list_layout = QVBoxLayout(self.list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addWidget(self.notes_label)
        list_layout.addWidget(self.notes, 1)
        self.band = LabelBand()
        self.editor = MeetingEditor()
        self.editor.copy_requested.connect(self.copy_selection)
        self.editor.setTabChangesFocus(True)
        self.editor.document().setDocumentMargin(8)
        self.editor_label = label_for(
            QCoreApplication.translate("MeetingScreen", "&Text"), self.editor
        )
        self.new_note_button = QPushButton(
            QCoreApplication.translate("MeetingScreen", "New note (Ctrl+N)")
        )
        name_after_text(self.new_note_button)
        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        self.save_state.setAccessibleName(QCoreApplication.translate("MeetingScreen", "Save state"))
        # One row over the band: the editor's name, whether it is saved, a new note.
        self.head = QWidget()
        head = QHBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.editor_label)
        head.addWidget(self.save_state, 1)
        head.addWidget(self.new_note_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.above = QWidget()
        """What goes over the editor's row (the stepwise gate, P8); hidden in focus mode."""
        self._above = QVBoxLayout(self.above)
        self._above.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.above)
        self._layout.addWidget(self.head)
        self._layout.addWidget(self.band)
        self._layout.addWidget(self.editor, 1)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.save_in_background)
        self.writer = Writer(self)
        """Saves the note in the editor off the GUI thread while typing goes on."""
        self.editor.textChanged.connect(self._on_text_changed)
        self.band.release_button.clicked.connect(self.open_release)
        self.band.release_again_button.clicked.connect(self.open_release)
        self.band.tighten_button.clicked.connect(self.make_table_only)

    def put_above_editor(self, widget: QWidget) -> None:
        """Place ``widget`` above the editor's row (the stepwise gate, P8)."""
        self._above.addWidget(widget)

    # ------------------------------------------------------------------ the list
    def show_notes(self, item_view: ItemView, tooltip: Callable[[Label], str]) -> None:
        """List the item's notes (label, first line) and select the one in the editor."""
        self.notes.blockSignals(True)
        self.notes.clear()
        for note_view in item_notes(item_view):
            entry = QListWidgetItem(self.entry_text(note_view.note.body, note_view.label))
            entry.setData(ID_ROLE, note_view.note.id)
            entry.setToolTip(tooltip(note_view.label))
            self.notes.addItem(entry)
        self.notes.blockSignals(False)
        self.select_note(self.note_id)

    def entry_text(self, body: str, label: Label) -> str:
        return note_entry_text(
            note_title(body) or QCoreApplication.translate("MeetingScreen", "(empty note)"), label
        )

    def retitle(self, body: str, label: Label, tooltip: str) -> None:
        """After a save: the note's line (its label may have become "changed")."""
        for row in range(self.notes.count()):
            entry = self.notes.item(row)
            if entry.data(ID_ROLE) == self.note_id:
                entry.setText(self.entry_text(body, label))
                entry.setToolTip(tooltip)
                break

    def select_note(self, note_id: int | None) -> None:
        self.notes.blockSignals(True)
        self.notes.setCurrentRow(-1)
        for row in range(self.notes.count()):
            if self.notes.item(row).data(ID_ROLE) == note_id:
                self.notes.setCurrentRow(row)
        self.notes.blockSignals(False)

    def load_note(self, note_id: int | None, body: str) -> None:
        """Put a note (or an empty new one) in the editor, unmodified."""
        self.autosave.stop()
        self.settle()
        self.note_id = note_id
        self.editor.blockSignals(True)
        self.editor.setPlainText(body)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.document().setModified(False)
        self.editor.blockSignals(False)
        self.save_state.clear()
        self.show_band()

    # ------------------------------------------------------------------ the label band
    def item_view(self) -> ItemView | None:
        """The facts of the item whose notes are shown."""
        for item_view in self.view.items if self.view is not None else ():
            if item_view.item.id == self.item_id:
                return item_view
        return None

    @property
    def band_label(self) -> Label:
        """The label of the note in the editor, as stored (a new note is table-only)."""
        item_view = self.item_view()
        for note_view in item_view.notes if item_view is not None else ():
            if note_view.note.id == self.note_id:
                return note_view.label
        return Label(False, frozenset())

    def colleague_names(self, label: Label) -> list[str]:
        names = []
        for person_id in sorted(label.colleague_ids):
            person = self.view.people.get(person_id) if self.view is not None else None
            if person is None and self.vault is not None:
                try:
                    person = self.vault.people.get(person_id)
                except (KeyError, VaultError):
                    person = None
            names.append(person.name if person is not None else "?")
        return names

    def band_words(self, label: Label) -> str:
        return label_band_text(label, self.colleague_names(label))

    def show_band(self, label: Label | None = None) -> None:
        if label is None:
            label = self.band_label
        self._band_shown = label
        self.band.show_label(label, self.colleague_names(label))
        self.band.release_button.setEnabled(self.note_id is not None)
        self.band_shown.emit()  # presentation mode hides table-only text while projecting

    def retitle_current(self) -> None:
        """After a save: the note's line (its label may have become "changed") and band."""
        label = self.band_label
        self.retitle(self.editor.toPlainText(), label, self.band_words(label))
        if label != self._band_shown:
            self.show_band()

    def _on_text_changed(self) -> None:
        if self.vault is None:
            return
        shown = self._band_shown
        if shown is not None and shown.current_text_released:
            # Typing in a released note: the new text is table-only from the first key
            # (P3); the band says so at once, the save confirms it.
            self.show_band(dataclasses.replace(shown, changed=True))
        self.save_state.setText(QCoreApplication.translate("MeetingScreen", "Not saved yet"))
        if self.isEnabled():
            self.autosave.start()

    # ------------------------------------------------------------------ releasing (P3, P4)
    def open_release(self) -> None:
        """Open the release dialog for the current note (saved first)."""
        vault, view = self.vault, self.view
        if vault is None or view is None or not self.save_pending():
            return
        item_view = self.item_view()
        if item_view is None or self.note_id is None:
            self.save_state.setText(
                QCoreApplication.translate(
                    "MeetingScreen", "Type a note first; an empty note cannot be released."
                )
            )
            return
        from app.dialogs.release import ReleaseDialog

        dialog = ReleaseDialog(vault, view, item_view, self.note_id, self)
        dialog.accepted.connect(self._after_release)
        dialog.finished.connect(lambda _r: self._forget_release(dialog))
        self.release_dialog = dialog
        dialog.open()

    def _forget_release(self, dialog: QDialog) -> None:
        if self.release_dialog is dialog:
            self.release_dialog = None
        forget_dialog(dialog)

    def _after_release(self) -> None:
        self.changed.emit()
        self.save_state.setText(
            QCoreApplication.translate(
                "MeetingScreen",
                "Released as it stands now. What you type in this note from now on stays "
                "at the table until you release it again.",
            )
        )
        self.editor.setFocus()

    def make_table_only(self) -> None:
        """Tighten every release of the current note in one step (always allowed)."""
        vault = self.vault
        if vault is None or not self.save_pending():
            return
        note_id = self.note_id
        if note_id is None:
            return
        try:
            vault.releases.make_table_only(note_id)
        except VaultError as exc:
            self.save_state.setText(error_message(exc.code))
            return
        self.changed.emit()
        self.save_state.setText(
            QCoreApplication.translate(
                "MeetingScreen", "Release withdrawn: the note is table-only again."
            )
        )

    # ------------------------------------------------------------------ saving (P12)
    def has_unsaved_changes(self) -> bool:
        # The presentation placeholder is never text to save (app/screens/presentation.py).
        return self.editor.document().isModified() and not self._hides_editor()

    def save_in_background(self) -> None:
        """The autosave: store the editor's text on the writer thread (P12).

        A new note is made at once (it needs its number before anything else refers to
        it); after that, every pause in typing saves the text as it stands while the
        participant types on. The editor counts as saved only when what was stored is
        still exactly what it holds.
        """
        self.autosave.stop()
        vault, note_id = self.vault, self.note_id
        if vault is None or self.item_id is None or not self.has_unsaved_changes():
            return
        if note_id is None or self.writer.busy:
            self.save_pending()
            return
        body = self.editor.toPlainText()
        self.writer.update_note(
            vault, note_id, body, lambda error: self._saved_in_background(error, note_id, body)
        )

    def _saved_in_background(self, error: VaultError | None, note_id: int, body: str) -> None:
        if error is not None:
            self._show_not_saved(error)
            return
        if self.vault is None:
            return  # locked meanwhile: the text was stored; the widgets are wiped
        if note_id == self.note_id and self.editor.toPlainText() == body:
            self.editor.document().setModified(False)
            self.save_state.setText(QCoreApplication.translate("MeetingScreen", "Saved"))
        elif note_id == self.note_id and self.has_unsaved_changes():
            self.autosave.start()  # typed on during the save: that part follows
        self.stored.emit(False)
        self.saved.emit()

    def _show_not_saved(self, failure: VaultError) -> None:
        self.save_state.setText(
            QCoreApplication.translate(
                "MeetingScreen", "Not saved: %1 Your text is still here."
            ).replace("%1", error_message(failure.code))
        )

    def settle(self) -> None:
        """Wait for a save still running on the writer thread and take in its outcome."""
        self.writer.settle()

    def save_pending(self) -> bool:
        """Save the editor if it changed; False when saving failed (the text stays).

        A save still running on the writer thread finishes first; what was typed after
        it is saved here, at once."""
        self.autosave.stop()
        self.settle()
        if self.vault is None or self.item_id is None or not self.has_unsaved_changes():
            return True
        body = self.editor.toPlainText()
        added = self.note_id is None
        try:
            if self.note_id is None:
                if not body:
                    self.editor.document().setModified(False)
                    return True
                self.note_id = self.vault.notes.add(body, agenda_item_id=self.item_id)
            else:
                self.vault.notes.update(self.note_id, body)
        except VaultError as exc:
            self._show_not_saved(exc)
            return False
        self.editor.document().setModified(False)
        self.stored.emit(added)
        self.save_state.setText(QCoreApplication.translate("MeetingScreen", "Saved"))
        self.saved.emit()
        return True

    def draft(self, vault_path: Path, meeting_id: int) -> MeetingDraft | None:
        """The unsaved text as a draft to keep in memory over a lock (P12), if any."""
        self.settle()
        if self.item_id is None or not self.has_unsaved_changes():
            return None
        return MeetingDraft(
            vault_path, meeting_id, self.item_id, self.note_id, self.editor.toPlainText()
        )

    # ------------------------------------------------------------------ copying (P2-P4)
    def copy_selection(self) -> bool:
        """Copy the editor's selection if it is text released to the own dossier (P2-P4).

        Only the saved note's label counts, so pending edits are saved first. Table-only
        text never reaches the clipboard; released text goes through the clipboard guard
        (kept out of clipboard histories, cleared after 30 seconds and at locking).
        """
        vault, guard = self.vault, self.clipboard
        if vault is None or guard is None or self._hides_editor():
            return False
        text = self.editor.textCursor().selectedText().replace("\u2029", "\n")
        if not text or not self.save_pending() or self.note_id is None:
            return False
        verdict = vault.policy.may_copy(self.note_id, text)
        if not verdict:
            if verdict.reason is Reason.NOT_COPYABLE:
                self.save_state.setText(refusal_message(verdict.reason))
            elif verdict.reason is Reason.NOT_RELEASED_TEXT:
                self.save_state.setText(
                    QCoreApplication.translate(
                        "MeetingScreen",
                        "Only released text can be copied. Your selection holds text typed "
                        "or changed after the release: release the note again first "
                        "(Ctrl+Shift+R) if the table agreed to it.",
                    )
                )
            else:
                self.save_state.setText(
                    QCoreApplication.translate(
                        "MeetingScreen",
                        "Table-only text cannot be copied. Release the note first "
                        "(Ctrl+Shift+R) if the table agreed it may leave.",
                    )
                )
            return False
        guard.copy(text)
        self.save_state.setText(
            QCoreApplication.translate(
                "MeetingScreen", "Copied. The clipboard is cleared in 30 seconds."
            )
        )
        return True

    # ------------------------------------------------------------------ locking
    def clear(self) -> None:
        """Remove every note and text from the widgets (P12) and forget the vault."""
        self.autosave.stop()
        self.settle()
        if self.release_dialog is not None:
            self.release_dialog.reject()
        self.vault = None
        self.view = None
        self.item_id = None
        self.note_id = None
        self.notes.blockSignals(True)
        self.notes.clear()
        self.notes.blockSignals(False)
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.save_state.clear()
        self.show_band()
        self.save_state.setAccessibleName(QCoreApplication.translate("MeetingScreen", "Save state"))
        self.band.show_label(None, [])
        self._band_shown = None
