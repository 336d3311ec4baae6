"""Damaged copies: every bit flip and truncation is detected — never silently wrong data.

The short run in ``make test`` flips a few dozen bits; ``TAFELBOEK_PROOF_FLIPS`` raises
the count for the full proof run.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from proof.figures import record

from vault import Vault, VaultError
from vault.errors import ErrorCode
from vault.notes import add_note, list_notes

FLIPS = int(os.environ.get("TAFELBOEK_PROOF_FLIPS", "48"))
TRUNCATIONS = max(8, FLIPS // 4)
DETECTED = {
    ErrorCode.WRONG_PASSPHRASE,  # flips in page 1 or the header: SQLCipher cannot tell
    ErrorCode.NOT_A_VAULT,
    ErrorCode.DAMAGED,
    ErrorCode.NEWER_VERSION,
}


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[str]]:
    folder = tmp_path_factory.mktemp("damage")
    path = folder / "bron.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as v:
        for i in range(120):
            add_note(v, f"notitie {i}: " + " ".join(f"woord{j}" for j in range(i * 3)))
        bodies = [n.body for n in list_notes(v)]
    return path.read_bytes(), bodies


def _outcome(path: Path, original: list[str], *, integrity_check: bool) -> str:
    """Open a damaged copy, read every note, then run the full integrity check.

    Returns "detected" when opening, reading or the check raised or reported the
    damage; asserts that whatever was read is exactly the original content.
    """
    try:
        with Vault.open(path, PASSPHRASE, integrity_check=integrity_check) as v:
            bodies = [n.body for n in list_notes(v)]
            # Reads never return wrong data: a page either authenticates or raises.
            assert bodies == original
            report = v.integrity_check()
    except VaultError as exc:
        assert exc.code in DETECTED, exc.code
        return "detected"
    return "intact" if report.ok else "detected"


@pytest.mark.parametrize("check_at_open", [True, False], ids=["checked", "unchecked"])
def test_single_bit_flips_are_detected(
    tmp_path: Path, populated: tuple[bytes, list[str]], check_at_open: bool
) -> None:
    data, original = populated
    rng = random.Random(20261130 + check_at_open)
    outcomes = {"detected": 0, "intact": 0}
    path = tmp_path / "kopie.tafelboek"
    for _ in range(FLIPS):
        damaged = bytearray(data)
        position = rng.randrange(len(damaged))
        damaged[position] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(damaged))
        outcomes[_outcome(path, original, integrity_check=check_at_open)] += 1
        for side in path.parent.glob("kopie.tafelboek-*"):
            side.unlink()
    record(
        f"damage.bit_flip_{'checked' if check_at_open else 'unchecked'}",
        cases=FLIPS,
        detected=outcomes["detected"],
        undetected=outcomes["intact"],
    )
    assert outcomes["detected"] == FLIPS, outcomes


def test_flips_in_header_fields_are_detected(
    tmp_path: Path, populated: tuple[bytes, list[str]]
) -> None:
    data, original = populated
    path = tmp_path / "kopie.tafelboek"
    detected = 0
    for position in range(16):
        for bit in range(8):
            damaged = bytearray(data)
            damaged[position] ^= 1 << bit
            path.write_bytes(bytes(damaged))
            assert _outcome(path, original, integrity_check=False) == "detected"
            detected += 1
    record("damage.header_flip", cases=128, detected=detected)


def test_truncations_are_detected(tmp_path: Path, populated: tuple[bytes, list[str]]) -> None:
    data, original = populated
    rng = random.Random(7)
    path = tmp_path / "kopie.tafelboek"
    cuts = [rng.randrange(1, len(data)) for _ in range(TRUNCATIONS)]
    cuts += [4096, len(data) - 4096, 16, 15]  # whole pages gone, header only, less
    detected = 0
    for cut in cuts:
        path.write_bytes(data[:cut])
        for check in (True, False):
            assert _outcome(path, original, integrity_check=check) == "detected", cut
            detected += 1
        for side in path.parent.glob("kopie.tafelboek-*"):
            side.unlink()
    record("damage.truncation", cases=2 * len(cuts), detected=detected)
