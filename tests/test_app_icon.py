"""The window icon is sharp on high-DPI screens: an SVG, with the PNG as a fallback."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.main import app_icon
from vault.resources import assets_dir


def test_the_svg_icon_renders_large_and_matches_the_png_design(qtbot: QtBot) -> None:
    assert (assets_dir("app") / "icons" / "tafelboek.svg").is_file()
    icon = app_icon()
    assert not icon.isNull()
    image: QImage = icon.pixmap(512, 512).toImage()
    assert image.width() == 512  # drawn at that size, not a 256 px bitmap scaled up
    teal = QColor("#1f4e5f")
    corner, page = image.pixelColor(40, 256), image.pixelColor(150, 300)
    assert abs(corner.red() - teal.red()) < 8 and abs(corner.blue() - teal.blue()) < 8
    assert page.lightness() > 200  # the notebook's paper
