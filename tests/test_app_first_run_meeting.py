"""Starting a meeting without a cell is never a blank error (issue 17 item 2): the
new-meeting dialog says what comes first, OK is off, and the list repeats the reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from support.windows import make_context, make_vault, make_window, unlock, unlocked_window


def test_new_meeting_without_a_cell_is_never_a_blank_error(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = unlocked_window(qtbot, context)
    assert window.vault is not None
    screen = window.meeting_screen
    screen.show_vault(window.vault)  # the list itself (the menu leads to the first steps)
    screen.new_meeting()
    dialog = screen.new_meeting_dialog
    assert dialog is not None
    reason = "There is no cell yet: set up your cell first (Table › Cells…)."
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text() == reason
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.error.clear_message()
    dialog.accept()  # as a stray Enter would have done before
    page = screen.list_page
    assert page.error.isVisibleTo(page) and page.error.text() == reason
    assert screen.view is None  # nothing was started


def test_table_menu_is_off_before_any_vault_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    # On the very first start there is no vault: the Table menu has nothing to offer, so it
    # must not look usable (walkthrough, issue 17); it comes on with the vault, off at lock.
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    table = window.meetings_menu.menuAction()
    assert not table.isEnabled()
    make_vault(context.default_vault_path)
    unlock(qtbot, window)
    assert table.isEnabled()
    window.lock()
    assert not table.isEnabled()
