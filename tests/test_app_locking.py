"""Automatic locking (P12): idle time on a boot clock, platform signals, minimise, clipboard."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, FakeClock
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.platform import FakeBootClock, FakeHooks
from support.windows import make_context, make_vault, make_window, unlock

from app.platform.hooks import (
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    LinuxDBusHooks,
    LockReason,
    NullHooks,
    WindowsHooks,
    system_platform_hooks,
    windows_message_reason,
)
from app.session.context import AppContext
from app.session.locking import (
    CLIPBOARD_EXCLUSION_FORMATS,
    DEFAULT_IDLE_TIMEOUT_S,
    ClipboardGuard,
    LinuxBootClock,
    LockSettings,
    MacBootClock,
    MonotonicClock,
    WindowsBootClock,
    system_boot_clock,
)
from app.window import MainWindow
from vault import Vault
from vault.notes import list_notes

CANARY = "Kanarie-7Q: casus besproken met CLB"


@dataclasses.dataclass
class Setup:
    window: MainWindow
    boot: FakeBootClock
    wall: FakeClock
    hooks: FakeHooks
    context: AppContext


def _context(tmp_path: Path, **settings: object) -> tuple[AppContext, FakeBootClock, FakeHooks]:
    boot, hooks = FakeBootClock(), FakeHooks()
    context = dataclasses.replace(
        make_context(tmp_path),
        boot_clock=boot,
        platform_hooks=hooks,
        lock_settings=LockSettings(**settings),  # type: ignore[arg-type]
    )
    return context, boot, hooks


def _unlocked(qtbot: QtBot, tmp_path: Path, notes: list[str], **settings: object) -> Setup:
    context, boot, hooks = _context(tmp_path, **settings)
    make_vault(context.default_vault_path, notes)
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    assert isinstance(context.clock, FakeClock)
    return Setup(window, boot, context.clock, hooks, context)


def _type_pending_edit(qtbot: QtBot, setup: Setup) -> Vault:
    """Type into the editor (not yet autosaved) and return the open vault."""
    vault = setup.window.vault.store
    assert vault is not None
    editor = setup.window.notebook.editor
    editor.setFocus()
    qtbot.keyClicks(editor, " aangevuld")
    assert setup.window.notebook.has_unsaved_changes()
    return vault


def _assert_locked_and_saved(setup: Setup, vault: Vault, reason: LockReason) -> None:
    window = setup.window
    assert not vault.is_open
    assert window.vault is None
    assert window.current_page() is window.unlock_page
    assert window.notebook.editor.toPlainText() == ""
    assert window.lock_guard.last_reason is reason
    with Vault.open(vault.path, PASSPHRASE) as reopened:
        assert [n.body for n in list_notes(reopened)] == ["Eerste aangevuld"]


# ---------------------------------------------------------------------- idle lock
def test_default_idle_timeout_is_five_minutes_and_minimise_lock_is_off() -> None:
    settings = LockSettings()
    assert settings.idle_timeout_s == DEFAULT_IDLE_TIMEOUT_S == 300.0
    assert settings.lock_on_minimise is False


def test_p12_idle_lock_fires_at_the_timeout_and_not_before(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    vault = _type_pending_edit(qtbot, setup)
    idle = setup.window.lock_guard.idle
    assert idle.armed

    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S - 1)
    idle.check()
    assert vault.is_open

    setup.boot.advance(1)
    with qtbot.waitSignal(setup.window.vault_locked, timeout=2000):
        idle.check()
    _assert_locked_and_saved(setup, vault, LockReason.IDLE)
    assert not idle.armed


def test_idle_lock_is_driven_by_its_timer(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S)
    with qtbot.waitSignal(setup.window.vault_locked, timeout=3000):
        pass  # the one-second poll notices on its own
    assert setup.window.lock_guard.last_reason is LockReason.IDLE


def test_configured_timeout_is_honoured(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"], idle_timeout_s=60.0)
    idle = setup.window.lock_guard.idle
    setup.boot.advance(59)
    idle.check()
    assert setup.window.vault is not None
    setup.boot.advance(1)
    idle.check()
    assert setup.window.vault is None


def test_key_mouse_and_wheel_input_reset_idleness(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    idle = setup.window.lock_guard.idle
    editor = setup.window.notebook.editor
    notes = setup.window.notebook.notes

    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S - 10)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert idle.idle_seconds() == 0
    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S - 10)
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    assert idle.idle_seconds() == 0
    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S - 10)
    centre = QPointF(editor.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        editor.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(editor.viewport(), wheel)
    assert idle.idle_seconds() == 0

    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S - 10)
    idle.check()
    assert setup.window.vault is not None  # 3 × (timeout - 10 s) passed, never idle that long


def test_input_in_another_window_of_the_app_counts(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    other = QLineEdit()
    qtbot.addWidget(other)
    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S - 1)
    qtbot.keyClick(other, Qt.Key.Key_A)
    setup.boot.advance(2)
    setup.window.lock_guard.idle.check()
    assert setup.window.vault is not None


def test_wall_clock_jumps_neither_lock_nor_keep_unlocked(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    idle = setup.window.lock_guard.idle

    setup.wall.advance(days=3)  # someone sets the date forward
    idle.check()
    assert setup.window.vault is not None
    setup.wall.advance(days=-30)  # and back
    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S - 1)
    idle.check()
    assert setup.window.vault is not None

    setup.wall.advance(hours=-2)  # going back in wall time does not buy more time
    setup.boot.advance(1)
    idle.check()
    assert setup.window.vault is None


def test_sleep_counts_as_idle_time(qtbot: QtBot, tmp_path: Path) -> None:
    # The boot clock keeps counting while suspended: the first poll after waking locks.
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    setup.boot.advance(3600)
    setup.window.lock_guard.idle.check()
    assert setup.window.vault is None


def test_idle_timer_runs_only_while_a_vault_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    idle = setup.window.lock_guard.idle
    assert idle.armed
    setup.window.lock()
    assert not idle.armed
    setup.boot.advance(10 * DEFAULT_IDLE_TIMEOUT_S)
    idle.check()  # nothing to lock, nothing happens
    assert setup.window.current_page() is setup.window.unlock_page


# ---------------------------------------------------------------------- platform hooks
@pytest.mark.parametrize(
    "reason",
    [LockReason.SESSION_LOCKED, LockReason.SCREENSAVER, LockReason.SUSPEND, LockReason.RESUME],
)
def test_p12_platform_events_lock_through_window_lock(
    qtbot: QtBot, tmp_path: Path, reason: LockReason
) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    assert setup.hooks.window is setup.window
    vault = _type_pending_edit(qtbot, setup)
    with qtbot.waitSignal(setup.window.vault_locked, timeout=2000):
        setup.hooks.fire(reason)
    _assert_locked_and_saved(setup, vault, reason)


def test_platform_event_while_locked_does_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    setup.window.lock()
    setup.hooks.fire(LockReason.SUSPEND)
    assert setup.window.current_page() is setup.window.unlock_page


def test_closing_the_window_stops_the_hooks(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, [])
    setup.window.close()
    assert setup.hooks.stopped


def test_windows_messages_map_to_lock_reasons() -> None:
    assert windows_message_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) is (
        LockReason.SESSION_LOCKED
    )
    assert windows_message_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # unlock
    assert windows_message_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) is LockReason.SUSPEND
    assert windows_message_reason(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC) is (LockReason.RESUME)
    assert windows_message_reason(0x0100, WTS_SESSION_LOCK) is None  # WM_KEYDOWN


def test_platform_choices() -> None:
    assert isinstance(system_platform_hooks("linux"), LinuxDBusHooks)
    assert isinstance(system_platform_hooks("win32"), WindowsHooks)
    assert isinstance(system_platform_hooks("darwin"), NullHooks)
    assert isinstance(system_boot_clock("darwin"), MacBootClock)
    assert isinstance(system_boot_clock("freebsd14"), MonotonicClock)
    if hasattr(time, "CLOCK_BOOTTIME"):
        assert isinstance(system_boot_clock("linux"), LinuxBootClock)
    else:  # a host without CLOCK_BOOTTIME (Windows) falls back instead of failing
        assert not sys.platform.startswith("linux")
        assert isinstance(system_boot_clock("linux"), MonotonicClock)
    assert AppContext.for_production().platform_hooks is not None


def test_the_hosts_boot_clock_counts_forward() -> None:
    clock = system_boot_clock()
    if sys.platform.startswith("linux"):
        assert isinstance(clock, LinuxBootClock)  # CLOCK_BOOTTIME
    elif sys.platform == "win32":
        assert isinstance(clock, WindowsBootClock)  # GetTickCount64
    first = clock.seconds()
    time.sleep(0.05)
    assert clock.seconds() >= first + 0.03  # GetTickCount64 moves in steps of ~16 ms
    assert first > 0


def test_linux_hooks_without_a_bus_do_nothing_quietly(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    from PySide6.QtDBus import QDBusConnection

    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "tafelboek-test")
    hooks = LinuxDBusHooks(system_bus=nowhere, session_bus=nowhere)
    hooks.start(widget, lambda _reason: None)
    assert hooks.connected == []
    hooks.stop()
    QDBusConnection.disconnectFromBus("tafelboek-test")


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throw-away D-Bus daemon on a Unix socket (local IPC, not network: P11)."""
    daemon_path = shutil.which("dbus-daemon")
    if daemon_path is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        [daemon_path, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:")
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="D-Bus (logind, the screensaver) is the Linux desktop's; on Windows "
    "test_windows_messages_map_to_lock_reasons and test_app_lock_once.py cover the WTS "
    "session and power messages",
)
def test_linux_hooks_receive_login1_and_screensaver_signals(qtbot: QtBot, private_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    listener = QDBusConnection.connectToBus(private_bus, "tafelboek-listener")
    desktop = QDBusConnection.connectToBus(private_bus, "tafelboek-desktop")
    try:
        assert desktop.registerService("org.freedesktop.login1")  # plays logind
        widget = QWidget()
        qtbot.addWidget(widget)
        got: list[LockReason] = []
        hooks = LinuxDBusHooks(system_bus=listener, session_bus=listener)
        hooks.start(widget, got.append)
        assert "PrepareForSleep" in hooks.connected and "Lock" in hooks.connected
        signals = [
            (
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                [True],
            ),
            ("/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session", "Lock", []),
            (
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                [False],
            ),
            ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [False]),
            ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True]),
        ]
        expected = [
            LockReason.SUSPEND,
            LockReason.SESSION_LOCKED,
            LockReason.RESUME,
            LockReason.SCREENSAVER,  # the deactivation (False) was ignored
        ]

        def send_all() -> bool:
            for path, interface, name, arguments in signals:
                message = QDBusMessage.createSignal(path, interface, name)
                message.setArguments(arguments)
                assert desktop.send(message)
            return True

        # QtDBus learns the owner of "org.freedesktop.login1" asynchronously; signals sent
        # before that are dropped, so send the series until one arrives whole, in order.
        def arrived() -> bool:
            if got[-4:] == expected:
                return True
            send_all()
            qtbot.wait(100)
            return got[-4:] == expected

        qtbot.waitUntil(arrived, timeout=5000)
        assert set(got) == set(expected)
        hooks.stop()
    finally:
        QDBusConnection.disconnectFromBus("tafelboek-listener")
        QDBusConnection.disconnectFromBus("tafelboek-desktop")


# ---------------------------------------------------------------------- minimise
def test_minimise_does_not_lock_by_default(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    assert not setup.window.lock_on_minimise_action.isChecked()
    setup.window.showMinimized()
    qtbot.waitUntil(setup.window.isMinimized, timeout=2000)
    qtbot.wait(50)
    assert setup.window.vault is not None


def test_minimise_locks_when_the_option_is_on(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    setup.window.lock_on_minimise_action.setChecked(True)
    assert setup.context.lock_settings.lock_on_minimise
    vault = _type_pending_edit(qtbot, setup)
    with qtbot.waitSignal(setup.window.vault_locked, timeout=2000):
        setup.window.showMinimized()
    _assert_locked_and_saved(setup, vault, LockReason.MINIMISED)


# ---------------------------------------------------------------------- clipboard
def test_our_mime_data_carries_the_history_exclusion_formats() -> None:
    mime = ClipboardGuard.mime_data(CANARY)
    assert mime.text() == CANARY
    formats = set(mime.formats())
    for name, value in CLIPBOARD_EXCLUSION_FORMATS.items():
        assert name in formats
        assert bytes(mime.data(name).data()) == value
    zero_dword = b"\x00\x00\x00\x00"
    assert bytes(mime.data("CanIncludeInClipboardHistory").data()) == zero_dword
    assert bytes(mime.data("CanUploadToCloudClipboard").data()) == zero_dword
    assert "ExcludeClipboardContentFromMonitorProcessing" in formats
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


def test_clipboard_is_cleared_after_30_seconds_on_the_boot_clock(qtbot: QtBot) -> None:
    clock = FakeBootClock()
    guard = ClipboardGuard(clock)
    clipboard = QGuiApplication.clipboard()
    guard.copy(CANARY)
    assert clipboard.text() == CANARY
    assert "x-kde-passwordManagerHint" in (clipboard.mimeData().formats())

    clock.advance(29)
    guard.check()
    assert clipboard.text() == CANARY
    clock.advance(1)
    guard.check()
    assert clipboard.text() == ""
    assert not guard.holding


def test_clipboard_guard_never_clears_other_content(qtbot: QtBot) -> None:
    clock = FakeBootClock()
    guard = ClipboardGuard(clock)
    clipboard = QGuiApplication.clipboard()
    guard.copy(CANARY)
    clipboard.setText("iets van een andere toepassing")
    clock.advance(60)
    guard.check()
    guard.clear_ours()
    assert clipboard.text() == "iets van een andere toepassing"
    clipboard.clear()


def test_p12_lock_clears_our_clipboard_content(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    clipboard = QGuiApplication.clipboard()
    setup.window.lock_guard.clipboard.copy(CANARY)
    assert clipboard.text() == CANARY
    setup.window.lock()
    assert clipboard.text() == ""


def test_lock_leaves_other_clipboard_content_alone(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, ["Eerste"])
    clipboard = QGuiApplication.clipboard()
    setup.window.lock_guard.clipboard.copy(CANARY)
    clipboard.setText("van elders")
    setup.window.lock()
    assert clipboard.text() == "van elders"
    clipboard.clear()


# ---------------------------------------------------------------------- nothing left behind
def _widget_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
            texts.append(widget.document().toPlainText())
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
            texts.append(widget.currentText())
        texts.extend((widget.toolTip(), widget.accessibleName(), widget.windowTitle()))
    return texts


def test_p12_after_lock_no_widget_holds_note_text(qtbot: QtBot, tmp_path: Path) -> None:
    setup = _unlocked(qtbot, tmp_path, [CANARY, "Tweede"])
    window = setup.window
    window.notebook.notes.setCurrentRow(0)
    assert any("Kanarie-7Q" in t for t in _widget_texts(window))  # the walk does see it

    setup.boot.advance(DEFAULT_IDLE_TIMEOUT_S)
    window.lock_guard.idle.check()

    assert window.vault is None
    for top in QApplication.topLevelWidgets():
        for text in _widget_texts(top):
            assert "Kanarie-7Q" not in text
    assert window.windowTitle() == "Tafelboek"
