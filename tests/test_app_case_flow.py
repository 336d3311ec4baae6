"""End to end through the case screens (issue 16, P13): a case over three meetings —
referral → trajectory → closure → retention review → deletion record — driven by the
widgets a user touches, against a real vault; the meetings are made through the door."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

from conftest import FakeClock
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot
from support.prompts import SavePrompts

from app.dialogs.case_decision import CaseDecisionDialog
from app.dialogs.case_retention import CaseRetentionDialog
from app.screens.case_file import CaseFileScreen
from app.screens.case_list import CaseListScreen
from vault import Vault
from vault.api import UnlockedVault
from vault.model import AttendanceStatus, CaseStage, ClosureReason, Role, TableKind


def _decide(qtbot: QtBot, screen: CaseFileScreen) -> CaseDecisionDialog:
    screen.decide_button.click()
    dialog = screen.decision_dialog
    assert isinstance(dialog, CaseDecisionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_p13_a_case_over_three_meetings_from_referral_to_its_deletion_record(
    qtbot: QtBot, vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    door = UnlockedVault(vault)
    me = door.people.add("Ik Zelf", Role.YOUTH_OFFICER, organisation="Jeugddienst", is_self=True)
    caw = door.people.add("Hulpverlener Voorbeeld", Role.OTHER, organisation="CAW Fictiegem")
    cell = door.cells.add("LIVC R Fictiegem", local_definition="Steeds extremere ideeën.")
    for person in (me, caw):
        door.cells.add_member(cell, person)

    # Referral: the case is added from the case list, which warns about nothing here.
    cases = CaseListScreen(door, cell_id=cell)
    qtbot.addWidget(cases)
    cases.show()
    qtbot.keyClicks(cases.new_code, "LIVCR-2026-000031")
    assert cases.code_warning.isHidden()
    with qtbot.waitSignal(cases.case_opened) as opened:
        qtbot.keyClick(cases.new_code, Qt.Key.Key_Return)
    case = opened.args[0]
    file = CaseFileScreen(door, case)
    qtbot.addWidget(file)
    file.show()
    assert file.stage.text() == "Referral received"
    assert file.definition.body.text() == "Steeds extremere ideeën."

    # Three meetings with the case on the agenda, through the door.
    days = [datetime(2026, 3, 5, 14, 0), datetime(2026, 4, 2, 14, 0), datetime(2026, 5, 7, 14, 0)]
    meetings = [
        door.meetings.start(cell, day, TableKind.OPERATIONAL, case_ids=[case]) for day in days
    ]
    items = [next(i.id for i in door.meetings.agenda(m) if i.case_id == case) for m in meetings]
    for meeting in meetings:
        door.attendance.set(meeting, me, AttendanceStatus.PRESENT)
        door.attendance.set(meeting, caw, AttendanceStatus.PRESENT)

    # First meeting: discussed; the stage moves from the case file.
    door.notes.add("Zorgwekkende uitspraken op school (kanarie).", agenda_item_id=items[0])
    file.reload()
    file.move_to.setCurrentIndex(file.move_to.findText("Discussed"))
    file.move_button.click()
    assert door.cases.get(case).stage is CaseStage.DISCUSSED
    door.meetings.close(meetings[0])
    door.decisions.record_inform_person(items[0], all_agree=True, fact_only=True)

    # Second meeting: a follow-up trajectory, recorded in the dialog.
    clock.moment = datetime(2026, 4, 2, 15, 0, tzinfo=UTC)
    file.reload()
    file.meetings.setCurrentRow(1)  # newest first: the second meeting
    assert file.shown_meeting == meetings[1]
    dialog = _decide(qtbot, file)
    assert dialog.chosen_place() == (meetings[1], items[1])
    qtbot.keyClicks(dialog.text, "Begeleiding door het CAW, gesprekken met het gezin.")
    dialog.lead.setEditText("CAW Fictiegem")
    dialog.director.setCurrentIndex(dialog.director.findData(caw))
    dialog.evaluation.setDate(QDate(2026, 7, 2))
    dialog.running.setChecked(True)
    with qtbot.waitSignal(file.changed):
        dialog.record_button.click()
    assert file.stage.text() == "Follow-up trajectory running"
    assert "Hulpverlener Voorbeeld" in file.trajectory.text()
    door.actions.add(meetings[1], caw, "Gesprek met de ouders", agenda_item_id=items[1])
    door.meetings.close(meetings[1])

    # Third meeting: closure, asked first because the action is still open.
    clock.moment = datetime(2026, 5, 7, 15, 0, tzinfo=UTC)
    file.reload()
    file.meetings.setCurrentRow(0)
    dialog = _decide(qtbot, file)
    dialog.kind.setCurrentIndex(dialog.kind.findData("closure"))
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.GOAL_REACHED.value))
    qtbot.keyClicks(dialog.text, "Doel bereikt.")
    dialog.record_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    assert "1 open action(s)" in box.text()
    anyway = dialog.close_anyway_button
    assert isinstance(anyway, QAbstractButton)
    with qtbot.waitSignal(file.changed):
        anyway.click()
    door.meetings.close(meetings[2])
    file.reload()
    assert file.stage.text() == "Closed"
    assert "Goal reached" in file.closure.text()
    history = [file.meetings.item(i).text() for i in range(file.meetings.count())]
    assert len(history) == 3 and all("held" in line for line in history)
    cases.stage.setCurrentIndex(cases.stage.findText("Closed"))
    assert [r.case.id for r in cases.model.rows] == [case]

    # Retention review: two years after closure (goal reached), the case is due.
    preview_before = door.retention.deletion_preview(case)
    assert (preview_before.meetings, preview_before.decisions) == (
        3,
        3,
    )  # informing, trajectory, closure
    target = tmp_path / "register.csv"
    retention = CaseRetentionDialog(door, SavePrompts(target), today=date(2028, 5, 6))
    qtbot.addWidget(retention)
    assert retention.tree.topLevelItemCount() == 0
    retention.reject()
    retention = CaseRetentionDialog(door, SavePrompts(target), today=date(2028, 5, 7))
    qtbot.addWidget(retention)
    assert retention.tree.topLevelItem(0).text(0) == "LIVCR-2026-000031"
    assert "in 3 meeting(s)" in retention.counts.text()
    retention.reference.setText("Selectielijst lokale besturen, 7.3")
    retention.delete_button.click()
    confirm = retention.confirm_delete_button
    assert isinstance(confirm, QAbstractButton)
    assert confirm.text() == "Delete LIVCR-2026-000031"
    with qtbot.waitSignal(retention.case_deleted):
        confirm.click()

    # The deletion record: in the register file, without content.
    assert door.cases.list() == []
    cases.refresh()
    assert cases.model.rows == []
    retention.export_button.click()
    text = target.read_text(encoding="utf-8-sig")
    [record] = list(csv.DictReader(io.StringIO(text)))
    assert record["case_code"] == "LIVCR-2026-000031"
    assert record["closure_reason"] == "goal_reached"
    assert (record["closed_on"], record["first_discussed_on"], record["last_discussed_on"]) == (
        "2026-05-07",
        "2026-03-05",
        "2026-05-07",
    )
    assert (record["meetings"], record["decisions"]) == ("3", "3")
    assert record["selection_list_ref"] == "Selectielijst lokale besturen, 7.3"
    for word in ("kanarie", "Begeleiding", "Doel bereikt", "ouders", "CAW"):
        assert word not in text
