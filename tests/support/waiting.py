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
