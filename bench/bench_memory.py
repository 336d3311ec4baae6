"""What SQLCipher's memory security costs (security review M4).

``PRAGMA cipher_memory_security = ON`` makes SQLCipher wipe every allocation it frees
(page cache, statement text), so decrypted pages and the key do not linger after a
lock; by itself it also locks and unlocks each allocation in RAM (``mlock``). It is
global to a process and cannot be turned off again, so the same workload runs in child
processes of one benchmark run: *on* is the product's configuration
(:func:`vault.process.harden_process`, as the entry points do first: memory security
on, further page locks refused), *off* the plain library, and once *locking*: the
pragma alone, every allocation locked in RAM.

Figures (see ``docs/benchmarks.md``):

* ``memory_security_save_p99_ms``: durable ``update_note`` saves in a vault of 3,000
  notes, 99th percentile, hardened (the issue's goal for it: ≤ 5 ms);
  ``memory_security_off_save_p99_ms`` and ``memory_security_save_ratio`` (on / off).
* ``memory_security_search_p95_ms``: :func:`vault.search.search` over that vault, 95th
  percentile (goal ≤ 15 ms); ``memory_security_off_search_p95_ms`` and
  ``memory_security_search_ratio``.
* ``memory_security_locking_save_p99_ms`` / ``memory_security_locking_search_p95_ms``:
  the same with the pragma alone (page locking not refused), one child.

* ``memory_security_residue_count`` / ``memory_security_off_residue_count``: what a
  closed vault leaves in the process (Linux). 3,000 notes whose text SQLite itself makes
  (Python never holds it) are written, reopened and read; after ``close()`` the process's
  readable memory is scanned for the notes' marker: each hit is a decrypted fragment
  still in freed memory. ``memory_security_residue_trimmed_count`` is the off case after
  glibc's ``malloc_trim(0)`` (returning free heap pages to the system), the cheap
  alternative that was weighed.

The app group's probe hardens its process too, so its figures are with memory security
on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.common import Figures, log, percentile, significant

DESCRIPTION = "SQLCipher memory security: saves and searches with it on and off"

_CHILD = r"""
import json, random, sys, time
from pathlib import Path

mode, folder = sys.argv[1], Path(sys.argv[2])
import sqlcipher3

import vault.store

if mode == "on":  # the product's configuration: what the entry points do first
    from vault.process import harden_process
    harden_process()
elif mode == "locking":  # SQLCipher's memory security alone: every allocation mlocked
    probe = sqlcipher3.connect(":memory:")
    probe.execute("PRAGMA cipher_memory_security = ON")
    probe.close()

from bench.bench_vault import FAST_KDF, PASSPHRASE
from vault import Vault
from vault.notes import add_note, update_note
from vault.search import search

rng = random.Random(7)
words = ("tafel afspraak casus school politie jongere opvolging signaal overleg "
         "vertrouwen netwerk gezin buurt traject hulpverlening preventie").split()

def sentence(n):
    return " ".join(rng.choice(words) for _ in range(n))

vault = Vault.create(folder / f"{mode}.tafelboek", PASSPHRASE, kdf=FAST_KDF)
state = vault.query("PRAGMA cipher_memory_security")[0][0]
with vault.transaction() as db:
    now = "2026-03-05T09:30:00+00:00"
    db.executemany(
        "INSERT INTO note(body, kind, created_at, updated_at) VALUES (?, 'note', ?, ?)",
        [(sentence(120), now, now) for _ in range(3000)],
    )
ids = [int(r[0]) for r in vault.query("SELECT id FROM note")]
for _ in range(50):
    update_note(vault, rng.choice(ids), sentence(120))
vault.checkpoint()
saves = []
for _ in range(400):
    body = sentence(120)
    note_id = rng.choice(ids)
    start = time.perf_counter()
    update_note(vault, note_id, body)
    saves.append(time.perf_counter() - start)
vault.checkpoint()
searches = []
for _ in range(200):
    query = " ".join(rng.sample(words, 2))
    start = time.perf_counter()
    search(vault, query)
    searches.append(time.perf_counter() - start)
vault.close()
print(json.dumps({"state": state, "saves": saves, "searches": searches}))
"""


_RESIDUE_CHILD = r"""
import ctypes, gc, json, re, sys
from pathlib import Path

mode, folder = sys.argv[1], Path(sys.argv[2])
import sqlcipher3

import vault.store

if mode == "on":  # the product's configuration: what the entry points do first
    from vault.process import harden_process
    harden_process()
elif mode == "locking":  # SQLCipher's memory security alone: every allocation mlocked
    probe = sqlcipher3.connect(":memory:")
    probe.execute("PRAGMA cipher_memory_security = ON")
    probe.close()

from bench.bench_vault import FAST_KDF, PASSPHRASE
from bench.common import copies_in_memory as copies
from vault import Vault

path = folder / f"residue-{mode}.tafelboek"
vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
with vault.transaction() as db:
    db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO note(body, kind, created_at, updated_at) "
        "SELECT 'QX' || 'RESIDUE' || 'Q' || i || ' ' || hex(randomblob(200)), 'note', "
        "'2026-03-05T09:30:00+00:00', '2026-03-05T09:30:00+00:00' FROM n"
    )
vault.close()
vault = Vault.open(path, PASSPHRASE)
vault.query("SELECT count(*) FROM note WHERE body LIKE '%F0%'")
vault.query("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'qxresidueq1*'")
vault.close()
gc.collect()
marker = re.compile(b"QXRESIDUEQ[0-9]+")
result = {"closed": copies(marker)}
if mode == "off":
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    result["trimmed"] = copies(marker)
print(json.dumps(result))
"""


def _child(mode: str, folder: Path, script: str = _CHILD) -> dict[str, object]:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", script, mode, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        timeout=900,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def run(workdir: Path) -> Figures:
    figures: Figures = {}
    results = {}
    # Interleaved, so load drifts hit both alike; the locking variant once (it is slow).
    for number, mode in enumerate(("on", "off", "on", "off", "locking")):
        folder = workdir / f"{mode}-{number}"
        folder.mkdir()
        got = _child(mode, folder)
        expected = "0" if mode == "off" else "1"
        if str(got["state"]) != expected:
            raise RuntimeError(f"memory security was {got['state']!r} in the {mode!r} run")
        runs = results.setdefault(mode, {"saves": [], "searches": []})
        runs["saves"] += list(got["saves"])  # type: ignore[arg-type]
        runs["searches"] += list(got["searches"])  # type: ignore[arg-type]
        log(f"memory security {mode}: {len(got['saves'])} saves, {len(got['searches'])} searches")  # type: ignore[arg-type]
    on_save = percentile(results["on"]["saves"], 99) * 1000
    off_save = percentile(results["off"]["saves"], 99) * 1000
    on_search = percentile(results["on"]["searches"], 95) * 1000
    off_search = percentile(results["off"]["searches"], 95) * 1000
    figures["memory_security_save_p99_ms"] = significant(on_save)
    figures["memory_security_off_save_p99_ms"] = significant(off_save)
    figures["memory_security_save_ratio"] = significant(on_save / off_save)
    figures["memory_security_search_p95_ms"] = significant(on_search)
    figures["memory_security_off_search_p95_ms"] = significant(off_search)
    figures["memory_security_search_ratio"] = significant(on_search / off_search)
    figures["memory_security_locking_save_p99_ms"] = significant(
        percentile(results["locking"]["saves"], 99) * 1000
    )
    figures["memory_security_locking_search_p95_ms"] = significant(
        percentile(results["locking"]["searches"], 95) * 1000
    )
    if sys.platform.startswith("linux"):
        on_residue = _child("on", workdir, _RESIDUE_CHILD)
        off_residue = _child("off", workdir, _RESIDUE_CHILD)
        figures["memory_security_residue_count"] = int(str(on_residue["closed"]))
        figures["memory_security_off_residue_count"] = int(str(off_residue["closed"]))
        figures["memory_security_residue_trimmed_count"] = int(str(off_residue["trimmed"]))
        log(f"residue after close: on {on_residue}, off {off_residue}")
    return figures
