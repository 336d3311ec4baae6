"""Shared fixtures. Qt runs offscreen; key derivation uses a fast injected profile."""

from __future__ import annotations

import os
import stat
import sys

# Wine hides every QT_* variable from Windows programs, so the Windows lane names the
# platform (``windows`` for the native-window tests) in TAFELBOEK_QPA_PLATFORM instead.
os.environ.setdefault("QT_QPA_PLATFORM", os.environ.get("TAFELBOEK_QPA_PLATFORM", "offscreen"))

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from domain_strategies import Table, build_table

from vault import FixedKdf, KdfParams, Vault
from vault.api import UnlockedVault

if TYPE_CHECKING:  # Qt is imported by the fixtures that need it, not for every test
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

#: Tiny Argon2 settings so tests derive keys in about a millisecond. Injected through
#: the public ``kdf`` parameter; production defaults are untouched.
FAST_KDF = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)

PASSPHRASE = "ijsvogel tekent kompas boven rivierdelta"


class FakeClock:
    """A wall clock that only moves when a test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2026, 3, 5, 9, 30, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, **kwargs: float) -> None:
        self.moment += timedelta(**kwargs)


def assert_owner_only(path: Path) -> None:
    """``path`` is readable and writable by its owner alone (``vault.fsutil.owner_only``).

    POSIX: mode 0600. Windows has no mode bits to check: ``owner_only`` is a no-op there
    by design (the ACL of the per-user profile folder keeps files private; see
    ``vault/fsutil.py``), so there the callers' other assertions run without this one.
    """
    if sys.platform == "win32":
        return
    assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


USER_FOLDERS = (
    "HOME",
    "USERPROFILE",
    "LOCALAPPDATA",
    "APPDATA",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
)
"""The variables that name a user's own folders: POSIX (HOME, XDG_*) and Windows
(USERPROFILE, which ``Path.home()`` follows there, and the two AppData folders)."""


def user_traces(env: dict[str, str]) -> dict[str, list[tuple[str, int, int]]]:
    """What Tafelboek has in the real user's folders: every file with its size and mtime."""
    from app.platform.settings import default_config_dir
    from app.session.context import default_vault_dir

    home = Path(env.get("USERPROFILE" if sys.platform == "win32" else "HOME") or Path.home())
    places = {default_vault_dir(env, home=home), default_config_dir(env, home=home)}
    for name in ("LOCALAPPDATA", "APPDATA"):
        if env.get(name):
            places.add(Path(env[name]) / "Tafelboek")
    found: dict[str, list[tuple[str, int, int]]] = {}
    for place in sorted(places):
        files = sorted(p for p in place.rglob("*") if p.is_file()) if place.is_dir() else []
        found[str(place)] = [(str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files]
    return found


@pytest.fixture(scope="session")
def compiled_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Dutch catalogue compiled afresh from its ``.ts`` once per run, so no test
    depends on a stale build product (``make i18n``'s ``.qm``)."""
    from qt_tools import compile_catalogue

    root = Path(__file__).resolve().parent.parent
    out = tmp_path_factory.mktemp("i18n")
    compile_catalogue(
        root / "app" / "assets" / "i18n" / "tafelboek_nl_BE.ts", out / "tafelboek_nl_BE.qm"
    )
    return out


@pytest.fixture
def dutch(qapp: QApplication, compiled_dir: Path) -> Iterator[list[QTranslator]]:
    """The application speaks Dutch for one test (Tafelboek's and Qt's catalogues);
    yields the installed translators and removes them afterwards."""
    from PySide6.QtCore import QLocale

    from app.platform.i18n import Language, install_translators

    previous = QLocale()
    translators = install_translators(qapp, Language.DUTCH, compiled_dir)
    try:
        yield translators
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


@pytest.fixture(scope="session", autouse=True)
def windows_lane_ui_font(request: pytest.FixtureRequest) -> None:
    """In the Windows lane's offscreen runs, widgets use DejaVu Sans 9 pt, as the Linux
    suite does. Qt's offscreen platform under Wine finds no Windows font and falls back
    to one 1.8 times wider than Segoe UI ("Kader en geheim meegedeeld": 312 px against
    about 150), so layout tests measured Wine, not Windows. The native-window tests
    (TAFELBOEK_QPA_PLATFORM=windows) keep the fonts Windows gives them."""
    if sys.platform != "win32" or os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    from PySide6.QtGui import QFont, QFontDatabase

    from vault.documents.fonts import fonts_dir

    request.getfixturevalue("qapp")
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(fonts_dir() / face))
    from PySide6.QtWidgets import QApplication

    QApplication.setFont(QFont("DejaVu Sans", 9))


@pytest.fixture(scope="session", autouse=True)
def disposable_user(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The whole suite runs as a disposable user: every folder variable of
    :data:`USER_FOLDERS` points into the session's temporary tree, in this process and in
    every child it starts. At the end, the real user's Tafelboek folders (vault, settings;
    ``%LOCALAPPDATA%``/``%APPDATA%`` on Windows) must be exactly as they were."""
    real_env = {name: value for name in USER_FOLDERS if (value := os.environ.get(name))}
    before = user_traces(real_env)
    root = tmp_path_factory.mktemp("user")
    folders = {
        "HOME": root,
        "USERPROFILE": root,
        "LOCALAPPDATA": root / "AppData" / "Local",
        "APPDATA": root / "AppData" / "Roaming",
        "XDG_CONFIG_HOME": root / ".config",
        "XDG_DATA_HOME": root / ".local" / "share",
        "XDG_CACHE_HOME": root / ".cache",
        "XDG_STATE_HOME": root / ".local" / "state",
    }
    patch = pytest.MonkeyPatch()
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        patch.setenv(name, str(folder))
    try:
        yield folders
    finally:
        patch.undo()
    assert user_traces(real_env) == before, "the suite wrote into the real user's folders"


NETWORK_MODULES = ("PySide6.QtNetwork", "PySide6.QtWebSockets", "PySide6.QtWebEngine")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """P11: no test of the whole suite may have loaded a Qt network module."""
    import sys

    loaded = sorted(m for m in sys.modules if m.startswith(NETWORK_MODULES))
    if loaded:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        sys.stderr.write(f"\nP11: Qt network modules were loaded during the suite: {loaded}\n")


@pytest.fixture
def fast_kdf() -> FixedKdf:
    return FAST_KDF


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "Tafel.tafelboek"


@pytest.fixture
def vault(vault_path: Path, clock: FakeClock) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    try:
        yield v
    finally:
        v.close()


@pytest.fixture
def t(vault: Vault) -> Table:
    """A LIVC R table in ``vault``: a cell, its members, cases and meetings
    (``domain_strategies.build_table``)."""
    return build_table(vault)


@pytest.fixture
def door(t: Table) -> UnlockedVault:
    """The door (:class:`vault.api.UnlockedVault`) onto the table's vault."""
    return UnlockedVault(t.vault)
