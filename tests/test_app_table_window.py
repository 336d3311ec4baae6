"""The window at the table (issue 17 item 1): it opens at a size that fits a 1366×768
laptop with nothing cut off, and remembers its geometry in the INI — four numbers and a
flag, no content (P2)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.windows import make_context, make_window, seed_vault, unlock
from test_app_table_layout import SPEC, _clipped, _editor_share, _open_case_item

from app.platform.settings import (
    ALLOWED_KEYS,
    KEY_WINDOW_GEOMETRY,
    KEY_WINDOW_MAXIMISED,
    AppSettings,
)
from app.window import MainWindow, default_window_size
from vault.demo import build_demo

LAPTOP_AVAILABLE = (1366, 728)
"""A 1366×768 screen less a 40 px task bar."""
TITLE_BAR = 30


class _Screen:
    """A screen of a given available size (default_window_size reads only that)."""

    def __init__(self, width: int, height: int) -> None:
        self._rect = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self._rect


def test_the_first_window_fits_a_laptop_and_gives_the_note_room(
    qtbot: QtBot, tmp_path: Path
) -> None:
    size = default_window_size(_Screen(*LAPTOP_AVAILABLE))  # type: ignore[arg-type]
    assert size.width() <= LAPTOP_AVAILABLE[0]
    assert size.height() + TITLE_BAR <= LAPTOP_AVAILABLE[1]
    context = make_context(tmp_path)
    seed_vault(context, lambda vault: build_demo(vault, SPEC))
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    screen = _open_case_item(qtbot, window, size.width(), size.height())
    assert _editor_share(window, screen) >= 0.55
    assert _clipped(window) == []
    # A big screen gets a big window, a small one never less than the screens need.
    assert default_window_size(_Screen(2560, 1400)).width() == 1366  # type: ignore[arg-type]
    small = default_window_size(_Screen(800, 600))  # type: ignore[arg-type]
    assert (small.width(), small.height()) == (960, 680)


def test_the_window_remembers_its_geometry_in_the_ini_and_nothing_else(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ini = tmp_path / "cfg" / "tafelboek.ini"
    context = dataclasses.replace(make_context(tmp_path / "data"), settings=AppSettings(ini))
    window = make_window(qtbot, context)
    window.setGeometry(40, 30, 1100, 650)
    QApplication.processEvents()
    expected = window.geometry()
    window.close()
    settings = AppSettings(ini)
    assert settings.window_geometry == (
        expected.x(),
        expected.y(),
        expected.width(),
        expected.height(),
    )
    assert settings.window_maximised is False
    assert set(settings.keys()) <= ALLOWED_KEYS
    text = ini.read_text(encoding="utf-8")
    assert "window" in text and "Tafelboek.tafelboek" not in text and "vault" not in text

    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.size() == expected.size()
    assert (again.geometry().x(), again.geometry().y()) == (expected.x(), expected.y())


def test_a_remembered_maximised_window_opens_maximised(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "tafelboek.ini"
    AppSettings(ini).window_maximised = True
    context = dataclasses.replace(make_context(tmp_path / "data"), settings=AppSettings(ini))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.windowState() & window.windowState().WindowMaximized


def test_nonsense_or_off_screen_geometry_is_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "tafelboek.ini"
    store = AppSettings(ini)
    store.window_geometry = (50_000, 50_000, 1000, 700)  # a screen unplugged since
    context = dataclasses.replace(make_context(tmp_path / "data"), settings=AppSettings(ini))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.geometry().x() < 10_000
    # Words or broken numbers in the file are no geometry at all.
    from PySide6.QtCore import QSettings

    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    raw.setValue(KEY_WINDOW_GEOMETRY, "links,boven")
    raw.setValue(KEY_WINDOW_MAXIMISED, "misschien")
    raw.sync()
    assert AppSettings(ini).window_geometry is None
    assert AppSettings(ini).window_maximised is False
