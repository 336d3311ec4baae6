"""The vault's command line (``tafelboek-vault`` / ``python -m vault``).

Almost every test runs :func:`vault.cli.main` in process with the fast key-derivation
profile injected; two tests use subprocesses: one holds a vault open (the lock is per
process) and one runs the real production calibration end to end.
"""

from __future__ import annotations

import getpass
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import assert_owner_only
from vault_proc import as_nobody

import vault.cli as cli
from vault import FixedKdf, KdfParams, Vault, derive_unlock_key
from vault.clock import Clock
from vault.errors import DiskFull, ReadOnlyLocation, VaultInUse, WriteFailed

ROOT = Path(__file__).resolve().parents[1]
_VENV_PYTHON = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
PYTHON = str(_VENV_PYTHON) if _VENV_PYTHON.exists() else sys.executable

PASSPHRASE = "ijsvogel tekent kompas boven rivierdelta"
NEW_PASSPHRASE = "grijze walrus verkoopt tulpen aan piraten"
"""Both pass the strength gate that create and passwd apply (vault.strength)."""


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


class TtyBytes(io.BytesIO):
    """Standard input that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


class TtyText(io.StringIO):
    """Standard error that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


Runner = Callable[..., Result]
"""``run(argv, stdin=b"", *, stderr=None, kdf=FAST_KDF) -> Result``."""


@pytest.fixture
def run(fast_kdf: FixedKdf) -> Iterator[Runner]:
    """Run the command line in process; no passphrase given may appear in its output."""
    given: list[str] = []

    def runner(
        argv: Sequence[str],
        stdin: bytes | io.IOBase = b"",
        *,
        stderr: io.StringIO | None = None,
        kdf: object = fast_kdf,
    ) -> Result:
        stream = io.BytesIO(stdin) if isinstance(stdin, bytes) else stdin
        if isinstance(stdin, bytes):
            given.extend(
                line for line in stdin.decode("utf-8", "replace").splitlines() if len(line) > 3
            )
        out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
        code = cli.main(list(argv), stdin=stream, stdout=out, stderr=err, kdf=kdf)  # type: ignore[arg-type]
        result = Result(code, out.getvalue(), err.getvalue())
        for secret in given:
            assert secret not in result.text
        assert "Traceback" not in result.text
        return result

    yield runner


def line(passphrase: str) -> bytes:
    return passphrase.encode("utf-8") + b"\n"


def make_vault(path: Path, fast_kdf: FixedKdf, clock: Clock, passphrase: str = PASSPHRASE) -> Path:
    Vault.create(path, passphrase, kdf=fast_kdf, clock=clock).close()
    return path


@pytest.fixture
def made(tmp_path: Path, fast_kdf: FixedKdf, clock: Clock) -> Path:
    """A closed vault with the default passphrase."""
    return make_vault(tmp_path / "Tafel.tafelboek", fast_kdf, clock)


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# ------------------------------------------------------------------ help
def test_help_lists_every_exit_status(run: Runner) -> None:
    result = run(["--help"])
    assert result.code == 0
    help_text = result.out
    for code, words in [
        ("0", "success"),
        ("1", "other"),
        ("2", "usage"),
        ("3", "wrong passphrase"),
        ("4", "damaged"),
        ("5", "in use"),
        ("6", "newer version"),
        ("7", "cannot write"),
        ("8", "not enough free memory"),
    ]:
        assert any(
            ln.strip().startswith(f"{code} ") and words in ln for ln in help_text.splitlines()
        ), (code, words)
    assert "first page" in help_text
    for command in ("create", "info", "verify", "backup", "restore", "passwd"):
        assert command in help_text


def test_subcommand_help_and_usage_errors(run: Runner, made: Path) -> None:
    assert run(["backup", "--help"]).out.count("--force") >= 1
    assert "exit status" in run(["verify", "--help"]).out
    assert run([]).code == 2
    assert run(["frobnicate", str(made)]).code == 2
    assert run(["info"]).code == 2
    # A passphrase is never an argument.
    for argv in (
        ["verify", str(made), "--passphrase", PASSPHRASE],
        ["verify", str(made), PASSPHRASE],
        ["verify", str(made), f"--passphrase={PASSPHRASE}"],
        ["verify", str(made), f"--passphrase-stdin={PASSPHRASE}"],
        [PASSPHRASE],
    ):
        result = run(argv)
        assert result.code == 2, argv
        assert PASSPHRASE not in result.text, argv
        assert "rivierdelta" not in result.text, argv


# ------------------------------------------------------------------ create + info
def test_create_then_info_needs_no_passphrase_and_shows_no_secret(
    run: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "Nieuw.tafelboek"
    created = run(["create", str(path), "--passphrase-stdin"], line(PASSPHRASE))
    assert created.code == 0, created.err
    assert path.is_file()
    assert "Calibrating key derivation" in created.err
    assert created.err.count("Calibrating") == 1  # not a terminal: one line, no percentages
    assert "%" not in created.err

    info = run(["info", str(path)])  # empty, non-terminal stdin: no passphrase asked
    assert info.code == 0, info.err
    assert "Format version:  1" in info.out
    assert "64 KiB memory, 1 iteration, 1 lane" in info.out
    assert "Journal (-wal):  none" in info.out
    key = derive_unlock_key(path, PASSPHRASE).key
    for secret in (PASSPHRASE, key.hex(), key.hex().upper()):
        assert secret not in info.text
    # The fast test profile is below the production floor: info says so.
    assert "below the floor" in info.err and "passwd" in info.err


def test_info_json_parses_with_every_key(run: Runner, made: Path) -> None:
    result = run(["info", str(made), "--json"])
    assert result.code == 0
    data = json.loads(result.out)
    assert set(data) == {
        "path",
        "format_version",
        "kdf_memory_kib",
        "kdf_iterations",
        "kdf_parallelism",
        "size_bytes",
        "has_leftover_journal",
        "on_network_share",
        "kdf_below_floor",
    }
    assert data["path"] == str(made)
    assert data["format_version"] == 1
    assert (data["kdf_memory_kib"], data["kdf_iterations"], data["kdf_parallelism"]) == (64, 1, 1)
    assert data["size_bytes"] == made.stat().st_size
    assert data["has_leftover_journal"] is False
    assert data["on_network_share"] is False
    assert data["kdf_below_floor"] is True


def test_info_reports_a_leftover_journal(run: Runner, made: Path) -> None:
    wal = made.with_name(made.name + "-wal")
    wal.write_bytes(b"")
    assert json.loads(run(["info", str(made), "--json"]).out)["has_leftover_journal"] is True
    assert "Journal (-wal):  present" in run(["info", str(made)]).out


def test_create_refuses_an_existing_file(run: Runner, made: Path) -> None:
    before = made.read_bytes()
    result = run(["create", str(made), "--passphrase-stdin"], line("another passphrase"))
    assert result.code == 1
    assert "already exists" in result.err
    assert made.read_bytes() == before


def test_create_refuses_kdf_settings_below_the_floor(run: Runner, tmp_path: Path) -> None:
    weak = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1))  # production floor
    path = tmp_path / "Zwak.tafelboek"
    result = run(["create", str(path), "--passphrase-stdin"], line(PASSPHRASE), kdf=weak)
    assert result.code == 1
    assert "floor" in result.err
    assert list(tmp_path.iterdir()) == []


def test_calibration_progress_percentages_on_a_terminal(run: Runner, tmp_path: Path) -> None:
    err = TtyText()
    path = tmp_path / "Tty.tafelboek"
    result = run(["create", str(path), "--passphrase-stdin"], line(PASSPHRASE), stderr=err)
    assert result.code == 0
    assert "\rCalibrating key derivation… 100%" in result.err


# ------------------------------------------------------------------ verify
def test_verify_sound_vault_exits_0_and_warns_about_weak_kdf(run: Runner, made: Path) -> None:
    result = run(["verify", str(made), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 0, result.err
    assert "sound" in result.out
    assert "64 MiB" in result.err and "passwd" in result.err


def test_verify_wrong_passphrase_exits_3_and_mentions_a_damaged_first_page(
    run: Runner, made: Path
) -> None:
    result = run(["verify", str(made), "--passphrase-stdin"], line("not the passphrase"))
    assert result.code == 3
    assert "wrong" in result.err and "first page" in result.err and "damaged" in result.err


def test_damaged_first_page_looks_like_a_wrong_passphrase(run: Runner, made: Path) -> None:
    data = bytearray(made.read_bytes())
    data[100] ^= 0xFF
    made.write_bytes(bytes(data))
    assert run(["verify", str(made), "--passphrase-stdin"], line(PASSPHRASE)).code == 3


def test_verify_damaged_copy_exits_4(run: Runner, made: Path, tmp_path: Path) -> None:
    copy = tmp_path / "Kopie.tafelboek"
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x01
    copy.write_bytes(bytes(data))
    result = run(["verify", str(copy), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 4
    assert "damaged" in result.err and "restore" in result.err


@pytest.mark.parametrize("kind", ["plain_sqlite", "random_bytes", "text_file", "truncated"])
def test_verify_and_info_on_something_that_is_not_a_vault_exit_4(
    run: Runner, made: Path, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.tafelboek"
    if kind == "plain_sqlite":
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE t (x)")
        db.commit()
        db.close()
    elif kind == "random_bytes":
        data = bytearray(random.Random(7).randbytes(8192))
        data[0] = 0x00
        path.write_bytes(bytes(data))
    elif kind == "text_file":
        path.write_text("Agenda van de tafel\nGeen kluis.\n", encoding="utf-8")
    else:
        path.write_bytes(made.read_bytes()[:5000])
    assert run(["verify", str(path), "--passphrase-stdin"], line(PASSPHRASE)).code == 4
    assert run(["info", str(path)]).code == 4


def test_verify_a_vault_held_open_by_another_process_exits_5(run: Runner, made: Path) -> None:
    holder = subprocess.Popen(
        [
            PYTHON,
            "-c",
            "import sys\n"
            "from pathlib import Path\n"
            "from vault import Vault\n"
            "v = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip('\\n'))\n"
            "print('ready', flush=True)\n"
            "sys.stdin.readline()\n"
            "v.close()\n",
            str(made),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    try:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ready"
        result = run(["verify", str(made), "--passphrase-stdin"], line(PASSPHRASE))
        assert result.code == 5
        assert "in use" in result.err
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)
    assert holder.returncode == 0
    assert run(["verify", str(made), "--passphrase-stdin"], line(PASSPHRASE)).code == 0


def test_vault_made_by_a_newer_version_exits_6(run: Runner, made: Path, tmp_path: Path) -> None:
    newer = tmp_path / "Nieuwer.tafelboek"
    data = bytearray(made.read_bytes())
    data[0] = 0xA2
    newer.write_bytes(bytes(data))
    result = run(["verify", str(newer), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 6
    assert "newer version" in result.err
    assert run(["info", str(newer)]).code == 6
    assert newer.read_bytes() == bytes(data)


def test_missing_vault_exits_1(run: Runner, tmp_path: Path) -> None:
    result = run(["verify", str(tmp_path / "Weg.tafelboek"), "--passphrase-stdin"], line("x" * 8))
    assert result.code == 1
    assert "does not exist" in result.err


# ------------------------------------------------------------------ backup
def test_backup_refuses_an_existing_destination_without_force(
    run: Runner, made: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "Backup.tafelboek"
    dest.write_bytes(b"keep me")
    result = run(["backup", str(made), str(dest), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code != 0
    assert "--force" in result.err
    assert dest.read_bytes() == b"keep me"

    forced = run(
        ["backup", str(made), str(dest), "--force", "--passphrase-stdin"], line(PASSPHRASE)
    )
    assert forced.code == 0, forced.err
    assert run(["verify", str(dest), "--passphrase-stdin"], line(PASSPHRASE)).code == 0


def test_backup_to_a_new_file_and_to_a_folder(run: Runner, made: Path, tmp_path: Path) -> None:
    dest = tmp_path / "Nieuw-backup.tafelboek"
    result = run(["backup", str(made), str(dest), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 0, result.err
    assert "verified" in result.out
    assert run(["verify", str(dest), "--passphrase-stdin"], line(PASSPHRASE)).code == 0
    folder = run(["backup", str(made), str(tmp_path), "--passphrase-stdin"], line(PASSPHRASE))
    assert folder.code == 2
    assert "folder" in folder.err
    before = made.read_bytes()
    itself = run(
        ["backup", str(made), str(made), "--force", "--passphrase-stdin"], line(PASSPHRASE)
    )
    assert itself.code == 2
    assert "the vault itself" in itself.err
    assert made.read_bytes() == before


def test_backup_with_wrong_passphrase_writes_nothing(
    run: Runner, made: Path, tmp_path: Path
) -> None:
    before = listing(tmp_path)
    dest = tmp_path / "B.tafelboek"
    result = run(
        ["backup", str(made), str(dest), "--passphrase-stdin"], line("verkeerd wachtwoord")
    )
    assert result.code == 3
    assert listing(tmp_path) == before


@pytest.mark.parametrize("error", [DiskFull, ReadOnlyLocation, WriteFailed])
def test_backup_that_cannot_write_exits_7(
    run: Runner, made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type
) -> None:
    def failing_backup(self: Vault, dest: Path, **kwargs: object) -> Path:
        raise error("simulated", path=dest)

    monkeypatch.setattr(Vault, "backup", failing_backup)
    dest = tmp_path / "B.tafelboek"
    result = run(["backup", str(made), str(dest), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 7
    assert str(dest) in result.err


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="folder permission bits: Windows ignores the read-only attribute of a folder "
    "(ACLs decide there); on Windows test_verify_of_a_read_only_vault_file_exits_7 below "
    "runs the command line against a read-only location instead",
)
def test_create_in_a_read_only_folder_exits_7(tmp_path: Path) -> None:
    # A real process with permission checks in force, also when the suite runs as root
    # (see tests/vault_proc.py: the child loses CAP_DAC_OVERRIDE).
    shared = Path(tempfile.mkdtemp(prefix="tafelboek-cli-"))
    try:
        shared.chmod(0o755)
        folder = shared / "alleen-lezen"
        folder.mkdir()
        folder.chmod(0o555)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "vault",
                "create",
                str(folder / "V.tafelboek"),
                "--passphrase-stdin",
            ],
            input=(PASSPHRASE + "\n").encode(),
            capture_output=True,
            preexec_fn=as_nobody(),
            check=False,
            timeout=120,
        )
        assert result.returncode == 7, result.stderr
        assert b"read-only" in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_verify_of_a_read_only_vault_file_exits_7(fast_kdf: FixedKdf, clock: Clock) -> None:
    # A read-only file binds everywhere: mode bits for a child without CAP_DAC_OVERRIDE,
    # the read-only attribute on Windows.
    shared = Path(tempfile.mkdtemp(prefix="tafelboek-cli-"))
    path = make_vault(shared / "V.tafelboek", fast_kdf, clock)
    try:
        shared.chmod(0o755)
        path.chmod(0o444)
        before = path.read_bytes()
        result = subprocess.run(
            [sys.executable, "-m", "vault", "verify", str(path), "--passphrase-stdin"],
            input=(PASSPHRASE + "\n").encode(),
            capture_output=True,
            preexec_fn=as_nobody(),
            check=False,
            timeout=120,
        )
        assert result.returncode == 7, result.stderr
        assert b"read-only" in result.stderr
        assert path.read_bytes() == before
        assert [p.name for p in shared.iterdir()] == ["V.tafelboek"]
    finally:
        path.chmod(0o644)
        shutil.rmtree(shared, ignore_errors=True)


# ------------------------------------------------------------------ restore
def test_restore_checks_the_passphrase_first_and_writes_nothing_on_failure(
    run: Runner, made: Path, tmp_path: Path
) -> None:
    target = tmp_path / "Hersteld.tafelboek"
    before = listing(tmp_path)
    result = run(["restore", str(made), str(target), "--passphrase-stdin"], line("fout wachtwoord"))
    assert result.code == 3
    assert "first page" in result.err and "backup" in result.err
    assert listing(tmp_path) == before
    assert not target.exists()

    ok = run(["restore", str(made), str(target), "--passphrase-stdin"], line(PASSPHRASE))
    assert ok.code == 0, ok.err
    assert run(["verify", str(target), "--passphrase-stdin"], line(PASSPHRASE)).code == 0


def test_restore_refuses_an_existing_target_without_force(
    run: Runner, made: Path, tmp_path: Path, fast_kdf: FixedKdf, clock: Clock
) -> None:
    target = make_vault(tmp_path / "Bestaand.tafelboek", fast_kdf, clock, "ander wachtwoord")
    before = target.read_bytes()
    result = run(["restore", str(made), str(target), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code != 0
    assert "--force" in result.err
    assert target.read_bytes() == before
    # Even with --force a wrong passphrase leaves the target alone.
    wrong = run(
        ["restore", str(made), str(target), "--force", "--passphrase-stdin"], line("fout!!")
    )
    assert wrong.code == 3
    assert target.read_bytes() == before

    forced = run(
        ["restore", str(made), str(target), "--force", "--passphrase-stdin"], line(PASSPHRASE)
    )
    assert forced.code == 0, forced.err
    assert run(["verify", str(target), "--passphrase-stdin"], line(PASSPHRASE)).code == 0
    assert run(["verify", str(target), "--passphrase-stdin"], line("ander wachtwoord")).code == 3


def test_restore_force_keeps_the_replaced_vault_beside_it(
    run: Runner, made: Path, tmp_path: Path, fast_kdf: FixedKdf, clock: Clock
) -> None:
    folder = tmp_path / "kluis"
    folder.mkdir()
    target = make_vault(folder / "Bestaand.tafelboek", fast_kdf, clock, "ander wachtwoord")
    before = target.read_bytes()

    forced = run(
        ["restore", str(made), str(target), "--force", "--passphrase-stdin"], line(PASSPHRASE)
    )

    assert forced.code == 0, forced.err
    (kept,) = (p for p in folder.iterdir() if p != target)
    assert kept.name.startswith("Bestaand-before-restore-") and kept.suffix == ".tafelboek"
    assert f"kept as {kept}" in forced.text and "delete it" in forced.text
    assert kept.read_bytes() == before
    assert_owner_only(kept)
    assert run(["verify", str(kept), "--passphrase-stdin"], line("ander wachtwoord")).code == 0
    assert run(["verify", str(target), "--passphrase-stdin"], line(PASSPHRASE)).code == 0


def test_restore_help_says_force_keeps_the_replaced_vault(run: Runner) -> None:
    help_text = " ".join(run(["restore", "--help"]).out.split())
    assert "replace PATH if it exists; the vault it replaces is kept beside it" in help_text


def test_restore_of_a_non_vault_exits_4(run: Runner, tmp_path: Path) -> None:
    bogus = tmp_path / "Bogus.tafelboek"
    bogus.write_text("geen kluis\n", encoding="utf-8")
    target = tmp_path / "Doel.tafelboek"
    result = run(["restore", str(bogus), str(target), "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 4
    assert result.err.startswith(f"{bogus} is not a Tafelboek vault")
    assert not target.exists()


def test_restore_onto_a_vault_in_use_exits_5(
    run: Runner, made: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def in_use(*args: object, **kwargs: object) -> None:
        raise VaultInUse("target vault is open or was not closed cleanly", path=made)

    monkeypatch.setattr(cli, "restore", in_use)
    result = run(
        ["restore", str(made), str(tmp_path / "X.tafelboek"), "--passphrase-stdin"],
        line(PASSPHRASE),
    )
    assert result.code == 5


# ------------------------------------------------------------------ passwd
def test_passwd_from_two_stdin_lines(run: Runner, made: Path) -> None:
    result = run(
        ["passwd", str(made), "--passphrase-stdin"], line(PASSPHRASE) + line(NEW_PASSPHRASE)
    )
    assert result.code == 0, result.err
    assert run(["verify", str(made), "--passphrase-stdin"], line(PASSPHRASE)).code == 3
    assert run(["verify", str(made), "--passphrase-stdin"], line(NEW_PASSPHRASE)).code == 0


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(run: Runner, made: Path) -> None:
    before = made.read_bytes()
    result = run(["passwd", str(made), "--passphrase-stdin"], line("fout oud") + line("nieuw!!"))
    assert result.code == 3
    assert made.read_bytes() == before


def test_passwd_refuses_a_new_kdf_below_the_floor(run: Runner, made: Path) -> None:
    weak = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1))
    stdin = line(PASSPHRASE) + line(NEW_PASSPHRASE)
    result = run(["passwd", str(made), "--passphrase-stdin"], stdin, kdf=weak)
    assert result.code == 1
    assert "floor" in result.err
    assert run(["verify", str(made), "--passphrase-stdin"], line(PASSPHRASE)).code == 0


def test_passwd_with_one_line_or_invalid_utf8_exits_2(run: Runner, made: Path) -> None:
    before = made.read_bytes()
    assert run(["passwd", str(made), "--passphrase-stdin"], line(PASSPHRASE)).code == 2
    bad = line(PASSPHRASE) + b"nieuw \xff\n"
    assert run(["passwd", str(made), "--passphrase-stdin"], bad).code == 2
    assert made.read_bytes() == before


# ------------------------------------------------------------------ passphrase input
def test_no_terminal_and_no_passphrase_stdin_exits_2(
    run: Runner, made: Path, tmp_path: Path
) -> None:
    for argv in (
        ["verify", str(made)],
        ["create", str(tmp_path / "N.tafelboek")],
        ["backup", str(made), str(tmp_path / "B.tafelboek")],
        ["restore", str(made), str(tmp_path / "R.tafelboek")],
        ["passwd", str(made)],
    ):
        result = run(argv, line(PASSPHRASE))
        assert result.code == 2, argv
        assert "--passphrase-stdin" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == [made.name]


@pytest.mark.parametrize(
    "stdin",
    [b"", b"\n", b"\r\n", b"caf\xe9\n", b"\xff\xfe\xfd\n", b"\xed\xa0\x80abc\n"],
    ids=["missing", "empty", "empty-crlf", "latin1", "garbage", "surrogate"],
)
def test_missing_empty_or_invalid_utf8_passphrase_exits_2(
    run: Runner, tmp_path: Path, stdin: bytes
) -> None:
    path = tmp_path / "N.tafelboek"
    result = run(["create", str(path), "--passphrase-stdin"], stdin)
    assert result.code == 2
    assert not path.exists()


@pytest.mark.parametrize(
    "passphrase",
    [
        f"{PASSPHRASE} '\"; DROP TABLE note; --",
        f"x'00' \\ % _ ? :name @p $1 {PASSPHRASE}",
        f"{PASSPHRASE} " + "ab€ " * 240,  # 1,000 characters, ending in a space
        f"  {PASSPHRASE}  ",
        f"{PASSPHRASE}\tinside",
    ],
    ids=["sql-quotes", "sql-specials", "1000-chars", "spaces", "tab"],
)
def test_unusual_passphrases_work(run: Runner, tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "V.tafelboek"
    assert run(["create", str(path), "--passphrase-stdin"], line(passphrase)).code == 0
    assert run(["verify", str(path), "--passphrase-stdin"], line(passphrase)).code == 0
    assert (
        run(["verify", str(path), "--passphrase-stdin"], line(passphrase.strip() + "!")).code == 3
    )


def test_passphrase_is_normalised_to_nfc(run: Runner, tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", f"café {PASSPHRASE}")
    nfd = unicodedata.normalize("NFD", f"café {PASSPHRASE}")
    assert nfc != nfd
    path = tmp_path / "V.tafelboek"
    assert run(["create", str(path), "--passphrase-stdin"], line(nfc)).code == 0
    assert run(["verify", str(path), "--passphrase-stdin"], line(nfd)).code == 0
    assert run(["verify", str(path), "--passphrase-stdin"], line(nfc)).code == 0


def test_trailing_spaces_are_kept_and_only_the_line_ending_is_stripped(
    run: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "V.tafelboek"
    abc = PASSPHRASE.encode()
    assert run(["create", str(path), "--passphrase-stdin"], abc + b" \r\n").code == 0
    assert run(["verify", str(path), "--passphrase-stdin"], abc + b"\n").code == 3
    assert run(["verify", str(path), "--passphrase-stdin"], abc + b" \n").code == 0
    assert run(["verify", str(path), "--passphrase-stdin"], abc + b" ").code == 0  # no newline
    assert run(["verify", str(path), "--passphrase-stdin"], abc + b" \r\r\n").code == 3


def test_text_streams_are_accepted_as_stdin(run: Runner, made: Path) -> None:
    wrapped = io.TextIOWrapper(io.BytesIO(line(PASSPHRASE)), encoding="latin-1")
    assert run(["verify", str(made), "--passphrase-stdin"], wrapped).code == 0  # bytes read
    assert (
        run(["verify", str(made), "--passphrase-stdin"], io.StringIO(PASSPHRASE + "\n")).code == 0
    )
    invalid = io.TextIOWrapper(io.BytesIO(b"\xff\n"), encoding="latin-1")
    assert run(["verify", str(made), "--passphrase-stdin"], invalid).code == 2


# ------------------------------------------------------------------ terminal prompts
def fake_getpass(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    prompts: list[str] = []

    def answer(prompt: str = "Password: ", stream: object = None) -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", answer)
    return prompts


def test_terminal_create_asks_twice_and_refuses_a_mismatch(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "V.tafelboek"
    fake_getpass(monkeypatch, [PASSPHRASE, PASSPHRASE + " "])
    result = run(["create", str(path)], TtyBytes())
    assert result.code == 2
    assert "do not match" in result.err
    assert not path.exists()

    prompts = fake_getpass(monkeypatch, [PASSPHRASE, PASSPHRASE])
    assert run(["create", str(path)], TtyBytes()).code == 0
    assert len(prompts) == 2
    fake_getpass(monkeypatch, [PASSPHRASE])
    assert run(["verify", str(path)], TtyBytes()).code == 0


def test_terminal_passwd_checks_the_old_passphrase_before_asking_the_new(
    run: Runner, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = fake_getpass(monkeypatch, ["fout", "nooit gevraagd", "nooit gevraagd"])
    assert run(["passwd", str(made)], TtyBytes()).code == 3
    assert len(prompts) == 1
    fake_getpass(monkeypatch, [PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert run(["passwd", str(made)], TtyBytes()).code == 0
    assert run(["verify", str(made), "--passphrase-stdin"], line(NEW_PASSPHRASE)).code == 0


def test_terminal_that_would_echo_is_refused(
    run: Runner, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def echoing(prompt: str = "", stream: object = None) -> str:
        warnings.warn("Can not control echo", getpass.GetPassWarning, stacklevel=2)
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", echoing)
    result = run(["verify", str(made)], TtyBytes())
    assert result.code == 2
    assert "--passphrase-stdin" in result.err


# ------------------------------------------------------------------ unexpected errors
def test_unexpected_error_is_one_line_without_its_text(
    run: Runner, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(path: Path) -> None:
        raise RuntimeError("note content that must not leak")

    monkeypatch.setattr(cli, "vault_info", boom)
    result = run(["info", str(made)])
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "RuntimeError" in result.err
    assert "must not leak" not in result.text


# ------------------------------------------------------------------ end to end
def test_end_to_end_create_with_production_calibration_then_info(tmp_path: Path) -> None:
    path = tmp_path / "Echt.tafelboek"
    created = subprocess.run(
        [PYTHON, "-m", "vault", "create", str(path), "--passphrase-stdin"],
        input=line(PASSPHRASE),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    err = created.stderr.decode("utf-8", "replace")
    assert created.returncode == 0, err
    assert err.count("Calibrating key derivation") == 1
    assert PASSPHRASE.encode() not in created.stdout + created.stderr

    info = subprocess.run(
        [PYTHON, "-m", "vault", "info", str(path), "--json"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["kdf_memory_kib"] >= 65536
    assert data["kdf_parallelism"] == 4
    assert 1 <= data["kdf_iterations"] <= 255
    assert data["kdf_below_floor"] is False


# ------------------------------------------------------------------ the strength gate
@pytest.mark.parametrize(
    "weak", ["a", "pas", "Welkom2026!", "Wachtwoord2025!!", "paard batterij nietje correct"]
)
def test_create_refuses_a_weak_passphrase_with_exit_2(
    run: Runner, tmp_path: Path, weak: str
) -> None:
    """Security review M6: the command line had no strength gate at all."""
    path = tmp_path / "Zwak.tafelboek"
    result = run(["create", str(path), "--passphrase-stdin"], line(weak))
    assert result.code == 2
    assert "too easy to guess" in result.err and "--generate" in result.err
    assert "Nothing was created" in result.err
    assert list(tmp_path.iterdir()) == []


def test_create_counts_the_vaults_own_name_as_an_easy_guess(run: Runner, tmp_path: Path) -> None:
    named = "Zonnedauw Ardennen Kwartel"
    path = tmp_path / "Zonnedauw-Ardennen.tafelboek"
    result = run(["create", str(path), "--passphrase-stdin"], line(named + " 2026"))
    assert result.code == 2 and "vault's name" in result.err
    other = tmp_path / "Mijn.tafelboek"
    assert run(["create", str(other), "--passphrase-stdin"], line(named + " 2026")).code == 0


def test_passwd_refuses_a_weak_new_passphrase_and_names_from_the_vault(
    run: Runner, made: Path, clock: Clock, fast_kdf: FixedKdf
) -> None:
    from vault.model import Role
    from vault.people import add_person

    before = made.read_bytes()
    for weak in ("a", "Welkom2026!!"):
        result = run(["passwd", str(made), "--passphrase-stdin"], line(PASSPHRASE) + line(weak))
        assert result.code == 2 and "Nothing was changed" in result.err
    assert made.read_bytes() == before
    # Strong for anyone else, weak for this vault: it holds these names.
    with_names = "Yasmine Amrani kalender wolk trap"
    with Vault.open(made, PASSPHRASE, clock=clock) as vault:
        add_person(vault, "Yasmine El Amrani", Role.OTHER, organisation="JAC")
    stdin = line(PASSPHRASE) + line(with_names)
    result = run(["passwd", str(made), "--passphrase-stdin"], stdin)
    assert result.code == 2 and "names in the vault" in result.err
    assert run(["verify", str(made), "--passphrase-stdin"], line(PASSPHRASE)).code == 0


def test_passwd_may_keep_the_passphrase_to_recalibrate_and_warns_if_it_is_weak(
    run: Runner, tmp_path: Path, fast_kdf: FixedKdf, clock: Clock
) -> None:
    old = make_vault(tmp_path / "Oud.tafelboek", fast_kdf, clock, passphrase="Welkom2020!")
    result = run(["passwd", str(old), "--passphrase-stdin"], line("Welkom2020!") * 2)
    assert result.code == 0
    assert "too easy to guess by today's rule" in result.err
    result = run(
        ["passwd", str(tmp_path / "Oud.tafelboek"), "--passphrase-stdin"],
        line("Welkom2020!") + line(NEW_PASSPHRASE),
    )
    assert result.code == 0 and "Warning" not in result.err


def _generate(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], answers: list[str], fast_kdf: FixedKdf
) -> tuple[int, str, str, list[str]]:
    """Run with a terminal on standard input and output; the last answer is typed back
    as whatever passphrase the terminal showed (or as given, when it is not '=')."""
    out, err = TtyText(), io.StringIO()
    prompts: list[str] = []

    def answer(prompt: str = "", stream: object = None) -> str:
        prompts.append(prompt)
        given = answers.pop(0)
        if given == "=":
            shown = [ln.strip() for ln in out.getvalue().splitlines() if ln.startswith("    ")]
            return shown[-1]
        return given

    monkeypatch.setattr(getpass, "getpass", answer)
    code = cli.main(argv, stdin=TtyBytes(), stdout=out, stderr=err, kdf=fast_kdf)
    return code, out.getvalue(), err.getvalue(), prompts


def test_create_generate_shows_the_passphrase_once_and_asks_it_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fast_kdf: FixedKdf
) -> None:
    path = tmp_path / "Gen.tafelboek"
    code, out, err, prompts = _generate(
        monkeypatch, ["create", str(path), "--generate"], ["="], fast_kdf
    )
    assert code == 0, err
    shown = [ln.strip() for ln in out.splitlines() if ln.startswith("    ")]
    assert len(shown) == 1 and len(shown[0].split(" ")) == 6
    assert "78 bits" in out and "paper" in out
    assert shown[0] not in err  # on the terminal's output once, nowhere else
    assert prompts == ["Type the passphrase to confirm you wrote it down: "]
    Vault.open(path, shown[0]).close()
    # Typed back wrong: nothing is created.
    other = tmp_path / "Niet.tafelboek"
    code, _, err, _ = _generate(
        monkeypatch, ["create", str(other), "--generate"], ["fout"], fast_kdf
    )
    assert code == 2 and "nothing was changed" in err and not other.exists()


def test_passwd_generate_changes_to_a_generated_passphrase(
    monkeypatch: pytest.MonkeyPatch, made: Path, fast_kdf: FixedKdf
) -> None:
    code, out, err, prompts = _generate(
        monkeypatch, ["passwd", str(made), "--generate"], [PASSPHRASE, "="], fast_kdf
    )
    assert code == 0, err
    (shown,) = [ln.strip() for ln in out.splitlines() if ln.startswith("    ")]
    assert len(prompts) == 2
    Vault.open(made, shown).close()


def test_generate_needs_a_terminal_and_no_passphrase_stdin(
    run: Runner, tmp_path: Path, made: Path
) -> None:
    path = tmp_path / "G.tafelboek"
    result = run(["create", str(path), "--generate"], TtyBytes())  # output is not a terminal
    assert result.code == 2 and "needs a terminal" in result.err
    result = run(["create", str(path), "--generate", "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 2 and "cannot be combined" in result.err
    result = run(["passwd", str(made), "--generate", "--passphrase-stdin"], line(PASSPHRASE))
    assert result.code == 2
    assert not path.exists()
    assert "--generate" in run(["create", "--help"]).out
