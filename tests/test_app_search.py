"""Search (Ctrl+F): results as you type, labels in words, opening a note in its place, P12."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.widgets import interactive, texts
from support.windows import make_context, seed_vault, unlocked_window

from app.dialogs.search import SearchDialog, snippet_html
from app.window import MainWindow
from vault import Vault
from vault.demo import DemoSpec, build_demo
from vault.meetings import agenda, list_meetings
from vault.model import AgendaItemKind, Label, NoteKind
from vault.notes import add_note, note_label
from vault.people import get_person
from vault.search import LabelFilter, SearchFilters, SearchHit, search

SMALL = DemoSpec(cells=1, years=1, meetings=4, cases=4, notes=30)
CANARY = "Zoekkanarie"
WRITTEN = datetime(2025, 1, 2, 9, 0, tzinfo=UTC)


def _window(
    qtbot: QtBot, tmp_path: Path, prepare: Callable[[Vault], None] | None = None
) -> MainWindow:
    """An unlocked window over a small demo vault (own notes written on 2 January 2025)."""
    context = make_context(tmp_path, clock=FakeClock(datetime(2026, 3, 5, 9, 30, tzinfo=UTC)))
    seed_vault(
        context,
        lambda vault: build_demo(vault, SMALL),
        then=None if prepare is None else lambda vault, _built: prepare(vault),
        clock=FakeClock(WRITTEN),
    )
    return unlocked_window(qtbot, context)


def _ctrl_f(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _results(dialog: SearchDialog) -> list[int]:
    return [
        int(dialog.results.item(r).data(Qt.ItemDataRole.UserRole))
        for r in range(dialog.results.count())
    ]


def _canary_notes(vault: Vault) -> dict[str, int]:
    """A canary note on a case item (not the item's last note) and an own reflection."""
    meeting = list_meetings(vault)[1]
    item = next(i for i in agenda(vault, meeting.id) if i.kind is AgendaItemKind.CASE)
    ids = {
        "meeting": meeting.id,
        "item": item.id,
        "note": add_note(
            vault, f"{CANARY} op de tafel, met de coördinator besproken.", agenda_item_id=item.id
        ),
    }
    add_note(vault, "Een latere notitie op hetzelfde punt.", agenda_item_id=item.id)
    ids["reflection"] = add_note(vault, f"Eigen reflectie {CANARY}-eigen: café met Zoë.")
    return ids


def test_typing_shows_results_after_a_pause(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, _canary_notes)
    dialog = _ctrl_f(qtbot, window)
    assert dialog.query.hasFocus()
    assert dialog.results.count() == 0
    qtbot.keyClicks(dialog.query, CANARY.lower()[:6])  # type-ahead: a prefix finds it
    qtbot.waitUntil(lambda: dialog.results.count() >= 2, timeout=2000)
    assert window.vault is not None
    expected = [h.note_id for h in search(window.vault.store, CANARY.lower()[:6])]
    assert _results(dialog) == expected
    assert "2" in dialog.status.text()
    # A second Ctrl+F raises the same dialog, never a second one.
    window.open_search()
    assert window.search_dialog is dialog


def test_accent_insensitive_query_through_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    ids: dict[str, int] = {}
    window = _window(qtbot, tmp_path, lambda v: ids.update(_canary_notes(v)))
    dialog = _ctrl_f(qtbot, window)
    for query in ("cafe zoe", "CAFÉ ZOË", "Café"):
        dialog.query.setText(query)
        qtbot.waitUntil(lambda: ids["reflection"] in _results(dialog), timeout=2000)
    dialog.query.setText(f"{CANARY} coordinator")
    qtbot.waitUntil(lambda: _results(dialog) == [ids["note"]], timeout=2000)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"signalen',
        "NEAR(signalen school)",
        "*",
        "sign*",
        "(",
        "(signalen",
        ")",
        "signalen OR school",
        "body:signalen",
        "^de",
        "-school",
        "AND",
        "'",
        "\\",
        "\x00",
        "\u200f",
    ],
)
def test_fts_syntax_in_the_query_never_raises(qtbot: QtBot, tmp_path: Path, query: str) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _ctrl_f(qtbot, window)
    with qtbot.waitSignal(dialog._timer.timeout, timeout=JOB_TIMEOUT_MS):
        dialog.query.setText(query)  # searched when the typing pause ends
    assert not dialog.error.isVisible()
    assert dialog.status.text()
    dialog.run_search()  # and at once (Enter)
    assert not dialog.error.isVisible()
    assert dialog.status.text()


def test_label_words_and_place_are_shown(qtbot: QtBot, tmp_path: Path) -> None:
    ids: dict[str, int] = {}
    window = _window(qtbot, tmp_path, lambda v: ids.update(_canary_notes(v)))
    dialog = _ctrl_f(qtbot, window)
    dialog.query.setText(CANARY)
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=2000)
    metas = {
        int(dialog.results.item(r).data(Qt.ItemDataRole.UserRole)): str(
            dialog.results.item(r).data(Qt.ItemDataRole.UserRole + 2)
        )
        for r in range(2)
    }
    note_meta = metas[ids["note"]]
    assert note_meta.startswith("Table only — secret of the table")
    assert "LIVC R Fictiegem (DEMO)" in note_meta
    assert "April 2025" in note_meta  # the meeting's long date
    assert ". Case — F-2025-" in note_meta  # the agenda item with its case code
    reflection_meta = metas[ids["reflection"]]
    assert "Own reflection, not from a meeting" in reflection_meta
    assert "Thursday 2 January 2025" in reflection_meta

    # The label filter, by keyboard: only notes released as feedback, and said so by name.
    dialog.query.setText("de")
    dialog.label.setFocus()
    wanted = dialog.label.findData(LabelFilter.FEEDBACK)
    while dialog.label.currentIndex() != wanted:
        qtbot.keyClick(dialog.label, Qt.Key.Key_Down)
    vault = window.vault.store
    assert vault is not None
    expected = [h.note_id for h in search(vault, "de", SearchFilters(label=LabelFilter.FEEDBACK))]
    assert expected, "the small demo releases some notes as feedback"
    qtbot.waitUntil(lambda: _results(dialog) == expected, timeout=2000)
    for r in range(dialog.results.count()):
        meta = str(dialog.results.item(r).data(Qt.ItemDataRole.UserRole + 2))
        assert meta.startswith("Feedback for: ")
        note_id = int(dialog.results.item(r).data(Qt.ItemDataRole.UserRole))
        for colleague in note_label(vault, note_id).colleague_ids:
            assert get_person(vault, colleague).name in meta


def test_date_filter_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _ctrl_f(qtbot, window)
    dialog.query.setText("de")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=2000)
    dialog.use_from.setFocus()
    qtbot.keyClick(dialog.use_from, Qt.Key.Key_Space)
    assert dialog.use_from.isChecked() and dialog.date_from.isEnabled()
    dialog.date_from.setDate(datetime(2025, 6, 1).date())
    assert window.vault is not None
    expected = [
        h.note_id
        for h in search(
            window.vault.store, "de", SearchFilters(date_from=datetime(2025, 6, 1).date())
        )
    ]
    qtbot.waitUntil(lambda: _results(dialog) == expected, timeout=2000)
    everything = [h.note_id for h in search(window.vault.store, "de")]
    assert expected != everything


def test_snippet_markup_is_escaped() -> None:
    hit = SearchHit(
        1,
        NoteKind.NOTE,
        (("<b>x</b> & ", False), ("<img src=a>", True)),
        None,
        None,
        None,
        None,
        None,
        Label(False, frozenset()),
    )
    rendered = snippet_html(hit)
    assert "<b>x</b>" not in rendered and "<img" not in rendered
    assert "&lt;b&gt;x&lt;/b&gt; &amp; " in rendered
    assert "&lt;img src=a&gt;</span>" in rendered


def test_enter_opens_the_meeting_item_and_note(qtbot: QtBot, tmp_path: Path) -> None:
    ids: dict[str, int] = {}
    window = _window(qtbot, tmp_path, lambda v: ids.update(_canary_notes(v)))
    dialog = _ctrl_f(qtbot, window)
    qtbot.keyClicks(dialog.query, f"{CANARY} tafel")
    qtbot.waitUntil(lambda: _results(dialog) == [ids["note"]], timeout=2000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    screen = window.meeting_screen
    assert window.current_page() is screen
    assert screen.view is not None and screen.view.meeting.id == ids["meeting"]
    assert screen.current_item_id == ids["item"]
    assert screen.current_note_id == ids["note"]
    assert screen.editor.toPlainText().startswith(CANARY)
    assert window.search_dialog is None and not dialog.isVisible()
    assert dialog.query.text() == ""


def test_an_own_reflection_opens_in_the_notebook(qtbot: QtBot, tmp_path: Path) -> None:
    ids: dict[str, int] = {}
    window = _window(qtbot, tmp_path, lambda v: ids.update(_canary_notes(v)))
    window.meetings_action.trigger()  # start elsewhere
    dialog = _ctrl_f(qtbot, window)
    dialog.query.setText("café")
    qtbot.waitUntil(lambda: _results(dialog) == [ids["reflection"]], timeout=2000)
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.current_page() is window.notebook
    assert window.notebook.editor.toPlainText().startswith("Eigen reflectie")
    current = window.notebook.notes.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == ids["reflection"]


def test_p12_lock_closes_search_and_wipes_the_query(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, _canary_notes)
    dialog = _ctrl_f(qtbot, window)
    qtbot.keyClicks(dialog.query, CANARY)
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=2000)
    assert any(CANARY in t for t in texts(dialog))
    window.lock()
    assert window.vault is None and window.search_dialog is None
    assert not dialog.isVisible()
    assert dialog.query.text() == "" and dialog.results.count() == 0
    assert not any(CANARY.lower() in t.lower() for t in texts(dialog))
    assert not any(CANARY.lower() in t.lower() for t in texts(window))
    assert not window.search_action.isEnabled()


def test_every_search_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _ctrl_f(qtbot, window)
    widgets = interactive(dialog)
    assert len(widgets) >= 8
    assert [type(w).__name__ for w in widgets if not w.accessibleName()] == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.search_dialog is None
