"""File dialogs leave no trace of where exports, backups and vaults are (P2; security
review M5): every dialog is Qt's own, on every platform, and nothing of the folders it
visited stays in Qt's settings store or the desktop's recent-files list.

Windows' traces (Recent Items, Jump Lists, the ComDlg32 lists in the registry) come from
its native dialog, which the app never opens; ``tests/test_windows_native.py`` checks the
registry under Wine. See ``docs/deploy-windows.md``, "File dialogs and Windows traces".
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from support.windows import make_context, make_vault, make_window, unlock

from app.care.backup import BackupDialog
from app.dialogs.prompts import DialogPrompts, ask_file, file_dialog, file_dialog_leaves_no_trace

ROOT = Path(__file__).resolve().parents[1]
CANARY = f"Casus-ZT-{secrets.token_hex(3)}-Jongere-X"
"""A folder name no earlier run can have left anywhere."""


@pytest.fixture
def qt_store(tmp_path: Path) -> Iterator[Path]:
    """Qt's shared settings in ``tmp_path`` for this test (never the user's own)."""
    scope, fmt = QSettings.Scope.UserScope, QSettings.Format.NativeFormat
    QSettings.setPath(fmt, scope, str(tmp_path / "qt-store"))
    try:
        yield tmp_path / "qt-store"
    finally:
        default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        QSettings.setPath(fmt, scope, default)


# ---------------------------------------------------------------------- the one helper
def test_every_file_dialog_is_qts_own(qtbot: QtBot, tmp_path: Path, qt_store: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with file_dialog_leaves_no_trace():
        save = file_dialog(parent, "x", tmp_path, "PDF (*.pdf)", save_as="overzicht.pdf")
        existing = file_dialog(parent, "x", tmp_path, "Tafelboek (*.tafelboek)")
        for dialog in (save, existing):
            assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
            assert dialog.sidebarUrls()[0].toString() == "file:"
        assert save.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        assert save.defaultSuffix() == "pdf"
        assert save.fileMode() == QFileDialog.FileMode.AnyFile
        assert existing.acceptMode() == QFileDialog.AcceptMode.AcceptOpen
        assert existing.fileMode() == QFileDialog.FileMode.ExistingFile
        for dialog in (save, existing):
            shiboken6.delete(dialog)


def test_the_app_has_no_other_file_dialog() -> None:
    users = sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "app").rglob("*.py")
        if "QFileDialog" in p.read_text(encoding="utf-8")
    )
    assert users == ["app/dialogs/prompts.py"]


# ---------------------------------------------------------------------- nothing persisted
_SCRIPT = textwrap.dedent(
    """
    import contextlib, json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
    sys.path.insert(0, sys.argv[1])
    import app.dialogs.prompts
    from app.dialogs.prompts import DialogPrompts

    def store():
        # Qt's shared store: QtProject.conf, or HKCU\\Software\\QtProject on Windows
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.beginGroup("FileDialog")
        return {key: repr(settings.value(key)) for key in settings.allKeys()}

    outer = contextlib.nullcontext()
    if sys.argv[3] == "no-clean-up":  # as if the process died before each clean-up...
        outer = app.dialogs.prompts.file_dialog_leaves_no_trace()  # ...put back only at the end
        app.dialogs.prompts.file_dialog_leaves_no_trace = contextlib.nullcontext
    qt = QApplication([])
    parent = QWidget()
    folder = Path(sys.argv[2])
    kinds = []

    def accept() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, accept)
            return
        dialog = dialogs[0]
        kinds.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        if dialog.fileMode() == QFileDialog.FileMode.ExistingFile:
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(folder / "kopie.tafelboek"))
        dialog.accept()

    report = {"before": store()}
    with outer:
        prompts = DialogPrompts()
        QTimer.singleShot(100, accept)
        chosen = prompts.choose_save_file(parent, "x", folder / "a.pdf", "PDF (*.pdf)")
        assert chosen == folder / "a.pdf", chosen
        QTimer.singleShot(100, accept)
        chosen = prompts.choose_save_file(parent, "x", folder / "b.tafelboek", "T (*.tafelboek)")
        assert chosen == folder / "b.tafelboek", chosen
        QTimer.singleShot(100, accept)
        assert prompts.choose_vault_file(parent, folder) == folder / "kopie.tafelboek"
        QTimer.singleShot(100, accept)
        assert prompts.choose_backup_file(parent, folder) == folder / "kopie.tafelboek"
        report["inside"] = store()
    report["after"] = store()
    assert kinds == [True] * 4, kinds
    print("REPORT " + json.dumps(report))
    """
)


def _run(tmp_path: Path, mode: str) -> tuple[Path, dict[str, dict[str, str]]]:
    home = tmp_path / "home"
    folder = tmp_path / "exports" / CANARY
    folder.mkdir(parents=True)
    (folder / "kopie.tafelboek").write_bytes(b"")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / ".local" / "share"),
    )
    script = tmp_path / "dialogs.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(ROOT), str(folder), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert result.returncode == 0 and lines, result.stderr
    return home, json.loads(lines[-1].removeprefix("REPORT "))


def _files_naming(home: Path, text: str) -> list[str]:
    found = []
    for path in home.rglob("*") if home.exists() else []:
        if path.is_file():
            data = path.read_bytes()
            if text.encode() in data or text.encode("utf-16-le") in data:
                found.append(str(path.relative_to(home)))
    return found


def test_p2_four_dialogs_leave_nothing_behind(tmp_path: Path) -> None:
    home, report = _run(tmp_path, "clean-up")
    assert report["after"] == report["before"]  # Qt's store (file or registry) as it was
    assert CANARY not in json.dumps(report)
    if sys.platform != "win32":  # the store is a file in the home folder there
        assert not (home / ".config" / "QtProject.conf").exists()
        assert not list(home.rglob("recently-used.xbel"))
        assert _files_naming(home, CANARY) == []


def test_p2_even_without_the_clean_up_qts_store_names_no_folder_of_ours(tmp_path: Path) -> None:
    _home, report = _run(tmp_path, "no-clean-up")
    inside = report["inside"]
    assert "lastVisited" in inside and "history" in inside  # Qt did write its state
    assert CANARY not in json.dumps(inside) and "exports" not in json.dumps(inside)
    assert report["after"] == report["before"]


# ---------------------------------------------------------------------- a lock meanwhile
def test_p12_a_lock_while_the_save_dialog_is_open_neither_crashes_nor_saves(
    qtbot: QtBot, tmp_path: Path, qt_store: Path
) -> None:
    context = dataclasses.replace(make_context(tmp_path / "vaults"), prompts=DialogPrompts())
    make_vault(context.default_vault_path, ["Eerste"])
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    window.backup_action.trigger()
    backup = window.vault_care.dialog
    assert isinstance(backup, BackupDialog)
    target = backup.target
    seen: list[bool] = []

    def lock_when_the_file_dialog_shows() -> None:
        if not any(
            isinstance(w, QFileDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ):
            QTimer.singleShot(50, lock_when_the_file_dialog_shows)
            return
        seen.append(True)
        window.lock()  # the idle timer, Win+L or suspend, while the user picks a folder

    QTimer.singleShot(50, lock_when_the_file_dialog_shows)
    backup.choose.click()  # returns when the nested dialog loop ends
    assert seen == [True]
    assert window.vault is None
    assert not any(
        isinstance(w, QFileDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert not target.exists()
    if sys.platform != "win32":  # Qt's store is a file there (the registry on Windows)
        assert not (qt_store / "QtProject.conf").exists()


def test_ask_file_returns_nothing_when_cancelled(
    qtbot: QtBot, tmp_path: Path, qt_store: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def make() -> QFileDialog:
        dialog = file_dialog(parent, "x", tmp_path, "PDF (*.pdf)", save_as="a.pdf")
        QTimer.singleShot(50, dialog.reject)
        return dialog

    assert ask_file(make) is None
