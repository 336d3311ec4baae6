"""Locking without the user asking (rule P12): when idle, on lock signals, on minimise.

Idleness is measured on a *boot clock*: one that keeps counting while the machine sleeps
and is not moved when someone sets the wall clock. A machine that slept for an hour is an
hour idle; a wall clock set back a day changes nothing. Every lock goes through the
window's own ``lock()``, which saves pending edits first.

The :class:`ClipboardGuard` is the one way the app may put vault content on the clipboard:
it marks the data so clipboard histories skip it and takes it off again after 30 seconds
or on lock, but only while the clipboard still holds exactly that (never another app's).
"""

from __future__ import annotations

import hashlib
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QMimeData,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

from app.platform.hooks import LockCallback, LockReason, PlatformHooks

DEFAULT_IDLE_TIMEOUT_S = 5 * 60.0
"""Lock after this long without a key press, click or wheel turn."""

CLIPBOARD_LIFETIME_S = 30.0
"""Vault content stays on the clipboard at most this long."""

POLL_INTERVAL_MS = 1000
"""How often idleness and the clipboard are checked (a cheap comparison)."""


# ---------------------------------------------------------------------- boot clock
class BootClock(Protocol):
    """Seconds since an arbitrary point; counts through sleep; never jumps with wall time."""

    def seconds(self) -> float: ...


class LinuxBootClock:
    """``CLOCK_BOOTTIME``: monotonic and includes time spent suspended."""

    def seconds(self) -> float:
        return time.clock_gettime(time.CLOCK_BOOTTIME)


class WindowsBootClock:
    """``GetTickCount64``: milliseconds since boot, including sleep and hibernation."""

    def __init__(self) -> None:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        self._tick: Callable[[], int] = kernel32.GetTickCount64
        kernel32.GetTickCount64.restype = ctypes.c_uint64
        kernel32.GetTickCount64.argtypes = []

    def seconds(self) -> float:
        return self._tick() / 1000.0


class MacBootClock:
    """macOS ``CLOCK_MONOTONIC``: unlike ``time.monotonic()`` there, it counts through sleep."""

    def seconds(self) -> float:
        return time.clock_gettime(time.CLOCK_MONOTONIC)


class MonotonicClock:
    """``time.monotonic()``: may stop while the machine sleeps (macOS, others).

    Used where no boot clock is known; the platform hooks' suspend and resume events
    (which lock) then stand in as the resume check.
    """

    def seconds(self) -> float:
        return time.monotonic()


def system_boot_clock(platform: str | None = None) -> BootClock:
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return LinuxBootClock()
    if platform == "win32":
        return WindowsBootClock()
    if platform == "darwin":
        return MacBootClock()
    return MonotonicClock()


@dataclass(slots=True)
class LockSettings:
    """Automatic locking; kept in the application context, loaded from and saved to the
    settings file by :class:`app.platform.settings.AppSettings`."""

    idle_timeout_s: float = DEFAULT_IDLE_TIMEOUT_S
    lock_on_minimise: bool = False


# ---------------------------------------------------------------------- idleness
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleLock(QObject):
    """Emits :attr:`timed_out` once the app has had no user input for ``timeout_s``.

    While armed, an application-wide event filter notes every key, mouse and wheel event
    in any window of the app; a timer compares the boot clock with the last input.
    """

    timed_out = Signal()

    def __init__(
        self,
        clock: BootClock,
        settings: LockSettings,
        parent: QObject | None = None,
        poll_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._last_input = clock.seconds()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start counting from now."""
        self.touch()
        if not self._armed:
            self._armed = True
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._timer.start()

    def disarm(self) -> None:
        if self._armed:
            self._armed = False
            self._timer.stop()
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def touch(self) -> None:
        """The user did something."""
        self._last_input = self._clock.seconds()

    def idle_seconds(self) -> float:
        now = self._clock.seconds()
        if now < self._last_input:  # a boot clock never goes back; be safe if one did
            self._last_input = now
        return now - self._last_input

    def check(self) -> None:
        """Emit :attr:`timed_out` (once) when idle long enough; called by the timer."""
        if self._armed and self.idle_seconds() >= self._settings.idle_timeout_s:
            self.disarm()
            self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock.seconds()
        return False


# ---------------------------------------------------------------------- clipboard
CLIPBOARD_EXCLUSION_FORMATS: dict[str, bytes] = {
    # Windows: kept out of clipboard monitors, Win+V history and the cloud clipboard.
    "ExcludeClipboardContentFromMonitorProcessing": b"\x00\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    # KDE Klipper and compatible clipboard managers skip it.
    "x-kde-passwordManagerHint": b"secret",
    # macOS pasteboard managers (nspasteboard.org convention).
    "application/x-nspasteboard-concealed-type": b"secret",
}


class ClipboardGuard(QObject):
    """Puts text on the clipboard, marked private, and takes it off again.

    Only a keyed hash of what we put there is remembered; the clipboard is cleared after
    :data:`CLIPBOARD_LIFETIME_S` on the boot clock, or on :meth:`clear_ours`, and only if it
    still holds exactly that text: another application's content is never touched.
    """

    def __init__(
        self,
        clock: BootClock,
        parent: QObject | None = None,
        lifetime_s: float = CLIPBOARD_LIFETIME_S,
        poll_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._lifetime_s = lifetime_s
        self._key = secrets.token_bytes(32)
        self._digest: bytes | None = None
        self._placed_at = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def _hash(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=32).digest()

    @staticmethod
    def mime_data(text: str) -> QMimeData:
        """``text`` with the formats that keep it out of clipboard histories."""
        mime = QMimeData()
        mime.setText(text)
        for name, value in CLIPBOARD_EXCLUSION_FORMATS.items():
            mime.setData(name, QByteArray(value))
        return mime

    def copy(self, text: str) -> None:
        self._clipboard().setMimeData(self.mime_data(text))
        self._digest = self._hash(text)
        self._placed_at = self._clock.seconds()
        self._timer.start()

    @property
    def holding(self) -> bool:
        """True while something we copied may still be on the clipboard."""
        return self._digest is not None

    def owns_clipboard(self) -> bool:
        if self._digest is None:
            return False
        text = self._clipboard().text()
        return bool(text) and secrets.compare_digest(self._hash(text), self._digest)

    def clear_ours(self) -> None:
        """Clear the clipboard if it still holds what we put there; forget it either way."""
        if self.owns_clipboard():
            self._clipboard().clear()
        self._digest = None
        self._timer.stop()

    def check(self) -> None:
        if self._digest is None:
            self._timer.stop()
        elif not self.owns_clipboard():
            self._digest = None  # replaced by someone else: not ours to clear any more
            self._timer.stop()
        elif self._clock.seconds() - self._placed_at >= self._lifetime_s:
            self.clear_ours()


# ---------------------------------------------------------------------- Ctrl+L anywhere
LOCK_KEY = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class LockKey(QObject):
    """Ctrl+L locks from every window of ours, dialogs and message boxes included.

    The window's own Lock action has a window shortcut, and a dialog open in front of
    the window blocks it (Qt does not deliver shortcuts to a window a modal dialog
    covers). While a vault is open this filter watches the key in the whole application
    and asks the window to lock, after the key event is done with (the lock closes the
    dialog the key was typed in).
    """

    def __init__(self, window: QWidget, lock: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._lock = lock
        self._watching = False

    def watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._watching:
            return
        self._watching = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.keyCombination() != LOCK_KEY:
            return False
        if not isinstance(watched, QWidget) or watched.window() is self._window:
            return False  # the main window's own Lock action handles it there
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no shortcut of the dialog may take it
            return True
        QTimer.singleShot(0, self._lock)
        return True


# ---------------------------------------------------------------------- minimise
class MinimiseWatch(QObject):
    """Calls back when the watched window is minimised and the setting asks for a lock."""

    def __init__(self, window: QWidget, settings: LockSettings, on_lock: LockCallback) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._on_lock = on_lock
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.WindowStateChange
            and self._settings.lock_on_minimise
            and self._window.isMinimized()
        ):
            self._on_lock(LockReason.MINIMISED)
        return False


# ---------------------------------------------------------------------- together
class LockGuard(QObject):
    """Every automatic lock of one window, each ending in the window's own ``lock()``.

    The window calls :meth:`vault_opened` and :meth:`vault_locked`; the guard arms the idle
    timer only while a vault is open and clears our clipboard content on every lock.

    A lock request is idempotent: while nothing is unlocked, while a lock is under way (a
    request from inside ``lock()``), or while a lock already asked for waits for running
    work to end, a further request does nothing: no second save, no second wipe, no second
    :attr:`locking` signal. ``is_locked`` and ``lock_waiting`` ask the window; without them
    the guard goes by :meth:`vault_opened` and :meth:`vault_locked` alone.
    """

    locking = Signal(object)
    """Carries the :class:`LockReason` just before an automatic lock."""

    def __init__(
        self,
        window: QWidget,
        lock: Callable[[], None],
        *,
        clock: BootClock,
        settings: LockSettings,
        hooks: PlatformHooks,
        is_locked: Callable[[], bool] | None = None,
        lock_waiting: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(window)
        self._lock = lock
        self._open = False
        self._in_lock = False
        self._is_locked = is_locked if is_locked is not None else (lambda: not self._open)
        self._lock_waiting = lock_waiting if lock_waiting is not None else (lambda: False)
        self.settings = settings
        self.last_reason: LockReason | None = None
        self.idle = IdleLock(clock, settings, self)
        self.idle.timed_out.connect(self._on_idle)
        self.clipboard = ClipboardGuard(clock, self)
        self.minimise = MinimiseWatch(window, settings, self.request_lock)
        self.key = LockKey(window, lock)
        self._hooks = hooks
        hooks.start(window, self.request_lock)

    def _on_idle(self) -> None:
        self.request_lock(LockReason.IDLE)

    def request_lock(self, reason: LockReason) -> None:
        """Lock for ``reason``, unless locked, locking, or a lock already waits (see above)."""
        if self._in_lock or self._is_locked() or self._lock_waiting():
            return
        self.last_reason = reason
        self._in_lock = True
        try:
            self.locking.emit(reason)
            self._lock()
        finally:
            self._in_lock = False

    def vault_opened(self) -> None:
        self._open = True
        self.idle.arm()
        self.key.watch(True)

    def vault_locked(self) -> None:
        self._open = False
        self.idle.disarm()
        self.key.watch(False)
        self.clipboard.clear_ours()

    def close(self) -> None:
        """The window closes: stop listening, leave nothing of ours on the clipboard."""
        self.vault_locked()
        self._hooks.stop()
