"""Fakes of what the desktop gives: platform hooks whose events a test fires, a boot clock."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.platform.hooks import LockCallback, LockReason


class FakeBootClock:
    """A boot clock that only moves when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def seconds(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeHooks:
    """Platform hooks whose events the test fires."""

    def __init__(self) -> None:
        self.on_lock: LockCallback | None = None
        self.window: QWidget | None = None
        self.stopped = False

    def start(self, window: QWidget, on_lock: LockCallback) -> None:
        self.window = window
        self.on_lock = on_lock

    def stop(self) -> None:
        self.stopped = True

    def fire(self, reason: LockReason) -> None:
        assert self.on_lock is not None
        self.on_lock(reason)
