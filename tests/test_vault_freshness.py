"""A whole vault put back older than this computer last closed it is noticed (review M2).

Pages authenticate, but an entire older file is a valid vault; a per-computer record of
the last close (vault/freshness.py) tells the program it is stale. The record holds no
content and no names.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_window, unlock

from app.platform.settings import AppSettings
from app.wording.messages import warning_message
from vault import Vault
from vault.errors import VaultWarning
from vault.freshness import RECORD_NAME, Ledger, generation
from vault.notes import add_note


def _open(path: Path, passphrase: str = PASSPHRASE) -> Vault:
    return Vault.open(path, passphrase, clock=FakeClock())


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tafelboek"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()).close()
    return path


def test_each_close_is_counted_and_remembered(made: Path, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "instellingen")
    for expected in (1, 2, 3):
        v = _open(made)
        assert not ledger.is_older(v)
        ledger.close(v)
        v.close()
        with _open(made) as again:
            assert generation(again) == expected
            assert ledger.last_closed(again) == expected


def test_a_whole_file_put_back_is_older_once(made: Path, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "instellingen")
    with _open(made) as v:
        ledger.close(v)
    older = tmp_path / "oud.tafelboek"
    shutil.copyfile(made, older)
    with _open(made) as v:
        add_note(v, "Beslissing na de kopie")
        ledger.close(v)
    shutil.copyfile(older, made)  # the swap: valid, authenticated, stale
    with _open(made) as v:
        assert ledger.is_older(v)
        ledger.close(v)  # the user saw the warning and went on: accepted from now on
    with _open(made) as v:
        assert not ledger.is_older(v)


def test_it_survives_a_passphrase_change(made: Path, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "instellingen")
    with _open(made) as v:
        ledger.close(v)
    older = tmp_path / "oud.tafelboek"
    shutil.copyfile(made, older)
    with _open(made) as v:
        v.change_passphrase(PASSPHRASE, "een nieuwe lange zin", kdf=FAST_KDF)
        ledger.close(v)
    with _open(older) as v:
        assert ledger.is_older(v)


def test_the_record_holds_no_content_and_no_names(made: Path, tmp_path: Path) -> None:
    folder = tmp_path / "instellingen"
    ledger = Ledger(folder)
    with _open(made) as v:
        add_note(v, "Yasmine El Amrani")
        vault_id = v.meta("vault_id")
        ledger.close(v)
    text = (folder / RECORD_NAME).read_text(encoding="ascii")
    assert vault_id and vault_id not in text
    for word in ("Yasmine", "kluis", str(tmp_path), "tafelboek"):
        assert word not in text
    (line,) = text.splitlines()
    tag, number = line.split(" ")
    assert len(tag) == 32 and number == "1"


def test_a_record_that_cannot_be_written_never_stops_a_lock(made: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand, geen map")
    ledger = Ledger(blocked)
    with _open(made) as v:
        ledger.close(v)  # no exception
        assert not ledger.is_older(v)


def test_the_window_warns_after_unlocking_an_older_copy(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "cfg" / "tafelboek.ini")
    context = replace(make_context(tmp_path), settings=settings)
    path = context.default_vault_path
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()).close()
    window = make_window(qtbot, context)

    window.show_unlock(path)
    unlock(qtbot, window)
    assert window.notebook.older_banner.isHidden()
    window.lock()
    older = tmp_path / "oud.tafelboek"
    shutil.copyfile(path, older)
    unlock(qtbot, window)
    window.lock()
    shutil.copyfile(older, path)
    unlock(qtbot, window)
    banner = window.notebook.older_banner
    assert not banner.isHidden()
    assert banner.text.text() == warning_message(VaultWarning.OLDER_COPY)
    window.lock()
    assert banner.isHidden()  # wiped at lock
    unlock(qtbot, window)
    assert banner.isHidden()  # warned once; this close accepted it


@pytest.mark.parametrize("failure", ["target_in_use", "vault_gone"])
def test_a_failing_record_never_stops_the_lock(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """Review H1: on Windows a record another Tafelboek holds open cannot be replaced
    (TargetInUse, a VaultError, not an OSError); the lock must still close the vault."""
    import vault.freshness as freshness
    from vault.errors import TargetInUse, VaultFileGone

    def refuse(*args: object, **kwargs: object) -> None:
        if failure == "target_in_use":
            raise TargetInUse("the file is open in another program")
        raise VaultFileGone("the vault file is gone")

    broken = "publish" if failure == "target_in_use" else "mark_closed"
    monkeypatch.setattr(freshness, broken, refuse)
    settings = AppSettings(tmp_path / "cfg" / "tafelboek.ini")
    context = replace(make_context(tmp_path), settings=settings)
    path = context.default_vault_path
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()).close()
    window = make_window(qtbot, context)
    window.show_unlock(path)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.vault_locked, timeout=JOB_TIMEOUT_MS):
        window.lock()
    assert window.vault is None and window.current_page() is window.unlock_page
    config = tmp_path / "cfg"
    assert not config.exists() or [p.name for p in config.iterdir() if "tbtmp" in p.name] == []
    with Vault.open(path, PASSPHRASE, clock=FakeClock()):
        pass  # closed properly: opens again in this process
