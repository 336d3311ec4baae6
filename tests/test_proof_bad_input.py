"""Hostile text through the real window: the notebook editor, the save, the search dialog.

The vault layer's own hostile-text tests are ``test_domain_bad_input.py`` (every kind of
free text, names), ``test_search.py`` (any text is a safe FTS5 query) and
``test_documents_robustness.py`` (PDFs). Here hypothesis-drawn text — markup, RTL with
overrides, NUL, combining marks, emoji with joiners, lone control characters — goes
through the editor as typed or pasted, is saved through the Save path, must read back
exactly as the editor shows it, and is then typed into the search dialog, which must
never raise or show an error. A ten-megabyte paste goes the same way.
``TAFELBOEK_PROOF_EXAMPLES`` raises the number of drawn texts (``make proof``).
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from proof.figures import record
from pytestqt.qtbot import QtBot
from test_proof_environment import _unlock, _window_on

from app.window import MainWindow
from vault.notes import get_note

EXAMPLES = int(os.environ.get("TAFELBOEK_PROOF_EXAMPLES", "25"))
HOSTILE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300
) | st.sampled_from(
    [
        "<b>vet</b> & 'x' \"y\" ]]> <script>alert(1)</script> %s {0} **vet** _x_",
        "עברית \u202e omgekeerd \u200f العربية \u2066isolaat\u2069",
        "nul\x00teken\x00",
        "👩🏽‍⚕️🇧🇪 e\u0301\u0301\u0301 \ufeff\u200d",
        'NEAR("a" "b") AND body:* OR ^x NOT "',
        "\r\n\r\u2028\u2029\x0b\x0c",
    ]
)


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = _window_on(qtbot, tmp_path, notes=())
    _unlock(qtbot, window)
    return window


def _save_through_the_window(window: MainWindow, text: str) -> None:
    view = window.notebook
    view.new_note()
    view.editor.insertPlainText(text)
    shown = view.editor.toPlainText()
    assert view.save_pending(), view.save_state.text()
    vault = window.vault.store
    assert vault is not None
    if shown:
        note_id = view._note_id
        assert note_id is not None
        assert get_note(vault, note_id).body == shown  # stored exactly as shown


def _search_through_the_window(window: MainWindow, text: str) -> None:
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    dialog.query.setText(text)
    dialog.run_search()
    assert dialog.error.text() == ""
    dialog.reject()


def _through_the_window(window: MainWindow, text: str) -> None:
    _save_through_the_window(window, text)
    _search_through_the_window(window, text)


def test_hostile_text_through_editor_save_and_search(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    seen = []

    @given(HOSTILE)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    def one(text: str) -> None:
        _through_the_window(window, text)
        seen.append(text)

    one()
    record("input.gui_hostile_text", cases=len(seen), failures=0)
    assert len(seen) >= min(EXAMPLES, 10)


def test_ten_megabyte_paste_is_saved_and_searchable(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    line = "plakwerk uit een ander document 👩🏽‍⚕️ é, met <b>opmaak</b> en NEAR(x y)\n"
    text = line * (10 * 1024 * 1024 // len(line.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 10 * 1024 * 1024
    # Searched first, while the vault holds ordinary notes only: a multi-word query over
    # one huge note is slow in FTS5 (see docs/reliability.md, known limits).
    _through_the_window(window, "Een gewone notitie met een paar woorden")
    _search_through_the_window(window, text)
    _save_through_the_window(window, text)
    record("input.gui_ten_mb_paste", cases=1, failures=0)
