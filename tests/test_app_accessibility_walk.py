"""Walk every screen and dialog the menus open (demo vault): every interactive control
has an accessible name, every labelled field its buddy — not only the ones we remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.menus import menu_dialogs
from support.windows import unlocked_demo_window

from vault.demo import DemoSpec
from vault.meetings import list_meetings
from vault.model import TableKind

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
)
SMALL = DemoSpec(cells=2, years=1, meetings=4, cases=6, notes=40)


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (a spin box's line edit): the outer control speaks
        if not widget.accessibleName().strip():
            found.append(f"{type(widget).__name__}:{widget.objectName() or '?'}")
    return found


def test_every_screen_and_menu_dialog_names_its_controls(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault.store
    assert vault is not None
    problems: dict[str, list[str]] = {}

    def check(name: str, root: QWidget) -> None:
        missing = _unnamed(root)
        if missing:
            problems[name] = missing

    check("notebook", window.notebook)
    window.show_meetings()
    check("meeting list", window.meeting_screen)
    meeting = [m for m in list_meetings(vault) if m.table_kind is TableKind.OPERATIONAL][-1]
    window.meeting_screen.open_meeting(meeting.id)
    for _ in range(3):
        check(f"meeting item {window.meeting_screen.current_item_id}", window.meeting_screen)
        window.meeting_screen.move_item(1)

    walked = 0
    for name, dialog in menu_dialogs(window):
        check(name, dialog)
        dialog.reject()
        walked += 1
    assert walked >= 10  # the walk really opened the dialogs
    assert problems == {}
