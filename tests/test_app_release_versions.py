"""What leaves is the version the table agreed (P3), on the screens: walkthrough 2026-12,
finding 1 — text typed after "Vrijgeven" was shown and handed over as released."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from test_app_meeting import _reactivate, _unlocked, _vault
from test_app_release import _note, _open_dialog
from test_app_representative import RELEASED
from test_app_representative import _open as open_representative
from test_app_representative import _unlocked as unlocked_representative
from test_documents_support import text_of

from app.meeting_screen import AUTOSAVE_DELAY_MS
from app.release_dialog import ReleaseDialog
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.notes import get_note, note_label, update_note
from vault.releases import feedback_for, mark_relayed

LATER = " NIET-DOORGEVEN vader werkloos sinds mei"
CTRL = Qt.KeyboardModifier.ControlModifier


def _release_own(qtbot: QtBot, window: object, screen: object) -> None:
    dialog = _open_dialog(qtbot, screen)  # type: ignore[arg-type]
    assert dialog.preview.toPlainText() == "Afgesproken: dit mag naar het dossier."
    assert dialog.preview.isReadOnly()
    dialog.own_dossier.setChecked(True)
    dialog.ok.click()
    assert dialog.result() == ReleaseDialog.DialogCode.Accepted


def test_p3_typing_on_after_vrijgeven_stays_at_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    window = _unlocked(qtbot, tmp_path)
    vault = _vault(window)
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
    window = _unlocked(qtbot, tmp_path)
    vault = _vault(window)
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
    vault = _vault(window)
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
