"""The new-passphrase fields, written once (app/widgets/new_passphrase.py): create, change
passphrase and the PDF password share them, and forgetting means new fields (review M3)."""

from __future__ import annotations

import gc
from itertools import pairwise
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from support.windows import make_context, seed_vault, unlocked_window

from app.care.passphrase import ChangePassphraseDialog
from app.dialogs.documents import DocumentDialog
from app.screens.unlock import CreateForm
from app.widgets.new_passphrase import NewPassphraseFields
from vault.policy import DocumentKind
from vault.strength import PDF_POLICY

STRONG = "kalender wolk trapleuning fiets Wjq-7Hp"


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _document_dialog(qtbot: QtBot, tmp_path: Path) -> DocumentDialog:
    context = make_context(tmp_path / "vaults")
    seed_vault(context, lambda _vault: None)
    window = unlocked_window(qtbot, context)
    window.open_document_dialog(DocumentKind.FEEDBACK_SHEET)
    dialog = window.document_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _next_tab_stop(widget: QWidget) -> QWidget:
    """The next widget Tab reaches (the focus chain, skipping what takes no Tab focus)."""
    step = widget.nextInFocusChain()
    while not step.focusPolicy() & Qt.FocusPolicy.TabFocus:
        step = step.nextInFocusChain()
    return step


def _chained(*widgets: QWidget) -> bool:
    return all(_next_tab_stop(a) is b for a, b in pairwise(widgets))


def test_create_change_and_the_pdf_password_use_the_one_widget(
    qtbot: QtBot, tmp_path: Path
) -> None:
    create, change = CreateForm(), ChangePassphraseDialog()
    for widget in (create, change):
        qtbot.addWidget(widget)
    dialog = _document_dialog(qtbot, tmp_path)
    assert isinstance(create.new_passphrase, NewPassphraseFields)
    assert isinstance(change.new_passphrase, NewPassphraseFields)
    assert isinstance(dialog.new_password, NewPassphraseFields)
    # Each keeps its own wording and the field names its tests and users know.
    assert create.passphrase.accessibleName() == "Passphrase"
    assert change.new.accessibleName() == "New passphrase"
    assert change.repeat.accessibleName() == "Repeat the new passphrase"
    assert dialog.password.accessibleName() == "Password"
    assert dialog.meter.policy == PDF_POLICY and dialog.generator.policy == PDF_POLICY


def test_a_generated_passphrase_fills_both_fields(qtbot: QtBot) -> None:
    fields = NewPassphraseFields("&New", "&Again")
    qtbot.addWidget(fields)
    fields.show()
    with qtbot.waitSignal(fields.filled, timeout=1000):
        fields.generator.button.click()
    first, second = fields.texts()
    assert first and first == second
    # Typing over it: it is no longer the one shown.
    fields.repeat.textEdited.emit("x")
    assert not fields.generator.showing


def test_enter_in_either_field_submits_once(qtbot: QtBot) -> None:
    fields = NewPassphraseFields("&New", "&Again")
    qtbot.addWidget(fields)
    submitted: list[bool] = []
    fields.submitted.connect(lambda: submitted.append(True))
    fields.renew("repeat")
    fields.renew()
    fields.passphrase.returnPressed.emit()
    fields.repeat.returnPressed.emit()
    assert submitted == [True, True]


def test_renewed_fields_keep_their_place_in_the_tab_order(qtbot: QtBot) -> None:
    create = CreateForm()
    qtbot.addWidget(create)
    create.show()
    create.passphrase.setText(STRONG)
    create.repeat.setText(STRONG + "x")
    create.submit()  # the repeat field differs: it alone is renewed
    assert _chained(create.passphrase, create.repeat, create.generator.button, create.primary)
    change = ChangePassphraseDialog()
    qtbot.addWidget(change)
    change.show()
    change.current.setText("huidige zin")
    change.new.setText(STRONG)
    change.repeat.setText(STRONG)
    change.submit()  # all three are renewed once the change was asked for
    assert _chained(change.current, change.new, change.repeat, change.generator.button)
    assert _chained(change.generator.button, change.primary, change.cancel)


def test_p2_m3_the_pdf_password_is_forgotten_in_new_fields_not_cleared_ones(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A bug found on the way: the PDF password fields were cleared (Qt keeps every typed
    character in a line edit's undo history until the widget is deleted), so a PDF
    password stayed in memory after protection was turned off or the export started."""
    dialog = _document_dialog(qtbot, tmp_path)
    dialog.protect.setChecked(True)
    typed: list[QLineEdit] = [dialog.password, dialog.repeat]
    qtbot.keyClicks(dialog.password, "otter bakt wafels in de vuurtoren")
    qtbot.keyClicks(dialog.repeat, "otter bakt wafels in de vuurtoren")
    dialog.protect.setChecked(False)
    _flush_deletions()
    assert not any(shiboken6.isValid(field) for field in typed)
    assert dialog.password.text() == dialog.repeat.text() == ""
    assert not dialog.password.isEnabled()
    # The new fields sit where the old ones were: labelled and in the tab order.
    dialog.protect.setChecked(True)
    assert dialog.password.isEnabled() and dialog.password.accessibleName() == "Password"
    assert dialog.new_password.passphrase_label.buddy() is dialog.password
    assert _chained(
        dialog.protect, dialog.password, dialog.repeat, dialog.generator.button, dialog.save_button
    )
