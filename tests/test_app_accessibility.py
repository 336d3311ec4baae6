"""Accessibility basics: names, buddies and a keyboard-only path through every screen."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_vault, make_window, unlocked_window

from app.window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
    QMenuBar,
)
TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _interactive(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]


def _assert_screen_accessible(window: MainWindow, page: QWidget) -> None:
    widgets = _interactive(page)
    assert len(widgets) >= 3
    unnamed = [type(w).__name__ for w in widgets if not w.accessibleName().strip()]
    assert unnamed == []
    buddies = {id(label.buddy()) for label in page.findChildren(QLabel) if label.buddy()}
    unlabelled = [
        type(w).__name__ for w in widgets if isinstance(w, TEXT_INPUTS) and id(w) not in buddies
    ]
    assert unlabelled == []
    for label in page.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    assert window.menuBar().accessibleName()


def _unlocked(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path, ["Eerste"])
    return unlocked_window(qtbot, context)


def test_create_screen_is_named_and_labelled(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, make_context(tmp_path))
    _assert_screen_accessible(window, window.create_page)


def test_unlock_screen_is_named_and_labelled(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = make_window(qtbot, context)
    _assert_screen_accessible(window, window.unlock_page)


def test_notebook_screen_is_named_and_labelled(qtbot: QtBot, tmp_path: Path) -> None:
    window = _unlocked(qtbot, tmp_path)
    _assert_screen_accessible(window, window.notebook)


def _tab_path(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget | None]:
    start.setFocus()
    path: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in range(steps):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        path.append(QApplication.focusWidget())
    return path


def test_create_screen_tab_order(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, make_context(tmp_path))
    form = window.create_form
    assert _tab_path(qtbot, form.passphrase, 4) == [
        form.passphrase,
        form.repeat,
        form.generator.button,
        form.primary,
        form.open_other,
    ]


def test_unlock_screen_tab_order(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = make_window(qtbot, context)
    form = window.unlock_form
    assert _tab_path(qtbot, form.passphrase, 2) == [form.passphrase, form.primary, form.open_other]


def test_keyboard_only_create_type_lock_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    window = make_window(qtbot, context)

    def typed(text: str) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, text)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key, modifier)

    typed(PASSPHRASE)
    press(Qt.Key.Key_Tab)
    typed(PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.notebook.editor
    typed("Alleen met het toetsenbord")
    with qtbot.waitSignal(window.vault_locked, timeout=2000):
        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.unlock_form.passphrase
    typed(PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        press(Qt.Key.Key_Return)
    assert window.notebook.editor.toPlainText() == "Alleen met het toetsenbord"


def test_labels_mnemonics_move_focus_to_their_field(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, make_context(tmp_path))
    form = window.create_form
    form.passphrase.setFocus()
    qtbot.keyClick(form.passphrase, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.repeat
