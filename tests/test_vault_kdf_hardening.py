"""Key derivation against hostile headers, low memory and a BOM (security review L3, L7, L8).

* A header asking for more work than any vault uses (memory > 1 GiB, iterations > 64,
  lanes > 16) is refused as "not a vault" before anything is derived: a tampered header
  could otherwise make an unlock take ten minutes, uncancellable.
* Lack of memory is reported as such, never as "damaged" (which invites a restore, i.e.
  a rollback).
* A byte-order mark before a passphrase on standard input is not part of it.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from argon2.exceptions import HashingError
from conftest import FAST_KDF, PASSPHRASE, FakeClock

import vault.cli as cli
import vault.store as store
from vault import Vault
from vault.errors import ErrorCode, NotAVault, OutOfMemory, VaultDamaged, VaultWarning
from vault.header import HEADER_BYTES, VaultHeader, read_header
from vault.kdf import (
    CEILING_ITERATIONS,
    CEILING_MEMORY_KIB,
    CEILING_PARALLELISM,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    PREFERRED_MEMORY_KIB,
    CalibratedKdf,
    FixedKdf,
    KdfParams,
    KdfProfile,
)


def _vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tafelboek"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()).close()
    return path


def _patch_header(path: Path, log_memory: int, iterations: int, parallelism: int) -> None:
    data = bytearray(path.read_bytes())
    data[1:4] = bytes([log_memory, iterations, parallelism])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("log_memory", "iterations", "parallelism"),
    [
        pytest.param(21, 1, 1, id="2-GiB"),
        pytest.param(31, 1, 1, id="2-TiB"),
        pytest.param(20, 64, 4, id="1-GiB-64-iterations"),
        pytest.param(19, 255, 4, id="512-MiB-255-iterations"),
        pytest.param(18, 3, 17, id="17-lanes"),
        pytest.param(21, 255, 255, id="review-probe-9-minutes"),
    ],
)
def test_a_header_asking_for_absurd_work_is_refused_before_deriving(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    log_memory: int,
    iterations: int,
    parallelism: int,
) -> None:
    path = _vault(tmp_path)
    _patch_header(path, log_memory, iterations, parallelism)

    def never(*args: object) -> bytes:
        raise AssertionError("the key derivation ran on a hostile header")

    monkeypatch.setattr(store, "derive_key", never)
    with pytest.raises(NotAVault):
        read_header(path)
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE, clock=FakeClock())
    code, err = _cli(["verify", "--passphrase-stdin", str(path)], PASSPHRASE.encode() + b"\n")
    assert code == 4
    assert "not a Tafelboek vault" in err


def test_a_vault_an_earlier_version_calibrated_still_opens(tmp_path: Path) -> None:
    """Review L1: earlier calibration could choose up to 255 passes at up to 256 MiB."""
    header = VaultHeader.new(KdfParams(PREFERRED_MEMORY_KIB, 255, 4))
    assert VaultHeader.parse(header.salt).kdf.iterations == 255
    path = tmp_path / "snel.tafelboek"
    Vault.create(
        path, PASSPHRASE, kdf=FixedKdf(KdfParams(64, 255, 1), floor_memory_kib=8), clock=FakeClock()
    ).close()
    with Vault.open(path, PASSPHRASE, clock=FakeClock()):
        pass


def test_the_ceilings_admit_everything_calibration_makes() -> None:
    """The largest vault calibration can produce still parses."""
    header = VaultHeader.new(
        KdfParams(PREFERRED_MEMORY_KIB, CEILING_ITERATIONS, CEILING_PARALLELISM)
    )
    assert VaultHeader.parse(header.salt).kdf.iterations == CEILING_ITERATIONS
    big = VaultHeader.new(KdfParams(CEILING_MEMORY_KIB, 1, 1))
    assert VaultHeader.parse(big.salt).kdf.memory_kib == CEILING_MEMORY_KIB
    assert len(big.salt) == HEADER_BYTES


def test_calibration_on_a_very_fast_machine_stays_under_the_ceiling() -> None:
    ticks = iter(range(0, 10_000))

    def timer() -> float:  # each derivation "takes" a microsecond
        return next(ticks) * 1e-6

    kdf = CalibratedKdf(
        memory_probe=lambda: 64 * 2**30, timer=timer, preferred_memory_kib=64, floor_memory_kib=8
    )
    assert kdf.choose().iterations == CEILING_ITERATIONS


@pytest.mark.parametrize(
    "failure",
    [MemoryError(), HashingError("Memory allocation error")],
    ids=["MemoryError", "argon2-allocation"],
)
def test_lack_of_memory_at_unlock_is_not_called_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    path = _vault(tmp_path)

    def fail(*args: object) -> bytes:
        raise failure

    monkeypatch.setattr(store, "derive_key", fail)
    with pytest.raises(OutOfMemory) as caught:
        Vault.open(path, PASSPHRASE, clock=FakeClock())
    assert caught.value.code is ErrorCode.OUT_OF_MEMORY
    code, err = _cli(["verify", "--passphrase-stdin", str(path)], PASSPHRASE.encode() + b"\n")
    assert code == 8
    assert "not enough free memory" in err
    assert "do not restore" in err


def test_another_argon2_failure_is_still_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _vault(tmp_path)

    def fail(*args: object) -> bytes:
        raise HashingError("Threading failure")

    monkeypatch.setattr(store, "derive_key", fail)
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASSPHRASE, clock=FakeClock())


def _cli(argv: list[str], data: bytes) -> tuple[int, str]:
    err = io.StringIO()
    code = cli.main(
        argv,
        stdin=io.BytesIO(data),  # type: ignore[arg-type]
        stdout=io.StringIO(),
        stderr=err,
        kdf=FAST_KDF,
    )
    return code, err.getvalue()


BOM = "\ufeff".encode()
OLD = "kalender wolk trap vijgenboom zeilt"
NEW = "nieuw begin met zeven zwaluwen op het dak"
"""Both pass the strength gate that create and passwd apply (vault.strength)."""


def test_a_bom_before_the_passphrase_is_not_part_of_it(tmp_path: Path) -> None:
    """PowerShell and Notepad write U+FEFF before piped or saved text (review L8)."""
    path = str(tmp_path / "bom.tafelboek")
    std = "--passphrase-stdin"
    assert _cli(["create", std, path], BOM + OLD.encode() + b"\r\n")[0] == 0
    assert _cli(["verify", std, path], OLD.encode() + b"\n")[0] == 0
    assert _cli(["verify", std, path], BOM + OLD.encode() + b"\n")[0] == 0
    # passwd: a mark before either line is not part of that passphrase.
    assert _cli(["passwd", std, path], OLD.encode() + b"\n" + BOM + NEW.encode() + b"\n")[0] == 0
    assert _cli(["verify", std, path], NEW.encode() + b"\n")[0] == 0
    with Vault.open(Path(path), NEW, clock=FakeClock()):
        pass  # the app, where nobody types a byte-order mark, opens it too


def test_a_vault_made_with_the_mark_in_its_passphrase_still_opens(tmp_path: Path) -> None:
    """Before the fix the mark became part of the passphrase; such vaults must still open
    (with a hint to change it), from the very input that made them."""
    path = tmp_path / "oud.tafelboek"
    Vault.create(path, "\ufeff" + OLD, kdf=FAST_KDF, clock=FakeClock()).close()
    old = BOM + OLD.encode() + b"\n"
    code, err = _cli(["verify", "--passphrase-stdin", str(path)], old)
    assert code == 0 and "byte-order mark" in err
    backup = str(tmp_path / "kopie.tafelboek")
    code, _ = _cli(["backup", "--passphrase-stdin", str(path), backup], old)
    assert code == 0
    restored = str(tmp_path / "terug.tafelboek")
    code, _ = _cli(["restore", "--passphrase-stdin", backup, restored], old)
    assert code == 0
    passwd = ["passwd", "--passphrase-stdin", str(path)]
    assert _cli(passwd, BOM + OLD.encode() + b"\n" + NEW.encode() + b"\n")[0] == 0
    assert _cli(["verify", "--passphrase-stdin", str(path)], NEW.encode() + b"\n")[0] == 0
    # Without the mark on the line, the old passphrase is simply wrong.
    assert _cli(["verify", "--passphrase-stdin", restored], OLD.encode() + b"\n")[0] == 3


def test_l8_a_question_mark_from_powershell_is_explained_when_the_passphrase_fails(
    tmp_path: Path,
) -> None:
    """Windows PowerShell 5.1 pipes "é" to a program as "?" (security review L8): the
    refusal then says so, and how to pipe the real letters or type the passphrase."""
    path = tmp_path / "e.tafelboek"
    real = "café kalender wolk trap vijgenboom"
    Vault.create(path, real, kdf=FAST_KDF, clock=FakeClock()).close()
    std = ["verify", "--passphrase-stdin", str(path)]
    code, err = _cli(std, real.replace("é", "?").encode() + b"\r\n")
    assert code == 3 and "PowerShell" in err and "$OutputEncoding" in err
    code, err = _cli(std, b"kalender wolk trap vijgenboom zonder\n")
    assert code == 3 and "PowerShell" not in err  # no '?': no such hint
    assert _cli(std, real.encode() + b"\n")[0] == 0


def test_l8_a_new_passphrase_with_a_question_mark_is_set_with_a_warning(
    tmp_path: Path,
) -> None:
    path = str(tmp_path / "q.tafelboek")
    mangled = OLD.replace("vijgenboom", "vijgenbo?m")
    code, err = _cli(["create", "--passphrase-stdin", path], mangled.encode() + b"\n")
    assert code == 0 and "Warning" in err and "PowerShell" in err
    with Vault.open(Path(path), mangled, clock=FakeClock()):
        pass  # set as read, '?' included, as the warning says
    code, err = _cli(
        ["passwd", "--passphrase-stdin", path], mangled.encode() + b"\n" + NEW.encode() + b"\n"
    )
    assert code == 0 and "PowerShell" not in err  # the new one has no '?'
    code, err = _cli(
        ["passwd", "--passphrase-stdin", path],
        NEW.encode() + b"\n" + (NEW + " of?").encode() + b"\n",
    )
    assert code == 0 and "Warning" in err and "PowerShell" in err


def test_app_words_lack_of_memory_apart_from_damage() -> None:
    from app.wording.messages import error_message

    memory = error_message(ErrorCode.OUT_OF_MEMORY)
    assert memory and memory != error_message(ErrorCode.DAMAGED)
    assert "memory" in memory


def _calibrate(run_seconds: list[float]) -> int:
    """Calibrate with each derivation taking the given times, in order (1, 2, 1, 2, …)."""
    moments = [0.0]
    for seconds in run_seconds:
        moments += [moments[-1] + seconds, moments[-1] + seconds + 1.0]
    ticks = iter(moments[:-1])
    kdf = CalibratedKdf(
        memory_probe=lambda: 64 * 2**30,
        timer=lambda: next(ticks),
        preferred_memory_kib=64,
        floor_memory_kib=8,
    )
    return kdf.choose().iterations


def test_calibration_under_load_never_goes_below_the_iteration_floor() -> None:
    """Security review L2: a busy machine (Defender, Windows Update at first start) made
    vaults with t = 2 where an idle one chose 9."""
    busy = [0.9, 1.8, 1.0, 1.9, 0.95, 2.0]  # every pass takes about a second
    assert _calibrate(busy) == FLOOR_ITERATIONS
    idle = [0.12, 0.22, 0.11, 0.21, 0.12, 0.22]
    assert _calibrate(idle) == 10


def test_calibration_keeps_the_fastest_of_three_runs() -> None:
    """One quiet run among loaded ones is enough to find the machine's real speed."""
    mostly_busy = [0.5, 1.0, 0.4, 0.9, 0.12, 0.22]
    assert _calibrate(mostly_busy) == 10


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "weak"),
    [(262144, 2, True), (262144, 3, False), (32768, 9, True), (65536, 3, False)],
)
def test_a_vault_below_the_iteration_floor_is_offered_strengthening(
    memory_kib: int, iterations: int, weak: bool
) -> None:
    assert KdfParams(memory_kib, iterations, 4).below_floor is weak


# ------------------------------------------------- L2: a quick unlock offers strengthening
AT_FLOOR = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)


def _calibration(preferred_kib: int = FLOOR_MEMORY_KIB, target: float = 1.0) -> CalibratedKdf:
    return CalibratedKdf(
        target_seconds=target, preferred_memory_kib=preferred_kib, memory_probe=lambda: 64 * 2**30
    )


def test_l2_calibration_would_strengthen_a_vault_that_derives_in_under_half_its_target() -> None:
    profile = _calibration()
    assert profile.would_strengthen(AT_FLOOR, 0.2)
    assert not profile.would_strengthen(AT_FLOOR, 0.6)  # slow: perhaps a busy machine
    ceiling = KdfParams(FLOOR_MEMORY_KIB, CEILING_ITERATIONS, 1)
    assert not profile.would_strengthen(ceiling, 0.2)  # nothing more to give
    # More memory than the vault has is affordable here: worth it, however slow.
    assert _calibration(preferred_kib=4 * FLOOR_MEMORY_KIB).would_strengthen(AT_FLOOR, 5.0)
    assert not FixedKdf(AT_FLOOR).would_strengthen(AT_FLOOR, 0.0)  # a pre-set policy


def test_l2_a_vault_that_unlocked_quickly_carries_the_offer_until_strengthened(
    tmp_path: Path,
) -> None:
    path = tmp_path / "snel.tafelboek"
    Vault.create(path, OLD, kdf=FixedKdf(AT_FLOOR), clock=FakeClock()).close()
    unlock = store.derive_unlock_key(path, OLD)
    assert unlock.derive_seconds is not None and unlock.derive_seconds > 0

    def opened(seconds: float | None, profile: KdfProfile) -> Vault:
        key = dataclasses.replace(unlock, derive_seconds=seconds)
        return Vault.open_with_key(path, key, clock=FakeClock(), kdf_profile=profile)

    with opened(5.0, _calibration()) as v:
        assert v.warnings == []
    with opened(None, _calibration()) as v:
        assert v.warnings == []  # no derivation timed: nothing to judge
    with opened(0.05, FixedKdf(AT_FLOOR)) as v:
        assert v.warnings == []
    stronger = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS + 2, 1)
    with opened(0.05, _calibration()) as v:
        assert v.warnings == [VaultWarning.QUICK_KDF]
        v.change_passphrase(OLD, OLD, kdf=FixedKdf(stronger))
        assert v.header.kdf == stronger
        assert v.warnings == []


def test_l2_strengthening_never_weakens_even_if_calibration_ran_on_a_busy_machine(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sterk.tafelboek"
    strong = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS + 2, 1)
    with Vault.create(path, OLD, kdf=FixedKdf(strong), clock=FakeClock()) as v:
        v.change_passphrase(OLD, OLD, kdf=FixedKdf(AT_FLOOR))  # a busy calibration
        assert v.header.kdf.iterations == strong.iterations
        v.change_passphrase(OLD, NEW, kdf=FixedKdf(AT_FLOOR))  # a new passphrase: as chosen
        assert v.header.kdf == AT_FLOOR


def test_l2_the_command_line_says_when_a_vault_could_be_strengthened(tmp_path: Path) -> None:
    path = tmp_path / "cli.tafelboek"
    Vault.create(path, OLD, kdf=FixedKdf(AT_FLOOR), clock=FakeClock()).close()
    err = io.StringIO()
    code = cli.main(
        ["verify", "--passphrase-stdin", str(path)],
        stdin=io.BytesIO(OLD.encode() + b"\n"),  # type: ignore[arg-type]
        stdout=io.StringIO(),
        stderr=err,
        kdf=_calibration(target=10_000.0),  # any real derivation is "quick" against this
    )
    assert code == 0 and "unlocks much faster" in err.getvalue() and "passwd" in err.getvalue()
