"""Decisions on the meeting screen: LTF consensus (P6), informing the person (P7), and the
stepwise gate for a minor's case (P8); dialogs closed when the vault locks (P12)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
)
from pytestqt.qtbot import QtBot
from support.widgets import texts, unnamed
from support.windows import make_context, seed_vault, store, unlock, unlocked_window

from app.dialogs.consensus import ConsensusDialog
from app.dialogs.inform import InformDialog
from app.dialogs.minors_gate import StepwiseDialog
from app.screens.meeting.notes import AUTOSAVE_DELAY_MS
from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault import Vault
from vault.attendance import set_attendance, set_item_presence
from vault.cases import (
    add_case,
    get_case,
    record_stepwise_check,
    stepwise_answers,
    stepwise_check_due,
)
from vault.cells import add_cell, add_member, represent, sit_in_for
from vault.decisions import decisions, positions, record_inform_person, record_ltf_form
from vault.documents import document_choices
from vault.informing import police_statements
from vault.meetings import agenda, start_meeting
from vault.model import (
    AgendaItemKind,
    AttendanceStatus,
    DecisionKind,
    DecisionOutcome,
    Position,
    Role,
    TableKind,
)
from vault.notes import get_note, list_notes
from vault.people import add_person
from vault.policy import is_table_only

CANARY = "KANARIE-4711 fiche"


@dataclass(frozen=True)
class Table:
    """The facts of one operational meeting with an adult's and a minor's case."""

    meeting: int
    adult_item: int
    minor_item: int
    minor_case: int
    me: int
    mayor: int
    police: int
    clb: int
    colleague: int


def _table(vault: Vault) -> Table:
    cell = add_cell(vault, "LIVC R Testgem", framework_text="Afsprakenkader (test).")
    me = add_person(vault, "Dirk Demo", Role.YOUTH_OFFICER, organisation="Gemeente", is_self=True)
    mayor = add_person(vault, "Bea Burgemeester", Role.MAYOR, organisation="Gemeente")
    police = add_person(vault, "Ivo Informatie", Role.INFORMATION_OFFICER, organisation="PZ")
    clb = add_person(vault, "Clara Clb", Role.CLB, organisation="CLB Testgem")
    colleague = add_person(
        vault, "Wout Welzijn", Role.YOUTH_WELFARE_WORKER, organisation="Gemeente"
    )
    for person in (me, mayor, police, clb):
        add_member(vault, cell, person)
    represent(vault, cell, colleague)
    adult = add_case(vault, cell, "VOL-A1")
    minor = add_case(vault, cell, "MIN-B2", subject_is_minor=True)
    meeting = start_meeting(
        vault, cell, datetime(2026, 3, 5, 14, 0), TableKind.OPERATIONAL, case_ids=[adult, minor]
    )
    for person in (me, mayor, police, clb):
        set_attendance(vault, meeting, person, AttendanceStatus.PRESENT, briefed=True)
    sit_in_for(vault, meeting, colleague)  # the user's own record: they are the member (P6)
    items = {i.case_id: i.id for i in agenda(vault, meeting) if i.kind is AgendaItemKind.CASE}
    return Table(meeting, items[adult], items[minor], minor, me, mayor, police, clb, colleague)


def _window(
    qtbot: QtBot, tmp_path: Path, prepare: Callable[[Vault, Table], object] | None = None
) -> tuple[MainWindow, Table]:
    context = make_context(tmp_path)
    table = seed_vault(context, _table, then=prepare)
    window = unlocked_window(qtbot, context)
    window.meetings_action.trigger()
    return window, table


def _open_item(qtbot: QtBot, window: MainWindow, table: Table, item_id: int) -> MeetingScreen:
    screen = window.meeting_screen
    screen.open_meeting(table.meeting, item_id)
    assert screen.current_item_id == item_id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen.editor.setFocus()
    return screen


def _consensus(screen: MeetingScreen) -> ConsensusDialog:
    screen.decisions.ltf_action.trigger()
    dialog = screen.decisions.dialog
    assert isinstance(dialog, ConsensusDialog)
    return dialog


def _inform(screen: MeetingScreen) -> InformDialog:
    screen.decisions.inform_action.trigger()
    dialog = screen.decisions.dialog
    assert isinstance(dialog, InformDialog)
    return dialog


def _each_agrees(qtbot: QtBot, dialog: ConsensusDialog) -> None:
    """Every member is asked in turn: one key on their own row (C17: no one-click)."""
    for row in dialog.rows:
        qtbot.keyClick(row.position, Qt.Key.Key_A)


def _row(dialog: ConsensusDialog, person_id: int) -> QComboBox:
    return next(r.position for r in dialog.rows if r.person.id == person_id)


def _choose(combo: QComboBox, position: Position | None) -> None:
    combo.setCurrentIndex(combo.findData(position) if position is not None else 0)


def _ltf(vault: Vault, item_id: int) -> list[tuple[int, DecisionOutcome, int | None]]:
    return [
        (d.id, d.outcome, d.text_note_id)
        for d in decisions(vault, agenda_item_id=item_id)
        if d.kind is DecisionKind.LTF_FORM
    ]


# ---------------------------------------------------------------------------- P6
def test_p6_full_agreement_records_consensus(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    vault = store(window)
    assert screen.decisions.ltf_button.isVisible()
    dialog = _consensus(screen)
    listed = {r.person.id for r in dialog.rows}
    # everyone present; the user is the member for the colleague they sit in for (P6)
    assert listed == {table.me, table.mayor, table.police, table.clb}
    assert "No consensus" in dialog.result_text  # nobody has a position yet
    _each_agrees(qtbot, dialog)
    dialog.form_text.setPlainText("Terugkoppeling: signalen bevestigd, opvolging loopt.")
    assert dialog.result_text.startswith("Consensus reached")
    assert dialog.record_button.text() == "&Record consensus"
    dialog.record_button.click()
    assert screen.decisions.dialog is None

    [(decision_id, outcome, text_id)] = _ltf(vault, table.adult_item)
    assert outcome is DecisionOutcome.AGREED
    assert positions(vault, decision_id) == dict.fromkeys(listed, Position.APPROVE)
    assert text_id is not None and not is_table_only(vault, text_id)  # released for the LTF
    assert "LTF feedback form: consensus reached" in screen.decisions.status_text
    assert "2026" in screen.decisions.status_text  # with the date it was recorded
    # the form text is not one of the item's notes in the editor's list
    assert all(
        screen.notes.item(r).data(Qt.ItemDataRole.UserRole) != text_id
        for r in range(screen.notes.count())
    )

    # re-opening shows what is on record, read-only until a new vote is asked for
    again = _consensus(screen)
    assert not again.editing
    assert again.form_text.toPlainText().startswith("Terugkoppeling")
    assert again.form_text.isReadOnly()
    assert all(r.chosen() is Position.APPROVE for r in again.rows)
    assert "On record: consensus reached" in again.result_text
    again.again_button.click()
    assert again.editing and not again.form_text.isReadOnly()
    # A new round asks every member again: nobody keeps the recorded "agrees" (C17; the
    # Xvfb walk found one press re-recording everyone's earlier agreement).
    assert all(r.chosen() is None for r in again.rows)
    assert again.result_text.startswith("No consensus")
    assert again.form_text.toPlainText().startswith("Terugkoppeling"), "the text stays"
    again.reject()


def test_p6_one_disagreement_means_no_consensus_and_says_who(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    vault = store(window)
    dialog = _consensus(screen)
    _each_agrees(qtbot, dialog)
    _choose(_row(dialog, table.mayor), Position.OBJECT)
    dialog.form_text.setPlainText("Fiche voor de LTF.")
    assert dialog.result_text.startswith("No consensus")
    assert "Disagrees: Bea Burgemeester." in dialog.result_text
    assert "not passed on" in dialog.result_text
    assert dialog.record_button.text() == "&Record as not passed on"
    dialog.record_button.click()
    [(decision_id, outcome, text_id)] = _ltf(vault, table.adult_item)
    assert outcome is DecisionOutcome.NOT_PASSED_ON
    assert positions(vault, decision_id)[table.mayor] is Position.OBJECT
    assert text_id is not None and is_table_only(vault, text_id)  # the text stays in
    assert "no consensus — recorded as not passed on" in screen.decisions.status_text
    again = _consensus(screen)
    assert "On record: no consensus" in again.result_text
    assert "Bea Burgemeester" in again.result_text
    again.reject()


def test_p6_abstention_and_no_position_are_not_approval(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    vault = store(window)
    dialog = _consensus(screen)
    _each_agrees(qtbot, dialog)
    _choose(_row(dialog, table.clb), Position.ABSTAIN)
    _choose(_row(dialog, table.me), None)
    text = dialog.result_text
    assert text.startswith("No consensus")
    assert "Abstention (an abstention is not approval): Clara Clb." in text
    assert "No position yet (no position is not approval): Dirk Demo." in text
    assert "Disagrees" not in text
    dialog.form_text.setPlainText("Fiche.")
    dialog.record_button.click()
    [(decision_id, outcome, _text)] = _ltf(vault, table.adult_item)
    assert outcome is DecisionOutcome.NOT_PASSED_ON
    recorded = positions(vault, decision_id)
    assert recorded[table.clb] is Position.ABSTAIN
    assert table.me not in recorded and table.colleague not in recorded


def test_p6_only_members_present_for_the_item_are_listed(qtbot: QtBot, tmp_path: Path) -> None:
    def prepare(vault: Vault, table: Table) -> None:
        set_item_presence(vault, table.adult_item, table.clb, False)  # left the room
        guest = add_person(vault, "Gust Gast", Role.SCHOOL)
        set_attendance(
            vault,
            table.meeting,
            guest,
            AttendanceStatus.PRESENT,
            ad_hoc=True,
            briefed=True,
            whole_meeting=False,
        )
        set_item_presence(vault, table.minor_item, guest, True)  # for the other case only

    window, table = _window(qtbot, tmp_path, prepare)
    screen = _open_item(qtbot, window, table, table.adult_item)
    vault = store(window)
    dialog = _consensus(screen)
    names = [r.person.name for r in dialog.rows]
    assert "Clara Clb" not in names and "Gust Gast" not in names
    assert {"Bea Burgemeester", "Ivo Informatie", "Dirk Demo"} == set(names)  # not Wout (P6)
    _each_agrees(qtbot, dialog)
    dialog.form_text.setPlainText("Fiche.")
    assert dialog.result_text.startswith("Consensus reached")
    dialog.record_button.click()
    assert _ltf(vault, table.adult_item)[0][1] is DecisionOutcome.AGREED

    # the ad hoc participant is listed for the item they attended
    screen = _open_item(qtbot, window, table, table.minor_item)
    other = _consensus(screen)
    assert "Gust Gast" in [r.person.name for r in other.rows]
    assert "Clara Clb" in [r.person.name for r in other.rows]
    other.reject()


def test_p6_form_at_the_ltf_item_belongs_to_a_chosen_case_and_needs_its_ad_hoc_participant(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """P6 (revised; domain review C1): at "Beslissingen LTF" the user chooses the case; the
    ad hoc participant who joined for that case item only is listed, named as not in the
    room, and still required; someone who left the room for the LTF item too."""

    def prepare(vault: Vault, table: Table) -> None:
        guest = add_person(vault, "Gust Gast", Role.CLB, organisation="CLB Elders")
        set_attendance(
            vault,
            table.meeting,
            guest,
            AttendanceStatus.PRESENT,
            ad_hoc=True,
            briefed=True,
            whole_meeting=False,
        )
        set_item_presence(vault, table.adult_item, guest, True)  # for the adult's case only
        set_item_presence(vault, _ltf_item(vault, table), table.clb, False)  # left the room

    window, table = _window(qtbot, tmp_path, prepare)
    vault = store(window)
    ltf_item = _ltf_item(vault, table)
    screen = _open_item(qtbot, window, table, ltf_item)
    dialog = _consensus(screen)
    assert dialog.case_choice.isVisible() and dialog.case_id() is None
    assert "Choose the case" in "".join(t for t in texts(dialog))
    dialog.form_text.setPlainText("Fiche.")
    dialog.record_button.click()
    assert screen.decisions.dialog is dialog and not _ltf(vault, ltf_item)  # case first
    assert "Choose the case this form is about." in dialog.error.text()

    dialog.case_choice.setCurrentIndex(dialog.case_choice.findText("VOL-A1"))
    names = {r.person.name: r.name.text() for r in dialog.rows}
    assert "Gust Gast" in names and "Clara Clb" in names
    assert names["Gust Gast"] == "Gust Gast (not in the room now, still required)"
    assert names["Clara Clb"] == "Clara Clb (not in the room now, still required)"
    _each_agrees(qtbot, dialog)
    _choose(next(r.position for r in dialog.rows if r.person.name == "Gust Gast"), None)
    assert dialog.result_text.startswith("No consensus")
    assert "still required: Clara Clb, Gust Gast." in dialog.result_text
    assert "No position yet (no position is not approval): Gust Gast." in dialog.result_text
    dialog.record_button.click()
    [(_decision, outcome, text_id)] = _ltf(vault, ltf_item)
    assert outcome is DecisionOutcome.NOT_PASSED_ON
    assert text_id is not None and get_note(vault, text_id).case_id is not None

    again = _consensus(screen)  # on record: the case shown is the form's
    assert again.case_choice.currentText() == "VOL-A1" and not again.case_choice.isEnabled()
    again.again_button.click()
    _each_agrees(qtbot, again)
    assert again.result_text.startswith("Consensus reached")
    assert "Among them, not in the room now: Clara Clb, Gust Gast." in again.result_text
    again.record_button.click()
    assert _ltf(vault, ltf_item)[-1][1] is DecisionOutcome.AGREED

    # The form belongs to its case: the case's own item shows it as on record (the Xvfb
    # walk found an empty new form there), and the document list names the case.
    at_case = _consensus(_open_item(qtbot, window, table, table.adult_item))
    assert not at_case.editing
    assert at_case.form_text.toPlainText() == "Fiche."
    assert "On record: consensus reached" in at_case.result_text
    at_case.reject()
    labels = [c.label for c in document_choices(vault, language="en").ltf_decisions]
    assert labels and all("VOL-A1" in label for label in labels), labels


def test_p7_a_superseded_informing_decision_says_so_on_the_meeting_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """P7 (revised; domain review C3): "allowed" at this meeting, "not allowed" at the next
    (police now see a risk): this meeting's item shows its decision as superseded; the
    next meeting's shows the one that counts."""
    later: list[int] = []

    def prepare(vault: Vault, table: Table) -> None:
        record_inform_person(vault, table.adult_item, all_agree=True, fact_only=True)
        case = next(i.case_id for i in agenda(vault, table.meeting) if i.id == table.adult_item)
        assert case is not None
        cell = vault.query("SELECT cell_id FROM meeting WHERE id = ?", (table.meeting,))[0][0]
        meeting = start_meeting(
            vault, int(cell), datetime(2026, 4, 2, 14, 0), TableKind.OPERATIONAL, case_ids=[case]
        )
        set_attendance(vault, meeting, table.police, AttendanceStatus.PRESENT, briefed=True)
        item = next(i.id for i in agenda(vault, meeting) if i.case_id == case)
        record_inform_person(
            vault, item, all_agree=True, fact_only=True, risk_indicated_by={table.police}
        )
        later.append(meeting)

    window, table = _window(qtbot, tmp_path, prepare)
    screen = _open_item(qtbot, window, table, table.adult_item)
    status = screen.decisions.status_text
    assert "Informing the person: allowed" in status
    assert "Superseded: a later decision on this case" in status
    screen.open_meeting(later[0])
    item = next(i.id for i in agenda(store(window), later[0]) if i.kind is AgendaItemKind.CASE)
    screen.open_meeting(later[0], item)
    status = screen.decisions.status_text
    assert "Informing the person: not allowed" in status and "Superseded" not in status
    screen.open_meeting(table.meeting, table.adult_item)
    dialog = _inform(screen)
    assert "Superseded: a later decision on this case" in dialog.recorded_label.text()
    dialog.reject()


def test_p6_an_earlier_form_replaced_by_a_later_round_on_the_case_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Decided for P6 as for P7: an agreed form at the case item, then a round without
    consensus at "Beslissingen LTF" on the same case: the first shows as superseded."""

    def prepare(vault: Vault, table: Table) -> None:
        everyone = dict.fromkeys((table.me, table.mayor, table.police, table.clb), Position.APPROVE)
        record_ltf_form(vault, table.adult_item, "Eerste fiche", everyone, info_owner_id=table.me)
        case = next(i.case_id for i in agenda(vault, table.meeting) if i.id == table.adult_item)
        record_ltf_form(
            vault,
            _ltf_item(vault, table),
            "Toch niet",
            everyone | {table.police: Position.OBJECT},
            info_owner_id=table.me,
            case_id=case,
        )

    window, table = _window(qtbot, tmp_path, prepare)
    screen = _open_item(qtbot, window, table, table.adult_item)
    assert "LTF feedback form: consensus reached" in screen.decisions.status_text
    assert "Superseded: a later decision on this case" in screen.decisions.status_text
    dialog = _consensus(screen)  # the form that governs for the case, not the replaced one
    assert dialog.form_text.toPlainText() == "Toch niet"
    assert "On record: no consensus, not passed on" in dialog.result_text
    dialog.reject()
    screen = _open_item(qtbot, window, table, _ltf_item(store(window), table))
    assert "Superseded" not in screen.decisions.status_text


def _ltf_item(vault: Vault, table: Table) -> int:
    return next(
        i.id for i in agenda(vault, table.meeting) if i.kind is AgendaItemKind.LTF_DECISIONS
    )


def test_p6_keyboard_only_consensus(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    vault = store(window)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(screen.editor, Qt.Key.Key_L, ctrl_shift)
    dialog = screen.decisions.dialog
    assert isinstance(dialog, ConsensusDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rows[0].position)
    for row in dialog.rows[:-1]:
        combo = QApplication.focusWidget()
        assert combo is row.position
        qtbot.keyClick(combo, Qt.Key.Key_A)  # one key: agrees, and on to the next member
        assert row.chosen() is Position.APPROVE
    last = dialog.rows[-1].position
    assert QApplication.focusWidget() is last
    qtbot.keyClick(last, Qt.Key.Key_D)  # the last one disagrees
    assert dialog.rows[-1].chosen() is Position.OBJECT
    assert "Disagrees: " + dialog.rows[-1].person.name in dialog.result_text
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_A)  # asked again: agrees
    assert dialog.result_text.startswith("Consensus reached")

    # Tab on to the form text, type it, and Tab on to the record button
    for _ in range(10):
        if QApplication.focusWidget() is dialog.form_text:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form_text
    qtbot.keyClicks(dialog.form_text, "Fiche via het toetsenbord")
    for _ in range(10):
        if QApplication.focusWidget() is dialog.record_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.record_button
    qtbot.keyClick(dialog.record_button, Qt.Key.Key_Space)
    [(_id, outcome, text_id)] = _ltf(vault, table.adult_item)
    assert outcome is DecisionOutcome.AGREED
    assert text_id is not None and get_note(vault, text_id).body == "Fiche via het toetsenbord"


def test_p6_empty_form_text_is_refused_and_nothing_recorded(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    dialog = _consensus(screen)
    _each_agrees(qtbot, dialog)
    dialog.record_button.click()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert _ltf(store(window), table.adult_item) == []
    dialog.reject()


# ---------------------------------------------------------------------------- P7
def test_p7_without_police_the_dialog_keeps_the_question_open(qtbot: QtBot, tmp_path: Path) -> None:
    """P7 (rev.; domain review C5): no police participant in the room — "ask the
    information officer", recorded as open, not refused; with the police back and no risk
    indicated, allowed; the police present are on record as having given no indication."""

    def prepare(vault: Vault, table: Table) -> None:
        set_item_presence(vault, table.adult_item, table.police, False)

    window, table = _window(qtbot, tmp_path, prepare)
    screen = _open_item(qtbot, window, table, table.adult_item)
    vault = store(window)
    dialog = _inform(screen)
    assert dialog.risk_boxes == {}  # nobody can speak for the police: they left the room
    assert "ask the information officer" in dialog.police_intro.text()
    for box in (dialog.all_agree, dialog.fact_only):
        box.setChecked(True)
    assert dialog.verdict_words.startswith("Open: ask the information officer")
    assert dialog.record_button.text() == "&Record: open"
    dialog.record_button.click()
    [inform] = [
        d
        for d in decisions(vault, agenda_item_id=table.adult_item)
        if d.kind is DecisionKind.INFORM_PERSON
    ]
    assert inform.outcome is DecisionOutcome.OPEN
    assert "Informing the person: open — no police present" in screen.decisions.status_text

    # the police officer is back in the room: no risk indicated, so it is allowed
    set_item_presence(vault, table.adult_item, table.police, True)
    screen.open_meeting(table.meeting, table.adult_item)
    again = _inform(screen)
    assert not again.editing and not again.all_agree.isEnabled()
    assert "No police participant was present." in again.recorded_label.text()
    again.again_button.click()
    assert again.editing and set(again.risk_boxes) == {table.police}
    assert again.verdict_words.startswith("Allowed")
    again.risk_boxes[table.police].setChecked(True)
    assert again.verdict_words.startswith("Not allowed")
    assert "indicated a risk" in again.verdict_words
    again.risk_boxes[table.police].setChecked(False)
    again.fact_only.setChecked(False)
    assert "not limited to the fact" in again.verdict_words
    again.fact_only.setChecked(True)
    again.record_button.click()
    latest = max(
        (
            d
            for d in decisions(vault, agenda_item_id=table.adult_item)
            if d.kind is DecisionKind.INFORM_PERSON
        ),
        key=lambda d: d.id,
    )
    assert latest.outcome is DecisionOutcome.ALLOWED
    assert [(s.person_id, s.risk_indicated) for s in police_statements(vault, latest.id)] == [
        (table.police, False)
    ]
    assert "Informing the person: allowed" in screen.decisions.status_text


# ---------------------------------------------------------------------------- P8
def _entry_text(screen: MeetingScreen, item_id: int) -> str:
    for row in range(screen.agenda.count()):
        entry = screen.agenda.item(row)
        if entry.data(Qt.ItemDataRole.UserRole) == item_id:
            return entry.text()
    raise AssertionError(item_id)


@pytest.mark.usefixtures("dutch")
def test_p8_the_gate_keeps_its_dutch_text_whole_at_1366x768(qtbot: QtBot, tmp_path: Path) -> None:
    """Xvfb walk: at 1366×768 the meeting screen squeezed the gate and drew its text
    over its title."""
    window, table = _window(qtbot, tmp_path)
    window.resize(1366, 708)  # the laptop's window: the gate once showed as an empty box
    screen = _open_item(qtbot, window, table, table.minor_item)
    gate = screen.decisions.gate
    for height in (708, 560):  # the demo's fuller screen at 768 leaves the gate this little
        window.resize(1366, height)
        assert gate.isVisible()
        assert gate.title.text() == "Minderjarige — trapsgewijze afweging nog niet gemaakt"
        qtbot.waitUntil(lambda: gate.height() >= gate.layout().totalHeightForWidth(gate.width()))
        # Every part is drawn, whole, inside the gate: title, text, both buttons.
        for part in (gate.title, gate.text, gate.answer_button, gate.later_button):
            assert part.isVisible() and part.height() >= part.sizeHint().height() // 2
            assert gate.rect().contains(part.geometry())
        assert gate.text.height() >= gate.text.heightForWidth(gate.text.width())
        assert gate.text.geometry().top() >= gate.title.geometry().bottom()


def test_p8_gate_for_a_minor_typing_goes_on_and_answering_clears_the_flag(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    vault = store(window)
    assert not screen.decisions.gate.isVisible()  # an adult's case: no gate
    assert "stepwise check open" not in _entry_text(screen, table.adult_item)
    assert "stepwise check open" in _entry_text(screen, table.minor_item)

    qtbot.keyClick(screen.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert screen.current_item_id == table.minor_item
    assert screen.decisions.gate.isVisible()
    assert screen.editor.hasFocus()  # the gate takes no focus: typing is never blocked
    qtbot.keyClicks(screen.editor, "Signalen besproken")
    qtbot.waitUntil(lambda: not screen.has_unsaved_changes(), timeout=AUTOSAVE_DELAY_MS * 5)
    bodies = [n.body for n in list_notes(vault, agenda_item_id=table.minor_item)]
    assert bodies == ["Signalen besproken"]
    assert stepwise_check_due(vault, table.minor_case)  # still flagged
    assert "not answered yet" in screen.decisions.status_text

    # put off: the gate goes, the agenda flag stays
    screen.decisions.gate.later_button.click()
    assert not screen.decisions.gate.isVisible()
    assert "stepwise check open" in _entry_text(screen, table.minor_item)

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(screen.editor, Qt.Key.Key_J, ctrl_shift)
    dialog = screen.decisions.dialog
    assert isinstance(dialog, StepwiseDialog)
    dialog.care_first.setCurrentIndex(dialog.care_first.findData(True))
    assert "flagged" in dialog.advice.text()  # one question is still open
    dialog.clear_signs.setCurrentIndex(dialog.clear_signs.findData(False))
    assert "does not discuss a minor" in dialog.advice.text()
    dialog.clear_signs.setCurrentIndex(dialog.clear_signs.findData(True))
    dialog.record_button.click()

    case = get_case(vault, table.minor_case)
    assert case.care_first is True and case.clear_signs is True
    assert not stepwise_check_due(vault, table.minor_case)
    assert not screen.decisions.gate.isVisible()
    assert "stepwise check open" not in _entry_text(screen, table.minor_item)
    assert "very clear signs: yes" in screen.decisions.status_text
    screen.decisions.stepwise_action.trigger()  # nothing left to ask
    assert screen.decisions.dialog is None


def test_p8_partial_answer_keeps_the_case_flagged(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.minor_item)
    vault = store(window)
    screen.decisions.gate.answer_button.click()
    dialog = screen.decisions.dialog
    assert isinstance(dialog, StepwiseDialog)
    dialog.care_first.setCurrentIndex(dialog.care_first.findData(False))
    dialog.record_button.click()
    case = get_case(vault, table.minor_case)
    assert case.care_first is False and case.clear_signs is None
    assert stepwise_check_due(vault, table.minor_case)
    assert screen.decisions.gate.isVisible()
    assert "stepwise check open" in _entry_text(screen, table.minor_item)


def test_p8_a_minors_case_that_returns_is_asked_again_at_the_meeting_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """P8 (rev.): answered at the first meeting, asked again when the case returns —
    the gate says so, the agenda flags it, and the answers are recorded for this meeting."""
    returning: dict[str, int] = {}

    def answered_then_returns(vault: Vault, table: Table) -> None:
        record_stepwise_check(
            vault, table.minor_case, care_first=True, clear_signs=True, meeting_id=table.meeting
        )
        cell = get_case(vault, table.minor_case).cell_id
        later = start_meeting(
            vault,
            cell,
            datetime(2026, 4, 2, 14, 0),
            TableKind.OPERATIONAL,
            case_ids=[table.minor_case],
        )
        returning["meeting"] = later
        returning["item"] = next(i.id for i in agenda(vault, later) if i.case_id is not None)

    window, table = _window(qtbot, tmp_path, answered_then_returns)
    vault = store(window)
    screen = window.meeting_screen
    # At the first meeting the answers stand: no gate, no flag.
    _open_item(qtbot, window, table, table.minor_item)
    assert not screen.decisions.gate.isVisible()
    assert "stepwise check open" not in _entry_text(screen, table.minor_item)
    # It returns: asked again, and says why.
    screen.open_meeting(returning["meeting"], returning["item"])
    gate = screen.decisions.gate
    assert gate.isVisible()
    assert gate.title.text() == "Minor — the case returns: check the stepwise answers again"
    assert "stepwise check open" in _entry_text(screen, returning["item"])
    assert screen.decisions.stepwise_action.isEnabled()
    gate.answer_button.click()
    dialog = screen.decisions.dialog
    assert isinstance(dialog, StepwiseDialog)
    assert "The case returns to the agenda" in dialog.intro.text()
    assert dialog.answers() == (True, True)  # filled in from before
    dialog.clear_signs.setCurrentIndex(dialog.clear_signs.findData(False))
    dialog.record_button.click()
    assert not stepwise_check_due(vault, table.minor_case, returning["meeting"])
    assert [(a.meeting_id, a.clear_signs) for a in stepwise_answers(vault, table.minor_case)][
        -1
    ] == (returning["meeting"], False)
    assert not gate.isVisible()
    assert "stepwise check open" not in _entry_text(screen, returning["item"])


# ---------------------------------------------------------------------------- P12
def test_p12_decision_dialogs_are_closed_and_wiped_on_lock(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    for opener in ("ltf", "inform", "stepwise"):
        if window.vault is None:
            unlock(qtbot, window)
            window.meetings_action.trigger()
        screen = _open_item(qtbot, window, table, table.minor_item)
        getattr(screen.decisions, f"open_{opener}")()
        dialog = screen.decisions.dialog
        assert dialog is not None and dialog.isVisible()
        if isinstance(dialog, ConsensusDialog):
            dialog.form_text.setPlainText(CANARY)
        assert any("Bea Burgemeester" in t or "MIN-B2" in t for t in texts(dialog))
        window.lock()
        assert window.vault is None
        assert screen.decisions.dialog is None
        assert not dialog.isVisible()
        assert not any(CANARY in t or "Bea Burgemeester" in t for t in texts(dialog))
        assert not any(CANARY in t or "MIN-B2" in t for t in texts(window))
        assert not screen.decisions.gate.isVisible()
        assert screen.decisions.status_text == ""


# ---------------------------------------------------------------------------- accessibility
def test_every_decision_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.minor_item)
    assert screen.decisions.gate.isVisible()
    for widget in (screen.decisions, screen.decisions.gate):
        assert unnamed(widget) == []
    for opener in (
        screen.decisions.open_ltf,
        screen.decisions.open_inform,
        screen.decisions.open_stepwise,
    ):
        opener()
        dialog = screen.decisions.dialog
        assert dialog is not None
        assert unnamed(dialog) == []
        dialog.reject()
        assert screen.decisions.dialog is None


# ---------------------------------------------------------------------------- Dutch


def test_decisions_speak_dutch(qtbot: QtBot, tmp_path: Path, dutch: None) -> None:
    window, table = _window(qtbot, tmp_path / "v")
    screen = _open_item(qtbot, window, table, table.minor_item)
    entry = _entry_text(screen, table.minor_item)
    assert "· trapsgewijze afweging nog te maken · informeren nog te beslissen" in entry
    assert screen.decisions.gate.title.text().startswith("Minderjarige")
    dialog = _consensus(screen)
    _each_agrees(qtbot, dialog)
    _choose(_row(dialog, table.mayor), Position.OBJECT)
    assert dialog.result_text.startswith("Geen consensus")
    assert "Niet akkoord: Bea Burgemeester." in dialog.result_text
    _choose(_row(dialog, table.mayor), Position.APPROVE)
    dialog.form_text.setPlainText("Fiche.")
    assert dialog.record_button.text() == "Consensus &registreren"
    dialog.record_button.click()
    assert "consensus bereikt (donderdag 5 maart 2026" in screen.decisions.status_text


def test_p2_presentation_mode_hides_a_recorded_table_only_form(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    dialog = _consensus(screen)
    _choose(_row(dialog, table.mayor), Position.OBJECT)
    dialog.form_text.setPlainText(CANARY)
    dialog.record_button.click()  # not passed on: the text stays table-only
    screen.presentation.set_active(True)
    shown = _consensus(screen)
    assert shown.concealed
    assert not any(CANARY in t for t in texts(shown))
    shown.again_button.click()  # a new vote starts from an empty text, never the placeholder
    assert shown.form_text.toPlainText() == ""
    shown.reject()
    screen.presentation.set_active(False)
    plain = _consensus(screen)
    assert plain.form_text.toPlainText() == CANARY
    plain.reject()
