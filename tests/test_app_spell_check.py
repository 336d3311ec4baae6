"""Spell checking in a note editor (issue 17 item 6): underlines on the right ranges while
typing, suggestions and "Add to word list" in the context menu, the word stored in the
vault, nothing underlined when switched off (presentation mode). A standalone editor;
the note editors attach the same way."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.spell_check import (
    SpellCheck,
    attach_spell_check,
    spell_check_of,
    spelling_menu_actions,
)
from vault import Vault
from vault.api import UnlockedVault
from vault.spelling import PERSONAL_WORDS_KEY

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def door(vault: Vault) -> UnlockedVault:
    return UnlockedVault(vault)


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[QPlainTextEdit]:
    widget = QPlainTextEdit()
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def ready(qtbot: QtBot, check: SpellCheck) -> SpellCheck:
    """Wait for the dictionary and the first full recheck."""
    qtbot.waitUntil(lambda: check.is_ready, timeout=20_000)
    qtbot.waitUntil(lambda: not check.rechecking, timeout=5_000)
    return check


def underlined(editor: QPlainTextEdit) -> list[str]:
    """The underlined stretches of text, in order."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        units = block.text().encode("utf-16-le")  # Qt's positions count UTF-16 units
        for item in block.layout().formats():
            if item.format.underlineStyle() == WAVY:
                piece = units[2 * item.start : 2 * (item.start + item.length)]
                found.append(piece.decode("utf-16-le"))
        block = block.next()
    return found


def point_at(editor: QPlainTextEdit, word: str) -> QPoint:
    """Viewport coordinates inside the first occurrence of ``word``."""
    index = editor.toPlainText().index(word)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(index + 2)
    return editor.cursorRect(cursor).center()


def test_unknown_words_get_a_wavy_underline_and_known_ones_none(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    editor.setPlainText(
        "De jongre kwam naar de vergadring.\n"
        "Casus F-2025-0011 besproken met het OCMW en jan@stad.be.\n"
        "Geen fouten in deze zin."
    )
    ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    assert underlined(editor) == ["jongre", "vergadring"]


def test_typing_underlines_a_wrong_word_once_the_writer_moves_on(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    check = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Het overleg over de vergad")
    assert underlined(editor) == []  # still being typed
    qtbot.keyClicks(editor, "ering van gisteren. De beslising")
    assert underlined(editor) == []
    qtbot.keyClicks(editor, " viel.")
    assert underlined(editor) == ["beslising"]
    assert check.enabled


def test_the_menu_offers_suggestions_that_replace_the_word(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    editor.setPlainText("De vergadring begint.")
    ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    actions = spelling_menu_actions(editor, point_at(editor, "vergadring"))
    texts = [a.text() for a in actions]
    assert texts[0] == "vergadering"
    assert 2 <= len(texts) <= 6 and texts[-1] == "Add to word list"
    actions[0].trigger()
    assert editor.toPlainText() == "De vergadering begint."
    assert underlined(editor) == []
    editor.undo()  # one undo step puts the word back
    assert editor.toPlainText() == "De vergadring begint."


def test_no_menu_actions_for_a_correct_word_or_without_a_check(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    editor.setPlainText("De vergadering begint.")
    assert spelling_menu_actions(editor, point_at(editor, "vergadering")) == []  # none yet
    ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    assert spelling_menu_actions(editor, point_at(editor, "vergadering")) == []


def test_adding_a_word_stores_it_in_the_vault_and_clears_its_underlines(
    qtbot: QtBot, qapp: object, door: UnlockedVault, vault: Vault
) -> None:
    editors = []
    for _ in range(2):
        widget = QPlainTextEdit()
        qtbot.addWidget(widget)
        widget.setPlainText("Mevrouw Oudenhovenaar en de jongre.")
        editors.append(widget)
    checks = [ready(qtbot, attach_spell_check(e, door.spelling, enabled=True)) for e in editors]
    assert underlined(editors[1]) == ["Oudenhovenaar", "jongre"]
    actions = spelling_menu_actions(editors[0], point_at(editors[0], "Oudenhovenaar"))
    add = [a for a in actions if a.objectName() == "spelling-add-word"]
    assert len(add) == 1
    add[0].trigger()
    assert door.spelling.words() == ["Oudenhovenaar"]
    assert "Oudenhovenaar" in (vault.meta(PERSONAL_WORDS_KEY) or "")
    for check in checks:
        qtbot.waitUntil(lambda check=check: not check.rechecking, timeout=5_000)
    assert underlined(editors[0]) == ["jongre"]
    assert underlined(editors[1]) == ["jongre"]  # the other editor learnt it too


def test_switched_off_nothing_is_underlined(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    editor.setPlainText("De jongre kwam naar de vergadring.")
    check = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=False))
    assert not check.enabled
    assert underlined(editor) == []
    assert spelling_menu_actions(editor, point_at(editor, "jongre")) == []
    check.set_enabled(True)
    qtbot.waitUntil(lambda: not check.rechecking, timeout=5_000)
    assert underlined(editor) == ["jongre", "vergadring"]
    check.set_enabled(False)  # presentation mode: all underlines go at once
    assert underlined(editor) == []
    qtbot.keyClicks(editor, " Nog een fuot erbij.")
    assert underlined(editor) == []


def test_a_full_recheck_runs_in_slices_off_the_keystroke_path(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    paragraph = " ".join(["De jongre kwam naar de vergadering van het overleg."] * 6)
    editor.setPlainText("\n".join([paragraph] * 150))  # 5,400 words
    check = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    assert check.last_recheck_ms > 0
    check.set_enabled(False)
    check.set_enabled(True)  # schedules a recheck; returns at once
    last = editor.document().lastBlock()
    assert not [f for f in last.layout().formats() if f.format.underlineStyle() == WAVY]
    with qtbot.waitSignal(check.rechecked, timeout=5_000):
        pass
    assert underlined(editor) == ["jongre"] * 900


def test_a_note_loaded_whole_is_checked_in_slices_after_the_load(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    check = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    paragraph = " ".join(["De jongre kwam naar de vergadering van het overleg."] * 6)
    editor.setPlainText("\n".join([paragraph] * 100))  # another note in the same editor
    assert check.rechecking and underlined(editor) == []  # not inside setPlainText
    with qtbot.waitSignal(check.rechecked, timeout=5_000):
        pass
    assert underlined(editor) == ["jongre"] * 600
    editor.setPlainText("Een korte jongre.")  # small: checked at once, as typing is
    assert underlined(editor) == ["jongre"]


def test_highlighting_neither_changes_nor_modifies_the_note(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    editor.setPlainText("De jongre kwam naar de vergadring.")
    editor.document().setModified(False)
    changes = []
    editor.textChanged.connect(lambda: changes.append(1))
    check = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    check.recheck()
    qtbot.waitUntil(lambda: not check.rechecking, timeout=5_000)
    check.set_enabled(False)
    assert changes == []  # the autosave listens to textChanged
    assert not editor.document().isModified()
    assert not editor.document().isUndoAvailable()


def test_detaching_forgets_the_speller_and_removes_the_underlines(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    editor.setPlainText("De jongre kwam.")
    check = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    assert spell_check_of(editor) is check
    check.detach()
    assert check.speller is None and spell_check_of(editor) is None
    assert underlined(editor) == []
    check.set_enabled(True)  # a detached check stays out of the way
    check.recheck()
    check.detach()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Nog een jongre.")
    assert underlined(editor) == []
    again = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    assert spell_check_of(editor) is again
    assert underlined(editor) == ["jongre", "jongre"]


def test_edits_anywhere_in_a_long_paragraph_underline_as_a_full_check_would(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    # Each keystroke re-checks only the words around the edit (the rest of the paragraph
    # is remembered); the result must be the same as checking the whole paragraph.
    rng = random.Random(17)
    words = ["de", "jongre", "vergadering", "F-2025-0011", "OCMW", "zo'n", "e-mail", "huisen"]
    editor.setPlainText(" ".join(rng.choice(words) for _ in range(300)))  # one paragraph
    check = ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    editor.clearFocus()  # no word is spared as "being typed"
    speller = check.speller
    assert speller is not None
    pieces = [" ", "-", "x", "e", "'", "1", "@", ".", "jongre ", " vergadring", "\n"]
    for _ in range(150):
        cursor = QTextCursor(editor.document())
        cursor.setPosition(rng.randrange(len(editor.toPlainText()) + 1))
        if rng.random() < 0.3:
            cursor.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, rng.randint(1, 6)
            )
            cursor.removeSelectedText()
        else:
            cursor.insertText(rng.choice(pieces))
        expected = [
            t.text for line in editor.toPlainText().split("\n") for t in speller.misspelled(line)
        ]
        assert underlined(editor) == expected


def test_words_beyond_the_basic_plane_keep_the_underline_in_place(
    qtbot: QtBot, editor: QPlainTextEdit, door: UnlockedVault
) -> None:
    editor.setPlainText("Goed 👍 maar de jongre kwam niet.")
    ready(qtbot, attach_spell_check(editor, door.spelling, enabled=True))
    assert underlined(editor) == ["jongre"]  # Qt counts the emoji as two positions
