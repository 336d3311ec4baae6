"""The meeting screen and P7 (rev.): informing per case, flagged on the agenda like P8's
check; the inform dialog records open / allowed / refused / postponed / done.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from conftest import FakeClock
from domain_strategies import Table
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from support.windows import store
from test_app_composition import _entry, _open, _qdate, _window

from app.dialogs.inform import InformDialog
from app.screens.meeting.screen import MeetingScreen
from vault import Vault
from vault.attendance import set_item_presence
from vault.decisions import decisions, record_inform_person
from vault.informing import InformedHow, InformingState, informing_status
from vault.model import DecisionKind, DecisionOutcome


def _inform(screen: MeetingScreen) -> InformDialog:
    screen.decisions.inform_action.trigger()
    dialog = screen.decisions.dialog
    assert isinstance(dialog, InformDialog)
    return dialog


# ---------------------------------------------------------------------------- P7


def test_p7_undecided_informing_is_flagged_on_the_agenda_like_the_minors_check(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table, _clock = _window(qtbot, tmp_path)
    screen = _open(window, table)
    assert _entry(screen, table.case_item).endswith("· informing undecided")
    assert _entry(screen, table.case_item).startswith("⚑ ")
    assert not _entry(screen, table.opening).startswith("⚑"), "only case items"
    assert "not yet considered" in screen.decisions.status_text
    dialog = _inform(screen)
    assert "This case: Informing the person: not yet considered" in dialog.case_status_words
    for box in (dialog.all_agree, dialog.fact_only):
        box.setChecked(True)
    assert dialog.verdict_words.startswith("Allowed"), "no risk indicated by the police present"
    dialog.record_button.click()
    assert not _entry(screen, table.case_item).startswith("⚑")
    assert "Informing the person: allowed" in screen.decisions.status_text
    # Open (no police present) is undecided: flagged again.
    set_item_presence(store(window), table.case_item, table.police, False)
    screen.open_meeting(table.meeting, table.case_item)
    again = _inform(screen)
    again.again_button.click()
    again.record_button.click()
    assert _entry(screen, table.case_item).endswith("· informing undecided")
    assert "ask the information officer" in screen.decisions.status_text


def test_p7_a_risk_indicated_in_the_dialog_is_recorded_by_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table, _clock = _window(qtbot, tmp_path)
    screen = _open(window, table)
    dialog = _inform(screen)
    box = dialog.risk_boxes[table.police]
    assert isinstance(box, QCheckBox) and not box.isChecked()
    assert box.text() == "Inspecteur Verzinsel — Information officer indicated a risk"
    for check in (dialog.all_agree, dialog.fact_only, box):
        check.setChecked(True)
    assert dialog.verdict_words.startswith("Not allowed")
    dialog.record_button.click()
    assert informing_status(store(window), table.case).state is InformingState.REFUSED
    shown = _inform(screen)
    assert "Indicated a risk for an investigation: Inspecteur Verzinsel." in (
        shown.recorded_label.text()
    )
    assert shown.risk_boxes[table.police].isChecked() and not shown.done_box.isVisibleTo(shown)
    shown.reject()


def test_p7_the_dialog_postpones_and_the_flag_returns_when_the_date_has_come(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table, clock = _window(qtbot, tmp_path)
    screen = _open(window, table)
    dialog = _inform(screen)
    assert dialog.postpone_date.minimumDate() == _qdate(date(2026, 3, 6)), "after the meeting"
    dialog.postpone_date.setDate(_qdate(date(2026, 6, 1)))
    dialog.postpone_button.click()
    [decision] = [
        d
        for d in decisions(store(window), agenda_item_id=table.case_item)
        if d.kind is DecisionKind.INFORM_PERSON
    ]
    assert (decision.outcome, decision.review_on) == (DecisionOutcome.POSTPONED, date(2026, 6, 1))
    assert not _entry(screen, table.case_item).startswith("⚑")
    assert "postponed until Monday 1 June 2026" in screen.decisions.status_text
    clock.moment = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    screen.open_meeting(table.meeting, table.case_item)
    assert _entry(screen, table.case_item).endswith("· informing undecided")
    assert "That date has come: decide again." in screen.decisions.status_text


def test_p7_the_dialog_records_done_by_whom_how_and_when(qtbot: QtBot, tmp_path: Path) -> None:
    def prepare(vault: Vault, table: Table) -> None:
        record_inform_person(vault, table.case_item, all_agree=True, fact_only=True)

    clock = FakeClock(datetime(2026, 3, 20, 10, 0, tzinfo=UTC))
    window, table, _clock = _window(qtbot, tmp_path, prepare, clock)
    screen = _open(window, table)
    dialog = _inform(screen)
    assert dialog.done_box.isVisibleTo(dialog)
    assert dialog.done_by.itemData(0) == table.me, "the user first"
    assert dialog.done_by.findData(table.colleague) >= 0, "the colleague the user represents"
    assert dialog.done_on.maximumDate() == _qdate(date(2026, 3, 20)), "not in the future"
    assert dialog.done_on.minimumDate() == _qdate(date(2026, 3, 5)), "not before the meeting"
    dialog.done_by.setCurrentIndex(dialog.done_by.findData(table.colleague))
    dialog.done_how.setCurrentIndex(dialog.done_how.findData(InformedHow.LETTER.value))
    dialog.done_on.setDate(_qdate(date(2026, 3, 12)))
    dialog.done_button.click()
    status = informing_status(store(window), table.case)
    assert status.state is InformingState.DONE and status.informed is not None
    assert (status.informed.by_id, status.informed.how, status.informed.on) == (
        table.colleague,
        InformedHow.LETTER,
        date(2026, 3, 12),
    )
    expected = "Informing the person: done — Jeugdwerker Collega, by letter, on Thursday 12 March"
    assert expected in screen.decisions.status_text
    assert not _entry(screen, table.case_item).startswith("⚑")
    shown = _inform(screen)
    assert not shown.done_box.isVisibleTo(shown), "done once per decision"
    assert expected in shown.case_status_words
    shown.reject()


def test_p7_the_flag_speaks_dutch(qtbot: QtBot, tmp_path: Path, dutch: None) -> None:
    window, table, _clock = _window(qtbot, tmp_path / "v")
    screen = _open(window, table)
    assert _entry(screen, table.case_item).endswith("· informeren nog te beslissen")
    assert "Betrokkene informeren: nog niet afgewogen voor deze casus." in (
        screen.decisions.status_text
    )


def test_p12_the_inform_dialog_forgets_who_spoke_for_the_police_on_lock(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table, _clock = _window(qtbot, tmp_path)
    screen = _open(window, table)
    dialog = _inform(screen)
    name = "Inspecteur Verzinsel"
    assert name in dialog.risk_boxes[table.police].text()
    window.lock()
    assert screen.decisions.dialog is None and not dialog.isVisible()
    texts = [
        text
        for w in [dialog, *dialog.findChildren(QWidget)]
        for text in (
            w.accessibleName(),
            w.toolTip(),
            *([w.text()] if isinstance(w, QAbstractButton | QLabel) else []),
            *([w.itemText(i) for i in range(w.count())] if isinstance(w, QComboBox) else []),
        )
    ]
    assert not any(name in text for text in texts)
