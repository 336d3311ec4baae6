"""Creating the first vault: passphrase twice, work off the GUI thread, then the notebook."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from support.kdf import BlockingKdf, RecordingKdf
from support.waiting import JOB_TIMEOUT_MS, wait_until_idle
from support.windows import make_context, make_window

import vault.store
from app.wording.messages import error_message
from vault import ErrorCode, Vault
from vault.kdf import KdfParams


def test_start_screen_offers_creation_when_no_vault_exists(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, make_context(tmp_path / "Tafelboek"))
    assert window.current_page() is window.create_page
    assert window.create_form.location.text() == str(tmp_path / "Tafelboek" / "Tafelboek.tafelboek")
    assert window.create_form.passphrase.hasFocus()


def test_create_flow_end_to_end_with_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path / "not-yet-there" / "Tafelboek")
    window = make_window(qtbot, context)
    form = window.create_form

    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.keyClicks(form.repeat, PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(form.repeat, Qt.Key.Key_Return)

    assert context.default_vault_path.is_file()
    assert window.vault is not None and window.vault.store.is_open
    assert window.current_page() is window.notebook
    assert window.notebook.status_title.text() == "Vault unlocked"
    assert window.notebook.file_name.text() == "Tafelboek.tafelboek"
    assert form.passphrase.text() == "" and form.repeat.text() == ""
    assert window.lock_action.isEnabled()
    # The new vault opens with the same passphrase from anywhere.
    window.lock()
    Vault.open(context.default_vault_path, PASSPHRASE).close()


def test_mismatch_is_reported_inline_and_creates_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    form = window.create_form

    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.keyClicks(form.repeat, PASSPHRASE + "!")
    qtbot.keyClick(form.repeat, Qt.Key.Key_Return)

    assert not window.is_busy
    assert form.error.isVisible()
    assert form.error.text() == "The two passphrases differ. Repeat the passphrase exactly."
    assert form.repeat.text() == "" and form.repeat.hasFocus()
    assert form.passphrase.text() == PASSPHRASE  # the first field is kept
    assert list(tmp_path.iterdir()) == []


def test_empty_passphrase_is_reported_inline(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, make_context(tmp_path))
    qtbot.keyClick(window.create_form.passphrase, Qt.Key.Key_Return)
    assert window.create_form.error.text() == "Type a passphrase first."
    assert not window.is_busy
    assert list(tmp_path.iterdir()) == []


def test_calibration_and_derivation_run_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    derive_threads: list[threading.Thread] = []
    real_derive = vault.store.derive_key

    def recording_derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        derive_threads.append(threading.current_thread())
        return real_derive(passphrase, salt, params)

    monkeypatch.setattr(vault.store, "derive_key", recording_derive)
    kdf = RecordingKdf()
    window = make_window(qtbot, make_context(tmp_path, kdf=kdf))
    window.create_form.passphrase.setText(PASSPHRASE)
    window.create_form.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        window.create_form.submit()

    assert len(kdf.threads) == 1 and derive_threads
    for thread in (*kdf.threads, *derive_threads):
        assert thread is not threading.main_thread()


def test_gui_stays_responsive_and_shows_progress_while_calibrating(
    qtbot: QtBot, tmp_path: Path
) -> None:
    kdf = BlockingKdf()
    context = make_context(tmp_path, kdf=kdf)
    window = make_window(qtbot, context)
    form = window.create_form
    form.passphrase.setText(PASSPHRASE)
    form.repeat.setText(PASSPHRASE)
    form.submit()
    try:
        assert kdf.started.wait(JOB_TIMEOUT_MS / 1000)
        # The derivation is blocked on its thread, yet the GUI thread keeps running.
        ticks: list[int] = []
        QTimer.singleShot(10, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
        qtbot.waitUntil(lambda: form.busy.bar.value() == 30)
        assert window.is_busy
        assert form.busy.isVisible()
        assert form.busy.status.text() == "Tuning the key protection to this computer…"
        assert not form.passphrase.isEnabled() and not form.primary.isEnabled()
        assert form.passphrase.text() == "" and form.repeat.text() == ""
    finally:
        kdf.release.set()
    wait_until_idle(qtbot, window)
    assert window.current_page() is window.notebook
    assert context.default_vault_path.is_file()


def test_file_appearing_meanwhile_is_not_overwritten(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    context.default_vault_path.write_bytes(b"someone else's file")
    window.create_form.passphrase.setText(PASSPHRASE)
    window.create_form.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.job_failed, timeout=JOB_TIMEOUT_MS) as failed:
        window.create_form.submit()
    assert failed.args == [ErrorCode.EXISTS]
    assert window.create_form.error.text() == error_message(ErrorCode.EXISTS)
    assert window.create_form.passphrase.isEnabled()
    assert context.default_vault_path.read_bytes() == b"someone else's file"


def test_weak_kdf_refusal_is_worded(qtbot: QtBot, tmp_path: Path) -> None:
    strict = type(FAST_KDF)(FAST_KDF.params, floor_memory_kib=64 * 1024)
    window = make_window(qtbot, make_context(tmp_path, kdf=strict))
    window.create_form.passphrase.setText(PASSPHRASE)
    window.create_form.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.job_failed, timeout=JOB_TIMEOUT_MS) as failed:
        window.create_form.submit()
    assert failed.args == [ErrorCode.WEAK_KDF]
    assert window.create_form.error.text() == error_message(ErrorCode.WEAK_KDF)
    assert list(tmp_path.iterdir()) == []


def test_strength_meter_judges_as_you_type_and_a_weak_passphrase_creates_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    form = window.create_form
    form.set_personal_words(["Jan Voorbeeld", "Fictiegem"])
    qtbot.keyClicks(form.passphrase, "fictiegem2025")
    meter = form.meter
    assert meter.strength is not None and not meter.strength.acceptable
    assert "not yet enough" in meter.verdict.text()
    advice = meter.advice.text()
    assert "your municipality" in advice  # the user's own words are named as the problem
    form.repeat.setText("fictiegem2025")
    form.submit()
    assert "too easy to guess" in form.error.text()
    assert not window.is_busy
    assert not context.default_vault_path.exists()
    # The text the user typed is kept so they can extend it; the meter follows.
    assert form.passphrase.text() == "fictiegem2025"
    form.passphrase.setText(PASSPHRASE)
    assert meter.strength is not None and meter.strength.acceptable
    assert "good enough" in meter.verdict.text()
    assert meter.accessibleDescription().startswith(meter.verdict.text())
    form.reset()
    assert meter.strength is None and meter.advice.text() == ""
