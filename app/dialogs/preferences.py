"""The preferences dialog: automatic locking, language, screen capture, backup reminder.

Saving writes :class:`app.platform.settings.AppSettings` (the INI file) and updates the live
:class:`app.session.locking.LockSettings` the lock guard reads, so a new idle time counts at once.
The language applies at the next start. Nothing here is vault content.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import Language
from app.platform.settings import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, AppSettings
from app.session.context import APP_NAME
from app.session.locking import LockSettings
from app.widgets.basics import heading, label_for, name_after_text, paragraph
from vault.api import MAX_REMINDER_DAYS, MIN_REMINDER_DAYS


class PreferencesDialog(QDialog):
    """Shows the saved preferences; :meth:`save` writes them (the Save button does)."""

    saved = Signal()
    """The preferences were written; the window re-applies what it can at once."""

    def __init__(
        self,
        settings: AppSettings,
        lock_settings: LockSettings,
        parent: QWidget | None = None,
        *,
        platform: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._lock_settings = lock_settings
        self._platform = sys.platform if platform is None else platform
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(self.tr("Preferences"))
        self.setMinimumWidth(520)

        # "Lock automatically after [5] minutes without activity": the spin box sits in
        # the sentence, so the words around it say what the number means.
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setMinimumHeight(28)
        self.idle_after = QLabel(self.tr("minutes without activity"))
        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is &minimised"))
        name_after_text(self.lock_on_minimise)
        self.language = QComboBox()
        self.language.addItem("Nederlands", Language.DUTCH.value)
        self.language.addItem("English", Language.ENGLISH.value)
        self.language.setMinimumHeight(28)
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(MIN_REMINDER_DAYS, MAX_REMINDER_DAYS)
        self.reminder_days.setSuffix(self.tr(" days"))
        self.reminder_days.setMinimumHeight(28)
        self.allow_capture = QCheckBox(self.tr("Allow screenshots and screen s&haring"))
        name_after_text(self.allow_capture)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setMinimumSize(120, 30)
        name_after_text(self.save_button)
        self.cancel = QPushButton(self.tr("&Cancel"))
        self.cancel.setMinimumHeight(30)
        name_after_text(self.cancel)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(label_for(self.tr("Lock &automatically after"), self.idle_minutes), 0, 0)
        self.idle_minutes.setAccessibleName(
            self.tr("Lock automatically after this many minutes without activity")
        )
        idle_row = QHBoxLayout()
        idle_row.setSpacing(8)
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(self.idle_after)
        idle_row.addStretch(1)
        grid.addLayout(idle_row, 0, 1, 1, 2)
        grid.addWidget(self.lock_on_minimise, 1, 0, 1, 2)
        grid.addWidget(label_for(self.tr("&Remind me of a backup after"), self.reminder_days), 2, 0)
        grid.addWidget(self.reminder_days, 2, 1)
        grid.addWidget(label_for(self.tr("Lan&guage"), self.language), 3, 0)
        grid.addWidget(self.language, 3, 1)
        grid.setColumnStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Preferences"), scale=1.35))
        layout.addLayout(grid)
        self.language_note = paragraph(
            self.tr("A new language applies the next time you start Tafelboek.")
        )
        layout.addWidget(self.language_note)
        layout.addSpacing(6)
        layout.addWidget(self.allow_capture)
        self.capture_note = paragraph(self._capture_text())
        self.allow_capture.setAccessibleDescription(self.capture_note.text())
        layout.addWidget(self.capture_note)
        layout.addSpacing(8)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.setTabOrder(self.idle_minutes, self.lock_on_minimise)
        self.setTabOrder(self.lock_on_minimise, self.reminder_days)
        self.setTabOrder(self.reminder_days, self.language)
        self.setTabOrder(self.language, self.allow_capture)
        self.setTabOrder(self.allow_capture, self.save_button)
        self.setTabOrder(self.save_button, self.cancel)

        self.save_button.clicked.connect(self.save)
        self.cancel.clicked.connect(self.reject)
        self.load()

    def _capture_text(self) -> str:
        text = self.tr(
            "When this is off, Windows leaves the Tafelboek window out of screenshots, "
            "screen recordings and shared screens, so notes cannot end up in them."
        )
        if self._platform != "win32":
            text += " " + self.tr(
                "This computer does not offer that protection: the setting only has an "
                "effect on Windows."
            )
        return text

    def load(self) -> None:
        """Show what is saved now."""
        settings = self._settings
        self.idle_minutes.setValue(settings.idle_minutes)
        self.lock_on_minimise.setChecked(settings.lock_on_minimise)
        self.reminder_days.setValue(settings.backup_reminder_days)
        index = self.language.findData(settings.language.value)
        self.language.setCurrentIndex(max(index, 0))
        self.allow_capture.setChecked(settings.allow_screen_capture)

    def save(self) -> None:
        """Write every value, update the live lock settings, and close."""
        settings = self._settings
        self._lock_settings.idle_timeout_s = self.idle_minutes.value() * 60.0
        self._lock_settings.lock_on_minimise = self.lock_on_minimise.isChecked()
        settings.save_lock_settings(self._lock_settings)
        settings.backup_reminder_days = self.reminder_days.value()
        settings.language = Language(str(self.language.currentData()))
        settings.allow_screen_capture = self.allow_capture.isChecked()
        self.saved.emit()
        self.accept()
