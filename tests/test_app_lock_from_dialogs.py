"""P12: locking never crashes, whatever is open, and Ctrl+L works from inside a dialog.

Security review M1: an automatic lock with a file dialog open crashed the process, and
Ctrl+L did nothing inside a dialog (a modal dialog blocks the main window's shortcut).
Every dialog the menus open is opened in turn; the vault is then locked from inside it,
once by Ctrl+L typed in the dialog and once by an automatic (idle) lock arriving while
it is open. Each time: no crash, the vault closed, every dialog gone, the widgets wiped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import unlock, unlocked_demo_window

from app.dialogs.preferences import PreferencesDialog
from app.platform.hooks import LockReason
from app.window import MainWindow
from vault.demo import DemoSpec

SMALL = DemoSpec(cells=2, years=1, meetings=4, cases=6, notes=40)
SKIP_ACTIONS = {"lock_action", "lock_on_minimise_action", "restore_action"}


def _dialog_actions(window: MainWindow) -> list[str]:
    return sorted(
        name
        for name, action in vars(window).items()
        if isinstance(action, QAction) and name not in SKIP_ACTIONS and action.isEnabled()
    )


def _open_dialogs(before: set[int]) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
    ]


def _assert_locked_and_clean(window: MainWindow, dialogs: list[QWidget]) -> None:
    assert window.vault is None
    assert window.current_page() is window.unlock_page
    for dialog in dialogs:
        if isinstance(dialog, PreferencesDialog):
            continue  # holds no vault content: a lock leaves the user's settings open
        assert not shiboken6.isValid(dialog) or not dialog.isVisible(), type(dialog).__name__
    assert window.notebook.editor.toPlainText() == ""
    assert window.notebook.notes.count() == 0


@pytest.mark.parametrize("how", ["ctrl_l_in_the_dialog", "automatic_lock"])
def test_p12_locking_from_every_menu_dialog(qtbot: QtBot, tmp_path: Path, how: str) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    locked_from = []
    for name in _dialog_actions(window):
        action = getattr(window, name)
        if not action.isEnabled():
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        action.trigger()
        QApplication.processEvents()  # the dialog opens while triggered; its posted events
        dialogs = _open_dialogs(before)
        if not dialogs:
            continue  # the action opens a screen, not a dialog
        dialog = dialogs[-1]
        if how == "ctrl_l_in_the_dialog":
            target = dialog.focusWidget() or dialog
            qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        else:
            QTimer.singleShot(0, lambda: window.lock_guard.request_lock(LockReason.IDLE))
        qtbot.waitUntil(lambda: window.vault is None, timeout=JOB_TIMEOUT_MS)
        QApplication.processEvents()  # what the lock posted (closing, wiping)
        _assert_locked_and_clean(window, dialogs)
        for left_open in dialogs:
            if shiboken6.isValid(left_open) and left_open.isVisible():
                left_open.reject()  # the preferences: the user closes them
        locked_from.append(name)
        unlock(qtbot, window)
    assert len(locked_from) >= 8, locked_from  # the walk really reached the dialogs


def test_ctrl_l_in_the_main_window_still_locks_once(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    locks: list[None] = []
    window.vault_locked.connect(lambda: locks.append(None))
    qtbot.keyClick(window.notebook.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.vault is None, timeout=JOB_TIMEOUT_MS)
    QApplication.processEvents()  # a second lock would have been posted by now
    assert locks == [None]
