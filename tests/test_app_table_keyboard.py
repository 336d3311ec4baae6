"""Keyboard truths at the table (issue 17 item 4).

* Tab follows reading order on the meeting screen: the header left to right, the side
  panel top to bottom (each person's status, then the tick), then the note column down to
  the editor — never jumping between columns (walkthrough §4).
* The focus is clearly visible: a ring at least 2 px wide, high contrast, a shape that is
  only there with the focus (not colour alone), on every kind of control of the screen.
* Ctrl+L locks from everywhere: the editor, the agenda, the attendance grid, a dialog (P12).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from support.windows import unlock, unlocked_demo_window

from app.screens.meeting.focus_ring import RING_WIDTH, ring_colour
from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault.demo import DemoSpec
from vault.model import AgendaItemKind, TableKind

SPEC = DemoSpec(cells=1, years=1, meetings=3, cases=6, notes=40)


def _meeting(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MeetingScreen, int, int]:
    window = unlocked_demo_window(qtbot, tmp_path, SPEC)
    window.resize(1366, 768)
    vault = window.vault
    assert vault is not None
    window.show_meetings()
    screen = window.meeting_screen
    meeting = [m for m in vault.meetings.list() if m.table_kind is TableKind.OPERATIONAL][-1]
    view = vault.meetings.view(meeting.id)
    case = next(i for i in view.items if i.item.kind is AgendaItemKind.CASE)
    screen.open_meeting(meeting.id, case.item.id)
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, screen, meeting.id, case.item.id


def _region(screen: MeetingScreen, widget: QWidget) -> int:
    """0 the header (with the banner and the framework reminder under it, across both
    columns), 1 the side panel, 2 the note column."""
    if screen.side_panel.isAncestorOf(widget):
        return 1
    if any(
        part.isAncestorOf(widget)
        for part in (screen.header, screen.presentation.banner, screen.reminder_box)
    ):
        return 0
    return 2


Box = tuple[int, int, int, int]
"""(region, top, bottom, left)."""


def _box(screen: MeetingScreen, widget: QWidget) -> tuple[Box, Box | None]:
    """Where ``widget`` is on the page; for an attendance row's control, the scrolling
    list's place on the page and the control's place in the list."""
    page, box = screen.meeting_page, screen.attendance.box
    if box.isAncestorOf(widget):
        viewport = screen.attendance.scroll_area.viewport()
        return _rect(screen, viewport, page), _rect(screen, widget, box)
    return _rect(screen, widget, page), None


def _rect(screen: MeetingScreen, widget: QWidget, within: QWidget) -> Box:
    corner = widget.mapTo(within, QPoint(0, 0))
    top = corner.y()
    return (_region(screen, widget), top, top + widget.height(), corner.x())


def _before(first: Box, then: Box) -> bool:
    """``then`` comes after ``first`` in reading order: a later column, a lower line, or
    the same line (their heights overlap) further right."""
    if first[0] != then[0]:
        return first[0] < then[0]
    same_line = then[1] < first[2] and first[1] < then[2]
    return then[3] > first[3] if same_line else then[1] >= first[2] - 2


def _reads_before(first: tuple[Box, Box | None], then: tuple[Box, Box | None]) -> bool:
    if first[1] is not None and then[1] is not None:  # both in the scrolling list
        return _before(first[1], then[1])
    return _before(first[0], then[0])


def _tab_walk(
    qtbot: QtBot, screen: MeetingScreen, start: QWidget
) -> list[tuple[QWidget, tuple[Box, Box | None]]]:
    """Tab from ``start`` until the focus comes back: each stop with its place."""
    start.setFocus()
    assert start.hasFocus()
    seen = [(start, _box(screen, start))]
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return seen
        seen.append((now, _box(screen, now)))
    raise AssertionError("Tab never came back to where it started")


def test_tab_follows_reading_order(qtbot: QtBot, tmp_path: Path) -> None:
    _window, screen, _meeting_id, _item = _meeting(qtbot, tmp_path)
    stops = _tab_walk(qtbot, screen, screen.side_button)
    walk = [widget for widget, _box in stops]
    # Every stop is a control of the meeting page, none twice.
    assert all(screen.meeting_page.isAncestorOf(w) for w in walk)
    assert len({id(w) for w in walk}) == len(walk)
    # Top to bottom, left to right, one column after the other.
    for (a, box_a), (b, box_b) in itertools.pairwise(stops):
        assert _reads_before(box_a, box_b), (a.accessibleName(), box_a, b.accessibleName(), box_b)
    # The stops that matter are all on the way, the editor last before the circle closes.
    rows = screen.attendance.rows
    for needed in (
        screen.framework.details_button,  # the reminder's full text (P9)
        screen.agenda,
        screen.notes,
        rows[0].status,
        rows[0].briefed,
        screen.attendance.ad_hoc_button,
        screen.actions_panel.add_button,
        screen.new_note_button,
        screen.editor,
    ):
        assert needed in walk
    assert walk[-1] is screen.editor
    assert walk.index(rows[0].status) + 1 == walk.index(rows[0].briefed)


def _ring_pixels(screen: MeetingScreen, widget: QWidget) -> tuple[list[QColor], QColor]:
    """The colours across the ring's width at the middle of ``widget``'s left edge."""
    widget.setFocus()
    QApplication.processEvents()
    ring = screen.focus_ring.ring_rect()
    assert ring is not None
    image: QImage = screen.meeting_page.grab().toImage()
    ratio = image.devicePixelRatio()
    y = ring.center().y()
    across = [
        image.pixelColor(round((ring.left() + dx) * ratio), round(y * ratio))
        for dx in range(RING_WIDTH)
    ]
    return across, ring_colour(screen.meeting_page.palette())


def test_the_focus_is_a_ring_of_at_least_two_pixels_on_every_kind_of_control(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _window, screen, _meeting_id, _item = _meeting(qtbot, tmp_path)
    row = screen.attendance.rows[0]
    controls = (
        screen.editor,
        screen.agenda,
        screen.notes,
        row.status,
        row.briefed,
        screen.side_button,
        screen.new_note_button,
        screen.actions_panel.list,
    )
    for control in controls:
        across, colour = _ring_pixels(screen, control)
        assert screen.focus_ring.target is control
        assert all(c == colour for c in across), (type(control).__name__, across)
    assert RING_WIDTH >= 2
    # The ring follows the focus: the last control no longer has it.
    screen.editor.setFocus()
    QApplication.processEvents()
    assert screen.focus_ring.target is screen.editor
    # High contrast against the window: WCAG's 3:1 for a focus indicator, at least.
    background = screen.meeting_page.palette().color(screen.meeting_page.backgroundRole())
    assert _contrast(ring_colour(screen.meeting_page.palette()), background) >= 3.0


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _locks_with_ctrl_l(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    assert window.vault is not None
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5_000)
    assert window.meeting_screen.editor.toPlainText() == ""
    unlock(qtbot, window, PASSPHRASE)


@pytest.mark.parametrize("where", ["editor", "agenda", "attendance status", "attendance tick"])
def test_ctrl_l_locks_from_every_part_of_the_meeting_screen(
    qtbot: QtBot, tmp_path: Path, where: str
) -> None:
    window, screen, _meeting_id, _item = _meeting(qtbot, tmp_path)
    row = screen.attendance.rows[0]
    widget = {
        "editor": screen.editor,
        "agenda": screen.agenda,
        "attendance status": row.status,
        "attendance tick": row.briefed,
    }[where]
    widget.setFocus()
    assert widget.hasFocus()
    _locks_with_ctrl_l(qtbot, window, widget)


def test_ctrl_l_locks_from_a_dialog_of_the_meeting_screen(qtbot: QtBot, tmp_path: Path) -> None:
    window, screen, _meeting_id, _item = _meeting(qtbot, tmp_path)
    screen.add_ad_hoc()
    dialog = screen.ad_hoc_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()  # type: ignore[attr-defined]
    _locks_with_ctrl_l(qtbot, window, dialog.name)  # type: ignore[attr-defined]
    assert not isValid(dialog) or not dialog.isVisible()  # closed by the lock (P12)
    assert screen.ad_hoc_dialog is None
