"""The two-page dialog of every slow task: the question, then the outcome.

Vault care (passphrase, backup, restore, check), strengthening and making a document all
ask something on a first page (with an error line and a busy indicator under it), run
the work on the window's task runner, and then either say on the same page why nothing
happened (:meth:`TaskDialog.show_error`) or switch to a short second page with the
outcome (:meth:`TaskDialog.show_outcome`). While the work runs the inputs are disabled and
the dialog cannot be closed: the work cannot be interrupted halfway.

A subclass adds its fields to :attr:`TaskDialog.body`, then calls
:meth:`TaskDialog._finish_body`; it names its inputs (:meth:`TaskDialog._inputs`), how to
forget typed secrets (:meth:`TaskDialog._clear_secrets`) and what to say while working.
The window title is the product name only, never content (rule P2).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.session.context import APP_NAME
from app.widgets.basics import (
    BusyIndicator,
    ErrorLabel,
    RenewablePassphrases,
    heading,
    name_after_text,
    paragraph,
)


class TaskDialog(RenewablePassphrases, QDialog):
    """Two pages: the question (with busy indicator and error line), then the outcome."""

    def __init__(
        self,
        title: str,
        primary_text: str,
        parent: QWidget | None = None,
        *,
        close_text: str | None = None,
        min_width: int = 500,
    ) -> None:
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(APP_NAME)  # never content (rule P2)
        self.setAccessibleName(title)
        if min_width:
            self.setMinimumWidth(min_width)
        self.error = ErrorLabel()
        self.busy = BusyIndicator()
        self.primary = QPushButton(primary_text)
        self.primary.setDefault(True)
        self.primary.setMinimumSize(120, 30)
        name_after_text(self.primary)
        self.cancel = QPushButton(self.tr("&Cancel"))
        self.cancel.setMinimumHeight(30)
        name_after_text(self.cancel)
        self.close_button = QPushButton(close_text or self.tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.setMinimumSize(120, 30)
        name_after_text(self.close_button)
        self.outcome = paragraph()
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.ask_page = QWidget()
        self.body = QVBoxLayout(self.ask_page)
        """The first page's column: the subclass adds its fields here."""
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        self.title = heading(title, scale=1.35)
        self.body.addWidget(self.title)

        self.done_page = QWidget()
        done_layout = QVBoxLayout(self.done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.setSpacing(6)
        self.done_title = heading("", scale=1.35)
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(self.outcome)
        done_layout.addStretch(1)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.close_button)
        done_layout.addLayout(done_buttons)
        # Two pages, one shown at a time; not a stacked widget, so that the short
        # outcome does not keep the height of the question.
        self.done_page.hide()

        self.pages = QVBoxLayout(self)
        self.pages.setContentsMargins(20, 18, 20, 16)
        self.pages.addWidget(self.ask_page)
        self.pages.addWidget(self.done_page)

        self.primary.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(self._forget_input)

    def _finish_body(self, *, busy_beside_buttons: bool = False) -> None:
        """Call after the subclass added its fields: error line, progress, buttons.

        ``busy_beside_buttons`` puts the busy indicator in the button row (a long page
        that should not grow while working) instead of above it.
        """
        self.body.addWidget(self.error)
        buttons = QHBoxLayout()
        if busy_beside_buttons:
            self.body.addSpacing(4)
            buttons.setSpacing(8)
            buttons.addWidget(self.busy, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.body.addSpacing(6)
            self.body.addWidget(self.busy)
            self.body.addStretch(1)
            buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.primary)
        self.body.addLayout(buttons)

    # ------------------------------------------------------------------ state
    @property
    def is_busy(self) -> bool:
        return self._busy

    def current_page(self) -> QWidget:
        return self.done_page if self.done_page.isVisibleTo(self) else self.ask_page

    def _inputs(self) -> list[QWidget]:
        """The widgets disabled while working; the first gets the focus."""
        return []

    def submit(self) -> None:
        raise NotImplementedError

    def working_text(self) -> str:
        return self.tr("Working… this takes a few seconds.")

    def set_busy(self, busy: bool) -> None:
        """Disable input while the work runs; the dialog cannot be closed meanwhile."""
        self._busy = busy
        for widget in (*self._inputs(), self.primary, self.cancel):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear_message()
            self.busy.start(self.working_text())
        else:
            self.busy.stop()

    def show_progress(self, fraction: float) -> None:
        if self._busy:
            self.busy.set_fraction(fraction, self.working_text())

    def show_error(self, text: str) -> None:
        """Nothing happened: say why; the user may try again or cancel."""
        self.set_busy(False)
        self._clear_secrets()
        self.error.show_message(text)
        inputs = self._inputs()
        (inputs[0] if inputs else self.cancel).setFocus()

    def show_outcome(self, title: str, text: str) -> None:
        """The work is done: the second page says what came of it."""
        self.set_busy(False)
        self._clear_secrets()
        self.done_title.setText(title)
        self.outcome.setText(text)
        self.outcome.setAccessibleDescription(text)
        self.ask_page.hide()
        self.done_page.show()
        self.adjustSize()
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_page() is self.ask_page:
            inputs = [w for w in self._inputs() if w.isEnabled()]
            (inputs[0] if inputs else self.primary).setFocus()

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        if self._busy:
            return  # the work cannot be interrupted: Escape and the close button wait
        super().reject()

    def _clear_secrets(self) -> None:
        """Forget what was typed (passphrase fields are renewed, not cleared)."""

    def _forget_input(self) -> None:
        self._clear_secrets()
        self.error.clear_message()
