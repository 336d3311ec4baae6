"""A separate process that drives the vault, for crash, lock and environment tests.

Run as ``python tests/vault_child.py MODE VAULT [ARGS…]``. Passphrases arrive on stdin
(one per line) so they never appear in a process listing. Every acknowledged step is
printed as one flushed line, so the parent knows exactly what was durable.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vault import FixedKdf, KdfParams, Vault, VaultError
from vault.notes import add_note, update_note

FAST = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    mode, path_text, *args = sys.argv[1:]
    path = Path(path_text)
    lines = sys.stdin.read().split("\n")
    passphrase = lines[0]
    try:
        if mode == "create":
            Vault.create(path, passphrase, kdf=FAST).close()
            say("created")
        elif mode == "hold":
            # Open and keep the vault open until killed.
            v = Vault.open(path, passphrase)
            say("open")
            time.sleep(float(args[0]) if args else 60)
            v.close()
        elif mode == "saves":
            # Insert notes forever; print "ack N" after each durable commit.
            v = Vault.open(path, passphrase)
            say("open")
            n = 0
            note_id = add_note(v, "start")
            while True:
                n += 1
                if n % 3 == 0:
                    update_note(v, note_id, f"bijgewerkt {n} " + "x" * (n % 500))
                else:
                    add_note(v, f"notitie {n} " + "tekst " * (n % 200))
                say(f"ack {n}")
        elif mode == "passwd":
            new = lines[1]
            v = Vault.open(path, passphrase)
            say("open")
            v.change_passphrase(passphrase, new, kdf=FAST)
            say("changed")
            v.close()
        elif mode in ("fill", "fill-pages"):
            # Grow the vault until the disk (or a limit) says no. "fill LIMIT": a file-size
            # limit (POSIX RLIMIT_FSIZE, binds root too); "fill-pages PAGES": SQLite may add
            # at most PAGES pages (max_page_count; SQLITE_FULL as from a full disk, any OS).
            limit = int(args[0]) if args else 0
            if limit and mode == "fill":
                import resource  # POSIX only

                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            v = Vault.open(path, passphrase)
            if limit and mode == "fill-pages":
                db = v._live()
                pages = int(db.execute("PRAGMA page_count").fetchone()[0])
                db.execute(f"PRAGMA max_page_count = {pages + limit}")
            say("open")
            n = 0
            while True:
                n += 1
                add_note(v, f"vulling {n} " + os.urandom(3000).hex())
                say(f"ack {n}")
        elif mode == "open":
            v = Vault.open(path, passphrase)
            say("open")
            v.close()
        else:
            say(f"unknown mode {mode}")
            return 2
    except VaultError as exc:
        say(f"error {exc.code}")
        return 10
    return 0


if __name__ == "__main__":
    sys.exit(main())
