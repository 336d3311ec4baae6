"""End to end, the permanent representative (user 2 of domain.md): prepare input with a
colleague, sit at the table for them, release only what the table agreed as feedback,
hand it over and record that it was relayed — and nothing else of the table reaches them."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.windows import store, unlocked_demo_window
from test_app_meeting import SMALL, _start
from test_documents_support import text_of

from app.screens.representative import RepresentativeDialog
from vault.attendance import attendance
from vault.cells import list_cells, represented_colleagues, sat_in_for
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.model import AttendanceStatus, TableKind
from vault.notes import get_note
from vault.people import self_person
from vault.releases import feedback_for, prepared_inputs

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SECRET = "TAFELGEHEIM zus zit op een verontrustend forum"
AGREED = "TERUGKOPPELING de school volgt het schoolverzuim mee op"


def _texts(root: QWidget) -> str:
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        for name in ("text", "toPlainText"):
            getter = getattr(widget, name, None)
            if callable(getter):
                with contextlib.suppress(TypeError):  # a getter that needs arguments
                    parts.append(str(getter()))
        count = getattr(widget, "count", None)
        item = getattr(widget, "item", None)
        if callable(count) and callable(item):
            for row in range(count()):
                entry = item(row)
                if entry is not None and hasattr(entry, "text"):
                    parts.append(entry.text())
    return "\n".join(parts)


def _representation(qtbot: QtBot, window) -> RepresentativeDialog:  # type: ignore[no-untyped-def]
    window.representation_action.trigger()
    dialog = window.representation_dialog
    assert isinstance(dialog, RepresentativeDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # its shortcuts need it active
    return dialog


def test_permanent_representative_from_preparation_to_relayed_feedback(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    cell = list_cells(vault)[0]
    me = self_person(vault)
    colleague = represented_colleagues(vault, cell.id)[0]
    assert me is not None

    # Before the table: input agreed with the colleague, by keyboard.
    dialog = _representation(qtbot, window)
    dialog.select_colleague(colleague)
    dialog.input.setFocus()
    qtbot.keyClicks(dialog.input, "Mag gezegd worden: het gezin krijgt al hulp")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(prepared_inputs(vault, colleague)) == 1
    dialog.reject()

    # At the table the user is the member (P6): present, the colleague nowhere in the
    # attendance list; that the user sits in for them is the user's own record (P4).
    meeting_id = _start(qtbot, window, TableKind.OPERATIONAL, cases=1)
    screen = window.meeting_screen
    assert all(r.person.id != colleague for r in screen.attendance.rows)
    mine = next(r for r in screen.attendance.rows if r.person.id == me.id)
    mine.status.setCurrentIndex(mine.status.findData(AttendanceStatus.PRESENT))  # in the room
    assert colleague not in {a.person_id for a in attendance(vault, meeting_id)}
    sitting = _representation(qtbot, window)
    sitting.select_colleague(colleague)
    sitting.meeting.setCurrentIndex(sitting.meeting.findData(meeting_id))
    assert not sitting.sitting_in.isChecked()
    sitting.sitting_in.setFocus()
    qtbot.keyClick(sitting.sitting_in, Qt.Key.Key_Space)
    assert sat_in_for(vault, meeting_id) == [colleague]
    sitting.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the meeting screen's shortcuts need it
    while screen.view is not None and screen.current_item_id is not None:
        item = next(i for i in screen.view.items if i.item.id == screen.current_item_id)
        if item.item.case_id is not None:
            break
        screen.move_item(1)
    screen.editor.insertPlainText(SECRET)
    assert screen.save_pending()
    secret_id = screen.current_note_id
    screen.new_note()
    screen.editor.insertPlainText(AGREED)
    assert screen.save_pending()
    agreed_id = screen.current_note_id
    assert secret_id is not None and agreed_id is not None and secret_id != agreed_id

    # The table agreed the second note may be fed back: release it to the colleague.
    before = {r.id for r in feedback_for(vault, colleague)}
    qtbot.keyClick(screen.editor, Qt.Key.Key_R, CTRL_SHIFT)
    release = screen.release_dialog
    assert release is not None
    release.feedback.setChecked(True)
    for r in range(release.colleagues.count()):
        entry = release.colleagues.item(r)
        wanted = entry.data(Qt.ItemDataRole.UserRole) == colleague
        entry.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    release.owner.setCurrentIndex(release.owner.findData(me.id))  # no default (P3)
    release.ok.click()
    (ours,) = [r for r in feedback_for(vault, colleague) if r.id not in before]
    assert ours.note_id == agreed_id

    # After the table: exactly what was released, nothing else; then relayed.
    dialog = _representation(qtbot, window)
    dialog.select_colleague(colleague)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.feedback.count() == len(before) + 1
    ids = [
        dialog.feedback.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.feedback.count())
    ]
    row_of_ours = ids.index(ours.id)
    dialog.feedback.setCurrentRow(row_of_ours)
    shown = _texts(dialog)
    assert AGREED in shown
    for r in range(dialog.feedback.count()):  # whatever entry is opened, never the secret
        dialog.feedback.setCurrentRow(r)
        assert SECRET not in _texts(dialog)
    dialog.feedback.setCurrentRow(row_of_ours)
    dialog.relayed_button.click()
    (released,) = [r for r in feedback_for(vault, colleague) if r.id == ours.id]
    assert released.relayed_at is not None
    assert "Relayed on" in _texts(dialog)

    # The feedback sheet for the colleague holds the agreed text only (P4, P2).
    sheet = text_of(
        build_pdf(
            vault,
            DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=colleague),
            today=date(2026, 3, 5),
        )
    )
    flat = " ".join(sheet.split())
    assert "TERUGKOPPELING" in flat and "TAFELGEHEIM" not in flat
    assert get_note(vault, secret_id).body == SECRET  # still in the vault, table-only

    # Locking closes the view and leaves none of it on screen (P12).
    dialog2 = _representation(qtbot, window)
    window.lock()
    assert not dialog2.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert all(AGREED not in _texts(w) for w in visible)
