"""Waiting on conditions and signals, never for a fixed time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from app.window import MainWindow

JOB_TIMEOUT_MS = 10_000
"""How long a test waits for a background job (key derivation, a document) at the most."""


def wait_until_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.is_busy, timeout=JOB_TIMEOUT_MS)


def wait_for_clicks(qtbot: QtBot) -> None:
    """Wait until no button is held down any more: a mnemonic (Alt+letter) clicks its button
    through ``animateClick``, which presses it at once and clicks 100 ms later."""
    from PySide6.QtWidgets import QAbstractButton, QApplication

    def released() -> bool:
        return not any(
            w.isDown() for w in QApplication.allWidgets() if isinstance(w, QAbstractButton)
        )

    qtbot.waitUntil(released, timeout=JOB_TIMEOUT_MS)
