"""Cells, members and representation; the participation assessment wizard (P4, P10)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from support.waiting import wait_for_clicks
from support.widgets import interactive, texts
from support.windows import store
from test_app_representative import RELEASED, SECRET, Table, _unlocked

from app.dialogs.participation_wizard import OpennessPage, ParticipationWizard, QuestionPage
from app.dialogs.person import PersonDialog
from app.screens.cells import CellsDialog
from app.window import MainWindow
from vault import Vault
from vault.cells import (
    CellContact,
    cell_contact,
    get_cell,
    list_cells,
    members,
    represented_colleagues,
)
from vault.model import Answer, Conclusion, NoteKind
from vault.notes import get_note, note_label
from vault.participation import assessments, get_assessment, save_assessment
from vault.people import list_people
from vault.releases import feedback_for

ALT = Qt.KeyboardModifier.AltModifier
"""A mnemonic clicks a button with a short animation: wait this long for the click."""


def _activate(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _open_cells(qtbot: QtBot, window: MainWindow) -> CellsDialog:
    assert window.cells_action in window.meetings_menu.actions()
    window.cells_action.trigger()
    dialog = window.cells_dialog
    assert isinstance(dialog, CellsDialog)
    _activate(qtbot, dialog)
    return dialog


def _mnemonic(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, ALT)
    wait_for_clicks(qtbot)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


# ---------------------------------------------------------------------------- cells
def test_cells_screen_named_and_in_the_table_menu(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    dialog = _open_cells(qtbot, window)
    assert dialog.cell_id == t.cell
    assert dialog.name.text() == "LIVC R Testgem"
    assert dialog.framework.toPlainText() == "Kader"
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert [type(w).__name__ for w in interactive(dialog) if not w.accessibleName()] == []
    dialog.new_person()
    assert isinstance(dialog.person_dialog, PersonDialog)
    assert [
        type(w).__name__ for w in interactive(dialog.person_dialog) if not w.accessibleName()
    ] == []
    dialog.person_dialog.reject()


def test_cell_created_and_edited_by_keyboard_persists(qtbot: QtBot, tmp_path: Path) -> None:
    window, _t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    dialog = _open_cells(qtbot, window)
    _mnemonic(qtbot, dialog.cells, Qt.Key.Key_N)  # &New cell
    assert dialog.cell_id is None
    assert dialog.name.hasFocus()
    qtbot.keyClicks(dialog.name, "LIVC R Proefdorp")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    # What a notice to the person names (P7): the municipality and a contact point.
    assert dialog.municipality.hasFocus()
    qtbot.keyClicks(dialog.municipality, "Proefdorp")
    qtbot.keyClick(dialog.municipality, Qt.Key.Key_Tab)
    assert dialog.contact.hasFocus()
    qtbot.keyClicks(dialog.contact, "het LIVC-secretariaat, 011 12 34 56")
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Tab)
    assert dialog.framework.hasFocus()
    qtbot.keyClicks(dialog.framework, "Wat aan tafel gezegd wordt, blijft aan tafel.")
    qtbot.keyClick(dialog.framework, Qt.Key.Key_Tab)  # Tab leaves the text, inserts nothing
    assert dialog.definition.hasFocus()
    qtbot.keyClicks(dialog.definition, "Enkel gewelddadig extremisme.")
    qtbot.keyClick(dialog.definition, Qt.Key.Key_Tab)
    spin = _focused()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "36")
    qtbot.keyClick(spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
    new_id = dialog.cell_id
    assert new_id is not None
    cell = get_cell(vault, new_id)
    assert cell.name == "LIVC R Proefdorp"
    assert cell.framework_text == "Wat aan tafel gezegd wordt, blijft aan tafel."
    assert cell.local_definition == "Enkel gewelddadig extremisme."
    assert cell.retention_months == 36
    assert cell_contact(vault, new_id) == CellContact(
        "Proefdorp", "het LIVC-secretariaat, 011 12 34 56"
    )
    assert dialog.save_state.text() == "Saved"
    assert dialog.cells.currentItem() is not None
    assert dialog.cells.currentItem().text() == "LIVC R Proefdorp"

    # Edit it: Alt+M to the name, change it, Ctrl+S.
    _mnemonic(qtbot, dialog.cells, Qt.Key.Key_M)
    assert dialog.name.hasFocus()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "LIVC R Proefdorp-Zuid")
    assert dialog.save_state.text() == "Not saved yet"
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_cell(vault, new_id).name == "LIVC R Proefdorp-Zuid"
    assert len(list_cells(vault)) == 2

    # A nameless cell is refused, with the reason, and nothing is stored.
    dialog.name.clear()
    assert not dialog.save()
    assert not dialog.error.isHidden()
    assert get_cell(vault, new_id).name == "LIVC R Proefdorp-Zuid"

    window.lock()
    with Vault.open(vault.path, PASSPHRASE) as reopened:
        assert get_cell(reopened, new_id).retention_months == 36
        assert get_cell(reopened, new_id).name == "LIVC R Proefdorp-Zuid"


def test_switching_cells_saves_the_pending_edit(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    dialog = _open_cells(qtbot, window)
    dialog.definition.setPlainText("Nieuwe lokale definitie")
    dialog.new_cell()
    assert get_cell(vault, t.cell).local_definition == "Nieuwe lokale definitie"


def test_members_added_and_removed(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    dialog = _open_cells(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    assert "Ik Zelf" in dialog.me_hint.text()
    assert [m.person.id for m in members(vault, t.cell)] == [t.me]
    # An ad hoc member: choose the person, untick "standing", add (keyboard).
    dialog.member_choice.setCurrentIndex(dialog.member_choice.findData(t.stranger))
    dialog.member_choice.setFocus()
    _mnemonic(qtbot, dialog.member_choice, Qt.Key.Key_T)  # S&tanding member
    assert not dialog.structural.isChecked()
    _mnemonic(qtbot, dialog.member_choice, Qt.Key.Key_D)  # A&dd member
    found = {m.person.id: m.structural for m in members(vault, t.cell)}
    assert found == {t.me: True, t.stranger: False}
    assert dialog.member_choice.findData(t.stranger) == -1
    assert "Vreemde Persoon" in dialog.members.currentItem().text()
    assert "ad hoc" in dialog.members.currentItem().text()

    _mnemonic(qtbot, dialog.members, Qt.Key.Key_V)  # Remo&ve member
    assert [m.person.id for m in members(vault, t.cell)] == [t.me]
    assert dialog.member_choice.findData(t.stranger) >= 0


def test_new_person_is_added_and_offered(qtbot: QtBot, tmp_path: Path) -> None:
    window, _t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    dialog = _open_cells(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    dialog.new_person()
    person = dialog.person_dialog
    assert person is not None
    assert not person.is_self.isVisibleTo(person)  # the user is already known
    person.ok.click()  # no name: refused
    assert person.isVisible() and not person.error.isHidden()
    person.name.setText("Nieuwe Jeugdwerker")
    person.organisation.setText("Jeugddienst")
    person.ok.click()
    added = [p for p in list_people(vault) if p.name == "Nieuwe Jeugdwerker"]
    assert len(added) == 1 and added[0].organisation == "Jeugddienst"
    assert dialog.member_choice.currentData() == added[0].id
    assert dialog.person_dialog is None


def test_describe_yourself_when_unknown(qtbot: QtBot, tmp_path: Path) -> None:
    def anonymous(vault: Vault) -> Table:
        from vault.cells import add_cell

        return Table(cell=add_cell(vault, "LIVC R Anoniem"))

    window, t, _clock = _unlocked(qtbot, tmp_path, anonymous)
    vault = store(window)
    dialog = _open_cells(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    assert "does not know you yet" in dialog.me_hint.text()
    dialog.new_person()
    person = dialog.person_dialog
    assert person is not None and person.is_self.isVisibleTo(person)
    person.name.setText("Mijn Naam")
    person.is_self.setChecked(True)
    person.ok.click()
    (me,) = [p for p in list_people(vault) if p.is_self]
    assert me.name == "Mijn Naam"
    assert "Mijn Naam" in dialog.me_hint.text()
    dialog.add_chosen_member()
    assert [m.person.id for m in members(vault, t.cell)] == [me.id]


def test_represent_a_colleague(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    dialog = _open_cells(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    ids = [dialog.represent_choice.itemData(i) for i in range(dialog.represent_choice.count())]
    assert t.me not in ids and t.lien not in ids and t.stranger in ids
    dialog.represent_choice.setCurrentIndex(dialog.represent_choice.findData(t.stranger))
    _mnemonic(qtbot, dialog.represent_choice, Qt.Key.Key_R)  # &Represent
    assert t.stranger in represented_colleagues(vault, t.cell)


def test_p4_stop_representing_asks_first_and_withdraws_feedback(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    dialog = _open_cells(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    for row in range(dialog.represented.count()):
        if dialog.represented.item(row).data(Qt.ItemDataRole.UserRole) == t.lien:
            dialog.represented.setCurrentRow(row)

    # First: asked, and the answer "keep" changes nothing.
    dialog.stop_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Lien Collega" in box.text()
    assert "withdrawn: 1 in all" in box.informativeText()
    assert "withdrawn" in box.informativeText()
    assert box.defaultButton() is not dialog.confirm_stop  # Enter keeps, never withdraws
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert dialog.confirm_box is None
    assert t.lien in represented_colleagues(vault, t.cell)
    assert len(feedback_for(vault, t.lien)) == 1

    # Then: confirmed, the representation ends and the feedback is withdrawn.
    dialog.stop_button.click()
    box = dialog.confirm_box
    assert box is not None
    dialog.confirm_stop.click()
    assert t.lien not in represented_colleagues(vault, t.cell)
    assert feedback_for(vault, t.lien) == []
    assert note_label(vault, t.released_note).table_only
    assert dialog.representation_state.text() == "Representation ended; feedback withdrawn: 1."
    assert len(feedback_for(vault, t.kobe)) == 1  # Kobe is untouched
    assert dialog.represent_choice.findData(t.lien) >= 0


def test_p12_lock_closes_the_cells_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    window, _t, _clock = _unlocked(qtbot, tmp_path)
    dialog = _open_cells(qtbot, window)
    dialog.new_person()
    assert dialog.person_dialog is not None
    window.lock()
    assert window.cells_dialog is None and not dialog.isVisible()
    assert not window.cells_action.isEnabled()
    shown = "\n".join(texts(window))
    assert "LIVC R Testgem" not in shown and "Kader" not in shown and "Lien" not in shown


# ---------------------------------------------------------------------------- wizard
def _open_wizard(qtbot: QtBot, window: MainWindow) -> ParticipationWizard:
    assert window.participation_action in window.meetings_menu.actions()
    window.participation_action.trigger()
    wizard = window.participation_wizard
    assert isinstance(wizard, ParticipationWizard)
    _activate(qtbot, wizard)
    return wizard


def _answer_by_keyboard(
    qtbot: QtBot,
    wizard: ParticipationWizard,
    answers: list[Answer],
    openness: Answer | None = None,
) -> None:
    """From the cell page: Enter, then per question its mnemonic and Enter; the openness
    question when (and only when) ``openness`` is given — it must then be asked."""
    assert wizard.currentPage() is wizard.cell_page
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    keys = {Answer.YES: Qt.Key.Key_Y, Answer.PARTLY: Qt.Key.Key_P, Answer.NO: Qt.Key.Key_N}
    pages: list[QuestionPage | OpennessPage] = list(wizard.question_pages)
    if openness is not None:
        pages.append(wizard.openness_page)
    for page, answer in zip(pages, [*answers, *([openness] if openness else [])], strict=True):
        assert wizard.currentPage() is page
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # answer first
        _mnemonic(qtbot, _focused(), keys[answer])
        assert page.answer() is answer
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.conclusion_page


def test_p10_wizard_suggests_a_conclusion_from_the_answers(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    wizard = _open_wizard(qtbot, window)
    assert [type(w).__name__ for w in interactive(wizard) if not w.accessibleName()] == []
    assert wizard.cell_id() == t.cell
    _answer_by_keyboard(
        qtbot,
        wizard,
        [Answer.YES, Answer.PARTLY, Answer.YES, Answer.YES, Answer.NO],
        openness=Answer.YES,
    )
    page = wizard.conclusion_page
    assert page.chosen() is Conclusion.SEND_REPRESENTATIVE
    assert "Send a permanent representative" in page.suggestion.text()
    assert page.required.text() == "A motivation is optional."
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Save, no motivation needed
    assert not wizard.isVisible()
    (saved,) = assessments(vault, t.cell)
    assert saved.conclusion is Conclusion.SEND_REPRESENTATIVE
    assert saved.answers == {
        "framework_known": Answer.YES,
        "agenda_clear": Answer.PARTLY,
        "composition_clear": Answer.YES,
        "trust": Answer.YES,
        "right_person": Answer.NO,
    }
    assert saved.motivation_note_id is None


def test_p10_refusal_without_motivation_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    wizard = _open_wizard(qtbot, window)
    _answer_by_keyboard(
        qtbot,
        wizard,
        [Answer.NO, Answer.YES, Answer.YES, Answer.YES, Answer.YES],
        openness=Answer.NO,
    )
    page = wizard.conclusion_page
    assert page.chosen() is Conclusion.DECLINE
    assert "required" in page.required.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert not page.error.isHidden()
    assert page.motivation.hasFocus()
    assert assessments(vault, t.cell) == []

    qtbot.keyClicks(page.motivation, "Er is geen afsprakenkader dat iedereen kent.")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    (saved,) = assessments(vault, t.cell)
    assert saved.conclusion is Conclusion.DECLINE
    assert saved.motivation_note_id is not None
    again = get_assessment(vault, saved.id)
    assert again == saved
    note = get_note(vault, saved.motivation_note_id)
    assert note.body == "Er is geen afsprakenkader dat iedereen kent."
    assert note.kind is NoteKind.MOTIVATION
    assert note_label(vault, note.id).table_only  # P1: the motivation stays in

    # The next assessment of this cell shows the earlier one (date and conclusion only).
    wizard = _open_wizard(qtbot, window)
    assert wizard.cell_page.earlier.text().splitlines() == [
        "Earlier assessments:",
        "Thursday 5 March 2026: Decline, with a written motivation",
    ]
    assert "afsprakenkader" not in wizard.cell_page.earlier.text()


def test_p10_user_may_choose_another_conclusion_and_the_motivation_stays_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The motivation is the user's own text: the wizard releases nothing; it enters the
    letter to the mayor only by its own step when the letter is made (P10, review C10)."""
    window, t, _clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    wizard = _open_wizard(qtbot, window)
    _answer_by_keyboard(qtbot, wizard, [Answer.YES] * 5)
    page = wizard.conclusion_page
    assert page.chosen() is Conclusion.PARTICIPATE
    page.conclusion.setCurrentIndex(page.conclusion.findData(Conclusion.DECLINE))
    assert "required" in page.required.text()
    page.motivation.setPlainText("Mijn rol als jeugdwerker botst met deze tafel.")
    assert "Include my motivation in the letter to the mayor" in page.stays.text()
    assert "dossier" not in " ".join(w.text() for w in page.findChildren(QAbstractButton))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    (saved,) = assessments(vault, t.cell)
    assert saved.conclusion is Conclusion.DECLINE
    assert saved.motivation_note_id is not None
    assert note_label(vault, saved.motivation_note_id).table_only
    assert (
        vault.query("SELECT count(*) FROM release WHERE note_id = ?", (saved.motivation_note_id,))[
            0
        ][0]
        == 0
    )


def test_p10_with_doubts_the_wizard_asks_about_openness_first(qtbot: QtBot, tmp_path: Path) -> None:
    """The seed (review C19): "niet deelnemen" only when there is no openness in the LIVC R
    to raise the doubts; with openness, take part with conditions."""
    window, _t, _clock = _unlocked(qtbot, tmp_path)
    wizard = _open_wizard(qtbot, window)
    _answer_by_keyboard(
        qtbot,
        wizard,
        [Answer.YES, Answer.YES, Answer.YES, Answer.NO, Answer.YES],
        openness=Answer.YES,
    )
    page = wizard.conclusion_page
    assert page.chosen() is Conclusion.PARTICIPATE_WITH_CONDITIONS
    assert wizard.openness_page.title() == "Openness to raise doubts"
    assert "Is there openness in the LIVC R to raise your doubts?" in (
        wizard.openness_page.question.text()
    )
    wizard.back()  # the openness page, then "No": now not taking part is proposed
    assert wizard.currentPage() is wizard.openness_page
    wizard.openness_page.set_answer(Answer.NO)
    wizard.next()
    assert page.chosen() is Conclusion.DECLINE
    assert "Decline, with a written motivation" in page.suggestion.text()


def test_p10_a_year_after_the_last_assessment_the_cell_says_so_calmly(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t, clock = _unlocked(qtbot, tmp_path)
    vault = store(window)
    save_assessment(vault, t.cell, {}, Conclusion.PARTICIPATE, "")
    dialog = _open_cells(qtbot, window)
    assert dialog.reassess.isHidden()
    dialog.reject()
    clock.advance(days=365)
    dialog = _open_cells(qtbot, window)
    assert not dialog.reassess.isHidden()
    assert dialog.reassess.text() == (
        "You last assessed taking part in this cell on Thursday 5 March 2026, a year ago "
        "or more. It may be time to weigh it again: Table › Assess participation…"
    )
    assert dialog.reassess.accessibleName()


def test_p12_lock_closes_the_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    window, _t, _clock = _unlocked(qtbot, tmp_path)
    wizard = _open_wizard(qtbot, window)
    wizard.conclusion_page.motivation.setPlainText(SECRET)
    window.lock()
    assert window.participation_wizard is None and not wizard.isVisible()
    assert not window.participation_action.isEnabled()
    shown = "\n".join(texts(window))
    assert SECRET not in shown and RELEASED not in shown and "LIVC R Testgem" not in shown
