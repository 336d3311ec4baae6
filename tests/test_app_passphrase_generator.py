"""“Generate a passphrase” in the create form, the change-passphrase dialog and the PDF
password (security review H1, M7): it fills both fields with random Dutch words, shows the
words once to be written down — never on the clipboard, never selectable — and forgets
them on typing, on use and on closing. A weak PDF password is refused."""

from __future__ import annotations

from pathlib import Path

import pikepdf
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from support.prompts import SavePrompts
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_window, unlock
from test_app_documents import _open_kind, _window
from test_app_vault_care import _passphrase_dialog, _unlocked, _wait_care

from app.widgets.passphrase_generator import GeneratedPassphrase
from vault import Vault
from vault.policy import DocumentKind
from vault.strength import PDF_POLICY, VAULT_POLICY, assess
from vault.strength_data import generator_words

CLIPBOARD_BEFORE = "nothing of the passphrase"


def _mark_clipboard() -> None:
    QGuiApplication.clipboard().setText(CLIPBOARD_BEFORE)


def _shown_once(generator: GeneratedPassphrase, words: int) -> str:
    """The phrase on screen: listed words, readable, not selectable, not copied."""
    assert generator.showing
    phrase = generator.phrase.text()
    assert len(phrase.split(" ")) == words
    assert set(phrase.split(" ")) <= set(generator_words())
    flags = generator.phrase.textInteractionFlags()
    assert flags == Qt.TextInteractionFlag.NoTextInteraction
    assert generator.phrase.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert "paper" in generator.advice.text() or "recipient" in generator.advice.text()
    assert QGuiApplication.clipboard().text() == CLIPBOARD_BEFORE
    return phrase


def test_the_create_form_generates_a_passphrase_that_creates_the_vault(
    qtbot: QtBot, tmp_path: Path
) -> None:
    context = make_context(tmp_path / "nieuw" / "Tafelboek")
    window = make_window(qtbot, context)
    form = window.create_form
    _mark_clipboard()
    assert not form.generator.showing
    assert form.generator.button.text() == "&Generate a passphrase"
    # Typed text is replaced; a second click makes a different passphrase.
    qtbot.keyClicks(form.passphrase, "Wachtwoord2026!")
    qtbot.mouseClick(form.generator.button, Qt.MouseButton.LeftButton)
    first = _shown_once(form.generator, VAULT_POLICY.generated_words)
    qtbot.mouseClick(form.generator.button, Qt.MouseButton.LeftButton)
    phrase = _shown_once(form.generator, 6)
    assert phrase != first
    assert form.passphrase.text() == form.repeat.text() == phrase
    assert form.meter.strength is not None and form.meter.strength.acceptable
    assert form.primary.hasFocus()
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(form.primary, Qt.Key.Key_Return)
    # Off the screen once used; the vault opens with the words shown.
    assert not form.generator.showing and form.generator.phrase.text() == ""
    window.lock()
    Vault.open(context.default_vault_path, phrase).close()
    assert QGuiApplication.clipboard().text() == CLIPBOARD_BEFORE


def test_typing_over_a_generated_passphrase_takes_it_off_the_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, make_context(tmp_path / "x" / "Tafelboek"))
    form = window.create_form
    form.generator.generate()
    assert form.generator.showing
    qtbot.keyClicks(form.repeat, "!")
    assert not form.generator.showing and form.generator.phrase.text() == ""
    form.generator.generate()
    form.reset()
    assert not form.generator.showing and form.passphrase.text() == ""


def test_the_change_passphrase_dialog_generates_the_new_passphrase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, context = _unlocked(qtbot, tmp_path)
    dialog = _passphrase_dialog(qtbot, window)
    _mark_clipboard()
    qtbot.mouseClick(dialog.generator.button, Qt.MouseButton.LeftButton)
    phrase = _shown_once(dialog.generator, 6)
    assert dialog.new.text() == dialog.repeat.text() == phrase
    assert dialog.focusWidget() is dialog.current  # the current one is still to be typed
    dialog.current.setText(PASSPHRASE)
    dialog.primary.click()
    _wait_care(qtbot, window)
    assert dialog.current_page() is dialog.done_page
    assert not dialog.generator.showing and dialog.generator.phrase.text() == ""
    dialog.close_button.click()
    window.lock()
    unlock(qtbot, window, phrase)
    assert window.vault is not None
    assert QGuiApplication.clipboard().text() == CLIPBOARD_BEFORE
    del context


def test_a_weak_pdf_password_is_refused_and_a_generated_one_protects_the_pdf(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dest = tmp_path / "out" / "feedback.pdf"
    dest.parent.mkdir()
    prompts = SavePrompts(dest)
    window = _window(qtbot, tmp_path, prompts)
    dialog = _open_kind(qtbot, window, DocumentKind.FEEDBACK_SHEET)
    dialog.protect.setChecked(True)
    assert dialog.meter.policy == PDF_POLICY
    for weak in ("Mechelen26!", "Welkom2026!!", "Wachtwoord2025!!"):
        dialog.password.setText(weak)
        dialog.repeat.setText(weak)
        dialog.save()
        assert "too easy to guess" in dialog.password_error.text(), weak
        assert dialog.meter.strength is not None and not dialog.meter.strength.acceptable
        assert prompts.save_asked == [] and not dest.exists()
    _mark_clipboard()
    qtbot.mouseClick(dialog.generator.button, Qt.MouseButton.LeftButton)
    password = _shown_once(dialog.generator, PDF_POLICY.generated_words)
    assert "recipient" in dialog.generator.advice.text()
    assert dialog.password.text() == dialog.repeat.text() == password
    assert assess(password, policy=PDF_POLICY).acceptable
    assert not dialog.password_error.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=JOB_TIMEOUT_MS):
        dialog.save()
    assert not dialog.generator.showing and dialog.generator.phrase.text() == ""
    with pikepdf.open(dest, password=password) as pdf:
        assert pdf.is_encrypted and pdf.encryption.R == 6
    assert QGuiApplication.clipboard().text() == CLIPBOARD_BEFORE
    # Turning protection off and on again shows nothing old.
    dialog.protect.setChecked(False)
    assert not dialog.generator.showing
