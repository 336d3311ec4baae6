"""kill -9 at random moments: no acknowledged save is lost, one passphrase always opens.

The short counts here run in ``make test``; ``ROUNDS`` can be raised through the
``TAFELBOEK_PROOF_ROUNDS`` environment variable read by this test file only.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from proof.figures import record
from vault_proc import Child

from vault import Vault, WrongPassphrase
from vault.notes import list_notes
from vault.store import remove_stale_temporaries

ROUNDS = int(os.environ.get("TAFELBOEK_PROOF_ROUNDS", "6"))


def read_acks(proc_stdout: list[str]) -> int:
    acks = [int(line.split()[1]) for line in proc_stdout if line.startswith("ack ")]
    return max(acks, default=0)


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_kill_during_saves_loses_no_acknowledged_save(tmp_path: Path, round_no: int) -> None:
    rng = random.Random(round_no)
    path = tmp_path / "crash.tafelboek"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    child = Child("saves", path, [PASSPHRASE])
    child.wait_for("open")
    time.sleep(rng.uniform(0.05, 0.6))
    child.kill()
    acked = read_acks(child.lines)
    assert acked > 0, "child made no progress; the test would prove nothing"
    # The crash left the write-ahead log behind; a wrong passphrase must not touch it.
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert path.name + "-wal" in before
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "fout")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    with Vault.open(path, PASSPHRASE) as v:
        assert v.integrity_check().ok
        bodies = [n.body for n in list_notes(v)]
        inserted = {int(b.split()[1]) for b in bodies if b.startswith("notitie ")}
        expected = {n for n in range(1, acked + 1) if n % 3 != 0}
        assert expected <= inserted
        updates = [int(b.split()[1]) for b in bodies if b.startswith("bijgewerkt ")]
        last_update = max((n for n in range(1, acked + 1) if n % 3 == 0), default=None)
        stale = last_update is not None and not (updates and updates[0] >= last_update)
        record(
            "crash.vault_saves", rounds=1, acknowledged=acked, lost=len(expected - inserted) + stale
        )
        if last_update is not None:
            assert updates and updates[0] >= last_update
    # The leftover log was folded back in: at rest the vault is one file again.
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


NOTES_IN_REKEY_VAULT = 3000
OUTCOMES: list[str] = []


@pytest.fixture(scope="module")
def rekey_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A populated vault (a few MB) and how long one passphrase change of it takes."""
    folder = tmp_path_factory.mktemp("rekey-template")
    template = folder / "template.tafelboek"
    with Vault.create(template, PASSPHRASE, kdf=FAST_KDF) as v, v.transaction() as db:
        db.executemany(
            "INSERT INTO note(body, created_at, updated_at) VALUES (?, 'x', 'x')",
            [(f"notitie {i} " + "woord " * 200,) for i in range(NOTES_IN_REKEY_VAULT)],
        )
    probe = folder / "probe.tafelboek"
    shutil.copyfile(template, probe)
    child = Child("passwd", probe, [PASSPHRASE, "nieuwe zin"])
    child.wait_for("open")
    began = time.monotonic()
    child.wait_for("changed")
    duration = time.monotonic() - began
    child.finish()
    return template, duration


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_kill_during_passphrase_change_leaves_exactly_one_passphrase(
    tmp_path: Path, round_no: int, rekey_template: tuple[Path, float]
) -> None:
    template, duration = rekey_template
    rng = random.Random(1000 + round_no)
    path = tmp_path / "rekey.tafelboek"
    shutil.copyfile(template, path)
    child = Child("passwd", path, [PASSPHRASE, "nieuwe zin"])
    child.wait_for("open")
    # Spread kills over the whole change (and a little after it).
    time.sleep(rng.uniform(0.0, duration * 1.2))
    child.kill()
    opened = []
    for candidate in (PASSPHRASE, "nieuwe zin"):
        try:
            with Vault.open(path, candidate) as v:
                assert v.integrity_check().ok
                assert len(list_notes(v)) == NOTES_IN_REKEY_VAULT
                opened.append(candidate)
        except WrongPassphrase:
            pass
    record(
        "crash.passphrase_change",
        rounds=1,
        opened_with_one=int(len(opened) == 1),
        new=int(opened == ["nieuwe zin"]),
        old=int(opened == [PASSPHRASE]),
    )
    assert len(opened) == 1
    OUTCOMES.append("new" if opened == ["nieuwe zin"] else "old")
    print("rekey outcome", OUTCOMES[-1], f"{duration:.3f}s")
    # No stray copy under a final name, and temporaries are gone after the next open.
    assert remove_stale_temporaries(path) == []
    assert {p.name for p in tmp_path.iterdir()} == {path.name}
