"""Vault core: key derivation, unlock, durable commits, SQLCipher overhead, integrity check.

Figures (all in ``bench/results/latest.json``; see ``docs/benchmarks.md``):

* ``kdf_s``, ``kdf_memory_kib``, ``kdf_iterations``: one Argon2id derivation with the
  parameters that production calibration (``CalibratedKdf().choose()``) picks here
  (median of a few calibrations, median of a few derivations).
* ``unlock_s``: ``Vault.open`` (passphrase to usable connection, KDF included);
  ``open_with_key_ms``: the same without the KDF.
* ``commit_p50_ms``, ``commit_p99_ms``: one small durable transaction (``update_note``)
  with the vault's default settings; ``checkpoint_ms``: the deferred cost afterwards.
* ``cipher_vs_plain_ratio`` (and its ``_write_`` / ``_read_`` parts): the same workload
  on SQLCipher and on the standard library's ``sqlite3``.
* ``open_integrity_check_ms_per_mb`` on a vault of ``integrity_bench_vault_mb``.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.common import Figures, log, median, percentile, significant
from vault import FixedKdf, KdfParams, Vault, derive_unlock_key
from vault.clock import SystemClock, iso
from vault.header import VaultHeader
from vault.kdf import CalibratedKdf, derive_key
from vault.notes import update_note
from vault.schema import LATEST_VERSION, MIGRATIONS
from vault.store import SESSION_PRAGMAS

DESCRIPTION = "vault core: KDF, unlock, durable commits, SQLCipher vs sqlite3, integrity check"

PASSPHRASE = "correct paard batterij nietje"

FAST_KDF = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)
"""Tiny Argon2 settings for the benchmarks whose workload is not the KDF."""

CALIBRATIONS = 3
KDF_RUNS = 5
UNLOCK_RUNS = 5

COMMIT_VAULT_NOTES = 3000
COMMIT_BODY_CHARS = 500
COMMIT_WARMUP = 50
COMMITS = 1000

CIPHER_ROUNDS = 5
"""Rounds of the SQLCipher-vs-sqlite3 workload; each round runs both engines."""
CIPHER_INSERT_NOTES = 3000
CIPHER_INSERT_BATCH = 10
CIPHER_UPDATES = 1000
CIPHER_POINT_READS = 2000
CIPHER_READ_PASSES = 5
"""Fresh connections per round, each listing every note and then reading by key."""

INTEGRITY_MIN_BYTES = 52_000_000
"""Size the integrity-check vault grows to (at least 50 MB, with some margin)."""
INTEGRITY_RUNS = 5

SQL_INSERT_NOTE = "INSERT INTO note(body, created_at, updated_at) VALUES (?, ?, ?)"
"""Bulk loading: only the columns every schema version has (the rest take defaults)."""


# --------------------------------------------------------------------------- test data
_WORDS = (  # noqa: SIM905 - a word list reads best as running text
    "de het een en van in op te dat die is niet met voor zijn aan er ook als bij of "
    "maar om dan nog wel naar uit over door tot al wat hij zij ze we wij ik je u "
    "heeft hebben was waren wordt worden kan kunnen moet moeten zal zullen zou "
    "jongere jongeren ouders moeder vader broer zus gezin school leerkracht klas "
    "leerling CLB jeugdwerker jeugdconsulent buurt wijk stad gemeente burgemeester "
    "politie informatieambtenaar preventieambtenaar tafel overleg casus casusoverleg "
    "opvolging traject hulpverlening welzijn zorg afspraak afsprakenkader vertrouwen "
    "signaal signalen zorgen bezorgd contact gesprek gesprekken week maand vorige "
    "volgende dinsdag donderdag vrijdag avond namiddag sinds laatste tijd vaak soms "
    "nooit altijd blijkbaar volgens melding terugkoppeling consensus geheim gedeeld "
    "besproken beslist opgevolgd voorstel akkoord vraag antwoord netwerk vrienden "
    "online sociale media berichten video's filmpjes buurthuis sportclub jeugdhuis "
    "voetbal stage werk werkloos diploma afwezig spijbelt gedrag veranderd stiller "
    "boos geïsoleerd één reünie coördinator geïnformeerd ruïne café naïef financiën "
    "privé ideeën zeeën België Vlaanderen Brussel Antwerpen Gent Mechelen"
).split()


class DutchLikeText:
    """Deterministic, Dutch-looking filler text (with some accented characters)."""

    def __init__(self, seed: int, pool_size: int = 3000) -> None:
        self._rng = random.Random(seed)
        self._pool = [self._sentence() for _ in range(pool_size)]

    def _sentence(self) -> str:
        words = self._rng.choices(_WORDS, k=self._rng.randint(6, 18))
        text = " ".join(words)
        return text[0].upper() + text[1:] + self._rng.choice((".", ".", ".", "?", "!"))

    def text(self, chars: int) -> str:
        """Exactly ``chars`` characters of whole sentences, the last one cut short."""
        parts: list[str] = []
        length = 0
        while length < chars:
            sentence = self._rng.choice(self._pool)
            parts.append(sentence)
            length += len(sentence) + 1
        return " ".join(parts)[:chars]

    def randint(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _now() -> str:
    return iso(SystemClock().now())


# --------------------------------------------------------------------------- KDF and unlock
def bench_kdf(figures: Figures) -> KdfParams:
    """Calibrate as production does, then time derivations with the chosen parameters.

    One calibration is a single short measurement and moves with the machine's load, so
    it runs :data:`CALIBRATIONS` times and the median choice is used (all are logged).
    """
    choices = sorted(
        (CalibratedKdf().choose() for _ in range(CALIBRATIONS)), key=lambda p: p.iterations
    )
    params = choices[len(choices) // 2]
    salt = VaultHeader.new(params).salt
    times = [_timed(lambda: derive_key(PASSPHRASE, salt, params)) for _ in range(KDF_RUNS)]
    figures["kdf_s"] = significant(median(times))
    figures["kdf_memory_kib"] = params.memory_kib
    figures["kdf_iterations"] = params.iterations
    log(
        f"kdf: {params.memory_kib} KiB, parallelism {params.parallelism}, calibrations chose "
        f"{[p.iterations for p in choices]} iterations; runs {[round(t, 3) for t in times]} s"
    )
    return params


def bench_unlock(workdir: Path, params: KdfParams, figures: Figures) -> None:
    """``Vault.open`` on a vault made with the calibrated parameters (median of runs)."""
    path = workdir / "Unlock.tafelboek"
    Vault.create(path, PASSPHRASE, kdf=FixedKdf(params)).close()

    unlock_times: list[float] = []
    for _ in range(UNLOCK_RUNS):
        start = time.perf_counter()
        vault = Vault.open(path, PASSPHRASE)
        unlock_times.append(time.perf_counter() - start)
        vault.close()

    key = derive_unlock_key(path, PASSPHRASE)
    open_times: list[float] = []
    for _ in range(UNLOCK_RUNS):
        start = time.perf_counter()
        vault = Vault.open_with_key(path, key)
        open_times.append(time.perf_counter() - start)
        vault.close()

    figures["unlock_s"] = significant(median(unlock_times))
    figures["open_with_key_ms"] = significant(median(open_times) * 1000)
    log(f"unlock: runs {[round(t, 3) for t in unlock_times]} s")


# --------------------------------------------------------------------------- commits
def bench_commits(workdir: Path, figures: Figures) -> None:
    """Durable ``update_note`` commits in a vault of a few thousand notes, then the
    checkpoint that folds their write-ahead log into the file."""
    text = DutchLikeText(seed=1)
    vault = Vault.create(workdir / "Commits.tafelboek", PASSPHRASE, kdf=FAST_KDF)
    try:
        now = _now()
        rows = [(text.text(COMMIT_BODY_CHARS), now, now) for _ in range(COMMIT_VAULT_NOTES)]
        with vault.transaction() as db:
            db.executemany(SQL_INSERT_NOTE, rows)
        ids = [int(r[0]) for r in vault.query("SELECT id FROM note")]
        bodies = [text.text(COMMIT_BODY_CHARS) for _ in range(COMMIT_WARMUP + COMMITS)]
        targets = [ids[text.randint(0, len(ids) - 1)] for _ in bodies]
        for note_id, body in zip(targets[:COMMIT_WARMUP], bodies[:COMMIT_WARMUP], strict=True):
            update_note(vault, note_id, body)
        vault.checkpoint()

        times: list[float] = []
        log_growth = 0
        forced_checkpoints = 0
        log_before = vault.wal_bytes()
        for note_id, body in zip(targets[COMMIT_WARMUP:], bodies[COMMIT_WARMUP:], strict=True):
            start = time.perf_counter()
            update_note(vault, note_id, body)
            times.append(time.perf_counter() - start)
            log_after = vault.wal_bytes()
            if log_after < log_before:
                # The log passed WAL_HARD_LIMIT_BYTES and the vault folded it in at once.
                forced_checkpoints += 1
            else:
                log_growth += log_after - log_before
            log_before = log_after

        log_bytes = vault.wal_bytes()
        checkpoint_s = _timed(vault.checkpoint)
    finally:
        vault.close()

    figures["commit_p50_ms"] = significant(percentile(times, 50) * 1000)
    figures["commit_p99_ms"] = significant(percentile(times, 99) * 1000)
    figures["commit_max_ms"] = significant(max(times) * 1000)
    figures["commit_log_kib"] = significant(log_growth / (len(times) - forced_checkpoints) / 1024)
    figures["commit_forced_checkpoint_count"] = forced_checkpoints
    figures["checkpoint_ms"] = significant(checkpoint_s * 1000)
    figures["checkpoint_log_mb"] = significant(log_bytes / 1e6)
    log(f"commits: {len(times)} timed, {forced_checkpoints} forced checkpoint(s)")


# --------------------------------------------------------------------------- SQLCipher vs sqlite3
# The statements vault/store.py `_connect` runs on every vault connection, in its order.
VAULT_PRAGMAS = (
    "PRAGMA locking_mode = EXCLUSIVE",
    "PRAGMA journal_mode = WAL",
    *SESSION_PRAGMAS,
)


# Schema statements left out on both sides. The full-text index's secure-delete (schema
# 4) needs SQLite 3.44; the standard library's may be older (3.40 on Debian 12) and
# refuses it. Left out for both engines, so the comparison stays one of encryption.
NOT_COMPARED = frozenset({"INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1)"})


@dataclass(frozen=True, slots=True)
class Engine:
    """How to open a database for the comparison: SQLCipher (keyed) or plain SQLite."""

    name: str
    connect: Callable[..., Any]
    key_pragma: str | None
    pragmas: Sequence[str] = VAULT_PRAGMAS

    def open(self, path: Path) -> Any:
        conn = self.connect(str(path), isolation_level=None, check_same_thread=False, timeout=0)
        if self.key_pragma is not None:
            conn.execute(self.key_pragma)
        for pragma in self.pragmas:
            conn.execute(pragma)
        return conn


def _cipher_engine() -> Engine:
    # The vault's own key form: a raw 256-bit key plus its 16-byte header as salt, so
    # SQLCipher runs no PBKDF2 of its own. The Argon2 settings are tiny on purpose.
    header = VaultHeader.new(FAST_KDF.params)
    key = derive_key(PASSPHRASE, header.salt, FAST_KDF.params)
    pragma = f"PRAGMA key = \"x'{key.hex()}{header.salt.hex()}'\""
    return Engine("sqlcipher", sqlcipher3.connect, pragma)


PLAIN_ENGINE = Engine(
    "sqlite3",
    sqlite3.connect,
    None,
    # The standard library's older SQLite refuses the full-text triggers under
    # trusted_schema=OFF ("unsafe use of virtual table"). The setting only decides
    # which schema objects may run; it costs no time, so leaving it out is fair.
    tuple(p for p in VAULT_PRAGMAS if "trusted_schema" not in p),
)


@dataclass(frozen=True, slots=True)
class Workload:
    """One fixed insert / update / indexed-read workload, generated before timing."""

    inserts: Sequence[str]
    updates: Sequence[tuple[int, str]]
    point_reads: Sequence[int]

    @classmethod
    def make(cls, seed: int) -> Workload:
        text = DutchLikeText(seed)
        inserts = [text.text(text.randint(200, 1500)) for _ in range(CIPHER_INSERT_NOTES)]
        updates = [
            (text.randint(1, CIPHER_INSERT_NOTES), text.text(COMMIT_BODY_CHARS))
            for _ in range(CIPHER_UPDATES)
        ]
        reads = [text.randint(1, CIPHER_INSERT_NOTES) for _ in range(CIPHER_POINT_READS)]
        return cls(inserts, updates, reads)

    def run(self, engine: Engine, path: Path) -> tuple[float, float]:
        """Return (write seconds, read seconds) on a new database at ``path``."""
        conn = engine.open(path)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for version in sorted(MIGRATIONS):
                for statement in MIGRATIONS[version]:
                    if statement not in NOT_COMPARED:
                        conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {max(MIGRATIONS)}")
            conn.execute("COMMIT")
            now = _now()

            start = time.perf_counter()
            # Inserts in small durable batches, then one durable commit per update,
            # then the deferred checkpoint (the vault checkpoints on idle).
            for i in range(0, len(self.inserts), CIPHER_INSERT_BATCH):
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    SQL_INSERT_NOTE,
                    [(b, now, now) for b in self.inserts[i : i + CIPHER_INSERT_BATCH]],
                )
                conn.execute("COMMIT")
            for note_id, body in self.updates:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (body, now, note_id)
                )
                conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            write_s = time.perf_counter() - start
        finally:
            conn.close()

        # Reads on fresh connections, so every page is read from the file (and, on
        # SQLCipher, decrypted and authenticated) once per pass: list all notes, as the
        # notebook does on open, then look notes up by primary key.
        read_s = 0.0
        listed: list[Any] = []
        for _ in range(CIPHER_READ_PASSES):
            conn = engine.open(path)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                start = time.perf_counter()
                listed = conn.execute(
                    "SELECT id, body, created_at, updated_at FROM note ORDER BY id"
                ).fetchall()
                for note_id in self.point_reads:
                    conn.execute("SELECT body FROM note WHERE id = ?", (note_id,)).fetchone()
                read_s += time.perf_counter() - start
            finally:
                conn.close()
        if len(listed) != len(self.inserts):
            raise RuntimeError(f"{engine.name}: expected {len(self.inserts)} notes")
        return write_s, read_s


def bench_cipher_vs_plain(workdir: Path, figures: Figures) -> None:
    """Same schema, pragmas and workload on SQLCipher and on sqlite3, alternating."""
    workload = Workload.make(seed=2)
    engines = (_cipher_engine(), PLAIN_ENGINE)
    results: dict[str, list[tuple[float, float]]] = {e.name: [] for e in engines}
    for round_no in range(CIPHER_ROUNDS):
        # Alternate which engine goes first, so drift on the machine hits both alike.
        order = engines if round_no % 2 == 0 else engines[::-1]
        for engine in order:
            path = workdir / f"ratio-{engine.name}-{round_no}.db"
            results[engine.name].append(workload.run(engine, path))

    def paired_ratio(part: Callable[[tuple[float, float]], float]) -> float:
        # Each round ran both engines back to back: compare within a round, then take
        # the median over rounds, so load from other processes cancels out best.
        ratios = [
            part(c) / part(p) for c, p in zip(results["sqlcipher"], results["sqlite3"], strict=True)
        ]
        return significant(median(ratios))

    figures["cipher_vs_plain_ratio"] = paired_ratio(lambda r: r[0] + r[1])
    figures["cipher_vs_plain_write_ratio"] = paired_ratio(lambda r: r[0])
    figures["cipher_vs_plain_read_ratio"] = paired_ratio(lambda r: r[1])
    for name, runs in results.items():
        log(
            f"{name}: write {[round(w, 3) for w, _ in runs]} s, "
            f"read {[round(r * 1000, 1) for _, r in runs]} ms"
        )


# --------------------------------------------------------------------------- integrity check
def bench_integrity(workdir: Path, figures: Figures) -> None:
    """``PRAGMA cipher_integrity_check`` on a vault of at least 50 MB."""
    path = workdir / "Groot.tafelboek"
    text = DutchLikeText(seed=3)
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    try:
        page_size = int(vault.query("PRAGMA page_size")[0][0])
        while int(vault.query("PRAGMA page_count")[0][0]) * page_size < INTEGRITY_MIN_BYTES:
            now = _now()
            rows = [(text.text(text.randint(500, 4000)), now, now) for _ in range(2000)]
            with vault.transaction() as db:
                db.executemany(SQL_INSERT_NOTE, rows)
            vault.checkpoint()
    finally:
        vault.close()

    size = path.stat().st_size
    key = derive_unlock_key(path, PASSPHRASE)
    vault = Vault.open_with_key(path, key, integrity_check=False)
    try:
        times: list[float] = []
        for _ in range(INTEGRITY_RUNS):
            start = time.perf_counter()
            errors = vault.query("PRAGMA cipher_integrity_check")
            times.append(time.perf_counter() - start)
            if errors:
                raise RuntimeError(f"integrity check reported {len(errors)} problem(s)")
    finally:
        vault.close()

    size_mb = size / 1e6
    figures["open_integrity_check_ms_per_mb"] = significant(median(times) * 1000 / size_mb)
    figures["integrity_bench_vault_mb"] = significant(size_mb)
    log(f"integrity: {size_mb:.1f} MB, runs {[round(t * 1000) for t in times]} ms")


# --------------------------------------------------------------------------- group entry
def run(workdir: Path) -> Figures:
    figures: Figures = {}

    def kdf_and_unlock() -> None:
        bench_unlock(workdir, bench_kdf(figures), figures)

    steps: list[tuple[str, Callable[[], None]]] = [
        ("kdf and unlock", kdf_and_unlock),
        ("commits", lambda: bench_commits(workdir, figures)),
        ("cipher vs plain", lambda: bench_cipher_vs_plain(workdir, figures)),
        ("integrity check", lambda: bench_integrity(workdir, figures)),
    ]
    log(f"vault schema version {LATEST_VERSION}")
    for name, step in steps:
        log(f"{name}: {_timed(step):.1f} s")
    return figures
