"""The permanent representative's view: prepared input before, released feedback after (P4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.widgets import interactive, texts
from support.windows import make_context, seed_vault, store, unlocked_window

from app.screens.representative import RepresentativeDialog
from app.window import MainWindow
from vault import Vault
from vault.attendance import set_attendance
from vault.cases import add_case
from vault.cells import add_cell, add_member, represent, sit_in_for
from vault.meetings import agenda, start_meeting
from vault.model import (
    AgendaItemKind,
    AttendanceStatus,
    NoteKind,
    ReleaseKind,
    Role,
    TableKind,
)
from vault.notes import add_note, get_note, note_label
from vault.people import add_person
from vault.policy import DocumentKind
from vault.releases import feedback_for, prepared_inputs, release

SECRET = "TAFEL-ENKEL 7781 niet doorgeven"
RELEASED = "VRIJGEGEVEN 4412 voor Lien"
OTHER_RELEASE = "VOOR-KOBE 5530 alleen"


@dataclass
class Table:
    """The ids of a small, hand-made vault."""

    cell: int = 0
    me: int = 0
    lien: int = 0
    kobe: int = 0
    stranger: int = 0
    meeting: int = 0
    item: int = 0
    secret_note: int = 0
    released_note: int = 0
    kobe_note: int = 0


def build_table(vault: Vault) -> Table:
    """One cell; the user represents Lien and Kobe; one case item with a table-only note,
    a note released to Lien and one released to Kobe."""
    t = Table()
    t.cell = add_cell(vault, "LIVC R Testgem", framework_text="Kader")
    t.me = add_person(vault, "Ik Zelf", Role.YOUTH_OFFICER, organisation="Gemeente", is_self=True)
    t.lien = add_person(vault, "Lien Collega", Role.YOUTH_WELFARE_WORKER, organisation="Gemeente")
    t.kobe = add_person(vault, "Kobe Collega", Role.HEAD_OF_LEISURE, organisation="Gemeente")
    t.stranger = add_person(vault, "Vreemde Persoon", Role.SCHOOL, organisation="Gemeente")
    add_member(vault, t.cell, t.me)
    represent(vault, t.cell, t.lien)
    represent(vault, t.cell, t.kobe)
    case = add_case(vault, t.cell, "TG-2026-0001")
    t.meeting = start_meeting(
        vault, t.cell, datetime(2026, 3, 5, 14, 0), TableKind.OPERATIONAL, case_ids=[case]
    )
    t.item = next(i.id for i in agenda(vault, t.meeting) if i.kind is AgendaItemKind.CASE)
    # The user sat in for both colleagues at this meeting (P4, per agenda item).
    set_attendance(vault, t.meeting, t.me, AttendanceStatus.PRESENT, briefed=True)
    for colleague in (t.lien, t.kobe):
        sit_in_for(vault, t.meeting, colleague)
    t.secret_note = add_note(vault, SECRET, agenda_item_id=t.item)
    t.released_note = add_note(vault, RELEASED, agenda_item_id=t.item)
    t.kobe_note = add_note(vault, OTHER_RELEASE, agenda_item_id=t.item)
    for note, colleague in ((t.released_note, t.lien), (t.kobe_note, t.kobe)):
        release(
            vault,
            note,
            ReleaseKind.FEEDBACK,
            info_owner_id=t.me,
            agreed_meeting_id=t.meeting,
            colleague_id=colleague,
        )
    return t


def _unlocked(
    qtbot: QtBot, tmp_path: Path, build: Callable[[Vault], Table] = build_table
) -> tuple[MainWindow, Table, FakeClock]:
    clock = FakeClock()
    context = make_context(tmp_path, clock=clock)
    table = seed_vault(context, build)
    return unlocked_window(qtbot, context), table, clock


def _open(qtbot: QtBot, window: MainWindow) -> RepresentativeDialog:
    assert window.representation_action.isEnabled()
    window.representation_action.trigger()
    dialog = window.representation_dialog
    assert isinstance(dialog, RepresentativeDialog)
    assert dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _all_texts(root: QWidget) -> str:
    shown = texts(root)
    for editor in root.findChildren(QWidget):
        if hasattr(editor, "toPlainText"):
            shown.append(editor.toPlainText())
    return "\n".join(shown)


def test_menu_entry_and_every_control_named(qtbot: QtBot, tmp_path: Path) -> None:
    window, _t, _clock = _unlocked(qtbot, tmp_path)
    assert window.representation_action in window.meetings_menu.actions()
    dialog = _open(qtbot, window)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert [type(w).__name__ for w in interactive(dialog) if not w.accessibleName()] == []
    names = [dialog.colleague.itemText(i) for i in range(dialog.colleague.count())]
    assert names == ["Kobe Collega — Gemeente", "Lien Collega — Gemeente"]
    assert dialog.windowTitle() == "Permanent representative"


def test_p1_prepared_input_saved_for_that_colleague_only(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    assert dialog.meeting.currentData() == t.meeting
    # Keyboard: type, Alt+H ticks "may be shared", Ctrl+Return adds.
    dialog.input.setFocus()
    qtbot.keyClicks(dialog.input, "Lien wil eerst zelf met de school praten")
    dialog.may_share.setFocus()
    qtbot.keyClick(dialog.may_share, Qt.Key.Key_Space)
    assert dialog.may_share.isChecked()
    dialog.input.setFocus()
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.input.toPlainText() == ""
    (entry,) = prepared_inputs(vault, t.lien)
    input_id, note_id, may_share = entry
    assert may_share
    note = get_note(vault, note_id)
    assert note.body == "Lien wil eerst zelf met de school praten"
    assert note.kind is NoteKind.PREPARED_INPUT and note.meeting_id == t.meeting
    assert note_label(vault, note_id).table_only  # P1: prepared input is table-only
    assert prepared_inputs(vault, t.kobe) == []
    assert dialog.inputs.count() == 1
    assert "Lien wil eerst zelf" in dialog.inputs.item(0).text()

    # Untick with Space in the list: the colleague withdrew the agreement to share.
    dialog.inputs.setFocus()
    dialog.inputs.setCurrentRow(0)
    qtbot.keyClick(dialog.inputs, Qt.Key.Key_Space)
    assert prepared_inputs(vault, t.lien) == [(input_id, note_id, False)]

    # Another colleague sees none of it.
    dialog.select_colleague(t.kobe)
    assert dialog.inputs.count() == 0
    assert "Lien wil eerst zelf" not in _all_texts(dialog)


def test_empty_input_is_not_stored(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.kobe)
    assert dialog.add_input() is None
    assert not dialog.error.isHidden()
    assert prepared_inputs(store(window), t.kobe) == []


def test_p3_p4_only_what_was_released_to_that_colleague_is_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    dialog.show_after()
    assert dialog.feedback.count() == 1
    shown = _all_texts(dialog)
    assert RELEASED in shown
    assert SECRET not in shown  # P1/P3: the table-only note on the same item never shows
    assert OTHER_RELEASE not in shown  # P4: Kobe's feedback is not Lien's
    entry = dialog.current_entry()
    assert entry is not None and entry.release.note_id == t.released_note
    assert entry.meeting is not None and entry.meeting.id == t.meeting
    where, item = dialog.detail_where.text().split("\n")
    assert where == "Thursday 5 March 2026 — LIVC R Testgem"
    assert item == "3. Case — TG-2026-0001"
    assert dialog.detail_text.isReadOnly()

    dialog.select_colleague(t.kobe)
    shown = _all_texts(dialog)
    assert OTHER_RELEASE in shown
    assert RELEASED not in shown and SECRET not in shown


def test_stranger_is_never_offered(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    ids = [dialog.colleague.itemData(i) for i in range(dialog.colleague.count())]
    assert t.stranger not in ids and t.me not in ids


def test_mark_relayed_stores_the_date_and_shows_it(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    clock.moment = datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    dialog.show_after()
    assert dialog.detail_status.text() == "Not yet relayed"
    assert dialog.relayed_button.isEnabled()
    dialog.feedback.setFocus()
    qtbot.keyClick(dialog.feedback, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # relaye&d
    qtbot.waitUntil(lambda: feedback_for(vault, t.lien)[0].relayed_at is not None)  # animated
    (rel,) = feedback_for(vault, t.lien)
    assert rel.relayed_at is not None and rel.relayed_at.startswith("2026-03-12")
    assert dialog.detail_status.text() == "Relayed on Thursday 12 March 2026"
    assert "Relayed on Thursday 12 March 2026" in dialog.feedback.item(0).text()
    assert not dialog.relayed_button.isEnabled()
    (kobe_rel,) = feedback_for(vault, t.kobe)
    assert kobe_rel.relayed_at is None


@pytest.mark.usefixtures("dutch")
def test_relayed_in_dutch_says_doorgegeven_op(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, clock = _unlocked(qtbot, tmp_path)
    clock.moment = datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    dialog.show_after()
    assert dialog.mark_current_relayed()
    assert dialog.detail_status.text() == "Doorgegeven op donderdag 12 maart 2026"
    assert dialog.detail_where.text().startswith("donderdag 5 maart 2026")
    assert window.representation_action.text() == "&Vertegenwoordiging…"


def test_feedback_sheet_link_opens_the_document_for_that_colleague(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    dialog.show_after()
    dialog.sheet_button.click()
    documents = window.document_dialog
    assert documents is not None and documents.isVisible()
    assert documents.current_kind() is DocumentKind.FEEDBACK_SHEET
    assert documents.current_subject() == t.lien
    documents.reject()


def test_p12_lock_closes_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    dialog.show_after()
    assert RELEASED in _all_texts(dialog)
    window.lock()
    assert window.vault is None
    assert window.representation_dialog is None
    assert not dialog.isVisible()
    assert not window.representation_action.isEnabled()
    assert RELEASED not in "\n".join(texts(window))


def test_nobody_represented_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    def lonely(vault: Vault) -> Table:
        t = Table()
        t.cell = add_cell(vault, "LIVC R Leeg")
        t.me = add_person(vault, "Ik Zelf", Role.YOUTH_OFFICER, is_self=True)
        add_member(vault, t.cell, t.me)
        return t

    window, _t, _clock = _unlocked(qtbot, tmp_path, lonely)
    dialog = _open(qtbot, window)
    assert dialog.colleague.count() == 0
    assert not dialog.nobody.isHidden()
    assert not dialog.tabs.isEnabled()


def test_prepared_input_goes_to_the_next_meeting_not_the_oldest_open_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t, clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    # Today is 5 March 2026 (the table's meeting, 14.00); one earlier, one later meeting.
    earlier = start_meeting(vault, t.cell, datetime(2026, 1, 8, 14, 0), TableKind.OPERATIONAL)
    later = start_meeting(vault, t.cell, datetime(2026, 4, 2, 14, 0), TableKind.OPERATIONAL)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    assert dialog.meeting.currentData() == t.meeting  # today's meeting is still to come
    assert earlier != t.meeting != later
    dialog.reject()
    clock.advance(days=7)
    dialog = _open(qtbot, window)
    dialog.select_colleague(t.lien)
    assert dialog.meeting.currentData() == later
