"""The cases window (Table › Cases…): the case list, and a case's file on the same window.

The list (:class:`~app.screens.case_list.CaseListScreen`) opens a case's file
(:class:`~app.screens.case_file.CaseFileScreen`) in its place; "Back to the list" (or
Alt+Left) returns, the list reloaded with what changed. Asking for a meeting from the file
closes this window and the main window shows that meeting at the case's item.

Like every window over vault content it is closed and deleted when the vault locks (P12).
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
from app.screens.case_list import CaseListScreen
from app.session.locking import ClipboardGuard
from app.widgets.basics import name_after_text
from vault.api import UnlockedVault

WIDTH, HEIGHT = 1100, 700
"""The window's preferred size; it is shrunk to fit a 1366×768 screen's available area."""


class CasesDialog(QDialog):
    """The case list and, in its place, one case's file."""

    meeting_requested = Signal(int, int)
    """Show meeting X at agenda item Y (the window closes first)."""

    def __init__(
        self,
        vault: UnlockedVault,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cases"))
        self._vault: UnlockedVault | None = vault
        self._clipboard = clipboard
        self.case_file: CaseFileScreen | None = None

        self.case_list = CaseListScreen(vault, parent=self)
        self.case_list.case_opened.connect(self.open_case)
        self.back = QPushButton(self.tr("← &Back to the list"))
        self.back.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back.clicked.connect(self.show_list)
        self.back.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.case_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter belongs to the list and the file's fields, never to a default button.
        for button in buttons.buttons():
            name_after_text(button)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        name_after_text(self.back)
        self.back.setAutoDefault(False)

        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        back_key = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        back_key.activated.connect(self.show_list)
        self._fit()

    def _fit(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = WIDTH, HEIGHT
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    # ------------------------------------------------------------------ pages
    @Slot(int)
    def open_case(self, case_id: int) -> None:
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
        self.pages.setCurrentWidget(self.case_list)
        self.case_list.refresh()  # keeps the case that was open chosen
        self.case_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

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
        """Closing (or a lock) forgets every case shown (P12)."""
        self._drop_case_file()
        self.case_list.wipe()
        self._vault = None
        super().done(result)
