"""What the desktop tells us about locking: session locked, screen saver, suspend, resume.

One small interface, :class:`PlatformHooks`, with one implementation per platform. Each
calls back with a :class:`LockReason`; the window then locks through its own ``lock()``.

* Linux: ``org.freedesktop.login1`` (``PrepareForSleep`` on the system bus, ``Lock`` on our
  session) and ``ActiveChanged`` of ``org.freedesktop.ScreenSaver`` / ``org.gnome.ScreenSaver``
  on the session bus, over QtDBus. D-Bus is a local channel, not network (rule P11).
* Windows: ``WM_WTSSESSION_CHANGE`` (after ``WTSRegisterSessionNotification``) and
  ``WM_POWERBROADCAST``, read by an application-wide native event filter.
* Elsewhere: nothing (the idle lock still works).

The hooks also keep a window out of screenshots and screen sharing where the platform
allows it (:meth:`PlatformHooks.exclude_from_capture`): only Windows does
(``SetWindowDisplayAffinity``); elsewhere it reports "unsupported".
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import QWidget


class LockReason(Enum):
    """Why a lock happened without the user asking for it."""

    IDLE = "idle"
    SESSION_LOCKED = "session-locked"
    SCREENSAVER = "screensaver"
    SUSPEND = "suspend"
    RESUME = "resume"
    MINIMISED = "minimised"


LockCallback = Callable[[LockReason], None]


class PlatformHooks(Protocol):
    """Tells ``on_lock`` when the session locks or the machine suspends or resumes."""

    def start(self, window: QWidget, on_lock: LockCallback) -> None: ...

    def stop(self) -> None: ...

    def exclude_from_capture(self, window: QWidget, exclude: bool) -> bool:
        """Keep ``window`` out of screenshots and screen sharing (or allow it again).

        Returns True when the platform applied the request, False when it cannot.
        """
        ...


def set_capture_exclusion(hooks: object, window: QWidget, exclude: bool) -> bool:
    """Ask ``hooks`` to (un)exclude ``window`` from capture; False when they cannot.

    Tolerates hooks objects written before the method existed (they cannot exclude).
    """
    method = getattr(hooks, "exclude_from_capture", None)
    if method is None:
        return False
    return bool(method(window, exclude))


class NullHooks:
    """No platform signals (tests, unknown platforms)."""

    def start(self, window: QWidget, on_lock: LockCallback) -> None:
        pass

    def stop(self) -> None:
        pass

    def exclude_from_capture(self, window: QWidget, exclude: bool) -> bool:
        return False  # unsupported


# ---------------------------------------------------------------------- Linux
LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SESSION_QUERY_TIMEOUT_MS = 1000
"""Asking logind for our session must not hold up the start for long."""
SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


class _DBusReceiver(QObject):
    """The QObject whose slots QtDBus calls; forwards to the lock callback."""

    def __init__(self, on_lock: LockCallback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_lock = on_lock

    @Slot(bool)
    def prepareForSleep(self, starting: bool) -> None:
        self._on_lock(LockReason.SUSPEND if starting else LockReason.RESUME)

    @Slot()
    def sessionLock(self) -> None:
        self._on_lock(LockReason.SESSION_LOCKED)

    @Slot(bool)
    def activeChanged(self, active: bool) -> None:
        if active:
            self._on_lock(LockReason.SCREENSAVER)


def _slot(signature: str) -> Any:
    from PySide6.QtCore import SLOT

    return SLOT(signature)


class LinuxDBusHooks:
    """login1 and screen-saver signals over QtDBus; silently does nothing without a bus.

    ``system_bus`` and ``session_bus`` default to the real buses; tests may pass
    connections to a private bus.
    """

    def __init__(self, system_bus: Any = None, session_bus: Any = None) -> None:
        self._system_bus = system_bus
        self._session_bus = session_bus
        self._receiver: _DBusReceiver | None = None
        self.connected: list[str] = []
        """Which signals were subscribed to (for diagnostics and tests)."""

    def start(self, window: QWidget, on_lock: LockCallback) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        system = self._system_bus or QDBusConnection.systemBus()
        session = self._session_bus or QDBusConnection.sessionBus()
        receiver = _DBusReceiver(on_lock, window)
        self._receiver = receiver
        if system.isConnected():
            if system.connect(
                LOGIN1_SERVICE,
                LOGIN1_PATH,
                LOGIN1_MANAGER,
                "PrepareForSleep",
                receiver,
                _slot("prepareForSleep(bool)"),
            ):
                self.connected.append("PrepareForSleep")
            path = self._session_path(system)
            if system.connect(
                LOGIN1_SERVICE, path, LOGIN1_SESSION, "Lock", receiver, _slot("sessionLock()")
            ):
                self.connected.append("Lock")
        if session.isConnected():
            for interface in SCREENSAVER_INTERFACES:
                if session.connect(
                    "", "", interface, "ActiveChanged", receiver, _slot("activeChanged(bool)")
                ):
                    self.connected.append(f"{interface}.ActiveChanged")

    @staticmethod
    def _session_path(system: Any) -> str:
        """Our login1 session object; empty (any session) when it cannot be asked."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        call = QDBusMessage.createMethodCall(
            LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "GetSessionByPID"
        )
        call.setArguments([os.getpid()])
        reply = system.call(call, QDBus.CallMode.Block, SESSION_QUERY_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return ""
        path = reply.arguments()[0]
        text = path.path() if hasattr(path, "path") else str(path)
        return text if text.startswith("/") else ""

    def stop(self) -> None:
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.deleteLater()  # QtDBus drops the connections of a deleted receiver
        self.connected.clear()

    def exclude_from_capture(self, window: QWidget, exclude: bool) -> bool:
        # X11 and Wayland offer no per-window capture exclusion an application can ask for.
        return False  # unsupported


# ---------------------------------------------------------------------- Windows
WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
PBT_APMRESUMESUSPEND = 0x7
PBT_APMRESUMEAUTOMATIC = 0x12
NOTIFY_FOR_THIS_SESSION = 0
WDA_NONE = 0x00
WDA_MONITOR = 0x01
"""Shows the window black in captures (Windows 7 and later)."""
WDA_EXCLUDEFROMCAPTURE = 0x11
"""Leaves the window out of captures entirely (Windows 10 version 2004 and later)."""


def windows_message_reason(message: int, wparam: int) -> LockReason | None:
    """The lock a Windows message asks for, if any (pure; tested on every platform)."""
    if message == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return LockReason.SESSION_LOCKED
        if wparam in (WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT):
            return LockReason.SESSION_LOCKED
    elif message == WM_POWERBROADCAST:
        if wparam == PBT_APMSUSPEND:
            return LockReason.SUSPEND
        if wparam in (PBT_APMRESUMESUSPEND, PBT_APMRESUMEAUTOMATIC):
            return LockReason.RESUME
    return None


class LockMessages:
    """Windows messages to lock reasons, once per message (pure; tested on every platform).

    Qt hands a *posted* message to the application's native event filters twice: first
    from its event dispatcher, as the message leaves the queue, and again from the window
    procedure, as ``DispatchMessage`` delivers it. A *sent* message only passes the window
    procedure. The two calls for one posted message follow each other directly, with the
    same window, message and parameters (the time and cursor fields cannot be trusted: older
    Qt versions leave them unset in the window procedure's copy). So a message equal to the
    one just before it is the second half of that pair, and is dropped once. When the event
    loop has turned (:meth:`settle`), an equal message is a new one.
    """

    def __init__(self) -> None:
        self._last: tuple[int, int, int, int] | None = None

    def reason(self, hwnd: int, message: int, wparam: int, lparam: int) -> LockReason | None:
        """The lock this message asks for; ``None`` for other messages and for the repeat."""
        reason = windows_message_reason(message, wparam)
        if reason is None:
            return None
        key = (hwnd, message, wparam, lparam)
        if key == self._last:
            self._last = None  # the pair is complete: a third one is a new message
            return None
        self._last = key
        return reason

    def settle(self) -> None:
        """The event loop turned: whatever comes next is a new message."""
        self._last = None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: LockCallback) -> None:
        super().__init__()
        self._on_lock = on_lock
        self.messages = LockMessages()

    def nativeEventFilter(self, eventType: Any, message: int) -> object:
        if bytes(eventType) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            reason = self.messages.reason(
                int(msg.hWnd or 0), int(msg.message), int(msg.wParam or 0), int(msg.lParam or 0)
            )
            if reason is not None:
                # Lock just after this message is handled, not inside the native dispatch.
                QTimer.singleShot(0, lambda: self._deliver(reason))
        return False, 0

    def _deliver(self, reason: LockReason) -> None:
        self.messages.settle()
        self._on_lock(reason)


def _wtsapi32() -> Any:
    """``wtsapi32`` with typed session-notification functions (a private instance)."""
    import ctypes
    from ctypes import wintypes

    dll = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
    dll.WTSRegisterSessionNotification.argtypes = [wintypes.HWND, wintypes.DWORD]
    dll.WTSRegisterSessionNotification.restype = wintypes.BOOL
    dll.WTSUnRegisterSessionNotification.argtypes = [wintypes.HWND]
    dll.WTSUnRegisterSessionNotification.restype = wintypes.BOOL
    return dll


def _user32() -> Any:
    """``user32`` with typed display-affinity functions (a private instance)."""
    import ctypes
    from ctypes import wintypes

    dll = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
    dll.SetWindowDisplayAffinity.argtypes = [wintypes.HWND, wintypes.DWORD]
    dll.SetWindowDisplayAffinity.restype = wintypes.BOOL
    dll.GetWindowDisplayAffinity.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
    dll.GetWindowDisplayAffinity.restype = wintypes.BOOL
    return dll


class _HandleWatch(QObject):
    """Calls back with the new handle when Qt re-creates the watched window's native window."""

    def __init__(self, window: QWidget, changed: Callable[[int], None]) -> None:
        super().__init__(window)
        self._window = window
        self._changed = changed
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WinIdChange:
            self._changed(int(self._window.internalWinId() or 0))
        return False


class WindowsHooks:
    """WTS session notifications and power broadcasts; display affinity.

    Checked under Wine with real window handles (``tests/test_windows_native.py``); the
    operating system sending the notifications, and the affinity taking effect, must be
    checked on real Windows (``docs/deploy-windows.md``, acceptance checklist).
    """

    def __init__(self) -> None:
        self._filter: _WindowsFilter | None = None
        self._watch: _HandleWatch | None = None
        self._hwnd = 0

    @property
    def registered_hwnd(self) -> int:
        """The window handle that receives session notifications (0: none)."""
        return self._hwnd

    def start(self, window: QWidget, on_lock: LockCallback) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._filter = _WindowsFilter(on_lock)
        app.installNativeEventFilter(self._filter)
        self._register(int(window.winId()))
        # Qt may replace the native window (a changed window flag, a new surface type):
        # the notifications belong to the handle, so they must follow it.
        self._watch = _HandleWatch(window, self._handle_changed)

    def _register(self, hwnd: int) -> None:
        self._hwnd = 0
        if not hwnd:
            return
        try:
            if _wtsapi32().WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                self._hwnd = hwnd
        except (OSError, AttributeError):
            pass

    def _unregister(self) -> None:
        hwnd, self._hwnd = self._hwnd, 0
        if hwnd:
            with contextlib.suppress(OSError, AttributeError):
                _wtsapi32().WTSUnRegisterSessionNotification(hwnd)

    def _handle_changed(self, hwnd: int) -> None:
        # A new native window, even one that reuses the old handle's value.
        self._unregister()  # the old handle may be gone already: that fails quietly
        self._register(hwnd)

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.deleteLater()
        self._unregister()

    def exclude_from_capture(self, window: QWidget, exclude: bool) -> bool:
        """``SetWindowDisplayAffinity`` on the window's handle.

        Tries ``WDA_EXCLUDEFROMCAPTURE`` first and falls back to ``WDA_MONITOR`` (black in
        captures) on Windows versions before 10 2004. Wine answers FALSE to both (a stub):
        the calls are checked under Wine, their effect only on real Windows.
        """
        hwnd = int(window.internalWinId() or 0)
        if not hwnd:
            return False
        if not exclude:
            return self.set_display_affinity(hwnd, WDA_NONE)
        if self.set_display_affinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
            return True
        return self.set_display_affinity(hwnd, WDA_MONITOR)

    def set_display_affinity(self, hwnd: int, affinity: int) -> bool:
        """One ``SetWindowDisplayAffinity`` call; False when it fails or cannot be made."""
        try:
            return bool(_user32().SetWindowDisplayAffinity(hwnd, affinity))
        except (OSError, AttributeError):
            return False


def system_platform_hooks(platform: str | None = None) -> PlatformHooks:
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        return LinuxDBusHooks()
    if platform == "win32":
        return WindowsHooks()
    return NullHooks()
