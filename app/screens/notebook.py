"""The unlocked vault: a plain list of notes and an editor (the full client comes later).

Every note is table-only (rule P1), so nothing here lets text out of the vault (P2): the
editor and the list put nothing on the clipboard and nothing in a drag. Edits are saved a
moment after typing stops (on a writer thread, so typing goes on), when another note is
chosen and before locking (P12).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.session.vault_session import Draft
from app.session.writer import Writer
from app.spell_check import attach_spell_check, spell_check_of, spelling_menu_actions
from app.widgets.basics import Banner, ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.messages import error_message, warning_message
from vault.api import UnlockedVault
from vault.errors import VaultError, VaultWarning

AUTOSAVE_DELAY_MS = 1500
"""Save this long after the last keystroke."""

TITLE_LENGTH = 60
"""Characters of a note's first line shown in the list."""


def _is_copy_out(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Copy) or event.matches(
        QKeySequence.StandardKey.Cut
    )


class TableOnlyEditor(QPlainTextEdit):
    """A plain-text editor whose content cannot be copied, cut or dragged out (P2)."""

    def createMimeDataFromSelection(self) -> QMimeData:
        return QMimeData()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_copy_out(event):
            event.accept()  # cutting would lose the text: it could go nowhere
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The standard menu without copy and cut (P2); when a spell check is attached,
        the word under the pointer's suggestions and "Add to word list" come first."""
        menu = self.createStandardContextMenu(event.pos())
        remove_copy_out_actions(menu)
        actions = spelling_menu_actions(self, event.pos())
        if actions:
            standard = menu.actions()
            if standard:
                menu.insertActions(standard[0], actions)
                menu.insertSeparator(standard[0])
            else:
                menu.addActions(actions)
        menu.exec(event.globalPos())
        menu.deleteLater()


COPY_OUT_ACTIONS = frozenset({"edit-copy", "edit-cut", "link-copy"})
"""Object names Qt gives the standard context-menu actions that take text out."""


def remove_copy_out_actions(menu: QMenu) -> None:
    """Drop Copy, Cut and Copy Link Location from a standard context menu (P2).

    Qt names them (``edit-copy``, ``edit-cut``, ``link-copy``); their shortcuts are only
    part of the text, so matching on shortcuts finds nothing — and a Cut that stays in
    the menu deletes the text without putting it anywhere.
    """
    for action in menu.actions():
        if action.objectName() in COPY_OUT_ACTIONS:
            menu.removeAction(action)


class TableOnlyList(QListWidget):
    """A list whose items cannot be copied out with the keyboard (P2)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            return
        super().keyPressEvent(event)


def note_title(body: str) -> str:
    """First non-empty line of ``body``, shortened for the list."""
    for line in body.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1] + "…"
    return ""


class NotebookView(QWidget):
    """Shows the open vault: its file name, its notes, one note in the editor."""

    lock_requested = Signal()
    strengthen_requested = Signal()
    """The user asked to strengthen a vault whose key derivation is below the floor."""

    def __init__(self) -> None:
        super().__init__()
        self._vault: UnlockedVault | None = None
        self._note_id: int | None = None

        self.status_title = heading(self.tr("Vault unlocked"), scale=1.35)
        self.file_name = paragraph()
        self.file_name.setAccessibleName(self.tr("Vault file"))
        self.warnings = ErrorLabel()
        self.network_banner = Banner()
        self.older_banner = Banner()
        self.kdf_banner = Banner(self.tr("St&rengthen now…"))
        assert self.kdf_banner.button is not None
        self.strengthen_button = self.kdf_banner.button
        self.strengthen_button.clicked.connect(self.strengthen_requested)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        name_after_text(self.lock_button)
        self.lock_button.clicked.connect(self.lock_requested)

        self.notes = TableOnlyList()
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        name_after_text(self.new_button)
        self.editor = TableOnlyEditor()
        self.editor.setTabChangesFocus(False)
        self.editor.document().setDocumentMargin(8)
        self.scope = paragraph(
            self.tr("Table-only: this text stays in the vault and cannot be copied out.")
        )
        self.save_state = QLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        name_after_text(self.save_button)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.status_title)
        titles.addWidget(self.file_name)
        header.addLayout(titles, 1)
        header.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(label_for(self.tr("N&otes"), self.notes))
        left_layout.addWidget(self.notes, 1)
        left_layout.addWidget(self.new_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(label_for(self.tr("&Text"), self.editor))
        right_layout.addWidget(self.scope)
        right_layout.addWidget(self.editor, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.save_state, 1)
        footer.addWidget(self.save_button)
        right_layout.addLayout(footer)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(header)
        layout.addWidget(self.network_banner)
        layout.addWidget(self.older_banner)
        layout.addWidget(self.kdf_banner)
        layout.addWidget(self.warnings)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.notes, self.new_button)
        self.setTabOrder(self.new_button, self.editor)
        self.setTabOrder(self.editor, self.save_button)
        self.setTabOrder(self.save_button, self.lock_button)
        self.setTabOrder(self.lock_button, self.strengthen_button)

        self.notes.currentItemChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save_pending)
        self.editor.textChanged.connect(self._on_text_changed)
        self._autosave.timeout.connect(self.save_in_background)
        self.writer = Writer(self)
        """Saves the note off the GUI thread while typing goes on (as at the table)."""

    # ------------------------------------------------------------------ showing
    def show_vault(self, vault: UnlockedVault, draft: Draft | None = None) -> None:
        """Fill the view from ``vault``; put back ``draft`` if one was left at locking."""
        self.clear()
        self._vault = vault
        self.file_name.setText(vault.path.name)
        # Spelling (issue 17): the open vault's speller; the notebook is never projected.
        attach_spell_check(self.editor, vault.spelling, enabled=True)
        if VaultWarning.NETWORK_SHARE in vault.warnings:
            self.network_banner.show_message(warning_message(VaultWarning.NETWORK_SHARE))
        if VaultWarning.OLDER_COPY in vault.warnings:
            self.older_banner.show_message(warning_message(VaultWarning.OLDER_COPY))
        self.refresh_protection()
        try:
            notes = vault.notes.own_reflections()
        except VaultError as exc:
            self.warnings.show_message(error_message(exc.code))
            notes = []
        self.notes.blockSignals(True)
        for note in notes:
            self._add_item(note.id, note.body)
        self.notes.blockSignals(False)
        if draft is not None:
            self._select(draft.note_id)
            self._load(draft.note_id, draft.body)
            self.editor.document().setModified(True)
            self.save_state.setText(
                self.tr("Text you had not saved before locking has been put back.")
            )
        elif self.notes.count():
            self.notes.setCurrentRow(self.notes.count() - 1)
        else:
            self.new_note()
        self.editor.setFocus()

    def clear(self) -> None:
        """Remove every piece of vault content from the widgets and forget the vault."""
        self._autosave.stop()
        self.writer.settle()  # a save still running finishes before the vault closes
        check = spell_check_of(self.editor)
        if check is not None:
            check.detach()  # the speller holds the user's own words and recent ones (P12)
            check.deleteLater()
        self._vault = None
        self._note_id = None
        self.notes.blockSignals(True)
        self.notes.clear()
        self.notes.blockSignals(False)
        self.editor.blockSignals(True)
        self.editor.clear()  # also empties the undo history
        self.editor.blockSignals(False)
        self.file_name.clear()
        self.save_state.clear()
        self.warnings.clear_message()
        self.network_banner.clear_message()
        self.older_banner.clear_message()
        self.kdf_banner.clear_message()

    def refresh_protection(self) -> None:
        """Offer strengthening exactly while the open vault's key derivation is below the
        floor, or was found much quicker than this computer's calibration aims for.

        Reads the vault's current header and warnings, so it is right after the
        protection changed too.
        """
        if self._vault is not None and self._vault.kdf.below_floor:
            self.kdf_banner.show_message(warning_message(VaultWarning.WEAK_KDF))
        elif self._vault is not None and VaultWarning.QUICK_KDF in self._vault.warnings:
            self.kdf_banner.show_message(warning_message(VaultWarning.QUICK_KDF))
        else:
            self.kdf_banner.clear_message()

    def set_busy(self, busy: bool) -> None:
        """Stop all editing while other work holds the vault (nothing may touch it then).

        Call :meth:`save_pending` first: a busy view neither saves nor accepts typing.
        """
        if busy:
            self._autosave.stop()
            self.writer.settle()  # no save runs beside the work that holds the vault
        self.setEnabled(not busy)
        if not busy and self.has_unsaved_changes():
            self._autosave.start()

    def _add_item(self, note_id: int, body: str) -> QListWidgetItem:
        item = QListWidgetItem(note_title(body) or self.tr("(empty note)"))
        item.setData(Qt.ItemDataRole.UserRole, note_id)
        self.notes.addItem(item)
        return item

    def show_note(self, note_id: int) -> bool:
        """Select note ``note_id``; a note not in the list (a text of a whole meeting, found
        by search) is added to it for now. False when it cannot be read."""
        if self._vault is None or not self.save_pending():
            return False
        item = self._item_for(note_id)
        if item is None:
            try:
                note = self._vault.notes.get(note_id)
            except (VaultError, LookupError):
                return False
            item = self._add_item(note.id, note.body)
        self.notes.setCurrentItem(item)
        self.editor.setFocus()
        return True

    def _item_for(self, note_id: int | None) -> QListWidgetItem | None:
        for row in range(self.notes.count()):
            item = self.notes.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == note_id:
                return item
        return None

    def _select(self, note_id: int | None) -> None:
        item = self._item_for(note_id)
        self.notes.blockSignals(True)
        if item is None:
            self.notes.setCurrentRow(-1)
            self.notes.clearSelection()
        else:
            self.notes.setCurrentItem(item)
        self.notes.blockSignals(False)

    def _load(self, note_id: int | None, body: str) -> None:
        self._autosave.stop()
        self.writer.settle()
        self._note_id = note_id
        self.editor.blockSignals(True)
        self.editor.setPlainText(body)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # carry on typing at the end
        self.editor.document().setModified(False)
        self.editor.blockSignals(False)
        self.save_state.clear()

    # ------------------------------------------------------------------ editing
    def new_note(self) -> None:
        """Start an empty note; it is stored once it has text."""
        if not self.save_pending():
            return
        self._select(None)
        self._load(None, "")
        self.editor.setFocus()

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None or self._vault is None:
            return
        if not self.save_pending():
            self._select(self._note_id)  # stay on the note that could not be saved
            return
        note_id = int(current.data(Qt.ItemDataRole.UserRole))
        try:
            note = self._vault.notes.get(note_id)
        except (KeyError, VaultError):
            self.save_state.setText(self.tr("This note could not be read."))
            return
        self._load(note.id, note.body)

    def _on_text_changed(self) -> None:
        if self._vault is None:
            return
        self.save_state.setText(self.tr("Not saved yet"))
        if self.isEnabled():  # a busy view saves nothing; set_busy(False) restarts the timer
            self._autosave.start()

    def has_unsaved_changes(self) -> bool:
        return self.editor.document().isModified()

    def save_in_background(self) -> None:
        """The autosave: store the text on the writer thread while typing goes on.

        A new note is made at once; the editor counts as saved only when what was
        stored is still exactly what it holds (:class:`app.session.writer.Writer`).
        """
        self._autosave.stop()
        vault, note_id = self._vault, self._note_id
        if vault is None or not self.has_unsaved_changes():
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
            self.save_state.setText(error_message(error.code))
            return
        if self._vault is None:
            return  # locked meanwhile: the text was stored; the widgets are wiped
        item = self._item_for(note_id)
        if item is not None:
            item.setText(note_title(body) or self.tr("(empty note)"))
        if note_id == self._note_id and self.editor.toPlainText() == body:
            self.editor.document().setModified(False)
            self.save_state.setText(self.tr("Saved"))
        elif note_id == self._note_id and self.has_unsaved_changes():
            self._autosave.start()  # typed on during the save: that part follows

    def save_pending(self) -> bool:
        """Save the editor if it changed; return False when saving failed (text kept).

        A save still running on the writer thread finishes first."""
        self._autosave.stop()
        self.writer.settle()
        if self._vault is None or not self.has_unsaved_changes():
            return True
        body = self.editor.toPlainText()
        try:
            if self._note_id is None:
                if not body:
                    self.editor.document().setModified(False)
                    return True
                self._note_id = self._vault.notes.add(body)
                added = self._add_item(self._note_id, body)
                self._select(self._note_id)
                self.notes.scrollToItem(added)
            else:
                self._vault.notes.update(self._note_id, body)
                item = self._item_for(self._note_id)
                if item is not None:
                    item.setText(note_title(body) or self.tr("(empty note)"))
        except VaultError as exc:
            self.save_state.setText(error_message(exc.code))
            return False
        self.editor.document().setModified(False)
        self.save_state.setText(self.tr("Saved"))
        return True

    def unsaved_draft(self) -> Draft | None:
        """The editor's unsaved text, for keeping in memory while locked."""
        if not self.has_unsaved_changes():
            return None
        return Draft(self._note_id, self.editor.toPlainText())
