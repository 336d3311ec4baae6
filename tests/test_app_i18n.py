"""Translations: the Dutch catalogue is complete, current, compiles and loads; errors are worded."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_tools import qt_tool
from support.windows import make_context, make_vault, make_window, unlock

from app.main import parse_args
from app.platform.i18n import I18N_DIR, Language, install_translators
from app.wording.messages import error_message, strengthen_error_message, warning_message
from vault import ErrorCode
from vault.errors import VaultWarning

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "app" / "assets" / "i18n" / "tafelboek_nl_BE.ts"

Message = tuple[str, str]
"""(context, English source text)."""


def _messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


def test_dutch_catalogue_has_no_unfinished_or_empty_translation() -> None:
    messages = _messages(TS_FILE)
    assert len(messages) > 40
    for key, translation in messages.items():
        assert translation.get("type") is None, key  # unfinished, vanished or obsolete
        assert (translation.text or "").strip(), key


def test_every_tr_string_in_app_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run(
        [
            str(qt_tool("lupdate")),
            "-silent",
            *sources,
            "-source-language",
            "en",
            "-target-language",
            "nl_BE",
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    in_code = set(_messages(fresh))
    in_catalogue = set(_messages(TS_FILE))
    assert len(in_code) > 40
    assert in_code - in_catalogue == set(), "run `make i18n-update` and translate"
    assert in_catalogue - in_code == set(), "stale entries: run `make i18n-update`"


def test_mnemonics_survive_translation() -> None:
    for (_context, source), translation in _messages(TS_FILE).items():
        assert source.count("&") == (translation.text or "").count("&"), source
        assert source.count("%1") == (translation.text or "").count("%1"), source


def test_dutch_translations_load_for_tafelboek_and_qt(dutch: list[QTranslator]) -> None:
    assert len(dutch) == 2
    assert QCoreApplication.translate("UnlockForm", "&Unlock") == "&Ontgrendelen"
    assert QCoreApplication.translate("NotebookView", "Vault unlocked") == "Kluis ontgrendeld"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # qtbase_nl
    assert QLocale().language() == QLocale.Language.Dutch


def test_windows_speak_dutch_by_default(qtbot: QtBot, tmp_path: Path, dutch: object) -> None:
    window = make_window(qtbot, make_context(tmp_path))
    form = window.create_form
    assert form.primary.text() == "Kluis aan&maken"
    assert form.primary.accessibleName() == "Kluis aanmaken"
    assert form.open_other.text() == "&Andere kluis openen…"  # a base-class context
    assert form.passphrase.accessibleName() == "Wachtwoordzin"
    assert "ook de IT-dienst niet" in form.warning.body.text()
    assert window.lock_action.text() == "&Vergrendelen"
    assert window.windowTitle() == "Tafelboek"


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    previous = QLocale()
    try:
        assert install_translators(qapp, Language.ENGLISH) == []
        assert QCoreApplication.translate("UnlockForm", "&Unlock") == "&Unlock"
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize("code", [*ErrorCode, None])
def test_every_error_code_has_english_and_dutch_wording(
    code: ErrorCode | None, qapp: QApplication, compiled_dir: Path
) -> None:
    english = error_message(code)
    previous = QLocale()
    translators = install_translators(qapp, Language.DUTCH, compiled_dir)
    try:
        dutch_text = error_message(code)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    assert len(english) > 30 and english.endswith(".")
    assert len(dutch_text) > 30 and dutch_text.endswith(".")
    assert dutch_text != english


def test_error_messages_are_distinct() -> None:
    texts = [error_message(code) for code in [*ErrorCode, None]]
    assert len(set(texts)) == len(texts)


def _in_dutch(qapp: QApplication, compiled_dir: Path, words: Callable[[], str]) -> str:
    previous = QLocale()
    translators = install_translators(qapp, Language.DUTCH, compiled_dir)
    try:
        return words()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_every_vault_warning_has_its_own_english_and_dutch_sentence(
    qapp: QApplication, compiled_dir: Path
) -> None:
    english = {w: warning_message(w) for w in VaultWarning}
    dutch_text = {
        w: _in_dutch(qapp, compiled_dir, partial(warning_message, w)) for w in VaultWarning
    }
    for warning in VaultWarning:
        assert len(english[warning]) > 30 and english[warning].endswith("."), warning
        assert "kluis" in dutch_text[warning] and dutch_text[warning].endswith("."), warning
        assert dutch_text[warning] != english[warning], warning
    assert len(set(english.values())) == len(VaultWarning)
    assert len(set(dutch_text.values())) == len(VaultWarning)
    assert dutch_text[VaultWarning.WEAK_KDF] == (
        "De beveiliging van deze kluis is zwakker dan Tafelboek nu vraagt."
    )


@pytest.mark.parametrize("code", [ErrorCode.WRONG_PASSPHRASE, ErrorCode.WEAK_KDF])
def test_strengthening_has_its_own_wording_where_it_differs(
    code: ErrorCode, qapp: QApplication, compiled_dir: Path
) -> None:
    english = strengthen_error_message(code)
    dutch_text = _in_dutch(qapp, compiled_dir, partial(strengthen_error_message, code))
    assert english != error_message(code)
    assert "Nothing was changed" in english
    assert "niets veranderd" in dutch_text.lower()
    # Every other code reads as everywhere else.
    assert strengthen_error_message(ErrorCode.DISK_FULL) == error_message(ErrorCode.DISK_FULL)
    assert strengthen_error_message(None) == error_message(None)


def test_strengthen_offer_and_dialog_speak_dutch(
    qtbot: QtBot, tmp_path: Path, dutch: object
) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path, ["Eerste"])
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    notebook = window.notebook
    assert notebook.kdf_banner.text.text() == (
        "De beveiliging van deze kluis is zwakker dan Tafelboek nu vraagt."
    )
    assert notebook.strengthen_button.text() == "Nu ve&rsterken…"
    assert notebook.strengthen_button.accessibleName() == "Nu versterken…"
    notebook.strengthen_button.click()
    dialog = window.strengthen_dialog
    assert dialog is not None
    assert dialog.primary.text() == "&Versterken"
    assert dialog.passphrase.accessibleName() == "Huidige wachtwoordzin"
    assert dialog.windowTitle() == "Tafelboek"
    dialog.reject()


def test_language_option_defaults_to_dutch() -> None:
    assert parse_args([]).lang is Language.DUTCH
    assert parse_args(["--lang", "en"]).lang is Language.ENGLISH


def test_default_catalogue_directory_is_the_apps_assets() -> None:
    assert I18N_DIR == ROOT / "app" / "assets" / "i18n"
    assert TS_FILE.parent == I18N_DIR
