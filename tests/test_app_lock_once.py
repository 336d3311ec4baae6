"""One lock per event (P12): a Windows message reaches the lock filter once, and a lock
asked for while locked, while locking or while a lock waits does nothing at all.

Qt filters a *posted* Windows message twice (in its event dispatcher and again in the
window procedure); a *sent* one once. The Windows lane checks that with real window
handles (``tests/test_windows_native.py``); here the logic runs on every platform.
"""

from __future__ import annotations

import ctypes
import dataclasses
from ctypes import wintypes
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot
from support.platform import FakeHooks
from support.windows import make_context, make_vault, make_window, unlock

from app.platform.hooks import (
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    LockMessages,
    LockReason,
    _WindowsFilter,
)
from app.window import MainWindow
from vault.notes import list_notes
from vault.store import Vault

HWND = 0x30092
WTS_SESSION_UNLOCK = 0x8


# ---------------------------------------------------------------------- the message pair
def test_a_posted_message_seen_twice_gives_one_reason() -> None:
    messages = LockMessages()
    first = messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 1)
    second = messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 1)
    assert (first, second) == (LockReason.SESSION_LOCKED, None)


def test_two_posted_messages_give_two_reasons() -> None:
    # dispatcher, window procedure, dispatcher, window procedure: two messages
    messages = LockMessages()
    seen = [messages.reason(HWND, WM_POWERBROADCAST, PBT_APMSUSPEND, 0) for _ in range(4)]
    assert seen == [LockReason.SUSPEND, None, LockReason.SUSPEND, None]


def test_a_sent_message_after_the_loop_turned_counts_again() -> None:
    messages = LockMessages()
    assert messages.reason(HWND, WM_POWERBROADCAST, PBT_APMSUSPEND, 0) is LockReason.SUSPEND
    messages.settle()  # the event loop delivered it
    assert messages.reason(HWND, WM_POWERBROADCAST, PBT_APMSUSPEND, 0) is LockReason.SUSPEND


def test_different_messages_are_never_merged() -> None:
    messages = LockMessages()
    got = [
        messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 1),
        messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT, 1),
        messages.reason(HWND, WM_POWERBROADCAST, PBT_APMSUSPEND, 0),
        messages.reason(HWND + 2, WM_POWERBROADCAST, PBT_APMSUSPEND, 0),  # another window
        messages.reason(HWND, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, 0),
    ]
    assert got == [
        LockReason.SESSION_LOCKED,
        LockReason.SESSION_LOCKED,
        LockReason.SUSPEND,
        LockReason.SUSPEND,
        LockReason.RESUME,
    ]


def test_other_messages_neither_lock_nor_break_a_pair() -> None:
    messages = LockMessages()
    assert messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, 1) is None
    assert messages.reason(HWND, 0x0100, WTS_SESSION_LOCK, 0) is None  # WM_KEYDOWN
    assert messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 1) is not None
    assert messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, 1) is None
    assert messages.reason(HWND, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 1) is None  # its pair


def _feed(native: _WindowsFilter, message: int, wparam: int, lparam: int = 0) -> None:
    msg = wintypes.MSG()
    msg.hWnd, msg.message, msg.wParam, msg.lParam = HWND, message, wparam, lparam
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))


def test_the_native_filter_calls_back_once_per_posted_message(qtbot: QtBot) -> None:
    got: list[LockReason] = []
    native = _WindowsFilter(got.append)
    for message, wparam in (
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
        (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT),
        (WM_POWERBROADCAST, PBT_APMSUSPEND),
    ):
        _feed(native, message, wparam)  # from Qt's event dispatcher
        _feed(native, message, wparam)  # and again from the window procedure
        qtbot.waitUntil(lambda: len(got) > 0, timeout=1000)
        qtbot.wait(20)
        assert len(got) == 1
        got.clear()
    # A sent message (one call), then the same message sent again later: two locks.
    _feed(native, WM_POWERBROADCAST, PBT_APMSUSPEND)
    qtbot.waitUntil(lambda: len(got) == 1, timeout=1000)
    _feed(native, WM_POWERBROADCAST, PBT_APMSUSPEND)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=1000)
    assert got == [LockReason.SUSPEND, LockReason.SUSPEND]


# ---------------------------------------------------------------------- idempotent lock


@dataclasses.dataclass
class Counted:
    window: MainWindow
    hooks: FakeHooks
    locking: list[LockReason]
    locked: list[int]
    saves: list[int]
    closes: list[int]
    wipes: list[int]


def _unlocked(qtbot: QtBot, tmp_path: Path) -> Counted:
    hooks = FakeHooks()
    context = dataclasses.replace(make_context(tmp_path), platform_hooks=hooks)
    make_vault(context.default_vault_path, ["Eerste"])
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    vault = window.vault.store
    assert vault is not None
    counted = Counted(window, hooks, [], [], [], [], [])
    window.lock_guard.locking.connect(counted.locking.append)
    window.vault_locked.connect(lambda: counted.locked.append(1))
    save, close, wipe = window.notebook.save_pending, vault.close, window.notebook.clear

    def counting_save() -> bool:
        counted.saves.append(1)
        return save()

    def counting_close() -> None:
        counted.closes.append(1)
        close()

    def counting_wipe() -> None:
        counted.wipes.append(1)
        wipe()

    window.notebook.save_pending = counting_save  # type: ignore[method-assign]
    vault.close = counting_close  # type: ignore[method-assign]
    window.notebook.clear = counting_wipe  # type: ignore[method-assign]
    editor = window.notebook.editor
    editor.setFocus()
    qtbot.keyClicks(editor, " aangevuld")
    return counted


def _assert_one_lock(c: Counted, reason: LockReason) -> None:
    assert c.window.vault is None
    assert c.locking == [reason]
    assert (len(c.locked), len(c.saves), len(c.wipes), len(c.closes)) == (1, 1, 1, 1)
    assert c.window.lock_guard.last_reason is reason


@pytest.mark.parametrize("reason", [LockReason.SESSION_LOCKED, LockReason.SUSPEND])
def test_p12_the_same_event_twice_locks_once(
    qtbot: QtBot, tmp_path: Path, reason: LockReason
) -> None:
    c = _unlocked(qtbot, tmp_path)
    c.hooks.fire(reason)
    c.hooks.fire(reason)
    _assert_one_lock(c, reason)
    with Vault.open(c.window.vault_path, PASSPHRASE) as reopened:
        assert [n.body for n in list_notes(reopened)] == ["Eerste aangevuld"]


def test_p12_a_request_from_inside_the_lock_is_that_lock(qtbot: QtBot, tmp_path: Path) -> None:
    c = _unlocked(qtbot, tmp_path)
    save = c.window.notebook.save_pending

    def save_and_hear_suspend() -> bool:
        c.hooks.fire(LockReason.SUSPEND)  # e.g. a suspend broadcast arrives mid-lock
        return save()

    c.window.notebook.save_pending = save_and_hear_suspend  # type: ignore[method-assign]
    c.hooks.fire(LockReason.SESSION_LOCKED)
    _assert_one_lock(c, LockReason.SESSION_LOCKED)


def test_p12_ctrl_l_while_a_platform_lock_saves_does_nothing_more(
    qtbot: QtBot, tmp_path: Path
) -> None:
    c = _unlocked(qtbot, tmp_path)
    save = c.window.notebook.save_pending

    def save_and_press_ctrl_l() -> bool:
        c.window.lock_action.trigger()  # the user presses Ctrl+L while the lock saves
        return save()

    c.window.notebook.save_pending = save_and_press_ctrl_l  # type: ignore[method-assign]
    c.hooks.fire(LockReason.SESSION_LOCKED)
    _assert_one_lock(c, LockReason.SESSION_LOCKED)


def test_p12_a_platform_event_after_ctrl_l_does_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    c = _unlocked(qtbot, tmp_path)
    c.window.lock_action.trigger()
    c.hooks.fire(LockReason.SUSPEND)
    assert c.locking == []  # no automatic lock was announced for a locked window
    assert (len(c.locked), len(c.saves), len(c.wipes), len(c.closes)) == (1, 1, 1, 1)


def test_p12_requests_while_a_lock_waits_for_work_lock_once_after_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    c = _unlocked(qtbot, tmp_path)
    window = c.window
    assert window.hold_vault(True)  # vault care (a backup, say) works on the vault
    saves_before = len(c.saves)
    for reason in (LockReason.SESSION_LOCKED, LockReason.SESSION_LOCKED, LockReason.SUSPEND):
        c.hooks.fire(reason)
    assert window.vault is not None  # it waits for the work
    assert c.locking == [LockReason.SESSION_LOCKED]
    window.hold_vault(False)
    window.lock_if_asked()
    assert window.vault is None
    assert c.locking == [LockReason.SESSION_LOCKED]
    assert (len(c.locked), len(c.wipes), len(c.closes)) == (1, 1, 1)
    assert len(c.saves) == saves_before + 1
