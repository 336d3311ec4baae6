"""End to end, the locked-down town-hall laptop (user 3 of domain.md): preferences in the
INI, the laptop left alone (idle lock on the boot clock), the session locked by Windows or
the desktop, suspend — every time the vault closes and the screen holds nothing; the INI
and every file beside the vault hold no content."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.platform import FakeBootClock, FakeHooks
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_window, unlock

from app.dialogs.preferences import PreferencesDialog
from app.platform.hooks import LockReason
from app.platform.settings import AppSettings
from vault.notes import list_notes

CANARY = "KANARIE-TOWNHALL gezin verhuist naar Proefkerke"


def _screen_holds(text: str) -> bool:
    for widget in QApplication.allWidgets():
        for getter in ("toPlainText", "text"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    if text in str(value()):
                        return True
                except TypeError:
                    continue
    return False


def test_townhall_laptop_locks_on_every_trigger_and_leaves_no_content(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ini = tmp_path / "config" / "tafelboek.ini"
    settings = AppSettings(ini)
    boot, hooks = FakeBootClock(), FakeHooks()
    context = dataclasses.replace(
        make_context(tmp_path / "data"),
        settings=settings,
        lock_settings=settings.load_lock_settings(),
        boot_clock=boot,
        platform_hooks=hooks,
    )
    window = make_window(qtbot, context)
    window.create_form.passphrase.setText(PASSPHRASE)
    window.create_form.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        window.create_form.submit()

    # IT's policy, set in the preferences: lock after 2 idle minutes.
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    dialog.idle_minutes.setValue(2)
    dialog.save_button.click()
    assert context.lock_settings.idle_timeout_s == 120
    assert "2" in ini.read_text(encoding="utf-8")

    # A note, then the laptop is left alone: the boot clock decides, the wall clock not.
    qtbot.keyClicks(window.notebook.editor, CANARY)
    boot.advance(119)
    window.lock_guard.idle.check()
    assert window.vault is not None
    boot.advance(1)
    with qtbot.waitSignal(window.vault_locked, timeout=2000):
        window.lock_guard.idle.check()
    assert not _screen_holds(CANARY)  # P12: the text was saved, then wiped
    unlock(qtbot, window)
    assert window.vault is not None
    assert CANARY in [n.body for n in list_notes(window.vault.store)]

    # The session is locked (Win+L, the desktop's screen lock), then suspend.
    for reason in (LockReason.SESSION_LOCKED, LockReason.SUSPEND):
        assert window.vault is not None
        with qtbot.waitSignal(window.vault_locked, timeout=2000):
            hooks.fire(reason)
        assert window.vault is None and not _screen_holds(CANARY)
        assert window.lock_guard.last_reason is reason
        unlock(qtbot, window)

    # Keyboard lock, then quit: nothing of the content anywhere but in the vault.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the offscreen platform activates late
    qtbot.keyClick(window.notebook.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    window.close()
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix != ".tafelboek":
            data = path.read_bytes()
            assert CANARY.encode() not in data, path
            assert CANARY.encode("utf-16-le") not in data, path
    assert ini.is_file()
