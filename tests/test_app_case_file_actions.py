"""What the case file does beyond showing the case (issue 16): record that the person was
informed (P7, done) with the meeting screen's own form; put the case on one of the cell's
coming meetings, with every refusal said in words (in Dutch too) and a minor's stepwise
check asked again there, as when the case is added at the meeting (P8); a closure the
vault refuses as needing confirmation is asked about even when nobody asked first (P13).
Against a real vault built through the door, at laptop size."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from domain_strategies import Table
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.dialogs.case_agenda import CaseAgendaDialog
from app.dialogs.case_decision import CaseDecisionDialog
from app.dialogs.informed import InformedDialog
from app.screens.case_file import CaseFileScreen
from vault.api import ClosingBlockers, InformedHow, InformingState, UnlockedVault
from vault.model import AgendaSection, CaseDecisionKind, CaseStage, ClosureReason, TableKind


def _item(door: UnlockedVault, meeting: int, case: int) -> int:
    return next(i.id for i in door.meetings.agenda(meeting) if i.case_id == case)


def _screen(qtbot: QtBot, door: UnlockedVault, case_id: int) -> CaseFileScreen:
    screen = CaseFileScreen(door, case_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 708)
    return screen


# ---------------------------------------------------------------------------- P7


def test_p7_the_case_file_records_that_the_person_was_informed(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    screen = _screen(qtbot, door, t.case)
    # Not yet considered: nothing to record; the button says why.
    assert not screen.inform_button.isEnabled()
    assert screen.inform_button.toolTip()
    door.decisions.record_inform_person(t.case_item, all_agree=True, fact_only=True)
    screen.reload()
    assert screen.inform_button.isEnabled(), "allowed and not done: it calls for recording"

    screen.inform_button.click()
    dialog = screen.informed_dialog
    assert isinstance(dialog, InformedDialog) and dialog.isVisible()
    form = dialog.form
    # The meeting screen's own form: the user first, the colleague the user represents,
    # from the meeting where it was allowed to today.
    assert form.done_by.itemData(0) == t.me
    assert form.done_by.findData(t.colleague) >= 0
    assert form.done_on.minimumDate() == QDate(2026, 3, 5)
    assert form.done_on.maximumDate() == QDate(2026, 3, 5)
    assert "allowed" in dialog.case_status.text()
    form.done_by.setCurrentIndex(form.done_by.findData(t.colleague))
    form.done_how.setCurrentIndex(form.done_how.findData(InformedHow.LETTER.value))
    with qtbot.waitSignal(screen.changed):
        form.done_button.click()

    status = door.decisions.informing_status(t.case)
    assert status.state is InformingState.DONE and status.informed is not None
    assert (status.informed.by_id, status.informed.how, status.informed.on) == (
        t.colleague,
        InformedHow.LETTER,
        date(2026, 3, 5),
    )
    assert screen.informed_dialog is None  # closed and forgotten
    # The status and the history follow at once; once per decision.
    assert "Jeugdwerker Collega" in screen.informing.text()
    assert not screen.inform_button.isEnabled() and screen.inform_button.isHidden()
    assert screen.shown_meeting == t.meeting
    assert "told by Jeugdwerker Collega, by letter, on 5 March 2026" in (
        screen.history.toPlainText()
    )
    assert screen.message.text() == "Recorded: the person was informed."


def test_p7_the_case_file_does_not_record_informing_that_was_not_allowed(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    door.decisions.record_inform_person(
        t.case_item, all_agree=True, fact_only=True, risk_indicated_by=frozenset({t.police})
    )
    screen = _screen(qtbot, door, t.case)
    assert not screen.inform_button.isEnabled()
    assert "does not allow telling the person" in screen.inform_button.toolTip()
    screen.record_informed()  # a click that slipped through does nothing
    assert screen.informed_dialog is None
    # Allowed when the dialog opened, then decided again (not allowed) behind its back:
    # the vault refuses and the dialog says why.
    door.decisions.record_inform_person(t.case_item, all_agree=True, fact_only=True)
    dialog = InformedDialog(door, t.case)
    qtbot.addWidget(dialog)
    assert dialog.form.isEnabled() and not dialog.error.text()
    door.decisions.record_inform_person(t.case_item, all_agree=False, fact_only=True)
    assert dialog.record() is None
    assert dialog.error.text()
    assert door.decisions.informing_status(t.case).state is InformingState.REFUSED


# ---------------------------------------------------------------------------- the agenda


def _minor_returning(t: Table, door: UnlockedVault) -> None:
    """The minor's case was on the earlier meeting's agenda, answered there, held."""
    door.meetings.add_case_item(t.earlier_meeting, t.minor_case)
    door.cases.record_stepwise_check(
        t.minor_case, care_first=True, clear_signs=False, meeting_id=t.earlier_meeting
    )
    door.meetings.close(t.earlier_meeting)


def test_p8_a_minors_case_put_on_the_agenda_from_the_file_is_asked_the_stepwise_check_again(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    _minor_returning(t, door)
    assert t.minor_case not in door.meetings.stepwise_due(t.meeting)  # not on it yet
    screen = _screen(qtbot, door, t.minor_case)
    assert "Asked again" not in screen.stepwise.text()
    screen.agenda_button.click()
    dialog = screen.agenda_dialog
    assert isinstance(dialog, CaseAgendaDialog) and dialog.isVisible()
    # The cell's coming meetings (the held one is not offered), the next one chosen.
    offered = [dialog.meeting.itemData(i) for i in range(dialog.meeting.count())]
    assert offered == [t.meeting, t.later_meeting]
    assert dialog.chosen_meeting() == t.meeting
    with qtbot.waitSignal(screen.changed):
        dialog.add_button.click()

    [item] = [i for i in door.meetings.agenda(t.meeting) if i.case_id == t.minor_case]
    assert item.section is AgendaSection.RUNNING_CASES  # discussed before: running
    assert door.cases.get(t.minor_case).stage is CaseStage.DISCUSSED
    # P8: asked again at that meeting — in the vault and in the file at once.
    assert door.cases.stepwise_check_due(t.minor_case, t.meeting)
    assert t.minor_case in door.meetings.stepwise_due(t.meeting)
    assert t.minor_case in door.meetings.reminders(t.meeting).stepwise_due
    assert "Asked again at the meeting of Thursday 5 March 2026" in screen.stepwise.text()
    assert screen.shown_meeting == t.meeting
    assert screen.meetings.count() == 2
    assert screen.message.text().startswith("On the agenda of the meeting of Thursday 5 March")

    # The meeting's own agenda editor goes through the same door, with the same effect.
    door.meetings.add_case_by_code(t.later_meeting, "FIC-002")
    assert door.meetings.stepwise_due(t.later_meeting) == [t.minor_case]


def test_p13_put_on_the_agenda_says_every_refusal_in_words_and_changes_nothing(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    strategic = door.meetings.start(t.cell, datetime(2026, 3, 19, 14, 0), TableKind.STRATEGIC)
    cancelled = door.meetings.start(t.cell, datetime(2026, 3, 12, 9, 30), TableKind.OPERATIONAL)
    door.meetings.cancel(cancelled)
    dialog = CaseAgendaDialog(door, t.case)
    qtbot.addWidget(dialog)
    offered = [dialog.meeting.itemData(i) for i in range(dialog.meeting.count())]
    assert offered == [t.earlier_meeting, t.meeting, strategic, t.later_meeting]
    # FIC-001 is on every operational agenda and the strategic table takes no case:
    # the next one is chosen and says why it cannot take the case.
    assert dialog.chosen_meeting() == t.meeting
    assert dialog.hint.text().startswith(
        "The case is already on the agenda of the meeting of Thursday 5 March 2026"
    )
    assert dialog.hint.text().endswith("(item 3).")
    before = {m: len(door.meetings.agenda(m)) for m in offered}
    assert dialog.add() is None
    assert "already on the agenda" in dialog.error.text()
    dialog.meeting.setCurrentIndex(offered.index(strategic))
    assert "strategic table: cases are discussed at the operational table" in dialog.hint.text()
    assert dialog.add() is None
    assert "strategic table" in dialog.error.text()
    assert {m: len(door.meetings.agenda(m)) for m in offered} == before

    # A meeting closed or cancelled behind the dialog's back: refused, said in words.
    other = door.cases.add(t.cell, "FIC-010")
    late = CaseAgendaDialog(door, other)
    qtbot.addWidget(late)
    assert late.chosen_meeting() == t.meeting and not late.hint.isVisibleTo(late)
    door.meetings.close(t.meeting)
    assert late.add() is None
    assert "was closed as held: its agenda no longer changes" in late.error.text()
    late.meeting.setCurrentIndex(offered.index(t.later_meeting))
    door.meetings.cancel(t.later_meeting)
    assert late.add() is None
    assert "was cancelled: its agenda no longer changes" in late.error.text()
    assert all(i.case_id != other for m in offered for i in door.meetings.agenda(m))


def test_p13_put_on_the_agenda_speaks_dutch(
    qtbot: QtBot, t: Table, door: UnlockedVault, dutch: None
) -> None:
    screen = _screen(qtbot, door, t.case)
    assert screen.agenda_button.text() == "Op de age&nda zetten…"
    assert screen.inform_button.text() == "&Informeren van betrokkene vastleggen…"
    dialog = CaseAgendaDialog(door, t.case)
    qtbot.addWidget(dialog)
    assert dialog.hint.text().startswith("De casus staat al op de agenda van het overleg van")
    assert "maart 2026" in dialog.hint.text()
    assert dialog.add() is None
    assert dialog.error.text().startswith("De casus staat al op de agenda")
    other = door.cases.add(t.cell, "FIC-011")
    late = CaseAgendaDialog(door, other)
    qtbot.addWidget(late)
    door.meetings.close(t.meeting)
    assert late.add() is None
    assert "is afgesloten als gehouden: de agenda verandert niet meer" in late.error.text()


def test_the_agenda_choice_says_when_the_cell_has_no_coming_meeting(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    case = door.cases.add(t.other_cell, "DNK-002")
    door.meetings.close(t.other_cell_meeting)
    dialog = CaseAgendaDialog(door, case)
    qtbot.addWidget(dialog)
    assert dialog.meeting.count() == 0
    assert not dialog.add_button.isEnabled()
    assert "no planned meeting" in dialog.hint.text()
    assert dialog.add() is None


# ---------------------------------------------------------------------------- P13 closing


def test_p13_a_closure_the_vault_refuses_as_unconfirmed_is_asked_about_then_closed(
    qtbot: QtBot, t: Table, door: UnlockedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog asks first from closing_blockers(); when it did not (or what is open
    changed since), the vault's ClosureNeedsConfirmation asks the same question."""
    door.actions.add(t.meeting, t.clb, "School contacteren", agenda_item_id=t.case_item)
    dialog = CaseDecisionDialog(door, t.case, meeting_id=t.meeting, kind=CaseDecisionKind.CLOSURE)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.GOAL_REACHED.value))
    dialog.text.setPlainText("Doel bereikt.")
    assert not dialog.close_case(confirm_open=False)  # straight to the vault, nobody asked
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    assert "1 open action(s)" in box.text()
    assert "informing the person is not decided yet" in box.text()
    assert not dialog.error.text(), "a question, not an error"
    assert door.cases.get(t.case).stage is CaseStage.REFERRAL
    anyway = dialog.close_anyway_button
    assert isinstance(anyway, QAbstractButton)
    with qtbot.waitSignal(dialog.recorded):
        anyway.click()
    assert door.cases.get(t.case).stage is CaseStage.CLOSED

    # The same outside a meeting, when the blockers read first said nothing was open.
    other = door.cases.add(t.cell, "FIC-012")
    door.actions.add(t.meeting, t.clb, "Nabellen", case_id=other)
    empty = ClosingBlockers(other, (), None)
    monkeypatch.setattr(door.cases, "closing_blockers", lambda _case_id: empty)
    outside = CaseDecisionDialog(door, other, kind=CaseDecisionKind.CLOSURE)
    qtbot.addWidget(outside)
    outside.meeting.setCurrentIndex(outside.meeting.count() - 1)
    outside.record_button.click()
    asked = outside.confirm_box
    assert isinstance(asked, QMessageBox) and "1 open action(s)" in asked.text()
    asked.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: outside.confirm_box is None)
    assert door.cases.get(other).stage is CaseStage.REFERRAL


# ---------------------------------------------------------------------------- layout


def test_the_case_files_new_buttons_fit_a_laptop_and_follow_the_reading_order(
    qtbot: QtBot, t: Table, door: UnlockedVault, tmp_path: Path
) -> None:
    door.decisions.record_inform_person(t.case_item, all_agree=True, fact_only=True)
    screen = _screen(qtbot, door, t.case)
    screen.show()
    qtbot.waitExposed(screen)
    for button in (screen.inform_button, screen.agenda_button, screen.decide_button):
        assert button.isVisible()
        assert button.width() >= button.minimumSizeHint().width(), button.text()
        assert "&" in button.text()
        right = button.mapTo(screen.status_panel, button.rect().topRight()).x()
        assert right <= screen.status_panel.viewport().width(), button.text()
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            assert label.width() >= label.minimumSizeHint().width(), label.text()
    assert screen.grab().save(str(tmp_path / "case-file.png"))
    seen, widget = [], screen.inform_button
    wanted = [
        screen.inform_button,
        screen.move_to,
        screen.move_button,
        screen.decide_button,
        screen.agenda_button,
        screen.minor,
    ]
    for _ in range(100):
        if widget in wanted and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == wanted


def test_p12_a_lock_closes_the_case_files_dialogs(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    door.decisions.record_inform_person(t.case_item, all_agree=True, fact_only=True)
    screen = _screen(qtbot, door, t.case)
    screen.inform_button.click()
    informed = screen.informed_dialog
    assert informed is not None and informed.isVisible()
    with qtbot.waitSignal(informed.finished):
        screen.wipe()
    assert screen.informed_dialog is None
    assert screen.message.text() == "" and screen.informing.text() == ""
