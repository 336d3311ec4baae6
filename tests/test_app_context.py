"""The application context and the default, per-user, local vault location."""

from __future__ import annotations

import os
from pathlib import Path

from app.session.context import AppContext, default_vault_dir
from vault.kdf import CalibratedKdf

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
