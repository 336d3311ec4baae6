"""A user's vault and settings in a Wine prefix's %LOCALAPPDATA%\\Tafelboek, for the MSI
round trip of ``tools/winelane/package.sh``: made before the uninstall, checked after it.

    python tools/winelane/user_data.py create FOLDER     (host python, FOLDER a Linux path)
    python tools/winelane/user_data.py verify FOLDER

``create`` makes ``Tafelboek.tafelboek`` (a real vault: SQLCipher, Argon2id with small
test settings) and ``tafelboek.ini``, and records their SHA-256 in ``.expected`` beside
them; ``verify`` fails unless both files are still there, unchanged, and the vault opens
with its passphrase. Uninstalling the program must never remove a user's data.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from vault.kdf import FixedKdf, KdfParams
from vault.store import Vault

PASSPHRASE = "msi-rondgang-kluis-blijft-staan"  # noqa: S105 - a test vault in a throw-away prefix
KDF = FixedKdf(KdfParams(memory_kib=1024, iterations=1, parallelism=1), floor_memory_kib=8)
FILES = ("Tafelboek.tafelboek", "tafelboek.ini")
EXPECTED = ".expected"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def create(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    vault_path = folder / FILES[0]
    for name in (*FILES, EXPECTED):
        (folder / name).unlink(missing_ok=True)
    Vault.create(vault_path, PASSPHRASE, kdf=KDF).close()
    (folder / FILES[1]).write_text("[lock]\nidle_minutes=5\n", encoding="utf-8")
    lines = [f"{_digest(folder / name)}  {name}" for name in FILES]
    (folder / EXPECTED).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f"{len(FILES)} files ({vault_path.stat().st_size // 1024} KiB vault)"


def verify(folder: Path) -> list[str]:
    problems = []
    for line in (folder / EXPECTED).read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        path = folder / name
        if not path.is_file():
            problems.append(f"{name} is gone")
        elif _digest(path) != digest:
            problems.append(f"{name} changed")
    if not problems:
        Vault.open(folder / FILES[0], PASSPHRASE, kdf_profile=KDF).close()
    return problems


def main(argv: list[str]) -> int:
    command, folder = argv[0], Path(argv[1])
    if command == "create":
        print(f"user_data: made {create(folder)} in {folder}")
        return 0
    problems = verify(folder)
    for line in problems:
        print(f"user_data: {line}", file=sys.stderr)
    if problems:
        return 1
    print("user_data: the vault and the settings are still there, unchanged; the vault opens")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
