"""A vault used from two threads (the client's writer thread saves while the GUI thread
reads): one statement or transaction at a time, never one inside another's transaction."""

from __future__ import annotations

import threading
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE

from vault import Vault
from vault.notes import add_note, get_note, update_note

WAIT_S = 5.0


def test_a_read_from_another_thread_waits_for_the_open_transaction(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.tafelboek", PASSPHRASE, kdf=FAST_KDF)
    note_id = add_note(vault, "voor")
    inside, finish = threading.Event(), threading.Event()
    seen: list[str] = []

    def writer() -> None:
        with vault.transaction() as db:
            db.execute("UPDATE note SET body = 'na' WHERE id = ?", (note_id,))
            inside.set()
            assert finish.wait(WAIT_S)

    def reader() -> None:
        seen.append(get_note(vault, note_id).body)

    saving = threading.Thread(target=writer)
    saving.start()
    assert inside.wait(WAIT_S)
    reading = threading.Thread(target=reader)
    reading.start()
    reading.join(0.2)
    # Without the vault's lock the read would run inside the writer's transaction and
    # see its uncommitted text; it waits for the commit instead.
    assert reading.is_alive() and seen == []
    finish.set()
    saving.join(WAIT_S)
    reading.join(WAIT_S)
    assert seen == ["na"]
    vault.close()


def test_closing_waits_for_a_save_on_another_thread(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.tafelboek", PASSPHRASE, kdf=FAST_KDF)
    note_id = add_note(vault, "voor")
    inside, finish = threading.Event(), threading.Event()

    def writer() -> None:
        with vault.transaction() as db:
            db.execute("UPDATE note SET body = 'opgeslagen' WHERE id = ?", (note_id,))
            inside.set()
            assert finish.wait(WAIT_S)

    saving = threading.Thread(target=writer)
    saving.start()
    assert inside.wait(WAIT_S)
    threading.Timer(0.05, finish.set).start()
    vault.close()  # the lock of the screen: the save commits first
    saving.join(WAIT_S)
    with Vault.open(vault.path, PASSPHRASE) as reopened:
        assert get_note(reopened, note_id).body == "opgeslagen"


def test_saves_from_two_threads_never_nest(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.tafelboek", PASSPHRASE, kdf=FAST_KDF)
    note_id = add_note(vault, "0")
    failures: list[BaseException] = []

    def saves(prefix: str) -> None:
        try:
            for n in range(40):
                update_note(vault, note_id, f"{prefix}{n}")
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=saves, args=(p,)) for p in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT_S * 4)
    assert failures == []
    assert get_note(vault, note_id).body in {"a39", "b39"}
    vault.close()
