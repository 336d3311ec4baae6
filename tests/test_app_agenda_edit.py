"""The living agenda, client side (issue 16 item 2; P13, review M2, C18): "Agenda
bewerken…" adds a case (new or existing code, code warnings C16) or a theme, moves items
by button and by Alt+Up / Alt+Down, removes only an empty item (a refused one says what
it holds), changes date and place, cancels or closes the meeting as held — both asking
first — against a real vault through the door; the practice's template with the proposed
cases ticked; what resurfaces on the agenda (P7, P8, P13) listed and opening its place."""

from __future__ import annotations

from datetime import date, datetime

from domain_strategies import Table
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_documents_support import text_of

from app.dialogs.agenda_edit import AgendaEditDialog
from app.dialogs.practice_meeting import PracticeMeetingDialog
from app.screens.meeting.reminders import RemindersList
from vault.api import UnlockedVault
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.model import (
    AgendaItemKind,
    AgendaSection,
    CaseStage,
    ClosureReason,
    MeetingStatus,
    TableKind,
)


def _dialog(qtbot: QtBot, door: UnlockedVault, meeting: int) -> AgendaEditDialog:
    dialog = AgendaEditDialog(door, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _lines(dialog: AgendaEditDialog) -> list[str]:
    return [dialog.items.item(r).text() for r in range(dialog.items.count())]


def _ids(door: UnlockedVault, meeting: int) -> list[int]:
    return [i.id for i in door.meetings.agenda(meeting)]


def _answer(qtbot: QtBot, dialog: AgendaEditDialog, *, confirm: bool) -> QMessageBox:
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    text = box.informativeText()
    target = dialog.confirm_button if confirm else box.defaultButton()
    assert target is not None
    target.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is None)
    box.setInformativeText(text)  # the caller reads what was asked
    return box


def test_p13_a_case_that_comes_up_is_added_by_code_new_or_existing(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    dialog = _dialog(qtbot, door, t.meeting)
    assert _lines(dialog)[2] == "3. Case — FIC-001"  # an item made without a section
    # What looks like a person is said while typing (C16); a register number is not.
    qtbot.keyClicks(dialog.code, "Yassine.B")
    assert dialog.code_warning.isVisible() and "person" in dialog.code_warning.text()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "LIVCR-2025-000017")
    assert not dialog.code_warning.isVisible()
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    case = door.cases.list(t.cell)[-1]
    assert (case.code, case.stage) == ("LIVCR-2025-000017", CaseStage.REFERRAL)
    item = door.meetings.item(dialog.current_item_id() or 0)
    assert (item.case_id, item.section) == (case.id, AgendaSection.NEW_REFERRALS)
    assert dialog.items.currentItem().text() == "4. New referrals — LIVCR-2025-000017"
    assert "New referral LIVCR-2025-000017" in dialog.message.text()
    assert dialog.code.text() == ""
    # An existing code puts that case on the agenda.
    dialog.code.setText("FIC-002")
    assert dialog.add_case() is not None
    assert t.minor_case in [i.case_id for i in door.meetings.agenda(t.meeting)]
    assert "Existing case FIC-002" in dialog.message.text()
    # Refusals in words, nothing changed.
    before = _ids(door, t.meeting)
    dialog.code.setText("FIC-001")
    assert dialog.add_case() is None
    assert dialog.error.text() == "FIC-001 is already on this agenda (item 3)."
    assert dialog.current_item_id() == t.case_item
    cases_before = len(door.cases.list(t.cell))
    for refused in ("Jan Peeters", "F-12.03.2009"):  # a name, a birth date: no case made
        dialog.code.setText(refused)
        assert dialog.add_case() is None
        assert "pseudonymous code" in dialog.error.text()
    assert len(door.cases.list(t.cell)) == cases_before
    dialog.code.clear()
    assert dialog.add_case() is None
    assert dialog.error.text() == "Type the case's code first."
    assert _ids(door, t.meeting) == before
    # A strategic table takes no cases.
    strategic = door.meetings.start(t.cell, datetime(2026, 5, 1, 10, 0), TableKind.STRATEGIC)
    other = _dialog(qtbot, door, strategic)
    assert not other.case_box.isEnabled()
    assert "operational table" in other.case_box.toolTip()


def test_p13_themes_are_added_items_moved_by_keyboard_and_only_empty_ones_removed(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    dialog = _dialog(qtbot, door, t.meeting)
    assert dialog.add_theme() is None
    assert dialog.error.text() == "Give the theme a title."
    qtbot.keyClicks(dialog.theme, "Polarisatie op sociale media")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    theme = door.meetings.agenda(t.meeting)[-2]
    assert (theme.kind, theme.title) == (AgendaItemKind.THEME, "Polarisatie op sociale media")
    assert "5. Varia and signals — Polarisatie op sociale media" in _lines(dialog)

    # Alt+Up / Alt+Down in the list move the current item; the order is the vault's.
    dialog.items.setFocus()
    dialog.items.setCurrentRow(2)  # the case item
    qtbot.keyClick(dialog.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _ids(door, t.meeting)[1] == t.case_item
    assert dialog.current_item_id() == t.case_item
    qtbot.keyClick(dialog.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _ids(door, t.meeting)[3] == t.case_item
    dialog.items.setCurrentRow(0)
    assert not dialog.up_button.isEnabled()
    assert dialog.move_by(-1) is False

    # The case item holds a presence mark (the ad hoc participant): refused in words.
    dialog.items.setCurrentRow(_ids(door, t.meeting).index(t.case_item))
    door.notes.add("Iets.", agenda_item_id=t.case_item)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Delete)
    assert dialog.error.text() == (
        "This item holds 1 note(s), 1 mark(s) of who was in the room: it stays on the "
        "agenda. Move it instead."
    )
    assert t.case_item in _ids(door, t.meeting)
    # An empty item goes (Delete in the list).
    dialog.items.setCurrentRow(_ids(door, t.meeting).index(t.opening))
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.items, Qt.Key.Key_Delete)
    assert t.opening not in _ids(door, t.meeting)
    assert len(_lines(dialog)) == len(_ids(door, t.meeting)) == 5
    assert dialog.message.text() == "The empty item was removed."


def test_p13_date_and_place_change_and_cancelling_asks_first(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    dialog = _dialog(qtbot, door, t.later_meeting)
    dialog.starts_at.setDateTime(QDateTime(2026, 4, 9, 13, 30, 0))
    dialog.place.setText(" Zaal B ")
    assert dialog.reschedule()
    later = door.meetings.get(t.later_meeting)
    assert (later.starts_at, later.place) == (datetime(2026, 4, 9, 13, 30), "Zaal B")
    assert "9 april 2026" in dialog.title.text() or "April 2026" in dialog.title.text()

    dialog.cancel_meeting_button.click()
    box = _answer(qtbot, dialog, confirm=False)  # the default keeps it
    assert "plan it again" in box.informativeText()
    assert door.meetings.get(t.later_meeting).status is MeetingStatus.PLANNED
    dialog.cancel_meeting_button.click()
    _answer(qtbot, dialog, confirm=True)
    assert door.meetings.get(t.later_meeting).status is MeetingStatus.CANCELLED
    assert dialog.status.text().startswith("Status: cancelled")
    assert not dialog.case_box.isEnabled() and not dialog.add_theme_button.isEnabled()
    assert not dialog.remove_button.isEnabled() and dialog.remove_current() is False
    assert dialog.plan_again_button.isVisible() and not dialog.close_meeting_button.isVisible()
    dialog.plan_again_button.click()
    assert door.meetings.get(t.later_meeting).status is MeetingStatus.PLANNED
    assert dialog.add_theme_button.isEnabled()


def test_p13_closing_as_held_asks_says_what_it_does_and_sets_the_status(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    def overview_status() -> str:
        request = DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting)
        text = text_of(build_pdf(t.vault, request, today=date(2026, 3, 5)))
        return text.split("Status", 1)[1].split()[0]

    assert overview_status() == "gepland"  # C18: what every overview said before
    dialog = _dialog(qtbot, door, t.meeting)
    dialog.close_meeting_button.click()
    box = _answer(qtbot, dialog, confirm=True)
    assert overview_status() == "afgesloten"
    assert "The referrals on its agenda become discussed: FIC-001." in box.informativeText()
    assert door.meetings.get(t.meeting).status is MeetingStatus.CLOSED
    assert door.cases.get(t.case).stage is CaseStage.DISCUSSED
    assert dialog.status.text().startswith("Status: held")
    assert not dialog.theme.isEnabled() and dialog.reopen_button.isVisible()
    dialog.reopen_button.click()
    assert door.meetings.get(t.meeting).status is MeetingStatus.IN_PROGRESS
    # Closing the dialog forgets what it showed (P12).
    dialog.reject()
    assert dialog.items.count() == 0 and dialog.view is None


def test_p13_the_new_meeting_offers_the_practice_template_with_the_proposed_cases(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    door.cases.move(t.case, CaseStage.DISCUSSED)
    door.cases.start_trajectory(
        t.case, lead_organisation="CAW", evaluation_on=date(2026, 3, 1), running=True
    )
    closed = door.cases.add(t.cell, "FIC-000")
    door.cases.close(closed, ClosureReason.GOAL_REACHED, confirm_open=True)
    dialog = PracticeMeetingDialog(door, door.cells.list(), t.cell, datetime(2026, 5, 7, 14, 0))
    qtbot.addWidget(dialog)

    def lines() -> dict[str, bool]:
        return {
            dialog.cases.item(r).text(): dialog.cases.item(r).checkState() == Qt.CheckState.Checked
            for r in range(dialog.cases.count())
        }

    # Each case says why it is proposed, closed ones last; the practice's agenda comes
    # ticked with the proposed cases (not the closed one), and can be unticked.
    assert dialog.practice.isChecked()
    assert dialog.cases.item(dialog.cases.count() - 1).text() == "FIC-000 — closed"
    assert lines() == {
        "FIC-001 — running — evaluation due": True,
        "FIC-002 — new referral": True,
        "FIC-000 — closed": False,
    }
    dialog.practice.setChecked(False)
    assert not any(lines().values())
    dialog.practice.setChecked(True)  # brings the proposed cases, not the closed one
    assert lines() == {
        "FIC-001 — running — evaluation due": True,
        "FIC-002 — new referral": True,
        "FIC-000 — closed": False,
    }
    dialog.practice.setChecked(False)
    assert not any(lines().values())
    qtbot.keyClick(dialog.practice, Qt.Key.Key_Space)
    assert dialog.practice.isChecked() and sum(lines().values()) == 2
    meeting = dialog.start()
    assert meeting is not None
    agenda = door.meetings.agenda(meeting)
    assert [i.section for i in agenda] == [
        AgendaSection.OPENING,
        AgendaSection.PREVIOUS_REPORT,
        AgendaSection.OPEN_ACTIONS,
        AgendaSection.RUNNING_CASES,
        AgendaSection.NEW_REFERRALS,
        AgendaSection.LTF,
        AgendaSection.VARIA,
        AgendaSection.NEXT_MEETING,
    ]
    assert [i.case_id for i in agenda if i.case_id] == [t.case, t.minor_case]
    # The dialog labels items by section: "previous report" is not a bare "Theme".
    edit = _dialog(qtbot, door, meeting)
    assert _lines(edit)[1] == "2. Previous report"
    assert _lines(edit)[-2:] == ["7. Varia and signals", "8. Next meeting"]
    # Unticked, the standard template.
    plain = PracticeMeetingDialog(door, door.cells.list(), t.cell, datetime(2026, 6, 4, 14, 0))
    qtbot.addWidget(plain)
    plain.practice.setChecked(False)
    plain.cases.item(0).setCheckState(Qt.CheckState.Checked)
    standard = plain.start()
    assert standard is not None
    assert [(i.kind, i.section) for i in door.meetings.agenda(standard)] == [
        (AgendaItemKind.OPENING, None),
        (AgendaItemKind.OPEN_ACTIONS, None),
        (AgendaItemKind.CASE, None),
        (AgendaItemKind.LTF_DECISIONS, None),
        (AgendaItemKind.CLOSING, None),
    ]


def test_p13_reminders_are_listed_and_open_their_place(
    qtbot: QtBot, t: Table, door: UnlockedVault
) -> None:
    door.actions.add(t.earlier_meeting, t.clb, "Te laat", due_date=date(2026, 2, 20))
    running = door.cases.add(t.cell, "F-2025-0200")
    door.cases.move(running, CaseStage.DISCUSSED)
    door.cases.start_trajectory(
        running, lead_organisation="CAW", evaluation_on=date(2026, 3, 1), running=True
    )
    left_open = door.cases.add(t.cell, "F-2025-0201")
    item = door.meetings.add_case_item(t.earlier_meeting, left_open)
    door.decisions.record_inform_person(item, all_agree=True, fact_only=True)  # open
    door.cases.record_stepwise_check(t.minor_case, care_first=True, clear_signs=False)
    door.meetings.add_case_item(t.earlier_meeting, t.minor_case)
    minor_item = door.meetings.add_case_item(t.meeting, t.minor_case)

    panel = RemindersList()
    qtbot.addWidget(panel)
    panel.show_meeting(door, t.meeting)
    lines = panel.lines()
    assert lines[0].startswith("Overdue action (CLB Proefmans, due ")
    assert "Te laat" not in " ".join(lines)  # metadata only, never the text
    assert set(lines[1:]) == {
        "Informing to decide — FIC-001",
        "Informing to decide — FIC-002",
        "Informing to decide — F-2025-0201",
        "Stepwise check due (minor) — FIC-002",
        "Trajectory to evaluate — F-2025-0200",
    }
    assert panel.label.text() == "To come &back to (6)"
    carrier = next(i.id for i in door.meetings.agenda(t.meeting) if i.kind.value == "open_actions")
    opened: list[tuple[str, int]] = []
    panel.item_requested.connect(lambda i: opened.append(("item", i)))
    panel.case_requested.connect(lambda c: opened.append(("case", c)))
    for row, _ in enumerate(lines):
        panel.open_line(row)
    assert opened[0] == ("item", carrier)
    wanted = {
        "Informing to decide — FIC-001": ("item", t.case_item),
        "Informing to decide — FIC-002": ("item", minor_item),
        "Stepwise check due (minor) — FIC-002": ("item", minor_item),
        "Informing to decide — F-2025-0201": ("case", left_open),
        "Trajectory to evaluate — F-2025-0200": ("case", running),
    }
    assert dict(zip(lines[1:], opened[1:], strict=True)) == wanted
    # Enter on a line opens it too.
    panel.show()
    panel.list.setFocus()
    panel.list.setCurrentRow(lines.index("Trajectory to evaluate — F-2025-0200"))
    with qtbot.waitSignal(panel.case_requested) as signal:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert signal.args == [running]
    panel.clear()
    assert panel.list.count() == 0 and not panel.isVisible()
    QApplication.processEvents()
