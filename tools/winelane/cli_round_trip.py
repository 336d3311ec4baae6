"""The vault CLI round trip, as IT support would run it; one line per step, no content.

Runs under the lane's Windows python (``lane.sh cli``) and on any host python:

    python tools/winelane/cli_round_trip.py [FOLDER]

create → info → verify → backup → verify the backup → passwd → verify with the new
passphrase → restore (refused onto an existing file, then --force, which keeps the
replaced vault: it verifies with its own passphrase) → wrong passphrase
exits 3 → a vault held open by another process exits 5 → a UTF-8 passphrase with a
CRLF line ending. Exits 1 on the first step that does not do what it should.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

OLD = "kalender-wolk-trapleuning-fiets"
NEW = "lantaarn-zeemeeuw-hooiberg-82"
CompletedRun = subprocess.CompletedProcess[bytes]

UNICODE = "é € ünïcödé passphrase ñ"


def vault_cli(*args: str, stdin: str = "", crlf: bool = False) -> CompletedRun:
    data = stdin.replace("\n", "\r\n") if crlf else stdin
    return subprocess.run(
        [sys.executable, "-m", "vault", *args],
        input=data.encode("utf-8"),
        capture_output=True,
        timeout=300,
    )


def step(name: str, expect: int, *args: str, stdin: str = "", crlf: bool = False) -> None:
    """Run one CLI command; stop the round trip unless it exits with ``expect``."""
    result = vault_cli(*args, stdin=stdin, crlf=crlf)
    ok = result.returncode == expect
    mark = "ok  " if ok else "FAIL"
    print(f"{mark} {name}: exit {result.returncode} (expected {expect})", flush=True)
    if not ok:
        sys.stdout.write(result.stderr.decode("utf-8", "replace")[-2000:])
        raise SystemExit(1)


def hold_open(path: Path, passphrase: str) -> subprocess.Popen[bytes]:
    """Another process that opens the vault and keeps it open until told to stop."""
    code = (
        "import sys; from pathlib import Path; from vault.store import Vault\n"
        "v = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip('\\n'))\n"
        "print('open', flush=True); sys.stdin.readline(); v.close()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write((passphrase + "\n").encode())
    child.stdin.flush()
    if child.stdout.readline().strip() != b"open":
        raise SystemExit("FAIL the holding process could not open the vault")
    return child


def main(folder: Path) -> int:
    started = time.monotonic()
    vault, backup = str(folder / "kluis.tafelboek"), str(folder / "kopie.tafelboek")
    restored = str(folder / "terug.tafelboek")
    old, new, std = OLD + "\n", NEW + "\n", "--passphrase-stdin"
    step("create", 0, "create", std, vault, stdin=old)
    step("info (no passphrase)", 0, "info", vault)
    step("verify", 0, "verify", std, vault, stdin=old)
    step("backup", 0, "backup", std, vault, backup, stdin=old)
    step("verify the backup", 0, "verify", std, backup, stdin=old)
    step("backup onto an existing file refused", 1, "backup", std, vault, backup, stdin=old)
    step("passwd", 0, "passwd", std, vault, stdin=old + new)
    step("verify, new passphrase", 0, "verify", std, vault, stdin=new)
    step("verify, old passphrase refused", 3, "verify", std, vault, stdin=old)
    step("restore onto an existing file refused", 1, "restore", std, backup, vault, stdin=old)
    step("restore to a new file", 0, "restore", std, backup, restored, stdin=old)
    step("restore --force", 0, "restore", "--force", std, backup, vault, stdin=old)
    kept = [str(p) for p in folder.glob("kluis-before-restore-*.tafelboek")]
    if len(kept) != 1:
        raise SystemExit(f"FAIL restore --force kept {len(kept)} copies of the replaced vault")
    step("verify the kept vault (new passphrase)", 0, "verify", std, kept[0], stdin=new)
    step("verify the restored vault", 0, "verify", std, vault, stdin=old)
    step("wrong passphrase", 3, "verify", std, vault, stdin="niet-de-juiste\n")
    holder = hold_open(Path(vault), OLD)
    try:
        step("verify while in use", 5, "verify", std, vault, stdin=old)
        step("backup while in use", 5, "backup", std, vault, str(folder / "b2"), stdin=old)
    finally:
        assert holder.stdin is not None
        holder.stdin.write(b"\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    step("verify after the other process closed", 0, "verify", std, vault, stdin=old)
    uni, upass = str(folder / "ünï.tafelboek"), UNICODE + "\n"
    step("create, UTF-8 passphrase, CRLF", 0, "create", std, uni, stdin=upass, crlf=True)
    step("verify, UTF-8 passphrase, LF", 0, "verify", std, uni, stdin=upass)
    took = time.monotonic() - started
    print(f"cli round trip passed in {took:.1f} s ({sys.platform})", flush=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        raise SystemExit(main(Path(sys.argv[1])))
    with tempfile.TemporaryDirectory(prefix="tb-cli-") as tmp:
        raise SystemExit(main(Path(tmp)))
