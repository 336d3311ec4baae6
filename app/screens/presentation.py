"""Presentation-safe mode for the meeting screen: project without showing table-only text.

While the mode is on (Ctrl+Shift+P, or the button in the meeting's header) the editor
shows a neutral placeholder instead of a table-only note and is read-only; the note list
and the actions panel show the placeholder instead of table-only titles. Notes released
beyond the table stay visible, read-only, as long as their text is the released version;
a note changed after its release is hidden like a table-only one (P3). What may be shown
is the secrecy policy's decision (``may_leave`` with :attr:`Channel.PROJECTION`), not
this module's. A banner says that the mode is on and offers to turn it off; turning it
off shows the text again.

The placeholder never reaches the vault: it is put in the editor with signals blocked and
the document marked unmodified, the editor is read-only, and
:attr:`PresentationMode.hides_editor` makes the screen's ``has_unsaved_changes`` false, so
neither autosave nor the lock's save nor a kept draft can write it over the note. Locking
turns the mode off (nothing of it is kept).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QPushButton, QWidget

from app.screens.actions_panel import ActionsPanel
from app.widgets.basics import Banner
from app.wording.meeting import hidden_text
from vault.api import ItemView, MeetingView, UnlockedVault
from vault.policy import Channel

ID_ROLE = Qt.ItemDataRole.UserRole
SHORTCUT = "Ctrl+Shift+P"


class PresentedScreen(Protocol):
    """What presentation mode needs of the screen it hides text on (the meeting screen)."""

    @property
    def notes(self) -> QListWidget: ...

    @property
    def editor(self) -> QPlainTextEdit: ...

    @property
    def save_state(self) -> QLabel: ...

    @property
    def actions_panel(self) -> ActionsPanel: ...

    @property
    def vault(self) -> UnlockedVault | None: ...

    @property
    def view(self) -> MeetingView | None: ...

    @property
    def current_item_id(self) -> int | None: ...

    @property
    def current_note_id(self) -> int | None: ...

    def item_view(self) -> ItemView | None:
        """The current agenda item's facts."""

    def show_item_facts(self) -> None:
        """Redraw the current item; ends by calling :meth:`PresentationMode.apply`."""

    def save_pending(self) -> bool:
        """Save the editor if it changed; False when saving failed."""


class PresentationMode(QObject):
    """The toggle, its banner and what it hides on one meeting screen."""

    toggled = Signal(bool)

    def __init__(self, screen: PresentedScreen, page: QWidget) -> None:
        super().__init__(page)
        self._screen = screen
        self._active = False
        self._editor_hidden = False
        self.action = QAction(self.tr("Presentation mode (hide table-only text)"), page)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.action)
        self.button = QPushButton(self.tr("&Presentation mode (Ctrl+Shift+P)"))
        self.button.setCheckable(True)
        self.button.setAccessibleName(self.tr("Presentation mode"))
        self.button.setToolTip(
            self.tr("Hide table-only text on screen while projecting (Ctrl+Shift+P)")
        )
        self.banner = Banner(self.tr("&Stop presentation mode"))
        self.banner.setStyleSheet(  # unmistakable, and never colour alone: it says so in words
            "QFrame#banner { background: #fff1c2; border: 1px solid #b7791f;"
            " border-left: 6px solid #b7791f; border-radius: 4px; }"
            " QFrame#banner QLabel { color: #1f1f1f; font-weight: 600; }"
        )
        self.action.toggled.connect(self.set_active)
        self.button.toggled.connect(self.set_active)
        if self.banner.button is not None:
            self.banner.button.clicked.connect(lambda: self.set_active(False))

    # ------------------------------------------------------------------ state
    @property
    def active(self) -> bool:
        return self._active

    @property
    def hides_editor(self) -> bool:
        """True while the editor shows the placeholder instead of the note."""
        return self._editor_hidden

    @staticmethod
    def placeholder() -> str:
        return hidden_text()

    def _sync_controls(self) -> None:
        for control in (self.action, self.button):
            control.blockSignals(True)
            control.setChecked(self._active)
            control.blockSignals(False)

    def set_active(self, on: bool) -> None:
        """Turn the mode on or off; pending edits are saved before anything is hidden."""
        screen = self._screen
        if on == self._active:
            self._sync_controls()
            return
        if on and not screen.save_pending():
            self._sync_controls()  # the unsaved text stays; nothing is hidden over it
            screen.save_state.setText(
                self.tr("Presentation mode is not on: your latest text could not be saved.")
            )
            return
        self._active = on
        self._sync_controls()
        if on:
            self.banner.show_message(
                self.tr(
                    "Presentation mode: text that may only stay at the table is hidden on "
                    "this screen. Notes released beyond the table stay visible."
                )
            )
        else:
            self.banner.clear_message()
        screen.actions_panel.set_hide_table_only(on)
        if screen.view is not None and screen.current_item_id is not None:
            screen.show_item_facts()  # redoes the note titles and then calls apply()
        else:
            self.apply()
        self.toggled.emit(on)

    # ------------------------------------------------------------------ hiding
    def may_show(self, note_id: object) -> bool:
        """May this note be shown while projecting? The policy decides (P2, P3); a note
        not stored yet (no id) is table-only (P1)."""
        vault = self._screen.vault
        if vault is None or not isinstance(note_id, int):
            return False
        return bool(vault.policy.may_leave(note_id, Channel.PROJECTION))

    def apply(self) -> None:
        """Mask or restore the note titles and the editor (called after every redraw)."""
        screen = self._screen
        item_view = screen.item_view()
        if self._active:
            for row in range(screen.notes.count()):
                entry = screen.notes.item(row)
                if not self.may_show(entry.data(ID_ROLE)):
                    entry.setText(self.tr("Hidden note (table only)"))
        # Shown only when its whole current text is a released version: text typed after
        # a release is table-only (P3) and hidden like any table-only note.
        hide = self._active and not self.may_show(screen.current_note_id)
        editor = screen.editor
        if hide and not self._editor_hidden:
            if editor.document().isModified() and not screen.save_pending():
                return  # never hide (and so risk) text that is not stored yet
            self._set_editor(hidden_text(), read_only=True)
            self._editor_hidden = True
        elif not hide and self._editor_hidden:
            self._editor_hidden = False
            if editor.toPlainText() == hidden_text():
                body = ""
                if item_view is not None:
                    for note_view in item_view.notes:
                        if note_view.note.id == screen.current_note_id:
                            body = note_view.note.body
                self._set_editor(body, read_only=False)
            else:
                editor.setReadOnly(False)
        if not self._editor_hidden:
            # A released note is shown read-only while projecting: anything typed after a
            # release is table-only (P3) and must not appear on the projector.
            editor.setReadOnly(self._active)

    def _set_editor(self, text: str, *, read_only: bool) -> None:
        editor = self._screen.editor
        editor.blockSignals(True)
        editor.setPlainText(text)
        editor.document().setModified(False)
        editor.setReadOnly(read_only)
        editor.blockSignals(False)

    def reset(self) -> None:
        """Turn the mode off without touching the vault (the screen is being wiped)."""
        self._active = False
        self._editor_hidden = False
        self._sync_controls()
        self.banner.clear_message()
        self._screen.editor.setReadOnly(False)
