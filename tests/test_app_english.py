"""English mode is English everywhere, Dutch mode Dutch in Qt's own dialogs too (issue 17
item 8).

English mode loads no catalogue: every screen and every dialog the menus open shows no
word that only the Dutch side of the catalogue has — role names included. Dutch mode
loads Qt's ``qtbase_nl`` as well as ours, and ours completes what Qt's lacks, so the file
dialog's labels and buttons are Dutch (the walkthrough found "Look in:" and "Files of
type:" in English).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from support.menus import menu_dialogs
from support.widgets import texts
from support.windows import make_context, make_window, seed_vault, unlock

from app.dialogs.prompts import file_dialog, qt_words_qtbase_lacks
from app.platform.i18n import Language, install_translators
from app.wording.meeting import role_text
from vault import Vault
from vault.cases import add_case
from vault.cells import add_cell, add_member, set_cell_contact
from vault.meetings import start_meeting
from vault.model import Role, TableKind
from vault.notes import add_note
from vault.people import add_person

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "app" / "assets" / "i18n" / "tafelboek_nl_BE.ts"
WORD = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text.replace("&", ""))}


def dutch_only_words() -> set[str]:
    """Words of four letters or more that the catalogue's Dutch side has and no English
    source uses ("kluis", "overleg", "burgemeester", …)."""
    english: set[str] = set()
    dutch: set[str] = set()
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        english |= _words(message.findtext("source") or "")
        dutch |= _words(message.findtext("translation") or "")
    return dutch - english


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The application as `--lang en` starts it: English locale, no translator."""
    previous = QLocale()
    assert install_translators(qapp, Language.ENGLISH) == []
    try:
        yield
    finally:
        QLocale.setDefault(previous)


def _english_table(vault: Vault) -> int:
    """A cell with English content only, so any Dutch word shown comes from the program."""
    cell = add_cell(
        vault,
        "North Cell",
        framework_text="What is said at the table stays at the table.",
        local_definition="Violent extremism only.",
    )
    set_cell_contact(vault, cell, municipality="Northtown", contact="the cell secretary")
    people = [
        add_person(vault, "Alex Morgan", Role.YOUTH_OFFICER, organisation="Town", is_self=True),
        add_person(vault, "Sam Carter", Role.INFORMATION_OFFICER, organisation="Police"),
        add_person(vault, "Robin Hale", Role.MAYOR, organisation="Town"),
        add_person(vault, "Kim Lake", Role.CLB, organisation="School service"),
    ]
    for person in people:
        add_member(vault, cell, person)
    case = add_case(vault, cell, "N-2026-001")
    meeting = start_meeting(
        vault, cell, datetime(2026, 3, 5, 14, 0), TableKind.OPERATIONAL, case_ids=[case]
    )
    add_note(vault, "Reflection after the meeting.")
    return meeting


def _dutch_shown(widget: QWidget, vocabulary: set[str]) -> set[str]:
    shown: set[str] = set()
    for text in texts(widget):
        shown |= _words(text)
    return shown & vocabulary


def test_the_vocabulary_knows_dutch_words() -> None:
    vocabulary = dutch_only_words()
    assert {"kluis", "overleg", "vergrendelen", "burgemeester", "jeugdambtenaar"} <= vocabulary
    assert "meeting" not in vocabulary and "tafelboek" not in vocabulary


def test_the_check_sees_dutch_when_dutch_is_loaded(
    qtbot: QtBot, tmp_path: Path, dutch: object
) -> None:
    """The check below can fail: with the catalogue loaded, it finds Dutch on every page."""
    vocabulary = dutch_only_words()
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    assert {"kluis", "wachtwoordzin"} <= _dutch_shown(window, vocabulary)
    seed_vault(context, _english_table)
    window.show_start()
    unlock(qtbot, window)
    window.show_first_run()
    assert "stappen" in _dutch_shown(window.first_run, vocabulary)
    shown = 0
    for _name, dialog in menu_dialogs(window):
        shown += bool(_dutch_shown(dialog, vocabulary))
        dialog.reject()
    assert shown >= 10


def test_english_mode_every_screen_and_menu_dialog_is_english(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    vocabulary = dutch_only_words()
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    assert _dutch_shown(window, vocabulary) == set()  # the create screen
    meeting_id = seed_vault(context, _english_table)
    window.show_start()
    assert _dutch_shown(window, vocabulary) == set()  # the unlock screen
    unlock(qtbot, window)
    found: dict[str, set[str]] = {}
    found["notebook"] = _dutch_shown(window, vocabulary)
    window.show_first_run()  # shown only without a cell, but its words must be English too
    found["first steps"] = _dutch_shown(window.first_run, vocabulary)
    window.show_meetings()
    window.meeting_screen.open_meeting(meeting_id)
    found["meeting screen"] = _dutch_shown(window, vocabulary)
    walked = 0
    for name, dialog in menu_dialogs(window):
        walked += 1
        found[name] = _dutch_shown(dialog, vocabulary)
        dialog.reject()
    assert walked >= 10  # the walk really opened the dialogs
    assert {where: words for where, words in found.items() if words} == {}


def test_english_mode_role_names_are_english(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    vocabulary = dutch_only_words()
    for role in Role:
        assert _words(role_text(role)) & vocabulary == set(), role
    assert role_text(Role.YOUTH_OFFICER) == "Youth officer"
    context = make_context(tmp_path)
    seed_vault(context, _english_table)
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    window.open_cells()
    dialog = window.cells_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    rows = [dialog.members.item(r).text() for r in range(dialog.members.count())]
    assert "Alex Morgan — Youth officer, Town (you) · standing" in rows
    assert "Robin Hale — Mayor, Town · standing" in rows
    dialog.reject()


def _file_dialog_texts(save: bool) -> list[str]:
    parent = QWidget()
    dialog = file_dialog(parent, "T", Path.home(), "PDF (*.pdf)", save_as="x.pdf" if save else "")
    dialog.show()
    QApplication.processEvents()
    shown = [t for t in texts(dialog) if t]
    dialog.hide()
    shiboken6.delete(dialog)
    shiboken6.delete(parent)
    return shown


@pytest.mark.parametrize("save", [True, False])
def test_dutch_mode_file_dialog_is_dutch(save: bool, dutch: object) -> None:
    shown = _file_dialog_texts(save)
    assert "&Zoeken in:" in shown and "Bestands&type:" in shown and "Bestands&naam:" in shown
    assert "Annuleren" in shown
    assert ("Op&slaan" if save else "&Openen") in shown
    for english_label in ("&Look in:", "Files of &type:", "File &name:", "Cancel", "&Save"):
        assert english_label not in shown


def test_dutch_mode_file_dialog_names_a_folder_in_dutch(qapp: QApplication, dutch: object) -> None:
    """The Type column said "Folder" (qtbase_nl lacks it): our catalogue carries it."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    assert qt_words_qtbase_lacks() == ("Map", "Bestandsmap", "Station")
    # Qt names a folder as Windows Explorer does on Windows, and plainly elsewhere.
    folder = "Bestandsmap" if sys.platform == "win32" else "Map"
    assert QFileIconProvider().type(QFileInfo(str(Path.home()))) == folder


@pytest.mark.parametrize("save", [True, False])
def test_english_mode_file_dialog_is_english(save: bool, english: None) -> None:
    shown = _file_dialog_texts(save)
    assert "&Look in:" in shown and "Files of &type:" in shown and "Cancel" in shown
    assert ("&Save" if save else "&Open") in shown
    dutch_words = set().union(*(_words(t) for t in shown)) & dutch_only_words()
    assert dutch_words == set()


def test_the_file_dialog_labels_exist_in_qt(qapp: QApplication) -> None:
    """The labels replaced are the ones Qt shows (a Qt upgrade renaming them fails here)."""
    parent = QWidget()
    dialog = QFileDialog(parent, "T", str(Path.home()), "PDF (*.pdf)")
    dialog.setOptions(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Look in:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Files of &type:"
    shiboken6.delete(dialog)
    shiboken6.delete(parent)
