"""The application context and the default, per-user, local vault location."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QObject, QThreadPool, Signal
from pytestqt.qtbot import QtBot

from app.session.context import AppContext, default_vault_dir
from app.session.workers import VaultJob
from app.wording.messages import error_message
from vault import ErrorCode
from vault.errors import VaultDamaged
from vault.kdf import CalibratedKdf, ProgressCallback
from vault.store import Vault

HOME = Path("/home/jeugd")
DATA = Path(os.path.abspath("/data/jeugd"))
"""An absolute path on the host (``/data/jeugd`` on POSIX, a drive's ``\\data\\jeugd`` on
Windows): the XDG rule takes absolute paths only, and the function uses the host's paths."""


def test_linux_uses_xdg_data_home() -> None:
    env = {"XDG_DATA_HOME": str(DATA)}
    assert default_vault_dir(env, "linux", HOME) == DATA / "Tafelboek"


def test_linux_falls_back_to_local_share() -> None:
    assert default_vault_dir({}, "linux", HOME) == HOME / ".local/share/Tafelboek"
    # The XDG specification says a relative value is invalid and must be ignored.
    relative = {"XDG_DATA_HOME": "data"}
    assert default_vault_dir(relative, "linux", HOME) == HOME / ".local/share/Tafelboek"


def test_windows_uses_local_not_roaming_appdata() -> None:
    env = {"LOCALAPPDATA": r"C:\Users\jeugd\AppData\Local", "APPDATA": r"C:\Roaming"}
    assert default_vault_dir(env, "win32", HOME) == Path(env["LOCALAPPDATA"]) / "Tafelboek"
    assert default_vault_dir({}, "win32", HOME) == HOME / "AppData/Local/Tafelboek"


def test_macos_uses_application_support() -> None:
    assert default_vault_dir({}, "darwin", HOME) == HOME / "Library/Application Support/Tafelboek"


def test_production_context_calibrates() -> None:
    context = AppContext.for_production()
    assert isinstance(context.kdf, CalibratedKdf)
    assert context.default_vault_path.name == "Tafelboek.tafelboek"
    assert context.default_vault_path.parent == default_vault_dir()


class _Receiver(QObject):
    got = Signal(object)


def _run(qtbot: QtBot, work: object) -> list[object]:
    job = VaultJob(work)  # type: ignore[arg-type]
    pool = QThreadPool()
    receiver = _Receiver()
    with qtbot.waitSignal(receiver.got, timeout=5000) as blocker:
        job.signals.failed.connect(receiver.got)
        job.signals.succeeded.connect(receiver.got)
        pool.start(job)
    pool.waitForDone()
    return list(blocker.args or [])


def test_job_reports_vault_errors_by_code(qtbot: QtBot) -> None:
    def damaged(_progress: ProgressCallback) -> Vault:
        raise VaultDamaged("broken")

    assert _run(qtbot, damaged) == [ErrorCode.DAMAGED]


def test_job_maps_os_errors(qtbot: QtBot) -> None:
    def denied(_progress: ProgressCallback) -> Vault:
        raise PermissionError(13, "Permission denied")

    assert _run(qtbot, denied) == [ErrorCode.READ_ONLY]


def test_job_reports_unexpected_failures_as_none_and_logs_no_values(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def bug(_progress: ProgressCallback) -> Vault:
        raise RuntimeError(f"could not handle {PASSPHRASE!r}")

    with caplog.at_level(logging.DEBUG):
        assert _run(qtbot, bug) == [None]
    assert "unexpected" in error_message(None)
    assert "RuntimeError" in caplog.text and "test_app_context.py" in caplog.text
    assert PASSPHRASE not in caplog.text
