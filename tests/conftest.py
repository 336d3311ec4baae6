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

import pytest

from vault import FixedKdf, KdfParams, Vault

#: Tiny Argon2 settings so tests derive keys in about a millisecond. Injected through
#: the public ``kdf`` parameter; production defaults are untouched.
FAST_KDF = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)

PASSPHRASE = "correct paard batterij nietje"


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
