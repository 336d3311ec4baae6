"""Checking the vault on demand: the dialog (``care.integrity_check``, nothing written)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.dialogs.task_dialog import TaskDialog
from app.widgets.basics import paragraph


class IntegrityDialog(TaskDialog):
    """Starts the check at once, shows progress, then the result."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check the vault"), self.tr("C&heck now"), parent)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Tafelboek reads every page of the vault and checks that nothing is "
                    "damaged or was changed outside Tafelboek. Nothing is written."
                )
            )
        )
        self._finish_body()

    def working_text(self) -> str:
        return self.tr("Checking the vault…")

    def submit(self) -> None:
        if not self._busy:
            self.check_requested.emit()
