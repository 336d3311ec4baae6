"""The cases window (Table › Cases…): the case list, and a case's file on the same window.

The list (:class:`~app.screens.case_list.CaseListScreen`) opens a case's file
(:class:`~app.screens.case_file.CaseFileScreen`) in its place; "Back to the list" (or
Alt+Left) returns, the list reloaded with what changed. Asking for a meeting from the file
closes this window and the main window shows that meeting at the case's item.

Like every window over vault content it is closed and deleted when the vault locks (P12).
The list-and-file pages are :class:`~app.dialogs.case_pages.CaseFilePages`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from app.dialogs.case_pages import CaseFilePages
from app.screens.case_list import CaseListScreen
from app.session.locking import ClipboardGuard
from vault.api import UnlockedVault

WIDTH, HEIGHT = 1100, 700
"""The window's preferred size; it is shrunk to fit a 1366×768 screen's available area."""


class CasesDialog(CaseFilePages):
    """The case list and, in its place, one case's file."""

    def __init__(
        self,
        vault: UnlockedVault,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, clipboard, parent, size=(WIDTH, HEIGHT))
        self.setWindowTitle(self.tr("Cases"))
        self.case_list = CaseListScreen(vault, parent=self)
        self.case_list.case_opened.connect(self.open_case)
        self.set_list_page(
            self.case_list,
            self.tr("← &Back to the list"),
            self.tr("Back to the list (Alt+Left)"),
        )

    @Slot(int)
    def open_case(self, case_id: int) -> None:
        """Show the file of case ``case_id`` in place of the list."""
        self.show_case_file(case_id)

    def list_shown_again(self) -> None:
        self.case_list.refresh()  # keeps the case that was open chosen
        self.case_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        """Closing (or a lock) forgets every case shown (P12)."""
        self.case_list.wipe()
        super().done(result)
