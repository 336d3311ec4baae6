"""A window with a list and, in the list's place, one case's file (P13).

:class:`CaseFilePages` is what the cases window (:mod:`app.dialogs.cases`) and the actions
overview (:mod:`app.dialogs.actions_overview`) share: the list page, a case's
:class:`~app.screens.case_file.CaseFileScreen` shown in its place, "Back" (or Alt+Left)
returning to the list, and a meeting asked for from the file closing the window so the
main window can show it. Closing — or a lock — wipes the file shown (P12); a subclass wipes
its own list in :meth:`done` too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.screens.case_file import CaseFileScreen
from app.session.locking import ClipboardGuard
from app.widgets.basics import name_after_text
from vault.api import UnlockedVault


class CaseFilePages(QDialog):
    """A list page and, in its place, one case's file."""

    meeting_requested = Signal(int, int)
    """Show meeting X at agenda item Y (the window closes first)."""

    def __init__(
        self,
        vault: UnlockedVault,
        clipboard: ClipboardGuard | None,
        parent: QWidget | None,
        *,
        size: tuple[int, int],
    ) -> None:
        super().__init__(parent)
        self._vault: UnlockedVault | None = vault
        self._clipboard = clipboard
        self._size = size
        self.case_file: CaseFileScreen | None = None
        self.back = QPushButton()
        self.back.clicked.connect(self.show_list)
        self.back.setAutoDefault(False)
        self.back.hide()
        self.pages = QStackedWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter belongs to the list and the file's fields, never to a default button.
        for button in buttons.buttons():
            name_after_text(button)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        self.frame = QVBoxLayout(self)
        self.frame.addLayout(bar)
        self.frame.addWidget(self.pages, 1)
        self.frame.addWidget(buttons)
        back_key = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        back_key.activated.connect(self.show_list)

    def set_list_page(self, page: QWidget, back_text: str, back_tip: str) -> None:
        """The page the window opens on, and what "Back" to it says."""
        self.pages.addWidget(page)
        self.back.setText(back_text)
        self.back.setToolTip(back_tip)
        name_after_text(self.back)
        self._fit()

    def _fit(self) -> None:
        """The preferred size, shrunk to fit the screen's available area (1366×768)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = self._size
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    # ------------------------------------------------------------------ pages
    def show_case_file(self, case_id: int) -> None:
        """Show the file of case ``case_id`` in place of the list."""
        if self._vault is None:
            return
        self._drop_case_file()
        screen = CaseFileScreen(self._vault, case_id, clipboard=self._clipboard, parent=self)
        screen.meeting_requested.connect(self._meeting_requested)
        self.case_file = screen
        self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        self.back.show()
        screen.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_list(self) -> None:
        """Back to the list, which shows what changed in the file."""
        if self.case_file is None:
            return
        self._drop_case_file()
        self.back.hide()
        self.pages.setCurrentIndex(0)
        self.list_shown_again()

    def list_shown_again(self) -> None:
        """The list is back on screen: reload it and put the focus in it."""

    def _drop_case_file(self) -> None:
        if self.case_file is not None:
            self.case_file.wipe()
            self.pages.removeWidget(self.case_file)
            self.case_file.deleteLater()
            self.case_file = None

    @Slot(int, int)
    def _meeting_requested(self, meeting_id: int, item_id: int) -> None:
        self.accept()
        self.meeting_requested.emit(meeting_id, item_id)

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        """Closing (or a lock) forgets the case file shown and the vault (P12)."""
        self._drop_case_file()
        self._vault = None
        super().done(result)
