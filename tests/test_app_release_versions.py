"""What leaves is the version the table agreed (P3), on the screens: walkthrough 2026-12,
finding 1 — text typed after "Vrijgeven" was shown and handed over as released."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from support.windows import store, unlocked_demo_window
from test_app_meeting import SMALL, _reactivate, _start
from test_app_release import _note, _open_dialog, choose_me
from test_app_representative import RELEASED
from test_app_representative import _open as open_representative
from test_app_representative import _unlocked as unlocked_representative
from test_documents_support import text_of

from app.dialogs.release import ReleaseDialog
from app.screens.meeting.notes import AUTOSAVE_DELAY_MS
from app.wording.messages import refusal_message
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.model import AttendanceStatus, ReleaseKind, TableKind
from vault.notes import get_note, note_label, update_note
from vault.people import self_person
from vault.policy import Reason
from vault.releases import feedback_for, mark_relayed, release, releases_of

LATER = " NIET-DOORGEVEN vader werkloos sinds mei"
CTRL = Qt.KeyboardModifier.ControlModifier


def _release_own(qtbot: QtBot, window: object, screen: object) -> None:
    dialog = _open_dialog(qtbot, screen)  # type: ignore[arg-type]
    assert dialog.preview.toPlainText() == "Afgesproken: dit mag naar het dossier."
    assert dialog.preview.isReadOnly()
    dialog.own_dossier.setChecked(True)
    choose_me(dialog)
    dialog.ok.click()
    assert dialog.result() == ReleaseDialog.DialogCode.Accepted


def test_p3_typing_on_after_vrijgeven_stays_at_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    case_id = get_note(vault, note_id).case_id
    _release_own(qtbot, window, screen)
    _reactivate(qtbot, window)
    # The cursor is still in the note: the user goes on typing, autosave stores it.
    qtbot.keyClicks(screen.editor, LATER)
    qtbot.waitUntil(lambda: not screen.has_unsaved_changes(), timeout=AUTOSAVE_DELAY_MS * 5)
    assert get_note(vault, note_id).body.endswith(LATER)
    assert note_label(vault, note_id).changed

    if case_id is not None:
        request = DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=case_id)
        text = " ".join(text_of(build_pdf(vault, request)).split())
        assert "dit mag naar het dossier" in text and "NIET-DOORGEVEN" not in text
    meeting_id = get_note(vault, note_id).meeting_id
    overview = DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=meeting_id)
    assert "NIET-DOORGEVEN" not in text_of(build_pdf(vault, overview))

    # Ctrl+C of the whole note: the new words never reach the clipboard.
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("iets anders")
    screen.editor.selectAll()
    qtbot.keyClick(screen.editor, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == "iets anders"
    assert "Only released text can be copied" in screen.save_state.text()


def test_p3_presentation_mode_hides_a_note_changed_after_its_release(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    _release_own(qtbot, window, screen)
    screen.presentation.set_active(True)
    assert screen.editor.toPlainText() == "Afgesproken: dit mag naar het dossier."
    screen.presentation.set_active(False)
    qtbot.keyClicks(screen.editor, LATER)
    assert screen.save_pending()
    assert note_label(vault, note_id).changed
    screen.presentation.set_active(True)
    assert "NIET-DOORGEVEN" not in screen.editor.toPlainText()
    assert screen.editor.isReadOnly()
    titles = [screen.notes.item(r).text() for r in range(screen.notes.count())]
    assert not any("dossier" in title for title in titles)
    screen.presentation.set_active(False)
    assert screen.editor.toPlainText().endswith(LATER)  # nothing was lost


def test_p3_the_representative_sees_and_relays_the_released_version(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t, _clock = unlocked_representative(qtbot, tmp_path)
    vault = store(window)
    (entry,) = feedback_for(vault, t.lien)
    mark_relayed(vault, entry.id)
    update_note(vault, t.released_note, RELEASED + LATER)
    dialog = open_representative(qtbot, window)
    dialog.select_colleague(t.lien)
    dialog.show_after()
    current = dialog.current_entry()
    assert current is not None
    assert current.body == RELEASED  # what Lien received, not what was typed later
    assert dialog.detail_text.toPlainText() == RELEASED
    assert "NIET-DOORGEVEN" not in dialog.detail_text.toPlainText()
    sheet = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=t.lien)
    assert "NIET-DOORGEVEN" not in text_of(build_pdf(vault, sheet))


# ---------------------------------------------------------------------------- the band


CHANGED = "Changed since release — new text only at the table"


def test_p3_the_band_says_changed_since_release_and_offers_the_new_version(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    _release_own(qtbot, window, screen)
    _reactivate(qtbot, window)
    assert screen.band.words == "Released to own dossier"
    assert screen.band.release_again_button.isHidden()
    assert "stays at the table until you release it again" in screen.save_state.text()

    qtbot.keyClicks(screen.editor, LATER)
    assert screen.band.words.startswith(CHANGED)  # from the first key, before any save
    assert screen.save_pending()
    assert screen.band.words == f"{CHANGED} · earlier version: Released to own dossier"
    assert not screen.band.release_again_button.isHidden()
    assert screen.band.release_button.isHidden()

    screen.band.release_again_button.click()
    dialog = screen.release_dialog
    assert isinstance(dialog, ReleaseDialog)
    assert dialog.preview.toPlainText().endswith(LATER)
    assert dialog.own_dossier.isChecked()  # where the earlier version went
    assert not dialog.renewal.isHidden() and "your own dossier" in dialog.renewal.text()
    choose_me(dialog)
    dialog.ok.click()
    assert dialog.result() == ReleaseDialog.DialogCode.Accepted
    assert screen.band.words == "Released to own dossier"
    label = note_label(vault, note_id)
    assert label.own_dossier and not label.changed
    earlier, now = releases_of(vault, note_id)
    assert not earlier.active and now.active


def test_p3_the_notes_list_shows_each_label_without_opening_the_note(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, released = _note(qtbot, window)
    _release_own(qtbot, window, screen)
    _reactivate(qtbot, window)
    qtbot.keyClick(screen.editor, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(screen.editor, "Alleen voor hier.")
    assert screen.save_pending()
    table_only = screen.current_note_id
    qtbot.keyClick(screen.editor, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(screen.editor, "Ook vrijgegeven.")
    assert screen.save_pending()
    changed = screen.current_note_id
    assert table_only is not None and changed is not None
    me = self_person(vault)
    assert me is not None
    release(
        vault,
        changed,
        ReleaseKind.OWN_DOSSIER,
        info_owner_id=me.id,
        agreed_meeting_id=get_note(vault, changed).meeting_id,
    )
    update_note(vault, changed, "Ook vrijgegeven. En daarna meer.")
    screen._refresh_scope()
    lines = {
        screen.notes.item(r).data(Qt.ItemDataRole.UserRole): screen.notes.item(r).text()
        for r in range(screen.notes.count())
    }
    assert lines[released] == "[own dossier] Afgesproken: dit mag naar het dossier."
    assert lines[table_only] == "[table only] Alleen voor hier."
    assert lines[changed] == "[changed since release] Ook vrijgegeven. En daarna meer."
    tips = {
        screen.notes.item(r).data(Qt.ItemDataRole.UserRole): screen.notes.item(r).toolTip()
        for r in range(screen.notes.count())
    }
    assert tips[changed] == f"{CHANGED} · earlier version: Released to own dossier"
    # autosave of an edit keeps the list in step without redrawing the item
    screen._select_note(released)
    screen._load_note(released, get_note(vault, released).body)
    qtbot.keyClicks(screen.editor, " Meer.")
    assert screen.save_pending()
    entry = next(
        screen.notes.item(r)
        for r in range(screen.notes.count())
        if screen.notes.item(r).data(Qt.ItemDataRole.UserRole) == released
    )
    assert entry.text().startswith("[changed since release] ")


@pytest.mark.usefixtures("dutch")
def test_p3_the_band_in_dutch_says_gewijzigd_na_vrijgave(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    _start(qtbot, window, TableKind.OPERATIONAL)
    qtbot.keyClicks(screen.editor, "Afgesproken.")
    assert screen.save_pending()
    dialog = _open_dialog(qtbot, screen)
    dialog.own_dossier.setChecked(True)
    choose_me(dialog)
    dialog.ok.click()
    _reactivate(qtbot, window)
    qtbot.keyClicks(screen.editor, " Meer.")
    assert screen.save_pending()
    assert screen.band.words.startswith("Gewijzigd na vrijgave — nieuwe tekst alleen aan tafel")
    assert screen.band.release_again_button.text() == "Nieuwe versie vrijgeven…"
    entry = screen.notes.item(screen.notes.count() - 1).text()
    assert entry.startswith("[gewijzigd na vrijgave] ")


def test_p4_ctrl_c_never_copies_feedback_released_text(qtbot: QtBot, tmp_path: Path) -> None:
    window, t, _clock = unlocked_representative(qtbot, tmp_path)
    screen = window.meeting_screen
    window.show_meetings()
    screen.open_meeting(t.meeting, t.item)
    screen._select_note(t.released_note)
    screen._load_note(t.released_note, RELEASED)
    assert screen.current_note_id == t.released_note
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("iets anders")
    screen.editor.selectAll()
    qtbot.keyClick(screen.editor, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == "iets anders"
    assert "Only text released to your own dossier can be copied" in screen.save_state.text()


# ---------------------------------------------------------------------------- ownership


def test_p3_whose_information_has_no_default_and_anothers_needs_their_agreement(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    other_row = next(r for r in screen.attendance.rows if not r.person.is_self)
    for row in (other_row, next(r for r in screen.attendance.rows if r.person.is_self)):
        row.status.setCurrentIndex(row.status.findData(AttendanceStatus.PRESENT))
    other = other_row.person
    dialog = _open_dialog(qtbot, screen)
    assert dialog.owner.currentData() is None  # no default (P3)
    dialog.own_dossier.setChecked(True)
    dialog.owner.setCurrentIndex(dialog.owner.findData(other.id))
    assert not dialog.owner_agreed.isHidden()
    assert other.name in dialog.owner_agreed.text()
    assert dialog.meeting.currentText() in dialog.owner_agreed.text()
    dialog.ok.click()
    assert dialog.result() != ReleaseDialog.DialogCode.Accepted
    assert "agreed to this use at the table" in dialog.error.text()
    assert releases_of(vault, note_id) == []
    dialog.owner_agreed.setChecked(True)
    dialog.ok.click()
    assert dialog.result() == ReleaseDialog.DialogCode.Accepted
    (r,) = releases_of(vault, note_id)
    assert r.info_owner_id == other.id
    assert r.owner_agreed_meeting_id == screen.view.meeting.id  # type: ignore[union-attr]


# ---------------------------------------------------------------------------- bad input


def test_p3_a_note_changed_elsewhere_while_the_dialog_is_open_is_not_released(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    dialog = _open_dialog(qtbot, screen)
    shown = dialog.preview.toPlainText()
    versions = vault.query("SELECT count(*) FROM note_version")
    update_note(vault, note_id, shown + LATER)  # saved by another window meanwhile
    dialog.own_dossier.setChecked(True)
    choose_me(dialog)
    dialog.ok.click()
    assert dialog.result() != ReleaseDialog.DialogCode.Accepted
    assert dialog.error.text() == refusal_message(Reason.NOTE_CHANGED)
    assert releases_of(vault, note_id) == []
    assert vault.query("SELECT count(*) FROM note_version") == versions


def test_p3_an_emptied_note_is_not_released_and_the_dialog_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    screen.editor.selectAll()
    qtbot.keyClick(screen.editor, Qt.Key.Key_Delete)
    assert screen.save_pending() and get_note(vault, note_id).body == ""
    dialog = _open_dialog(qtbot, screen)
    dialog.own_dossier.setChecked(True)
    choose_me(dialog)
    dialog.ok.click()
    assert dialog.error.text() == refusal_message(Reason.EMPTY_NOTE)
    assert releases_of(vault, note_id) == []


def test_p3_releasing_the_same_version_twice_says_so_and_adds_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    _release_own(qtbot, window, screen)
    _reactivate(qtbot, window)
    dialog = _open_dialog(qtbot, screen)
    dialog.own_dossier.setChecked(True)
    choose_me(dialog)
    dialog.ok.click()
    assert dialog.error.text() == refusal_message(Reason.ALREADY_RELEASED)
    assert len(releases_of(vault, note_id)) == 1
