"""Vault care in the GUI: passphrase change, backup, restore, integrity check, reminder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_vault, make_window, unlock

from app.care.backup import BackupDialog, default_backup_name
from app.care.integrity import IntegrityDialog
from app.care.passphrase import ChangePassphraseDialog
from app.care.restore import RestoreDialog
from app.care.vault_care import care_error_message
from app.platform.settings import AppSettings
from app.session.context import AppContext
from app.window import MainWindow
from app.wording.messages import strengthen_error_message
from vault import ErrorCode, Vault, WrongPassphrase
from vault.backup_reminder import last_backup_at
from vault.notes import add_note, list_notes
from vault.store import IntegrityReport

NEW_PASSPHRASE = "grijze walrus verkoopt tulpen aan piraten"
"""Strong enough for the strength meter."""

NOTES = ["CANARY-eerste-notitie", "Tweede casus"]


class CarePrompts:
    """Preset answers for every question vault care asks."""

    def __init__(self) -> None:
        self.save_answers: list[Path | None] = []
        self.backup_answers: list[Path | None] = []
        self.suggested: list[Path] = []

    def choose_vault_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        return None

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        self.suggested.append(suggested)
        return self.save_answers.pop(0) if self.save_answers else None

    def choose_backup_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        return self.backup_answers.pop(0) if self.backup_answers else None


def _context(tmp_path: Path, clock: FakeClock | None = None) -> AppContext:
    return dataclasses.replace(
        make_context(tmp_path / "vaults"),
        prompts=CarePrompts(),
        clock=clock or FakeClock(),
        settings=AppSettings(tmp_path / "config" / "tafelboek.ini"),
    )


def _prompts(context: AppContext) -> CarePrompts:
    assert isinstance(context.prompts, CarePrompts)
    return context.prompts


def _unlocked(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock | None = None
) -> tuple[MainWindow, AppContext]:
    context = _context(tmp_path, clock)
    make_vault(context.default_vault_path, NOTES)
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    return window, context


def _wait_care(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.vault_care.busy, timeout=JOB_TIMEOUT_MS)


def _bodies(vault: Vault) -> list[str]:
    return [note.body for note in list_notes(vault)]


# ----------------------------------------------------------------------- passphrase
def _passphrase_dialog(qtbot: QtBot, window: MainWindow) -> ChangePassphraseDialog:
    window.change_passphrase_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_changing_the_passphrase_refuses_the_old_one(qtbot: QtBot, tmp_path: Path) -> None:
    window, context = _unlocked(qtbot, tmp_path)
    assert window.change_passphrase_action.isEnabled()
    dialog = _passphrase_dialog(qtbot, window)
    assert window.windowTitle() == dialog.windowTitle() == "Tafelboek"
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS) as done:
        dialog.primary.click()
        assert window.is_busy and not window.notebook.isEnabled()
    assert done.args == ["passphrase", True]
    assert dialog.current_page() is dialog.done_page
    assert not (dialog.current.text() or dialog.new.text() or dialog.repeat.text())
    assert window.notebook.isEnabled() and not window.is_busy
    vault = window.vault.store
    assert vault is not None and vault.is_open
    assert _bodies(vault) == NOTES  # still usable after the reopen
    dialog.close_button.click()
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(context.default_vault_path, PASSPHRASE)
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.vault is not None and _bodies(window.vault.store) == NOTES


def test_a_wrong_current_passphrase_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window, context = _unlocked(qtbot, tmp_path)
    before = context.default_vault_path.read_bytes()
    dialog = _passphrase_dialog(qtbot, window)
    dialog.current.setText("niet de juiste zin hier")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS) as done:
        dialog.submit()
    assert done.args == ["passphrase", ErrorCode.WRONG_PASSPHRASE]
    assert dialog.current_page() is dialog.ask_page
    assert dialog.error.isVisible()
    assert dialog.error.text() == strengthen_error_message(ErrorCode.WRONG_PASSPHRASE)
    assert "Nothing was changed" in dialog.error.text()
    assert not dialog.current.text()
    assert window.change_passphrase_action.isEnabled()
    dialog.reject()
    assert context.default_vault_path.read_bytes() == before
    window.lock()  # counts the close in the vault (vault/freshness.py): bytes change here
    assert context.default_vault_path.read_bytes()[:16] == before[:16]  # same key, same salt
    with Vault.open(context.default_vault_path, PASSPHRASE) as vault:
        assert _bodies(vault) == NOTES


def test_a_weak_or_unrepeated_new_passphrase_starts_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    dialog = _passphrase_dialog(qtbot, window)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("welkom")
    dialog.repeat.setText("welkom")
    dialog.submit()
    assert "too easy to guess" in dialog.error.text()
    assert not window.vault_care.busy
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "x")
    dialog.submit()
    assert "differ" in dialog.error.text()
    assert not window.vault_care.busy and not dialog.repeat.text()


# ----------------------------------------------------------------------- backup
def test_backup_is_written_verified_and_recorded(qtbot: QtBot, tmp_path: Path) -> None:
    window, context = _unlocked(qtbot, tmp_path)
    target = tmp_path / "usb" / "kopie.tafelboek"
    target.parent.mkdir()
    _prompts(context).save_answers.append(target)
    window.backup_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, BackupDialog)
    # The default name says only what and when, never content.
    assert dialog.target.name == default_backup_name(context.clock.now())
    assert "2026-03-05" in dialog.target.name and "CANARY" not in dialog.target.name
    dialog.choose.click()
    assert _prompts(context).suggested[0].name == dialog.target.name or dialog.target == target
    assert dialog.target == target
    assert dialog.passphrase.hasFocus() or dialog.focusWidget() is dialog.passphrase
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS) as done:
        dialog.primary.click()
    task, outcome = done.args
    assert task == "backup"
    assert dialog.passphrase.text() == ""
    assert dialog.current_page() is dialog.done_page
    assert "kopie.tafelboek" in dialog.outcome.text()
    assert "kB" in dialog.outcome.text() or "MB" in dialog.outcome.text()
    assert target.exists() and outcome.size_bytes == target.stat().st_size
    # Its own salt and key (same passphrase): no page of it fits the vault.
    assert target.read_bytes()[:16] != context.default_vault_path.read_bytes()[:16]
    vault = window.vault.store
    assert vault is not None and last_backup_at(vault) == context.clock.now()
    dialog.close_button.click()
    with Vault.open(target, PASSPHRASE, kdf_profile=FAST_KDF) as copy:
        assert _bodies(copy) == NOTES


def test_backup_into_a_missing_folder_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    window.backup_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, BackupDialog)
    dialog.set_target(tmp_path / "weg" / "kopie.tafelboek", replace_confirmed=True)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS):
        dialog.submit()
    assert dialog.error.text() == care_error_message("backup", ErrorCode.NOT_FOUND)
    assert window.vault is not None and last_backup_at(window.vault.store) is None
    assert window.notebook.isEnabled()


def test_a_lock_during_a_backup_waits_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    window.backup_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, BackupDialog)
    dialog.set_target(tmp_path / "kopie.tafelboek")
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_locked, timeout=JOB_TIMEOUT_MS):
        dialog.submit()
        window.lock()  # deferred until the backup is done
        assert window.vault is not None
    assert (tmp_path / "kopie.tafelboek").exists()
    assert window.vault is None and window.current_page() is window.unlock_page


def test_a_backup_asks_for_the_passphrase_and_refuses_a_wrong_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    window.backup_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, BackupDialog)
    target = tmp_path / "kopie.tafelboek"
    dialog.set_target(target)
    dialog.submit()  # nothing typed
    assert "passphrase" in dialog.error.text() and not target.exists()
    dialog.passphrase.setText("niet de juiste zin hier")
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS) as done:
        dialog.submit()
    assert done.args == ["backup", ErrorCode.WRONG_PASSPHRASE]
    assert dialog.error.text() == care_error_message("backup", ErrorCode.WRONG_PASSPHRASE)
    assert dialog.current_page() is dialog.ask_page and dialog.passphrase.text() == ""
    assert not target.exists() and [p.name for p in tmp_path.iterdir() if "tbtmp" in p.name] == []
    assert window.vault is not None and last_backup_at(window.vault.store) is None


# ----------------------------------------------------------------------- reminder
def test_p12_backup_reminder_after_the_threshold_and_not_after_a_backup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    context = _context(tmp_path, clock)
    make_vault(context.default_vault_path, NOTES)
    window = make_window(qtbot, context)
    clock.advance(days=13)
    unlock(qtbot, window)
    reminder = window.vault_care.reminder
    assert not reminder.isVisible()
    window.lock()
    clock.advance(days=2)
    unlock(qtbot, window)
    assert reminder.isVisible()
    assert "no backup" in reminder.text.text()
    assert reminder.backup_button.accessibleDescription() == reminder.text.text()
    # The reminder's button opens the backup dialog; a backup ends the reminder.
    reminder.backup_button.click()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, BackupDialog)
    dialog.set_target(tmp_path / "kopie.tafelboek")
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS):
        dialog.submit()
    assert not reminder.isVisible()
    dialog.accept()
    window.lock()
    clock.advance(days=10)
    unlock(qtbot, window)
    assert not reminder.isVisible()
    window.lock()
    clock.advance(days=5)
    unlock(qtbot, window)
    assert reminder.isVisible()
    assert "15 days ago" in reminder.text.text()
    reminder.dismiss_button.click()
    assert not reminder.isVisible()
    # The threshold is a preference.
    window.lock()
    context.settings.backup_reminder_days = 30
    unlock(qtbot, window)
    assert not reminder.isVisible()


# ----------------------------------------------------------------------- restore
def _backup(tmp_path: Path, notes: list[str], passphrase: str = PASSPHRASE) -> Path:
    source = make_vault(tmp_path / "bron" / "bron.tafelboek", notes, passphrase)
    target = tmp_path / "backups" / "kopie.tafelboek"
    target.parent.mkdir(parents=True, exist_ok=True)
    with Vault.open(source, passphrase, kdf_profile=FAST_KDF) as vault:
        vault.backup(target)
    return target


def _restore_dialog(window: MainWindow, context: AppContext, backup: Path) -> RestoreDialog:
    _prompts(context).backup_answers.append(backup)
    window.restore_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.choose.click()
    assert dialog.backup == backup
    return dialog


def test_restore_replaces_the_vault_only_after_confirmation(qtbot: QtBot, tmp_path: Path) -> None:
    backup = _backup(tmp_path, ["Uit de reservekopie"])
    window, context = _unlocked(qtbot, tmp_path)
    vault_path = context.default_vault_path
    before = vault_path.read_bytes()
    dialog = _restore_dialog(window, context, backup)
    assert vault_path.name in dialog.replaced.text() and "replaced" in dialog.replaced.text()
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.primary.isEnabled()
    dialog.submit()  # Return in the passphrase field, not confirmed
    assert "Confirm" in dialog.error.text()
    assert window.vault is not None and vault_path.read_bytes() == before
    dialog.confirm.setChecked(True)
    assert dialog.primary.isEnabled()
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS) as done:
        dialog.primary.click()
    task, outcome = done.args
    assert task == "restore"
    assert dialog.current_page() is dialog.done_page
    assert window.vault is None and window.current_page() is window.unlock_page
    kept = outcome.kept_previous
    assert kept is not None and kept.name in dialog.outcome.text()
    assert kept.parent == vault_path.parent and "-before-restore-" in kept.name
    # The old vault is kept as it was when locked (the lock counted its close: the same
    # file but for that count; its notes are checked below).
    assert kept.read_bytes()[:16] == before[:16]
    dialog.close_button.click()
    unlock(qtbot, window)
    assert window.vault is not None and _bodies(window.vault.store) == ["Uit de reservekopie"]
    window.lock()
    with Vault.open(kept, PASSPHRASE, kdf_profile=FAST_KDF) as old:
        assert _bodies(old) == NOTES


def test_restore_of_a_damaged_backup_leaves_the_vault_untouched(
    qtbot: QtBot, tmp_path: Path
) -> None:
    backup = _backup(tmp_path, ["Uit de reservekopie"] * 40)
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    backup.write_bytes(bytes(data))
    window, context = _unlocked(qtbot, tmp_path)
    vault_path = context.default_vault_path
    dialog = _restore_dialog(window, context, backup)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS) as done:
        dialog.submit()
    assert done.args == ["restore", ErrorCode.DAMAGED]
    before = vault_path.read_bytes()
    assert dialog.error.text() == care_error_message("restore", ErrorCode.DAMAGED)
    assert "not changed" in dialog.error.text()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]
    assert window.unlock_form.passphrase.isEnabled()
    dialog.reject()
    unlock(qtbot, window)
    assert window.vault is not None and _bodies(window.vault.store) == NOTES
    window.lock()  # counts its close (vault/freshness.py); same key, same notes
    assert vault_path.read_bytes()[:16] == before[:16]


def test_restore_with_the_wrong_passphrase_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    backup = _backup(tmp_path, ["Uit de reservekopie"])
    window, context = _unlocked(qtbot, tmp_path)
    dialog = _restore_dialog(window, context, backup)
    dialog.passphrase.setText("fout fout fout")
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS):
        dialog.submit()
    assert dialog.error.text() == care_error_message("restore", ErrorCode.WRONG_PASSPHRASE)
    assert not dialog.passphrase.text()
    names = sorted(p.name for p in context.default_vault_path.parent.iterdir())
    assert names == [context.default_vault_path.name]


def test_restore_from_the_create_screen_makes_the_vault(qtbot: QtBot, tmp_path: Path) -> None:
    backup = _backup(tmp_path, ["Uit de reservekopie"])
    context = _context(tmp_path)
    context.vault_dir.mkdir(parents=True)
    window = make_window(qtbot, context)
    assert window.current_page() is window.create_page
    assert window.restore_action.isEnabled() and not window.backup_action.isEnabled()
    dialog = _restore_dialog(window, context, backup)
    assert "becomes the vault" in dialog.replaced.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS):
        dialog.submit()
    assert dialog.current_page() is dialog.done_page
    dialog.accept()
    assert window.current_page() is window.unlock_page
    unlock(qtbot, window)
    assert window.vault is not None and _bodies(window.vault.store) == ["Uit de reservekopie"]


# ----------------------------------------------------------------------- integrity
def test_integrity_check_shows_its_result(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    window.check_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, IntegrityDialog)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS) as done:
        dialog.primary.click()
    assert done.args[1].ok
    assert dialog.done_title.text() == "No problems found"
    dialog.accept()


def test_integrity_check_reports_damage(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    report = IntegrityReport(("page 3: hmac check failed",), ())
    monkeypatch.setattr(window.vault.care, "integrity_check", lambda: report)
    window.check_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, IntegrityDialog)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS):
        dialog.submit()
    assert dialog.done_title.text() == "The vault is damaged"
    assert "One problem" in dialog.outcome.text() and "restore" in dialog.outcome.text()
    assert "page 3" not in dialog.outcome.text()


# ----------------------------------------------------------------------- lock, a11y
def test_p12_care_dialogs_close_on_lock_and_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    for action in (window.change_passphrase_action, window.backup_action, window.check_action):
        action.trigger()
        dialog = window.vault_care.dialog
        assert dialog is not None and dialog.accessibleName()
        for child in dialog.findChildren(QWidget):
            if child.focusPolicy() != child.focusPolicy().NoFocus and child.isVisibleTo(dialog):
                assert child.accessibleName(), type(child).__name__
        window.lock()
        qtbot.waitUntil(lambda: window.vault_care.dialog is None)
        assert window.vault_care.dialog is None
        unlock(qtbot, window)
    assert not window.backup_action.isEnabled() or window.vault is not None


def test_care_actions_follow_the_lock(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _unlocked(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None
    add_note(vault, "nog een")
    actions = (window.change_passphrase_action, window.backup_action, window.check_action)
    assert all(a.isEnabled() for a in actions)
    window.lock()
    assert not any(a.isEnabled() for a in actions)
    assert window.restore_action.isEnabled()
