"""Strengthening a vault whose key derivation is below the floor (same passphrase).

The fast test profile (``FAST_KDF``, 64 KiB) is far below the 64 MiB floor, so every vault
``make_vault`` creates is a weak one; ``STRONG_KDF`` is exactly at the floor.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.kdf import BlockingKdf, RecordingKdf
from support.waiting import JOB_TIMEOUT_MS, wait_until_idle
from support.windows import make_context, make_vault, make_window, unlock, unlocked_window

from app.dialogs.strengthen import StrengthenDialog
from app.window import MainWindow
from app.wording.messages import error_message, strengthen_error_message, warning_message
from vault import ErrorCode, Vault
from vault import store as vault_store
from vault.errors import DiskFull, VaultWarning, WriteFailed
from vault.kdf import (
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    FixedKdf,
    KdfParams,
    KdfProfile,
    ProgressCallback,
)
from vault.notes import list_notes
from vault.store import read_header

STRONG_KDF = FixedKdf(
    KdfParams(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS, parallelism=1)
)
"""At the floor (64 MiB): about 0.1 s per derivation."""

NOTES = ["Eerste casus", "Tweede casus\nmet meer tekst"]


def _weak_window(
    qtbot: QtBot, tmp_path: Path, kdf: KdfProfile = STRONG_KDF, notes: list[str] = NOTES
) -> MainWindow:
    """An unlocked window over a weak vault; ``kdf`` is the profile strengthening uses."""
    context = make_context(tmp_path, kdf=kdf)
    make_vault(context.default_vault_path, notes)
    return unlocked_window(qtbot, context)


def _open_dialog(qtbot: QtBot, window: MainWindow) -> StrengthenDialog:
    button = window.notebook.strengthen_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.strengthen_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _submit(qtbot: QtBot, window: MainWindow, dialog: StrengthenDialog, passphrase: str) -> None:
    """Type ``passphrase`` into the dialog, press Return and wait until the work is done."""
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    wait_until_idle(qtbot, window)


def _bodies(vault: Vault) -> list[str]:
    return [note.body for note in list_notes(vault)]


# ----------------------------------------------------------------------- the banner
def test_a_weak_vault_shows_a_calm_banner_with_an_offer(qtbot: QtBot, tmp_path: Path) -> None:
    window = _weak_window(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None
    assert VaultWarning.WEAK_KDF in vault.warnings
    notebook = window.notebook
    assert notebook.kdf_banner.isVisible()
    assert notebook.kdf_banner.text.text() == warning_message(VaultWarning.WEAK_KDF)
    assert notebook.strengthen_button.isVisible() and notebook.strengthen_button.isEnabled()
    assert notebook.strengthen_button.accessibleName() == "Strengthen now…"
    assert notebook.strengthen_button.accessibleDescription() == warning_message(
        VaultWarning.WEAK_KDF
    )
    assert not notebook.network_banner.isVisible()
    assert not notebook.warnings.isVisible()  # the red error line stays for real errors
    assert window.strengthen_dialog is None  # only offered, never forced


def test_a_strong_vault_shows_no_banner(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    context.default_vault_path.parent.mkdir(parents=True, exist_ok=True)
    with Vault.create(context.default_vault_path, PASSPHRASE, kdf=STRONG_KDF, clock=FakeClock()):
        pass
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    assert window.vault is not None and window.vault.store.warnings == []
    assert not window.notebook.kdf_banner.isVisible()
    assert not window.notebook.network_banner.isVisible()


def test_a_network_share_banner_has_no_action(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault_store, "is_network_location", lambda _path: True)
    window = _weak_window(qtbot, tmp_path)
    banner = window.notebook.network_banner
    assert banner.isVisible()
    assert banner.text.text() == warning_message(VaultWarning.NETWORK_SHARE)
    assert banner.button is None
    assert banner.findChildren(QAbstractButton) == []
    assert window.notebook.kdf_banner.isVisible()  # both conditions, both banners


def test_locking_hides_the_banner(qtbot: QtBot, tmp_path: Path) -> None:
    window = _weak_window(qtbot, tmp_path)
    window.lock()
    assert not window.notebook.kdf_banner.isVisible()
    assert window.notebook.kdf_banner.text.text() == ""


# ----------------------------------------------------------------------- strengthening
def test_strengthening_with_the_right_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    profile = RecordingKdf(inner=STRONG_KDF)
    window = _weak_window(qtbot, tmp_path, kdf=profile)
    vault = window.vault.store
    assert vault is not None
    path = vault.path
    old_salt = vault.header.salt
    dialog = _open_dialog(qtbot, window)
    assert dialog.passphrase.hasFocus()
    assert dialog.windowTitle() == "Tafelboek"

    with qtbot.waitSignal(window.strengthened, timeout=JOB_TIMEOUT_MS):
        _submit(qtbot, window, dialog, PASSPHRASE)

    # The same vault object, reopened inside change_passphrase, now at the floor.
    assert window.vault is not None and window.vault.store is vault and vault.is_open
    assert vault.header.kdf.memory_kib == 65536
    assert not vault.header.kdf.below_floor
    assert vault.header.salt != old_salt
    assert _bodies(vault) == NOTES
    # The work ran on the pool, never on the GUI thread.
    assert len(profile.threads) == 1
    assert profile.threads[0] is not threading.main_thread()
    # The offer is gone; the dialog confirms briefly; nothing typed is kept.
    assert not window.notebook.kdf_banner.isVisible()
    assert dialog.current_page() is dialog.done_page
    assert "better protected" in dialog.done_title.text()
    assert dialog.close_button.hasFocus()
    assert dialog.passphrase.text() == ""
    assert window.notebook.isEnabled() and window.lock_action.isEnabled()
    assert window.notebook.notes.count() == 2

    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert window.strengthen_dialog is None
    assert window.focusWidget() is window.notebook.editor  # back where the user was typing

    # Lock, and unlock with the very same passphrase: the vault reopens, stronger.
    window.lock()
    assert read_header(path).kdf == STRONG_KDF.params
    unlock(qtbot, window)
    assert window.vault is not None
    assert window.vault.store.warnings == []
    assert not window.notebook.kdf_banner.isVisible()
    assert _bodies(window.vault.store) == NOTES
    audit = window.vault.store.query("SELECT kind FROM audit_event")
    assert ("passphrase_changed",) in [tuple(row) for row in audit]


def test_wrong_passphrase_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = _weak_window(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None
    header = vault.header
    dialog = _open_dialog(qtbot, window)

    with qtbot.waitSignal(window.strengthen_failed, timeout=JOB_TIMEOUT_MS) as failed:
        _submit(qtbot, window, dialog, "niet de juiste zin")

    assert failed.args == [ErrorCode.WRONG_PASSPHRASE]
    assert dialog.isVisible() and dialog.current_page() is dialog.ask_page
    assert dialog.error.isVisible()
    assert dialog.error.text() == strengthen_error_message(ErrorCode.WRONG_PASSPHRASE)
    assert "Nothing was changed" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert dialog.passphrase.isEnabled() and dialog.passphrase.hasFocus()
    assert not dialog.is_busy and not dialog.busy.isVisible()
    assert window.vault is not None and window.vault.store is vault and vault.is_open
    assert vault.header == header
    assert window.notebook.kdf_banner.isVisible()
    assert window.notebook.isEnabled()

    dialog.reject()  # Cancel
    assert window.strengthen_dialog is None
    window.lock()
    assert read_header(vault.path) == header
    unlock(qtbot, window)
    assert window.vault is not None and _bodies(window.vault.store) == NOTES


def test_empty_passphrase_starts_no_work(qtbot: QtBot, tmp_path: Path) -> None:
    window = _weak_window(qtbot, tmp_path)
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert not window.is_busy
    assert dialog.error.text() == "Type the passphrase of this vault."


def test_pending_edits_are_saved_first_and_editing_waits_while_it_runs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    profile = BlockingKdf(inner=STRONG_KDF)
    window = _weak_window(qtbot, tmp_path, kdf=profile)
    vault = window.vault.store
    assert vault is not None
    notebook = window.notebook
    qtbot.keyClicks(notebook.editor, " aangevuld")
    assert notebook.has_unsaved_changes()
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    # The key derivation waits for the test, so this is the state while it runs. The
    # event loop keeps turning (waitUntil processes events): the window is not frozen.
    assert profile.started.wait(JOB_TIMEOUT_MS / 1000)
    qtbot.waitUntil(lambda: dialog.busy.bar.value() == 12, timeout=JOB_TIMEOUT_MS)  # 0.4 x 0.3
    assert window.is_busy and dialog.is_busy
    assert dialog.busy.isVisible() and "few seconds" in dialog.busy.status.text()
    assert not notebook.has_unsaved_changes()  # saved before the work started
    assert not notebook.isEnabled() and not notebook.editor.isEnabled()
    assert not window.lock_action.isEnabled()
    assert not dialog.passphrase.isEnabled() and not dialog.cancel.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    assert dialog.isVisible()  # it cannot be closed halfway
    window.lock()  # e.g. a lock on idle: it waits for the work instead of cutting it off
    assert window.vault is not None and window.vault.store is vault and vault.is_open

    with qtbot.waitSignal(window.vault_locked, timeout=JOB_TIMEOUT_MS):
        profile.release.set()
    assert not vault.is_open
    assert window.current_page() is window.unlock_page
    assert window.strengthen_dialog is None
    assert notebook.isEnabled()
    assert read_header(vault.path).kdf == STRONG_KDF.params
    unlock(qtbot, window)
    assert window.vault is not None
    assert _bodies(window.vault.store) == [NOTES[0], NOTES[1] + " aangevuld"]


def test_other_errors_are_worded(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _weak_window(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DiskFull("disk is full")

    monkeypatch.setattr(window.vault.care, "change_passphrase", disk_full)
    dialog = _open_dialog(qtbot, window)
    with qtbot.waitSignal(window.strengthen_failed, timeout=JOB_TIMEOUT_MS) as failed:
        _submit(qtbot, window, dialog, PASSPHRASE)
    assert failed.args == [ErrorCode.DISK_FULL]
    assert dialog.error.text() == error_message(ErrorCode.DISK_FULL)
    assert window.notebook.kdf_banner.isVisible() and window.notebook.isEnabled()
    assert window.vault is not None and window.vault.store is vault and vault.is_open


def test_a_machine_without_enough_memory_is_told_so(qtbot: QtBot, tmp_path: Path) -> None:
    # A profile that only manages less than its own floor: the vault refuses it.
    too_little = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1))
    window = _weak_window(qtbot, tmp_path, kdf=too_little)
    dialog = _open_dialog(qtbot, window)
    _submit(qtbot, window, dialog, PASSPHRASE)
    assert dialog.error.text() == strengthen_error_message(ErrorCode.WEAK_KDF)
    assert window.notebook.kdf_banner.isVisible()


def test_a_profile_that_stays_weak_says_so_and_keeps_the_offer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _weak_window(qtbot, tmp_path, kdf=FAST_KDF)
    dialog = _open_dialog(qtbot, window)
    with qtbot.waitSignal(window.strengthened, timeout=JOB_TIMEOUT_MS):
        _submit(qtbot, window, dialog, PASSPHRASE)
    assert dialog.current_page() is dialog.done_page
    assert "unchanged" in dialog.done_title.text()
    assert window.notebook.kdf_banner.isVisible()


def test_a_vault_that_could_not_be_reopened_locks_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _weak_window(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None

    def fails_and_stays_closed(*_args: object, **_kwargs: object) -> None:
        vault.close()
        raise WriteFailed("could not reopen")

    monkeypatch.setattr(window.vault.care, "change_passphrase", fails_and_stays_closed)
    dialog = _open_dialog(qtbot, window)
    with qtbot.waitSignal(window.vault_locked, timeout=JOB_TIMEOUT_MS):
        _submit(qtbot, window, dialog, PASSPHRASE)
    assert window.vault is None
    assert window.current_page() is window.unlock_page
    assert window.unlock_form.error.text() == error_message(ErrorCode.WRITE_FAILED)
    assert window.strengthen_dialog is None
    assert window.notebook.notes.count() == 0


def test_closing_the_window_while_strengthening_waits_and_closes_the_vault(
    qtbot: QtBot, tmp_path: Path
) -> None:
    profile = BlockingKdf(inner=STRONG_KDF)
    window = _weak_window(qtbot, tmp_path, kdf=profile)
    vault = window.vault.store
    assert vault is not None
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert profile.started.wait(JOB_TIMEOUT_MS / 1000)
    profile.release.set()
    window.close()
    assert not vault.is_open
    assert window.vault is None
    qtbot.wait(50)  # the queued result arrives and is ignored
    assert read_header(vault.path).kdf == STRONG_KDF.params


# ----------------------------------------------------------------------- secrecy, access
def test_p2_the_passphrase_reaches_no_title_and_no_log(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    window = _weak_window(qtbot, tmp_path)
    dialog = _open_dialog(qtbot, window)
    with caplog.at_level(logging.DEBUG):
        _submit(qtbot, window, dialog, "niet de juiste zin")
        _submit(qtbot, window, dialog, PASSPHRASE)
    assert dialog.current_page() is dialog.done_page
    assert PASSPHRASE not in caplog.text and "juiste zin" not in caplog.text
    for widget in QApplication.topLevelWidgets():
        assert widget.windowTitle() in {"Tafelboek", ""}
    for edit in dialog.findChildren(QLineEdit):
        assert edit.text() == ""


def test_dialog_is_named_labelled_and_keyboard_friendly(qtbot: QtBot, tmp_path: Path) -> None:
    window = _weak_window(qtbot, tmp_path)
    window.notebook.strengthen_button.setFocus()
    qtbot.keyClick(window.notebook.strengthen_button, Qt.Key.Key_Space)
    dialog = window.strengthen_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.accessibleName() == "Strengthen the protection"
    interactive = [
        w for w in dialog.findChildren(QWidget) if isinstance(w, QAbstractButton | QLineEdit)
    ]
    assert len(interactive) == 4
    assert [type(w).__name__ for w in interactive if not w.accessibleName().strip()] == []
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert buddies == [dialog.passphrase]
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert QApplication.focusWidget() is dialog.passphrase
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.primary
    qtbot.keyClick(dialog.primary, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.cancel
    qtbot.keyClick(dialog.cancel, Qt.Key.Key_Escape)
    assert window.strengthen_dialog is None


def test_banner_and_dialog_render(qtbot: QtBot, tmp_path: Path) -> None:
    window = _weak_window(qtbot, tmp_path)
    banner = window.notebook.grab()
    assert not banner.isNull() and banner.save(str(tmp_path / "banner.png"))
    dialog = _open_dialog(qtbot, window)
    picture = dialog.grab()
    assert not picture.isNull() and picture.save(str(tmp_path / "dialog.png"))
    assert picture.width() >= 460


# ------------------------------------------------------ a quick unlock (review L2)
@dataclass
class QuickKdf:
    """Finds a vault cheaper than ``stronger`` worth strengthening, as calibration does
    for a vault whose key derived in well under its target, and strengthens to it."""

    stronger: FixedKdf

    @property
    def floor_memory_kib(self) -> int:
        return self.stronger.floor_memory_kib

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        return self.stronger.choose(progress)

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        return params.iterations < self.stronger.params.iterations


def test_l2_a_vault_that_unlocks_quickly_is_offered_strengthening_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    stronger = FixedKdf(KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS + 1, 1))
    context = make_context(tmp_path, kdf=QuickKdf(stronger))
    context.default_vault_path.parent.mkdir(parents=True, exist_ok=True)
    Vault.create(context.default_vault_path, PASSPHRASE, kdf=STRONG_KDF, clock=FakeClock()).close()
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    vault = window.vault.store
    assert vault is not None and vault.warnings == [VaultWarning.QUICK_KDF]
    banner = window.notebook.kdf_banner
    assert banner.isVisible()
    assert banner.text.text() == warning_message(VaultWarning.QUICK_KDF)
    assert banner.text.text() != warning_message(VaultWarning.WEAK_KDF)

    dialog = _open_dialog(qtbot, window)
    with qtbot.waitSignal(window.strengthened, timeout=JOB_TIMEOUT_MS):
        _submit(qtbot, window, dialog, PASSPHRASE)
    assert vault.header.kdf == stronger.params
    assert not banner.isVisible()
    assert "better protected" in dialog.done_title.text()


def test_l2_strengthening_that_changes_nothing_says_unchanged(qtbot: QtBot, tmp_path: Path) -> None:
    """A calibration on a busy machine that finds no more to give keeps the vault as it
    was (never weaker) and says so, instead of claiming a better protection."""
    same = QuickKdf(FixedKdf(STRONG_KDF.params))
    context = make_context(tmp_path, kdf=same)
    context.default_vault_path.parent.mkdir(parents=True, exist_ok=True)
    Vault.create(context.default_vault_path, PASSPHRASE, kdf=STRONG_KDF, clock=FakeClock()).close()
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    assert window.vault is not None
    window.offer_strengthening()
    dialog = window.strengthen_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(window.strengthened, timeout=JOB_TIMEOUT_MS):
        _submit(qtbot, window, dialog, PASSPHRASE)
    assert window.vault.store.header.kdf == STRONG_KDF.params
    assert "unchanged" in dialog.done_title.text()
