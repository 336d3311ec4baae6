"""Preferences in an INI file at a known place; nothing of the vault in it; screen capture."""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.prompts import SavePrompts
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_vault, make_window, unlock

from app.care.backup import BackupDialog
from app.dialogs.preferences import PreferencesDialog
from app.main import parse_args
from app.platform.hooks import LockCallback, NullHooks, set_capture_exclusion
from app.platform.i18n import Language
from app.platform.settings import (
    ALLOWED_KEYS,
    PORTABLE_MARKER,
    AppSettings,
    default_config_dir,
    settings_path,
)
from app.session.context import AppContext
from app.session.locking import LockSettings

ROOT = Path(__file__).resolve().parent.parent
CANARY = "KANARIE-geheime-casus-7731"


# ----------------------------------------------------------------------- where
def test_the_file_lives_in_the_local_config_folder(tmp_path: Path) -> None:
    win = settings_path({"LOCALAPPDATA": r"C:\Users\an\AppData\Local"}, "win32", tmp_path)
    assert str(win).replace("\\", "/").endswith("AppData/Local/Tafelboek/tafelboek.ini")
    xdg_home = Path(os.path.abspath("/etc/xdg-home"))  # absolute on the host, as XDG asks
    xdg = settings_path({"XDG_CONFIG_HOME": str(xdg_home)}, "linux", tmp_path, frozen=False)
    assert xdg == xdg_home / "Tafelboek" / "tafelboek.ini"
    # A relative XDG path is invalid by the spec and ignored.
    assert default_config_dir({"XDG_CONFIG_HOME": "rel"}, "linux", tmp_path) == (
        tmp_path / ".config" / "Tafelboek"
    )
    assert default_config_dir({}, "win32", tmp_path) == tmp_path / "AppData/Local/Tafelboek"


def test_a_portable_marker_moves_the_file_beside_the_program(tmp_path: Path) -> None:
    program = tmp_path / "stick" / "Tafelboek.exe"
    program.parent.mkdir()
    program.write_bytes(b"")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert settings_path(env, "linux", tmp_path, str(program), frozen=True) == (
        tmp_path / "cfg" / "Tafelboek" / "tafelboek.ini"
    )
    (program.parent / PORTABLE_MARKER).write_text("")
    assert settings_path(env, "linux", tmp_path, str(program), frozen=True) == (
        program.parent.resolve() / "tafelboek.ini"
    )
    # Not frozen (run from source): the marker is ignored.
    assert settings_path(env, "linux", tmp_path, str(program), frozen=False).parent == (
        tmp_path / "cfg" / "Tafelboek"
    )


# ----------------------------------------------------------------------- values
def test_settings_round_trip_through_the_ini(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "tafelboek.ini"
    settings = AppSettings(path)
    assert settings.idle_minutes == 5 and not settings.lock_on_minimise
    assert settings.language is Language.DUTCH
    assert settings.allow_screen_capture is False  # excluded from capture by default
    assert settings.backup_reminder_days == 14
    settings.idle_minutes = 12
    settings.lock_on_minimise = True
    settings.language = Language.ENGLISH
    settings.allow_screen_capture = True
    settings.backup_reminder_days = 30
    assert path.exists()
    again = AppSettings(path)
    assert again.idle_minutes == 12 and again.lock_on_minimise
    assert again.language is Language.ENGLISH
    assert again.allow_screen_capture and again.backup_reminder_days == 30
    assert set(again.keys()) <= ALLOWED_KEYS


def test_bad_values_fall_back_or_are_clamped(tmp_path: Path) -> None:
    path = tmp_path / "tafelboek.ini"
    path.write_text(
        "[lock]\nidle_minutes=900\non_minimise=misschien\n"
        "[interface]\nlanguage=fr\n[backup]\nreminder_days=abc\n",
        encoding="utf-8",
    )
    settings = AppSettings(path)
    assert settings.idle_minutes == 60
    assert settings.lock_on_minimise is False
    assert settings.language is Language.DUTCH
    assert settings.backup_reminder_days == 14
    settings.idle_minutes = 0
    assert AppSettings(path).idle_minutes == 1


def test_memory_settings_write_nothing(tmp_path: Path, monkeypatch: object) -> None:
    settings = AppSettings.in_memory()
    settings.idle_minutes = 9
    assert settings.idle_minutes == 9 and settings.path is None


def test_lock_settings_are_loaded_and_saved(tmp_path: Path) -> None:
    path = tmp_path / "tafelboek.ini"
    settings = AppSettings(path)
    settings.save_lock_settings(LockSettings(idle_timeout_s=7 * 60, lock_on_minimise=True))
    loaded = AppSettings(path).load_lock_settings()
    assert loaded == LockSettings(idle_timeout_s=420.0, lock_on_minimise=True)


def test_language_preference_is_the_default_of_lang() -> None:
    assert parse_args([], Language.ENGLISH).lang is Language.ENGLISH
    assert parse_args(["--lang", "nl"], Language.ENGLISH).lang is Language.DUTCH


# ----------------------------------------------------------------------- the window
class CaptureHooks(NullHooks):
    """Records every capture-exclusion request; claims the platform applied it."""

    def __init__(self) -> None:
        self.calls: list[tuple[QWidget, bool]] = []

    def start(self, window: QWidget, on_lock: LockCallback) -> None:
        pass

    def exclude_from_capture(self, window: QWidget, exclude: bool) -> bool:
        self.calls.append((window, exclude))
        return True


def _context(tmp_path: Path, hooks: object = None, prompts: object = None) -> AppContext:
    settings = AppSettings(tmp_path / "cfg" / "tafelboek.ini")
    context = dataclasses.replace(
        make_context(tmp_path / "vaults"),
        settings=settings,
        lock_settings=settings.load_lock_settings(),
    )
    if hooks is not None:
        context = dataclasses.replace(context, platform_hooks=hooks)
    if prompts is not None:
        context = dataclasses.replace(context, prompts=prompts)
    return context


def test_main_window_is_excluded_from_capture_by_default(qtbot: QtBot, tmp_path: Path) -> None:
    hooks = CaptureHooks()
    window = make_window(qtbot, _context(tmp_path, hooks))
    assert hooks.calls == [(window, True)]
    assert window.capture_excluded
    window.open_preferences()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    assert not dialog.allow_capture.isChecked()
    assert "Windows" in dialog.capture_note.text()
    dialog.allow_capture.setChecked(True)
    dialog.save_button.click()
    assert hooks.calls[-1] == (window, False)  # re-applied at once
    assert not window.capture_excluded
    assert AppSettings(tmp_path / "cfg" / "tafelboek.ini").allow_screen_capture


def test_hooks_without_capture_support_are_tolerated(qtbot: QtBot, tmp_path: Path) -> None:
    class OldHooks:
        def start(self, window: QWidget, on_lock: LockCallback) -> None:
            pass

        def stop(self) -> None:
            pass

    window = make_window(qtbot, _context(tmp_path, OldHooks()))
    assert not window.capture_excluded
    assert set_capture_exclusion(NullHooks(), window, True) is False


def test_preferences_apply_and_persist_lock_settings(qtbot: QtBot, tmp_path: Path) -> None:
    context = _context(tmp_path)
    window = make_window(qtbot, context)
    window.open_preferences()
    dialog = window.preferences_dialog
    assert dialog is not None
    for child in dialog.findChildren(QWidget):
        if child.objectName() == "qt_spinbox_lineedit":
            continue  # the spin box itself carries the name
        if child.focusPolicy() != child.focusPolicy().NoFocus and child.isVisibleTo(dialog):
            assert child.accessibleName(), type(child).__name__
    dialog.idle_minutes.setValue(3)
    dialog.lock_on_minimise.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reminder_days.setValue(21)
    dialog.save()
    assert context.lock_settings.idle_timeout_s == 180.0  # the live guard reads this
    assert window.lock_guard.settings.idle_timeout_s == 180.0
    assert window.lock_on_minimise_action.isChecked()
    saved = AppSettings(tmp_path / "cfg" / "tafelboek.ini")
    assert saved.idle_minutes == 3 and saved.lock_on_minimise
    assert saved.language is Language.ENGLISH and saved.backup_reminder_days == 21
    # The menu toggle persists too.
    window.lock_on_minimise_action.setChecked(False)
    assert not AppSettings(tmp_path / "cfg" / "tafelboek.ini").lock_on_minimise


def test_p2_the_ini_holds_no_content_after_a_session(qtbot: QtBot, tmp_path: Path) -> None:
    export_dir = tmp_path / f"map-{CANARY}"
    export_dir.mkdir()
    context = _context(tmp_path, prompts=SavePrompts(export_dir / f"{CANARY}.tafelboek"))
    make_vault(context.default_vault_path, [f"Notitie {CANARY}"])
    window = make_window(qtbot, context)
    unlock(qtbot, window)
    window.lock_on_minimise_action.setChecked(True)
    window.backup_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, BackupDialog)
    dialog.choose.click()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_care.finished_work, timeout=JOB_TIMEOUT_MS):
        dialog.submit()
    assert (export_dir / f"{CANARY}.tafelboek").exists()
    dialog.accept()
    window.open_preferences()
    assert window.preferences_dialog is not None
    window.preferences_dialog.save()
    window.close()
    ini = (tmp_path / "cfg" / "tafelboek.ini").read_text(encoding="utf-8")
    assert CANARY not in ini
    assert "tafelboek" not in ini.lower().replace("tafelboek.ini", "")
    assert str(tmp_path) not in ini
    assert set(AppSettings(tmp_path / "cfg" / "tafelboek.ini").keys()) <= ALLOWED_KEYS
    # Nothing else was written into the config folder but the record of the last close
    # (vault/freshness.py: a tag and a number per vault, no content, no names).
    assert sorted(p.name for p in (tmp_path / "cfg").iterdir()) == ["freshness", "tafelboek.ini"]
    record = (tmp_path / "cfg" / "freshness").read_text(encoding="ascii")
    assert CANARY not in record and str(tmp_path) not in record
    assert all(len(line.split(" ")) == 2 for line in record.splitlines())


# ----------------------------------------------------------------------- QtProject.conf
# Every QFileDialog writes its last folder into Qt's settings shared by all Qt programs:
# ``QtProject.conf`` under $XDG_CONFIG_HOME on Linux (redirected into tmp_path here), the
# registry (HKCU\Software\QtProject) on Windows, which no variable redirects. The child
# prints that ``FileDialog`` group before and after; on Windows it also puts the group
# back as it found it at the end, so the suite leaves the user's registry as it was.
_DIALOG_SCRIPT = textwrap.dedent(
    """
    import json
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
    sys.path.insert(0, sys.argv[1])
    from app.dialogs.prompts import DialogPrompts

    def shared_group() -> dict:
        shared = QSettings(QSettings.Scope.UserScope, "QtProject")
        shared.beginGroup("FileDialog")
        values = {key: shared.value(key) for key in shared.allKeys()}
        shared.endGroup()
        return values

    def put_back(values: dict) -> None:
        shared = QSettings(QSettings.Scope.UserScope, "QtProject")
        shared.beginGroup("FileDialog")
        shared.remove("")
        for key, value in values.items():
            shared.setValue(key, value)
        shared.endGroup()
        shared.sync()

    def show(values: dict) -> str:
        return json.dumps({key: str(value) for key, value in values.items()})

    registry = sys.platform == "win32"
    users_own = shared_group() if registry else {}
    if registry and sys.argv[4:] == ["seed"]:  # another program's last folder
        put_back({**users_own, "lastVisited": "file:///srv/elders"})
    print("before", show(shared_group()))

    app = QApplication([])
    parent = QWidget()
    folder = Path(sys.argv[2])

    def accept() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(100, accept)  # not shown yet
            return
        dialog = dialogs[0]
        if dialog.fileMode() == QFileDialog.FileMode.ExistingFile:
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.setText(str(folder / "kopie.tafelboek"))
        dialog.accept()

    QTimer.singleShot(200, accept)
    try:
        if sys.argv[3] == "raw":
            dialog = QFileDialog(parent, "x", str(folder), "PDF (*.pdf)")
            dialog.setOptions(QFileDialog.Option.DontUseNativeDialog)
            dialog.selectFile("a.pdf")
            dialog.exec()
            import shiboken6
            shiboken6.delete(dialog)
        else:
            prompts = DialogPrompts()
            chosen = prompts.choose_save_file(parent, "x", folder / "a.pdf", "PDF (*.pdf)")
            assert chosen == folder / "a.pdf", chosen
            QTimer.singleShot(200, accept)
            assert prompts.choose_backup_file(parent, folder) == folder / "kopie.tafelboek"
        print("after", show(shared_group()))
    finally:
        if registry:
            put_back(users_own)
    print("done")
    """
)


def _run_dialogs(
    tmp_path: Path, mode: str, *extra: str
) -> tuple[Path, dict[str, str], dict[str, str], str]:
    """Run the dialogs in a child; (QtProject.conf path, group before, group after, canary).

    The canary in the visited folder's name is new for every run, so a folder left in the
    registry by an older run (or another program) cannot make a test pass or fail.
    """
    home = tmp_path / "home"
    config = home / ".config"
    canary = f"{CANARY}-{secrets.token_hex(4)}"
    folder = tmp_path / f"geheime-map-{canary}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kopie.tafelboek").write_bytes(b"")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(config),
        QT_QPA_PLATFORM="offscreen",
        USERPROFILE=str(home),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        APPDATA=str(home / "AppData" / "Roaming"),
    )
    script = tmp_path / "dialogs.py"
    script.write_text(_DIALOG_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(ROOT), str(folder), mode, *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and "done" in result.stdout, result.stderr
    said = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    return config / "QtProject.conf", json.loads(said["before"]), json.loads(said["after"]), canary


def test_p2_file_dialogs_leave_no_qtproject_conf(tmp_path: Path) -> None:
    # Control: a bare Qt file dialog does write the folder it visited.
    raw, _before, after, canary = _run_dialogs(tmp_path / "raw", "raw")
    assert any(canary in value for value in after.values()), after
    if sys.platform != "win32":
        assert raw.exists() and canary in raw.read_text(encoding="utf-8")
    conf, before, after, canary = _run_dialogs(tmp_path / "ours", "prompts")
    assert after == before
    assert not any(canary in value for value in after.values()), after
    if sys.platform != "win32":
        assert not conf.exists()
        assert not list(conf.parent.glob("QtProject*")) if conf.parent.exists() else True


def test_p2_file_dialogs_leave_another_apps_qtproject_conf_as_it_was(tmp_path: Path) -> None:
    if sys.platform == "win32":  # the registry: the child seeds (and removes) the value
        _conf, before, after, canary = _run_dialogs(tmp_path, "prompts", "seed")
        assert before["lastVisited"] == "file:///srv/elders"
        assert after == before
        assert not any(canary in value for value in after.values()), after
        return
    conf = tmp_path / "home" / ".config" / "QtProject.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[FileDialog]\nlastVisited=file:///srv/elders\n", encoding="utf-8")
    _conf, _before, _after, canary = _run_dialogs(tmp_path, "prompts")
    text = conf.read_text(encoding="utf-8")
    assert CANARY not in text and canary not in text
    assert "lastVisited=file:///srv/elders" in text
