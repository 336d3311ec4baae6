"""Screen-capture exclusion covers every window of ours, dialogs included, and survives Qt
re-creating a native window (P2; security review L4).

Only Windows can keep a window out of captures (``SetWindowDisplayAffinity``). Here a
recording hooks object stands in for it; ``tests/test_windows_native.py`` checks under
Wine that the real call is made for a dialog's own window handle.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support.menus import menu_dialogs
from support.windows import make_context, seed_vault, unlocked_window

from app.platform.hooks import LockCallback, NullHooks
from app.platform.settings import AppSettings
from app.window import MainWindow
from vault.demo import DemoSpec, build_demo

SMALL = DemoSpec(cells=2, years=1, meetings=4, cases=6, notes=40)


class RecordingHooks(NullHooks):
    """Records every capture request with the native window it was for; claims success."""

    def __init__(self) -> None:
        self.calls: list[tuple[QWidget, int, bool]] = []

    def start(self, window: QWidget, on_lock: LockCallback) -> None:
        pass

    def exclude_from_capture(self, window: QWidget, exclude: bool) -> bool:
        self.calls.append((window, int(window.internalWinId()), exclude))
        return True

    def for_window(self, window: QWidget) -> list[tuple[int, bool]]:
        return [(handle, exclude) for w, handle, exclude in self.calls if w is window]


def _window(
    qtbot: QtBot, tmp_path: Path, *, allow: bool = False
) -> tuple[MainWindow, RecordingHooks]:
    hooks = RecordingHooks()
    settings = AppSettings(tmp_path / "cfg" / "tafelboek.ini")
    settings.allow_screen_capture = allow
    context = dataclasses.replace(make_context(tmp_path), platform_hooks=hooks, settings=settings)
    seed_vault(context, lambda vault: build_demo(vault, SMALL))
    return unlocked_window(qtbot, context), hooks


def test_p2_every_dialog_the_menus_open_is_excluded_once(qtbot: QtBot, tmp_path: Path) -> None:
    window, hooks = _window(qtbot, tmp_path)
    assert hooks.for_window(window) == [(int(window.winId()), True)]
    assert window.capture_excluded
    seen: set[str] = set()
    for name, dialog in menu_dialogs(window):
        seen.add(type(dialog).__name__)
        assert hooks.for_window(dialog) == [(int(dialog.winId()), True)], name
        dialog.hide()
        dialog.show()  # shown again, same native window: asked once only
        assert len(hooks.for_window(dialog)) == 1, name
        dialog.reject()
    assert {
        "SearchDialog",
        "RetentionDialog",
        "RepresentativeDialog",
        "CellsDialog",
        "ParticipationWizard",
        "DocumentDialog",
        "PreferencesDialog",
        "BackupDialog",
        "ChangePassphraseDialog",
    } <= seen, seen
    assert hooks.for_window(window) == [(int(window.winId()), True)]  # once, not per show


def test_p2_a_recreated_native_window_is_excluded_again(qtbot: QtBot, tmp_path: Path) -> None:
    window, hooks = _window(qtbot, tmp_path)
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert len(hooks.for_window(dialog)) == 1
    # A changed window flag makes Qt destroy the native window and create another.
    dialog.setWindowFlags(dialog.windowFlags() | Qt.WindowType.WindowStaysOnTopHint)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert hooks.for_window(dialog) == [
        (h, True) for h in (hooks.for_window(dialog)[0][0], int(dialog.winId()))
    ]
    # The main window, re-created while shown, too.
    window.windowHandle().destroy()
    window.show()
    qtbot.waitExposed(window)
    assert [exclude for _h, exclude in hooks.for_window(window)] == [True, True]


def test_p2_a_message_box_without_parent_is_excluded(qtbot: QtBot, tmp_path: Path) -> None:
    _main, hooks = _window(qtbot, tmp_path)
    box = QMessageBox(QMessageBox.Icon.Warning, "Tafelboek", "x")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert hooks.for_window(box) == [(int(box.winId()), True)]


def test_allowing_capture_reaches_every_open_window_and_new_ones_need_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, hooks = _window(qtbot, tmp_path)
    window.search_action.trigger()
    search = window.search_dialog
    assert search is not None
    window.open_preferences()
    dialog = window.preferences_dialog
    assert dialog is not None
    dialog.allow_capture.setChecked(True)
    dialog.save_button.click()
    assert hooks.for_window(search)[-1][1] is False
    assert hooks.calls[-1][0] is window and hooks.calls[-1][2] is False  # the main window last
    assert not window.capture_excluded
    calls = len(hooks.calls)
    window.retention_action.trigger()
    assert window.retention_dialog is not None and window.retention_dialog.isVisible()
    assert len(hooks.calls) == calls  # a new window is capturable by default


def test_allowed_from_the_start_asks_for_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window, hooks = _window(qtbot, tmp_path, allow=True)
    window.search_action.trigger()
    assert hooks.calls == []
    assert not window.capture_excluded
