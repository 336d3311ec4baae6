"""Unlocking an existing vault: right and wrong passphrase, other files, other errors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.prompts import PresetPrompts
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_vault, make_window, unlock

import app.session.workers
from app.wording.messages import error_message
from vault import ErrorCode, UnlockKey, Vault


def test_existing_default_vault_shows_the_unlock_form(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = make_window(qtbot, context)
    form = window.unlock_form
    assert window.current_page() is window.unlock_page
    assert form.file_name.text() == "Tafelboek.tafelboek"
    assert form.folder.text() == f"in {tmp_path}"
    assert form.passphrase.hasFocus()
    assert form.passphrase.echoMode() == form.passphrase.EchoMode.Password


def test_unlock_with_the_right_passphrase_shows_the_notes(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path, ["Eerste casus\nmeer tekst", "Tweede"])
    window = make_window(qtbot, context)

    qtbot.keyClicks(window.unlock_form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(window.unlock_form.passphrase, Qt.Key.Key_Return)

    assert window.vault is not None and window.vault.store.is_open
    assert window.current_page() is window.notebook
    notes = window.notebook.notes
    assert [notes.item(i).text() for i in range(notes.count())] == ["Eerste casus", "Tweede"]
    assert window.notebook.editor.toPlainText() == "Tweede"
    assert window.unlock_form.passphrase.text() == ""


def test_wrong_passphrase_is_reported_cleared_and_focused(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = make_window(qtbot, context)
    form = window.unlock_form

    qtbot.keyClicks(form.passphrase, "niet de juiste zin")
    with qtbot.waitSignal(window.job_failed, timeout=JOB_TIMEOUT_MS) as failed:
        qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)

    assert failed.args == [ErrorCode.WRONG_PASSPHRASE]
    assert not window.is_busy  # the worker finished; nothing hangs
    assert form.error.isVisible()
    assert form.error.text() == error_message(ErrorCode.WRONG_PASSPHRASE)
    assert form.passphrase.text() == ""
    assert form.passphrase.isEnabled() and form.passphrase.hasFocus()
    assert not form.busy.isVisible()
    assert window.vault is None
    assert window.current_page() is window.unlock_page

    # A second try with the right passphrase works and clears the message.
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert not form.error.isVisible()


def test_empty_passphrase_starts_no_work(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = make_window(qtbot, context)
    qtbot.keyClick(window.unlock_form.passphrase, Qt.Key.Key_Return)
    assert not window.is_busy
    assert window.unlock_form.error.text() == "Type the passphrase of this vault."


def test_derivation_runs_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = app.session.workers.derive_unlock_key

    def recording(path: Path, passphrase: str) -> UnlockKey:
        threads.append(threading.current_thread())
        return real(path, passphrase)

    monkeypatch.setattr(app.session.workers, "derive_unlock_key", recording)
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()


def test_open_another_vault(qtbot: QtBot, tmp_path: Path) -> None:
    elsewhere = make_vault(tmp_path / "usb" / "Overleg.tafelboek", ["Elders"])
    prompts = PresetPrompts(elsewhere)
    context = make_context(tmp_path / "default", prompts=prompts)
    window = make_window(qtbot, context)
    assert window.current_page() is window.create_page

    qtbot.mouseClick(window.create_form.open_other, Qt.MouseButton.LeftButton)

    assert prompts.asked == [context.vault_dir]
    assert window.current_page() is window.unlock_page
    assert window.unlock_form.file_name.text() == "Overleg.tafelboek"
    unlock(qtbot, window)
    assert window.vault is not None and window.vault.store.path == elsewhere
    assert window.notebook.editor.toPlainText() == "Elders"
    assert not context.default_vault_path.exists()


def test_cancelled_file_dialog_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = make_window(qtbot, context)
    window.unlock_form.open_other.click()
    assert window.current_page() is window.unlock_page
    assert window.unlock_form.file_name.text() == "Tafelboek.tafelboek"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"Dit is een gewoon tekstbestand, geen kluis." * 100, ErrorCode.NOT_A_VAULT),
        (b"SQLite format 3\x00" + bytes(4080), ErrorCode.NOT_A_VAULT),
        (None, ErrorCode.NOT_FOUND),
    ],
)
def test_other_errors_are_worded_inline(
    qtbot: QtBot, tmp_path: Path, content: bytes | None, code: ErrorCode
) -> None:
    chosen = tmp_path / "gekozen.tafelboek"
    if content is not None:
        chosen.write_bytes(content)
    window = make_window(qtbot, make_context(tmp_path / "default", prompts=PresetPrompts(chosen)))
    window.create_form.open_other.click()
    form = window.unlock_form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.job_failed, timeout=JOB_TIMEOUT_MS) as failed:
        qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert failed.args == [code]
    assert form.error.text() == error_message(code)
    assert form.passphrase.isEnabled()
    assert window.vault is None


def test_vault_open_elsewhere_is_reported_as_in_use(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    holder = Vault.open(context.default_vault_path, PASSPHRASE)
    try:
        window = make_window(qtbot, context)
        window.unlock_form.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(window.job_failed, timeout=JOB_TIMEOUT_MS) as failed:
            window.unlock_form.submit()
        assert failed.args == [ErrorCode.IN_USE]
        assert window.unlock_form.error.text() == error_message(ErrorCode.IN_USE)
    finally:
        holder.close()
