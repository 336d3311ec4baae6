"""Windows with real window handles: session and power messages, display affinity, the
wizard's Aero back button, and what file dialogs leave in the registry.

These need Qt's ``windows`` platform (real HWNDs, the Windows message path), so they run
only in the Windows lane: ``tools/winelane/lane.sh native -q tests/test_windows_native.py``
(Windows CPython under Wine, on Xvfb). Wine answers ``SetWindowDisplayAffinity`` with
FALSE (a stub) and never sends real session or power events: what these tests cannot
show is on the acceptance checklist in ``docs/deploy-windows.md``.
"""

from __future__ import annotations

import ctypes
import dataclasses
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot
from support.windows import make_context, make_vault, make_window, unlock
from test_app_wizard_a11y import unnamed_buttons

from app.dialogs.participation_wizard import ParticipationWizard
from app.platform.hooks import (
    PBT_APMSUSPEND,
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    LockReason,
    WindowsHooks,
)
from vault import Vault
from vault.api import UnlockedVault

pytestmark = [
    pytest.mark.windows_native,
    pytest.mark.skipif(
        sys.platform != "win32",
        reason="runs in the Windows lane (tools/winelane/lane.sh native): needs real HWNDs",
    ),
]

LOCK_MESSAGES = [
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, LockReason.SESSION_LOCKED),
    (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT, LockReason.SESSION_LOCKED),
    (WM_POWERBROADCAST, PBT_APMSUSPEND, LockReason.SUSPEND),
]


WINE_NULL_DESKTOP = (1024, 768)
"""Wine's screen when its desktop has no X display (its null driver); the lane's Xvfb
screen is 1366 × 768."""


@pytest.fixture(autouse=True)
def _real_windows(qapp: QApplication) -> None:
    # Wine hides QT_* variables: the lane must name the platform in TAFELBOEK_QPA_PLATFORM.
    assert qapp.platformName() == "windows", "run with TAFELBOEK_QPA_PLATFORM=windows"
    # A wineserver first started without a display (an offscreen run in the same prefix)
    # keeps a desktop without one: windows are then half made and messages go astray.
    user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
    screen = (user32.GetSystemMetrics(0), user32.GetSystemMetrics(1))
    assert screen != WINE_NULL_DESKTOP, (
        "Wine's desktop has no X display (its wineserver was started by an offscreen run): "
        "run the native tests when no other run uses the prefix, or in a prefix of their own "
        "(WINELANE_DIR)"
    )


SETTLE_MS = 150
"""After the first lock request, wait this long for a second one that must not come."""


def _user32() -> Any:
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
    for name in ("PostMessageW", "SendMessageW"):
        function = getattr(user32, name)
        function.argtypes = [wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM]
    user32.PostMessageW.restype = wintypes.BOOL
    user32.SendMessageW.restype = ctypes.c_ssize_t
    return user32


def _post(hwnd: int, message: int, wparam: int) -> None:
    assert _user32().PostMessageW(hwnd, message, wparam, 1)


def _send(hwnd: int, message: int, wparam: int) -> None:
    _user32().SendMessageW(hwnd, message, wparam, 1)


DELIVERIES: dict[str, tuple[Callable[[int, int, int], None], int]] = {
    "PostMessageW": (_post, 2),
    "SendMessageW": (_send, 1),
}
"""How each way of delivering reaches Qt's application-wide native event filters."""


class RawCount(QAbstractNativeEventFilter):
    """Counts how often Qt hands a lock message to the application's native filters."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def nativeEventFilter(self, eventType: Any, message: int) -> object:
        if bytes(eventType) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message in (WM_WTSSESSION_CHANGE, WM_POWERBROADCAST):
                self.calls += 1
        return False, 0


def _shown(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# ---------------------------------------------------------------------- bug 3: once
@pytest.mark.parametrize("how", sorted(DELIVERIES))
def test_each_lock_message_asks_for_one_lock(qtbot: QtBot, how: str) -> None:
    deliver, raw_expected = DELIVERIES[how]
    window = _shown(qtbot)
    got: list[LockReason] = []
    hooks = WindowsHooks()
    raw = RawCount()
    app = QCoreApplication.instance()
    assert app is not None
    hooks.start(window, got.append)
    app.installNativeEventFilter(raw)
    try:
        hwnd = int(window.winId())
        assert hooks.registered_hwnd == hwnd  # WTSRegisterSessionNotification succeeded
        for message, wparam, reason in LOCK_MESSAGES:
            got.clear()
            raw.calls = 0
            deliver(hwnd, message, wparam)
            qtbot.waitUntil(lambda: len(got) > 0, timeout=2000)
            qtbot.wait(SETTLE_MS)
            assert got == [reason], (how, hex(message), wparam)
            # Why the de-duplication exists: Qt's filters see a posted message twice.
            assert raw.calls == raw_expected, (how, hex(message), wparam)
    finally:
        app.removeNativeEventFilter(raw)
        hooks.stop()


class WinIdChanges(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.ids: list[int] = []
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WinIdChange:
            self.ids.append(int(self._window.internalWinId() or 0))
        return False


def test_session_notifications_follow_a_recreated_native_window(qtbot: QtBot) -> None:
    window = _shown(qtbot)
    got: list[LockReason] = []
    hooks = WindowsHooks()
    hooks.start(window, got.append)
    changes = WinIdChanges(window)
    try:
        # A changed window flag makes Qt destroy the native window and create a new one
        # (Wine may give the new window the old handle's value).
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.WindowStaysOnTopHint)
        window.show()
        qtbot.waitExposed(window)
        assert changes.ids[0] == 0 and changes.ids[-1] == int(window.winId()) != 0
        assert hooks.registered_hwnd == int(window.winId())
        _post(int(window.winId()), WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
        qtbot.waitUntil(lambda: got == [LockReason.SESSION_LOCKED], timeout=2000)
    finally:
        hooks.stop()
    assert hooks.registered_hwnd == 0


@pytest.mark.parametrize("how", sorted(DELIVERIES))
def test_the_window_locks_once_per_message(qtbot: QtBot, tmp_path: Path, how: str) -> None:
    deliver, _raw = DELIVERIES[how]
    context = dataclasses.replace(make_context(tmp_path), platform_hooks=WindowsHooks())
    make_vault(context.default_vault_path, ["Eerste"])
    window = make_window(qtbot, context)
    locking: list[LockReason] = []
    locked: list[int] = []
    window.lock_guard.locking.connect(locking.append)
    window.vault_locked.connect(lambda: locked.append(1))
    for message, wparam, reason in LOCK_MESSAGES:
        unlock(qtbot, window)
        locking.clear()
        locked.clear()
        with qtbot.waitSignal(window.vault_locked, timeout=2000):
            deliver(int(window.winId()), message, wparam)
        qtbot.wait(SETTLE_MS)
        assert window.vault is None
        assert (locking, locked) == ([reason], [1]), (how, hex(message), wparam)


# ---------------------------------------------------------------------- display affinity
def _get_affinity(hwnd: int) -> int:
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
    user32.GetWindowDisplayAffinity.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
    value = wintypes.DWORD(0)
    assert user32.GetWindowDisplayAffinity(hwnd, ctypes.byref(value))
    return int(value.value)


class RecordedHooks(WindowsHooks):
    """The real hooks; every ``SetWindowDisplayAffinity`` call and its answer recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.affinity_calls: list[tuple[int, int, bool]] = []

    def set_display_affinity(self, hwnd: int, affinity: int) -> bool:
        answer = super().set_display_affinity(hwnd, affinity)
        self.affinity_calls.append((hwnd, affinity, answer))
        return answer


def test_dialogs_get_the_real_display_affinity_call(qtbot: QtBot, tmp_path: Path) -> None:
    hooks = RecordedHooks()
    context = dataclasses.replace(make_context(tmp_path), platform_hooks=hooks)
    make_vault(context.default_vault_path, ["Eerste"])
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    main = int(window.winId())
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    handle = int(dialog.winId())
    assert handle not in (0, main)
    for hwnd in (main, handle):
        asked = [(affinity, answer) for h, affinity, answer in hooks.affinity_calls if h == hwnd]
        # Windows 10 2004+: out of captures; older: black in captures (the fallback).
        assert asked[0][0] == WDA_EXCLUDEFROMCAPTURE
        if asked[0][1]:  # real Windows: the window really has it
            assert _get_affinity(hwnd) == WDA_EXCLUDEFROMCAPTURE
        else:  # Wine's stub answers FALSE: the fallback was tried too
            assert asked[1][0] == WDA_MONITOR
            assert not asked[1][1] or _get_affinity(hwnd) == WDA_MONITOR
    # Re-created while shown: the new native window is asked again.
    before = len(hooks.affinity_calls)
    dialog.setWindowFlags(dialog.windowFlags() | Qt.WindowType.WindowStaysOnTopHint)
    dialog.show()
    qtbot.waitExposed(dialog)
    again = [h for h, _affinity, _answer in hooks.affinity_calls[before:]]
    assert int(dialog.winId()) in again


# ---------------------------------------------------------------------- wizard, Aero style
@pytest.mark.parametrize(
    "style", [QWizard.WizardStyle.ModernStyle, QWizard.WizardStyle.AeroStyle], ids=str
)
def test_the_wizards_aero_back_button_is_named(
    qtbot: QtBot, vault: Vault, style: QWizard.WizardStyle
) -> None:
    wizard = ParticipationWizard(UnlockedVault(vault))
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(style)
    wizard.show()
    qtbot.waitExposed(wizard)
    aero = [
        b
        for b in wizard.findChildren(QAbstractButton)
        if b.metaObject().className() == "QAbstractButton"
    ]
    assert len(aero) == 1  # Qt's Windows build makes it in every style
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert aero[0].accessibleName() == back.accessibleName() != ""
    assert unnamed_buttons(wizard) == []


# ---------------------------------------------------------------------- file dialogs, registry
CANARY = f"Casus-ZT-{secrets.token_hex(3)}-Jongere-X"
"""A folder name no earlier run can have left in the registry."""
QT_KEY = r"Software\QtProject"


def _registry(key: str) -> dict[str, dict[str, str]]:
    """Every key below ``HKEY_CURRENT_USER\\key`` with its values (as text)."""
    import winreg

    found: dict[str, dict[str, str]] = {}

    def walk(path: str) -> None:
        try:
            handle = winreg.OpenKey(winreg.HKEY_CURRENT_USER, path)
        except OSError:
            return
        with handle:
            subkeys, values, _modified = winreg.QueryInfoKey(handle)
            found[path] = {}
            for index in range(values):
                name, data, _kind = winreg.EnumValue(handle, index)
                found[path][name] = repr(data)
            children = [winreg.EnumKey(handle, index) for index in range(subkeys)]
        for child in children:
            walk(f"{path}\\{child}")

    walk(key)
    return found


def _delete_tree(key: str) -> None:
    import winreg

    for path in sorted(_registry(key), key=len, reverse=True):
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, path)


def _restore_tree(tree: dict[str, dict[str, str]]) -> None:
    import ast
    import winreg

    for path, values in sorted(tree.items()):
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, path) as handle:
            for name, text in values.items():
                data = ast.literal_eval(text)
                kind = {
                    str: winreg.REG_SZ,
                    int: winreg.REG_DWORD,
                    list: winreg.REG_MULTI_SZ,
                    bytes: winreg.REG_BINARY,
                }[type(data)]
                winreg.SetValueEx(handle, name, 0, kind, data)


def _recent_items() -> list[str]:
    import os

    recent = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Recent"
    return sorted(str(p) for p in recent.rglob("*")) if recent.exists() else []


def _accept_file_dialog(folder: Path, kinds: list[bool]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def accept() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(50, accept)
            return
        dialog = dialogs[0]
        kinds.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        if dialog.fileMode() == QFileDialog.FileMode.ExistingFile:
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.setText(str(folder / "kopie.tafelboek"))
        dialog.accept()

    QTimer.singleShot(100, accept)


def _every_dialog_kind(parent: QWidget, folder: Path) -> list[bool]:
    from app.dialogs.prompts import DialogPrompts

    prompts = DialogPrompts()
    kinds: list[bool] = []
    _accept_file_dialog(folder, kinds)
    assert prompts.choose_save_file(parent, "PDF", folder / "a.pdf", "PDF (*.pdf)") == (
        folder / "a.pdf"
    )
    _accept_file_dialog(folder, kinds)
    chosen = prompts.choose_save_file(parent, "Backup", folder / "b.tafelboek", "T (*.tafelboek)")
    assert chosen == folder / "b.tafelboek"
    _accept_file_dialog(folder, kinds)
    assert prompts.choose_vault_file(parent, folder) == folder / "kopie.tafelboek"
    _accept_file_dialog(folder, kinds)
    assert prompts.choose_backup_file(parent, folder) == folder / "kopie.tafelboek"
    return kinds


@pytest.fixture
def canary_folder(tmp_path: Path) -> Path:
    folder = tmp_path / CANARY
    folder.mkdir()
    (folder / "kopie.tafelboek").write_bytes(b"")
    return folder


def test_p2_file_dialogs_leave_no_path_in_the_registry_or_recent_items(
    qtbot: QtBot, canary_folder: Path
) -> None:
    parent = _shown(qtbot)
    before, recent = _registry("Software"), _recent_items()
    assert _every_dialog_kind(parent, canary_folder) == [True] * 4  # Qt's own, all four
    after = _registry("Software")
    assert CANARY not in repr(after)
    assert {k: v for k, v in after.items() if k.startswith(QT_KEY)} == {
        k: v for k, v in before.items() if k.startswith(QT_KEY)
    }
    for trace in (r"Explorer\ComDlg32", r"Explorer\RecentDocs"):  # the shell's MRU lists
        assert {k: v for k, v in after.items() if trace in k} == {
            k: v for k, v in before.items() if trace in k
        }
    assert _recent_items() == recent


def test_p2_without_qtproject_before_none_is_left_after(qtbot: QtBot, canary_folder: Path) -> None:
    parent = _shown(qtbot)
    saved = _registry(QT_KEY)  # another Qt program's settings (or an earlier test's)
    _delete_tree(QT_KEY)
    try:
        _every_dialog_kind(parent, canary_folder)
        assert _registry(QT_KEY) == {}  # Qt created the keys; they were removed again
    finally:
        _delete_tree(QT_KEY)
        _restore_tree(saved)
    assert _registry(QT_KEY) == saved


def test_control_a_bare_qt_file_dialog_does_write_the_folder(
    qtbot: QtBot, canary_folder: Path
) -> None:
    """Shows that the registry check above can see a trace: Qt's dialog, without the app's
    care, writes the folder into ``HKCU\\Software\\QtProject`` (put back afterwards)."""
    import shiboken6
    from PySide6.QtWidgets import QFileDialog

    from app.dialogs.prompts import file_dialog_leaves_no_trace

    parent = _shown(qtbot)
    with file_dialog_leaves_no_trace():
        dialog = QFileDialog(parent, "x", str(canary_folder), "PDF (*.pdf)")
        dialog.setOptions(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile("a.pdf")
        kinds: list[bool] = []
        _accept_file_dialog(canary_folder, kinds)
        dialog.exec()
        shiboken6.delete(dialog)
        assert CANARY in repr(_registry(QT_KEY))
    assert CANARY not in repr(_registry(QT_KEY))


# ---------------------------------------------------------------------- OneDrive's registry
def test_onedrive_and_sharepoint_roots_are_read_from_the_real_registry(tmp_path: Path) -> None:
    import winreg

    from vault.location import (
        ONEDRIVE_ACCOUNTS_KEY,
        SYNC_ENGINES_KEY,
        SyncRoot,
        Uploader,
        WindowsRegistry,
        registry_sync_roots,
        upload_risk,
    )

    base = f"Software\\Tafelboek-test-{secrets.token_hex(4)}"
    onedrive = tmp_path / "OneDrive - Gemeente Testdorp"
    library = tmp_path / "Gemeente Testdorp" / "Preventie - Documenten"
    library.mkdir(parents=True)
    keys = {
        f"{base}\\{ONEDRIVE_ACCOUNTS_KEY}\\Business1": {"UserFolder": str(onedrive)},
        f"{base}\\{ONEDRIVE_ACCOUNTS_KEY}\\Business1\\Tenants\\Gemeente Testdorp": {
            str(onedrive): 1,
            str(library): 1,
        },
        f"{base}\\{SYNC_ENGINES_KEY}\\x1": {"MountPoint": str(library), "LibraryType": "teamsite"},
    }
    try:
        for key, values in keys.items():
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
                for name, data in values.items():
                    kind = winreg.REG_DWORD if isinstance(data, int) else winreg.REG_SZ
                    winreg.SetValueEx(handle, name, 0, kind, data)
        roots = registry_sync_roots(WindowsRegistry(base))
        assert set(roots) == {
            SyncRoot(Uploader.ONEDRIVE, str(onedrive)),
            SyncRoot(Uploader.SHAREPOINT, str(library)),
        }
        assert upload_risk(library, roots=roots) is Uploader.SHAREPOINT
        assert upload_risk(tmp_path, roots=roots) is None
    finally:
        _delete_tree(base)
    assert _registry(base) == {}
