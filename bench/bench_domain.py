"""Domain workloads on a ten-year vault: search, meeting screen, note saves, FTS5 merges.

Figures (all in ``bench/results/latest.json``; see ``docs/benchmarks.md``):

* ``ten_year_build_s``, ``vault_mb``: generating the ten-year demo vault
  (:data:`vault.demo.TEN_YEARS`) and the size of its file after close.
* ``search_p50_ms``, ``search_p95_ms``, ``search_max_ms``: :func:`vault.search.search`
  (ranked, snippets, 50 hits) over the fixed query set :data:`QUERIES`
  (``search_query_count`` queries).
* ``scan_search_p50_ms``, ``scan_search_p95_ms``, ``scan_search_max_ms``: the same
  queries answered the way some encrypted note apps search: decrypt every note, fold
  case and accents, match substrings in memory, take 50; ``scan_vs_search_p95_ratio``.
* ``open_meeting_ms`` (median), ``open_meeting_p95_ms``, ``open_meeting_first_ms``:
  :func:`vault.meeting_view.load_meeting_view` for a meeting of 30 agenda items and
  300 notes, built with the domain API inside the ten-year vault.
* ``save_note_p50_ms``, ``save_note_p99_ms``, ``save_note_max_ms``, ``save_note_log_kib``:
  durable :func:`vault.notes.update_note` edits of ~500-character notes
  (``save_note_forced_checkpoint_count``; ``save_checkpoint_ms`` folds their log in).
* ``fts_<variant>_save_p99_ms``, ``fts_<variant>_search_p95_ms``, ``fts_<variant>_log_kib``:
  the same saves and searches under other FTS5 merge settings (benchmark copies only);
  ``fts_idle_merge_max_ms``: the slowest deferred ``merge`` of the idle variant.
* ``cipher_vs_plain_domain_ratio`` (and its ``_write_``, ``_search_``, ``_view_`` parts):
  a domain workload on SQLCipher vs the standard library's ``sqlite3`` (the index's
  secure-delete off on both when that SQLite is too old to honour it).

The key derivation is not part of any of these workloads: vaults are made with tiny
Argon2 settings (:data:`bench.bench_vault.FAST_KDF`).
"""

from __future__ import annotations

import contextlib
import random
import re
import shutil
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, cast

import sqlcipher3

from bench.bench_vault import FAST_KDF, PASSPHRASE, PLAIN_ENGINE, Engine
from bench.common import Figures, log, median, percentile, significant
from vault import Vault, derive_unlock_key
from vault.actions import add_action
from vault.attendance import set_attendance, set_item_presence
from vault.cells import members, represented_colleagues, sit_in_for
from vault.decisions import record_inform_person, record_ltf_form, record_other
from vault.demo import TEN_YEARS, build_demo
from vault.header import VaultHeader
from vault.kdf import derive_key
from vault.meeting_view import load_meeting_view
from vault.meetings import add_agenda_item, agenda, start_meeting
from vault.model import AgendaItemKind, AttendanceStatus, Position, ReleaseKind, Role, TableKind
from vault.notes import add_note, update_note
from vault.people import self_person
from vault.releases import release
from vault.search import SearchFilters, search

DESCRIPTION = (
    "ten-year vault: search vs decrypt-and-scan, meeting screen, note saves,"
    " FTS5 merge settings, SQLCipher vs sqlite3"
)

# --------------------------------------------------------------------------- settings
SEARCH_ROUNDS = 5
"""Passes over the query set for the search figures (every query once per pass)."""
SCAN_ROUNDS = 3
"""Passes for the decrypt-and-scan baseline (each query loads and scans all notes)."""
SEARCH_LIMIT = 50

MEETING_CELL = 3
"""Verzonnendonk: a cell with open actions from earlier meetings (they carry forward)."""
MEETING_CASES = 25
"""Case items of the benchmark meeting; with the template and one "other" item, 30."""
MEETING_NOTES = 300
MEETING_STARTS = datetime(2026, 1, 15, 14, 0)
"""Just after the last generated meeting (the demo's ten years end in December 2025)."""
OPEN_MEETING_RUNS = 30

SAVE_NOTES = 20
"""Notes of ~500 characters that the save benchmark edits, round robin."""
SAVE_BODY_CHARS = 500
SAVE_WARMUP = 50
SAVES = 1000
SAVE_BLOCK = 100
"""Saves per variant before the next variant's turn (interleaving spreads machine noise)."""
SESSION_SAVES = 4
"""Consecutive saves of one note (autosave while typing) before moving to the next."""
SAVE_STEP = timedelta(seconds=30)
"""Clock step between saves: one revision per session (``REVISION_INTERVAL`` is 2 min)."""
WORDS_CHANGED = 3
VARIANT_SEARCH_ROUNDS = 5

IDLE_EVERY = 20
"""Idle variant: run an FTS5 ``merge`` after this many saves (about 10 minutes of typing)."""
IDLE_MERGE_PAGES = 500

RATIO_ROUNDS = 5
RATIO_INSERTS = 200
RATIO_UPDATES = 300
RATIO_SEARCH_ROUNDS = 2
RATIO_BIG_VIEWS = 5
RATIO_OTHER_VIEWS = 25


# --------------------------------------------------------------------------- clock
class SteppingClock:
    """A clock the benchmark moves by hand, so timestamps (and revisions) are fixed."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, step: timedelta) -> None:
        self.moment += step


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- query set
@dataclass(frozen=True, slots=True)
class Query:
    """One search as a user would type it, with the filters the search screen offers."""

    text: str
    why: str
    cell_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def filtered(self) -> bool:
        return self.cell_id is not None or self.date_from is not None or self.date_to is not None

    @property
    def label(self) -> str:
        parts = [repr(self.text)]
        if self.cell_id is not None:
            parts.append(f"cell {self.cell_id}")
        if self.date_from is not None:
            parts.append(f"{self.date_from}..{self.date_to}")
        return " ".join(parts)

    def run(self, vault: Vault) -> int:
        hits = search(
            vault,
            self.text,
            SearchFilters(cell_id=self.cell_id, date_from=self.date_from, date_to=self.date_to),
            limit=SEARCH_LIMIT,
        )
        return len(hits)


LAST_YEAR = (date(2025, 1, 1), date(2025, 12, 31))
OLD_YEAR = (date(2020, 1, 1), date(2020, 12, 31))

QUERIES: tuple[Query, ...] = (
    # Single words, common to rare (share of the ~100,700 notes that hold them). The
    # demo's words changed with issue 17 item 7 (case notes across phenomena instead of
    # word salad); the queries followed, in the same roles.
    Query("wijkagent", "common word (11 %)"),
    Query("huisarts", "common word (7 %)"),
    Query("jeugdhuis", "medium word (3 %)"),
    Query("leerlingenbegeleiding", "rare compound (0.4 %)"),
    Query("terugkoppelingsfiche", "rarest word (0.3 %)"),
    Query("coordinator", "typed without accent, matches coördinator (6 %)"),
    # Prefixes, as the search updates while the user types.
    Query("sp", "typing 'sport…' (2 letters)"),
    Query("spo", "typing 'sport…' (3 letters)"),
    Query("spor", "typing 'sport…' (4 letters)"),
    Query("sport", "typing 'sport…' (word)"),
    Query("wi", "typing 'wijkagent' (2 letters)"),
    Query("wijk", "typing 'wijkagent' (4 letters)"),
    Query("wijkag", "typing 'wijkagent' (6 letters)"),
    # Two words.
    Query("jeugdhuis gesprek", "two words"),
    Query("school vrienden", "two words"),
    Query("wijkagent filmpjes", "two words"),
    Query("de vader", "two words, one in almost every note"),
    # Filters.
    Query("jeugdhuis", "filtered by cell", cell_id=2),
    Query("dreiging", "filtered by date (last year)", date_from=LAST_YEAR[0], date_to=LAST_YEAR[1]),
    Query("huisarts", "filtered by cell and an older year", 3, OLD_YEAR[0], OLD_YEAR[1]),
    # Nothing to find.
    Query("zeilboot", "word that occurs in no note"),
)


def _time_queries(vault: Vault, queries: Sequence[Query], samples: dict[str, list[float]]) -> None:
    for query in queries:
        start = time.perf_counter()
        query.run(vault)
        samples.setdefault(query.label, []).append(time.perf_counter() - start)


def _flat(samples: dict[str, list[float]]) -> list[float]:
    return [t for times in samples.values() for t in times]


def _ms(seconds: float) -> float:
    return significant(seconds * 1000)


# --------------------------------------------------------------------------- baseline scan
_COMBINING_MARKS = re.compile("[\u0300-\u036f]+")
"""Unicode's combining diacritical marks: what is left of é, ö, ï after NFKD."""


def _fold(text: str) -> str:
    """Case- and accent-insensitive form (é → e, ö → o), as such apps fold."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))


SCAN_ALL = "SELECT id, body FROM note ORDER BY id DESC"
SCAN_ALL_PLACED = (
    "SELECT n.id, n.body, m.cell_id, substr(coalesce(m.starts_at, n.created_at), 1, 10)"
    " FROM note n LEFT JOIN meeting m ON m.id = n.meeting_id ORDER BY n.id DESC"
)


def scan_search(vault: Vault, query: Query) -> list[tuple[int, str]]:
    """Decrypt every note and search in memory: the baseline the FTS5 index replaces.

    Loads all notes (with their meeting's cell and date when filtering), folds each
    body, keeps the notes that contain every typed word as a substring, and returns the
    50 most recent with a snippet around the first match. Unranked.
    """
    terms = [_fold(word) for word in query.text.split()]
    rows = vault.query(SCAN_ALL_PLACED if query.filtered else SCAN_ALL)
    since = query.date_from.isoformat() if query.date_from is not None else None
    until = query.date_to.isoformat() if query.date_to is not None else None
    matches: list[tuple[int, str, int]] = []
    for row in rows:
        if query.filtered:
            if query.cell_id is not None and row[2] != query.cell_id:
                continue
            if since is not None and str(row[3]) < since:
                continue
            if until is not None and str(row[3]) > until:
                continue
        folded = _fold(row[1])
        if all(term in folded for term in terms):
            matches.append((int(row[0]), row[1], folded.find(terms[0])))
    return [(note_id, body[max(0, at - 60) : at + 60]) for note_id, body, at in matches[:50]]


# --------------------------------------------------------------------------- text
class TextSource:
    """Realistic note text taken from the generated vault itself (deterministic)."""

    def __init__(self, vault: Vault, seed: int) -> None:
        self.rng = random.Random(seed)
        rows = vault.query("SELECT body FROM note WHERE kind = 'note' ORDER BY id LIMIT 5000")
        self.bodies = [str(r[0]) for r in rows]
        self.words = sorted({w for b in self.bodies for w in b.split() if w.isalpha()})

    def note(self) -> str:
        return self.rng.choice(self.bodies)

    def text(self, chars: int) -> str:
        """About ``chars`` characters of whole generated notes, cut at a word."""
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < chars:
            parts.append(self.note())
        return " ".join(parts)[:chars].rsplit(" ", 1)[0]

    def edit(self, body: str) -> str:
        """Change a few words, keeping the length near :data:`SAVE_BODY_CHARS`."""
        words = body.split(" ")
        for _ in range(WORDS_CHANGED):
            words[self.rng.randrange(len(words))] = self.rng.choice(self.words)
        text = " ".join(words)
        while len(text) > SAVE_BODY_CHARS + 40:
            text = text.rsplit(" ", 1)[0]
        while len(text) < SAVE_BODY_CHARS - 40:
            text += " " + self.rng.choice(self.words)
        return text


# --------------------------------------------------------------------------- the meeting
@dataclass(frozen=True, slots=True)
class BenchMeeting:
    meeting_id: int
    items: int
    notes: int
    save_targets: dict[int, str]
    """The ~500-character notes the save benchmark edits: id → text as written."""


def build_meeting(vault: Vault, clock: SteppingClock, text: TextSource) -> BenchMeeting:
    """An operational table of 30 agenda items and 300 notes, made with the domain API."""
    rng = random.Random(7)
    me = self_person(vault)
    if me is None:
        raise RuntimeError("demo vault has no self person")
    standing = [m.person for m in members(vault, MEETING_CELL) if m.structural]
    colleague = represented_colleagues(vault, MEETING_CELL)[0]
    school = vault.query("SELECT id FROM person WHERE role = ? ORDER BY id", (Role.SCHOOL.value,))
    ad_hoc = int(school[0][0])
    cases = [
        int(r[0])
        for r in vault.query(
            "SELECT id FROM casus WHERE cell_id = ? AND status != 'closed' ORDER BY id DESC"
            " LIMIT ?",
            (MEETING_CELL, MEETING_CASES),
        )
    ]
    meeting_id = start_meeting(
        vault,
        MEETING_CELL,
        MEETING_STARTS,
        TableKind.OPERATIONAL,
        place="Vergaderzaal 2, gemeentehuis Verzonnendonk",
        case_ids=cases[:-1],
    )
    add_agenda_item(vault, meeting_id, AgendaItemKind.CASE, case_id=cases[-1])
    add_agenda_item(vault, meeting_id, AgendaItemKind.OTHER, title="Varia (fictief)")
    items = agenda(vault, meeting_id)
    case_items = [i for i in items if i.kind is AgendaItemKind.CASE]
    other_items = [i for i in items if i.kind is not AgendaItemKind.CASE]

    # Attendance: the standing members (one excused), the user representing a
    # colleague, an ad hoc school participant for two cases, one member out for a case.
    others = [p for p in standing if p.id != me.id and p.role is not Role.INFORMATION_OFFICER]
    excused = others[-1].id
    leaver = others[0].id
    for person in standing:
        status = AttendanceStatus.EXCUSED if person.id == excused else AttendanceStatus.PRESENT
        set_attendance(vault, meeting_id, person.id, status, briefed=True)
    sit_in_for(vault, meeting_id, colleague)  # the user's own record (P4), not attendance
    set_attendance(
        vault,
        meeting_id,
        ad_hoc,
        AttendanceStatus.PRESENT,
        ad_hoc=True,
        briefed=True,
        whole_meeting=False,
    )
    for item in case_items[:2]:
        set_item_presence(vault, item.id, ad_hoc, True)
    set_item_presence(vault, case_items[5].id, leaver, False)

    # Notes: most on case items, some on the other items, a few on the meeting itself;
    # SAVE_NOTES of them are ~500 characters (the ones the save benchmark edits).
    note_ids: list[int] = []
    save_targets: dict[int, str] = {}
    for n in range(MEETING_NOTES):
        clock.advance(timedelta(seconds=20))
        long_note = n % (MEETING_NOTES // SAVE_NOTES) == 0
        body = text.text(SAVE_BODY_CHARS) if long_note else text.note()
        draw = rng.random()
        if draw < 0.03:
            note_id = add_note(vault, body, meeting_id=meeting_id)
        else:
            pool = case_items if draw < 0.85 else other_items
            note_id = add_note(vault, body, agenda_item_id=rng.choice(pool).id)
        note_ids.append(note_id)
        if long_note:
            save_targets[note_id] = body

    # Releases: some notes into the own dossier, some as feedback for the colleague.
    for note_id in rng.sample(note_ids, 25):
        release(
            vault,
            note_id,
            ReleaseKind.OWN_DOSSIER,
            info_owner_id=me.id,
            agreed_meeting_id=meeting_id,
        )
    for note_id in rng.sample(note_ids, 12):
        release(
            vault,
            note_id,
            ReleaseKind.FEEDBACK,
            info_owner_id=me.id,
            agreed_meeting_id=meeting_id,
            colleague_id=colleague,
        )

    # Decisions: two LTF forms (one agreed, one with an abstention), informing the
    # person on one case, two other decisions; and three actions.
    present = [p.id for p in standing if p.id != excused]
    for k, item in enumerate(case_items[2:4]):
        positions = dict.fromkeys(present, Position.APPROVE)
        if k == 1:
            positions[present[-1]] = Position.ABSTAIN
        record_ltf_form(
            vault,
            item.id,
            "Terugkoppelingsfiche (fictief): " + text.note(),
            positions,
            info_owner_id=me.id,
        )
    record_inform_person(vault, case_items[6].id, all_agree=True, fact_only=True)
    for item in case_items[7:9]:
        record_other(vault, item.id, "Beslissing (fictief): " + text.note())
    for item in case_items[9:12]:
        add_action(
            vault,
            meeting_id,
            present[1],
            "Actie: " + text.note(),
            due_date=(MEETING_STARTS + timedelta(days=28)).date(),
            agenda_item_id=item.id,
        )
    return BenchMeeting(meeting_id, len(items), len(note_ids), save_targets)


# --------------------------------------------------------------------------- saves
@dataclass(frozen=True, slots=True)
class Save:
    note_id: int
    body: str
    at: datetime


def save_schedule(targets: dict[int, str], text: TextSource, count: int) -> list[Save]:
    """Editing sessions: a few autosaves of one note, 30 s apart, then the next note.

    Each save changes a few words of the note's previous text (``targets`` holds the
    texts as first written).
    """
    bodies = dict(targets)
    order = sorted(bodies)
    moment = _utc(MEETING_STARTS + timedelta(hours=3))
    saves: list[Save] = []
    for n in range(count):
        note_id = order[(n // SESSION_SAVES) % len(order)]
        bodies[note_id] = text.edit(bodies[note_id])
        moment += SAVE_STEP
        saves.append(Save(note_id, bodies[note_id], moment))
    return saves


@dataclass(frozen=True, slots=True)
class MergeVariant:
    """FTS5 merge settings for one copy of the vault (set in the copy, never in vault/)."""

    name: str
    what: str
    automerge: int | None = None
    """``None``: leave FTS5's default (automerge 4), as production does."""
    idle_merge_pages: int = 0
    """Run ``('merge', N)`` after every :data:`IDLE_EVERY` saves, outside the save."""


VARIANTS: tuple[MergeVariant, ...] = (
    MergeVariant("default", "production: FTS5 defaults (automerge 4, crisismerge 16)"),
    MergeVariant("automerge0", "automerge 0: no incremental merges (crisis merges only)", 0),
    MergeVariant("automerge2", "automerge 2", 2),
    MergeVariant("automerge8", "automerge 8", 8),
    MergeVariant("automerge16", "automerge 16", 16),
    MergeVariant(
        "idle",
        f"automerge 0, and ('merge', {IDLE_MERGE_PAGES}) at idle every {IDLE_EVERY} saves",
        0,
        IDLE_MERGE_PAGES,
    ),
)


@dataclass(slots=True)
class VariantRun:
    variant: MergeVariant
    vault: Vault
    clock: SteppingClock
    times: list[float] = field(default_factory=list)
    log_growth: int = 0
    idle_times: list[float] = field(default_factory=list)
    forced_checkpoints: int = 0
    search_samples: dict[str, list[float]] = field(default_factory=dict)

    def save(self, item: Save, counted: bool) -> None:
        self.clock.moment = item.at
        before = self.vault.wal_bytes()
        start = time.perf_counter()
        update_note(self.vault, item.note_id, item.body)
        elapsed = time.perf_counter() - start
        after = self.vault.wal_bytes()
        if not counted:
            return
        self.times.append(elapsed)
        if after < before:
            # The log passed WAL_HARD_LIMIT_BYTES and the vault folded it in at once.
            self.forced_checkpoints += 1
        else:
            self.log_growth += after - before
        if self.variant.idle_merge_pages and len(self.times) % IDLE_EVERY == 0:
            self.idle_merge()

    def idle_merge(self) -> None:
        before = self.vault.wal_bytes()
        start = time.perf_counter()
        with self.vault.transaction() as db:
            db.execute(
                "INSERT INTO note_fts(note_fts, rank) VALUES ('merge', ?)",
                (self.variant.idle_merge_pages,),
            )
        self.idle_times.append(time.perf_counter() - start)
        self.log_growth += max(0, self.vault.wal_bytes() - before)

    @property
    def log_kib(self) -> float:
        """Log written per save, idle merges included (forced checkpoints excluded)."""
        return self.log_growth / max(1, len(self.times) - self.forced_checkpoints) / 1024

    def report(self, figures: Figures) -> None:
        name = self.variant.name
        searches = _flat(self.search_samples)
        figures[f"fts_{name}_save_p99_ms"] = _ms(percentile(self.times, 99))
        figures[f"fts_{name}_search_p95_ms"] = _ms(percentile(searches, 95))
        figures[f"fts_{name}_log_kib"] = significant(self.log_kib)
        idle = ""
        if self.idle_times:
            figures["fts_idle_merge_max_ms"] = _ms(max(self.idle_times))
            idle = (
                f", {len(self.idle_times)} idle merges: median"
                f" {median(self.idle_times) * 1000:.1f} ms,"
                f" max {max(self.idle_times) * 1000:.1f} ms"
            )
        log(
            f"saves [{name}] {self.variant.what}: p50 {percentile(self.times, 50) * 1000:.2f},"
            f" p99 {percentile(self.times, 99) * 1000:.2f}, max {max(self.times) * 1000:.1f} ms;"
            f" log {self.log_kib:.1f} KiB/save, {self.forced_checkpoints} forced checkpoint(s)"
            f"{idle}; search p50 {percentile(searches, 50) * 1000:.1f},"
            f" p95 {percentile(searches, 95) * 1000:.1f} ms; {fts_levels(self.vault)}"
        )


def fts_levels(vault: Vault) -> str:
    """Segments per level of the FTS5 index, read from its structure record (for the log)."""
    rows = vault.query("SELECT block FROM note_fts_data WHERE id = 10")
    if not rows:
        return "unknown"
    blob: bytes = rows[0][0]
    pos = 6 if blob[4:6] == b"\xff\x00" else 4

    def varint() -> int:
        nonlocal pos
        value = 0
        for _ in range(9):
            byte = blob[pos]
            pos += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        return value

    try:
        levels = varint()
        varint()  # segments in all
        varint()  # write counter
        counts = []
        for _ in range(levels):
            varint()  # segments being merged
            segments = varint()
            for _ in range(3 * segments):
                varint()
            counts.append(segments)
    except IndexError:
        return "unknown"
    return "segments per level " + "/".join(map(str, counts))


def bench_saves(
    base: Path, workdir: Path, targets: dict[int, str], text: TextSource, figures: Figures
) -> None:
    """Durable saves on copies of the ten-year vault, one copy per FTS5 merge setting."""
    schedule = save_schedule(targets, text, SAVE_WARMUP + SAVES)
    unlock = derive_unlock_key(base, PASSPHRASE)
    runs: list[VariantRun] = []
    try:
        for variant in VARIANTS:
            path = workdir / f"saves-{variant.name}.tafelboek"
            shutil.copyfile(base, path)
            clock = SteppingClock(schedule[0].at)
            vault = Vault.open_with_key(
                path, unlock, clock=clock, kdf_profile=FAST_KDF, integrity_check=False
            )
            runs.append(VariantRun(variant, vault, clock))
            if variant.automerge is not None:
                with vault.transaction() as db:
                    db.execute(
                        "INSERT INTO note_fts(note_fts, rank) VALUES ('automerge', ?)",
                        (variant.automerge,),
                    )
            for item in schedule[:SAVE_WARMUP]:
                runs[-1].save(item, counted=False)
            vault.checkpoint()

        # Interleave the variants in blocks, so that load from other processes on the
        # machine falls on all of them alike; the variant that goes first rotates.
        timed = schedule[SAVE_WARMUP:]
        for number, block in enumerate(range(0, len(timed), SAVE_BLOCK)):
            turn = number % len(runs)
            for vr in runs[turn:] + runs[:turn]:
                for item in timed[block : block + SAVE_BLOCK]:
                    vr.save(item, counted=True)
        for number in range(VARIANT_SEARCH_ROUNDS):
            turn = number % len(runs)
            for vr in runs[turn:] + runs[:turn]:
                _time_queries(vr.vault, QUERIES, vr.search_samples)

        for vr in runs:
            vr.report(figures)

        default = runs[0]
        figures["save_note_p50_ms"] = _ms(percentile(default.times, 50))
        figures["save_note_p99_ms"] = _ms(percentile(default.times, 99))
        figures["save_note_max_ms"] = _ms(max(default.times))
        figures["save_note_log_kib"] = significant(default.log_kib)
        figures["save_note_forced_checkpoint_count"] = default.forced_checkpoints
        log_mb = default.vault.wal_bytes() / 1e6
        start = time.perf_counter()
        default.vault.checkpoint()
        figures["save_checkpoint_ms"] = _ms(time.perf_counter() - start)
        log(f"saves: checkpoint of the default copy's {log_mb:.1f} MB log afterwards")
    finally:
        for vr in runs:
            vr.vault.close()
            vr.vault.path.unlink(missing_ok=True)


# --------------------------------------------------------------------------- SQLCipher vs sqlite3
class EngineVault:
    """Just enough of :class:`vault.Vault` (clock, transaction, query) for the domain
    functions to run unchanged on a bare SQLCipher or sqlite3 connection."""

    def __init__(self, conn: Any, clock: SteppingClock) -> None:
        self._conn = conn
        self._clock = clock

    @property
    def clock(self) -> SteppingClock:
        return self._clock

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        return list(self._conn.execute(sql, params).fetchall())

    def as_vault(self) -> Vault:
        return cast(Vault, self)


def _apply_save(vault: Vault, clock: SteppingClock, save: Save) -> None:
    clock.moment = save.at
    update_note(vault, save.note_id, save.body)


Step = Callable[[], object]
Parts = dict[str, float]
"""Seconds per part of the domain workload: ``write``, ``search``, ``view``."""


@dataclass(frozen=True, slots=True)
class DomainWorkload:
    """Pre-generated domain work: note inserts and edits, searches, meeting screens."""

    inserts: Sequence[tuple[int, str]]
    updates: Sequence[Save]
    big_meeting: int
    other_meetings: Sequence[int]

    def steps(self, vault: Vault, conn: Any, clock: SteppingClock) -> list[tuple[str, Step]]:
        """The workload as small (part, step) pairs, in order."""
        steps: list[tuple[str, Step]] = []
        for item_id, body in self.inserts:
            steps.append(("write", partial(add_note, vault, body, agenda_item_id=item_id)))
        steps += [("write", partial(_apply_save, vault, clock, save)) for save in self.updates]
        steps.append(("write", partial(conn.execute, "PRAGMA wal_checkpoint(TRUNCATE)")))
        for _ in range(RATIO_SEARCH_ROUNDS):
            steps += [("search", partial(query.run, vault)) for query in QUERIES]
        meetings = [self.big_meeting] * RATIO_BIG_VIEWS + list(self.other_meetings)
        steps += [("view", partial(load_meeting_view, vault, m)) for m in meetings]
        return steps

    def run(self, engines: Sequence[Engine], paths: Sequence[Path]) -> list[Parts]:
        """Run the workload on every engine at once, step by step: each step runs on
        one engine and then on the other (the first alternates), so that load from
        other processes on the machine falls on both alike. Seconds per part each."""
        conns = [engine.open(path) for engine, path in zip(engines, paths, strict=True)]
        try:
            plans = []
            for conn in conns:
                clock = SteppingClock(self.updates[0].at)
                plans.append(self.steps(EngineVault(conn, clock).as_vault(), conn, clock))
            totals: list[Parts] = [{"write": 0.0, "search": 0.0, "view": 0.0} for _ in conns]
            for number in range(len(plans[0])):
                order = range(len(conns)) if number % 2 == 0 else reversed(range(len(conns)))
                for k in order:
                    part, step = plans[k][number]
                    start = time.perf_counter()
                    step()
                    totals[k][part] += time.perf_counter() - start
        finally:
            for conn in conns:
                conn.close()
        return totals


def _cipher_engine() -> tuple[Engine, str]:
    """The SQLCipher side and its key text, in the vault's own key form (raw key plus
    its 16-byte header as salt), so SQLCipher runs no PBKDF2; derived once, untimed."""
    header = VaultHeader.new(FAST_KDF.params)
    key = derive_key(PASSPHRASE, header.salt, FAST_KDF.params)
    key_text = f"x'{key.hex()}{header.salt.hex()}'"
    return Engine("sqlcipher", sqlcipher3.connect, f'PRAGMA key = "{key_text}"'), key_text


def export_copies(vault: Vault, workdir: Path, key: str) -> dict[str, Path]:
    """Fresh copies of the vault's database for both engines (``sqlcipher_export``), so
    that both start from the same rows in the same freshly written page layout."""
    copies = {"sqlcipher": workdir / "ratio-sqlcipher.db", "sqlite3": workdir / "ratio-sqlite3.db"}
    for name, path, key_text in (
        ("enc", copies["sqlcipher"], key),
        ("plaintext", copies["sqlite3"], ""),
    ):
        vault.query(f"ATTACH DATABASE ? AS {name} KEY ?", (str(path), key_text))
        try:
            vault.query("SELECT sqlcipher_export(?)", (name,))
        finally:
            vault.query(f"DETACH DATABASE {name}")
    return copies


def _remove_database(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


def attribute_save_log(plain_copy: Path, workdir: Path, saves: Sequence[Save]) -> None:
    """Which tables and indexes the log pages of a save belong to (for the log only).

    Runs the saves on a plain copy with the standard library's SQLite, whose ``dbstat``
    maps page numbers to objects (SQLCipher here is built without it), and reads the page
    number of every frame the save appended to the write-ahead log. Same schema and
    pragmas; the page layout differs slightly (SQLCipher keeps 80 bytes per page for
    its IV and HMAC), so this is an approximation of the vault's own log.
    """
    path = workdir / "attribution.db"
    shutil.copyfile(plain_copy, path)
    wal = path.with_name(path.name + "-wal")
    pages: dict[int, int] = {}
    try:
        conn = PLAIN_ENGINE.open(path)
        try:
            page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            frame = 24 + page_size
            clock = SteppingClock(saves[0].at)
            vault = EngineVault(conn, clock).as_vault()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            for save in saves:
                clock.moment = save.at
                before = max(32, wal.stat().st_size if wal.exists() else 0)
                update_note(vault, save.note_id, save.body)
                with wal.open("rb") as log_file:
                    log_file.seek(before)
                    data = log_file.read()
                for offset in range(0, len(data) - frame + 1, frame):
                    page = int.from_bytes(data[offset : offset + 4], "big")
                    pages[page] = pages.get(page, 0) + 1
            owner = {int(p): str(n) for n, p in conn.execute("SELECT name, pageno FROM dbstat")}
        finally:
            conn.close()
    finally:
        _remove_database(path)
    per_object: dict[str, int] = {}
    for page, count in pages.items():
        name = owner.get(page, "free pages (secure_delete zeroes them)")
        per_object[name] = per_object.get(name, 0) + count
    total = sum(per_object.values())
    parts = ", ".join(
        f"{name} {count / len(saves):.2f}"
        for name, count in sorted(per_object.items(), key=lambda kv: -kv[1])
    )
    log(
        f"log attribution (sqlite3 copy, {len(saves)} saves): {total / len(saves):.1f} pages"
        f" = {total / len(saves) * frame / 1024:.1f} KiB per save; pages per save: {parts}"
    )


def bench_cipher_vs_plain(
    vault: Vault, workdir: Path, meeting: BenchMeeting, text: TextSource, figures: Figures
) -> None:
    """The same domain workload on SQLCipher and on sqlite3, in alternating rounds."""
    cipher, key = _cipher_engine()
    engines = (cipher, PLAIN_ENGINE)
    with sqlite3.connect(":memory:") as probe:
        options = {str(r[0]) for r in probe.execute("PRAGMA compile_options")}
    log(f"ratio: stdlib sqlite3 {sqlite3.sqlite_version}, FTS5 {'ENABLE_FTS5' in options}")
    if "ENABLE_FTS5" not in options:
        raise RuntimeError("the standard library's SQLite lacks FTS5: no domain comparison")

    items = [
        int(r[0])
        for r in vault.query(
            "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position",
            (meeting.meeting_id,),
        )
    ]
    others = [
        int(r[0])
        for r in vault.query(
            "SELECT id FROM meeting WHERE id != ? ORDER BY starts_at DESC LIMIT ?",
            (meeting.meeting_id, RATIO_OTHER_VIEWS),
        )
    ]
    workload = DomainWorkload(
        inserts=[(text.rng.choice(items), text.note()) for _ in range(RATIO_INSERTS)],
        updates=save_schedule(meeting.save_targets, text, RATIO_UPDATES),
        big_meeting=meeting.meeting_id,
        other_meetings=others,
    )
    start = time.perf_counter()
    copies = export_copies(vault, workdir, key)
    log(f"ratio: exported both copies in {time.perf_counter() - start:.1f} s")
    if sqlite3.sqlite_version_info < (3, 44):
        # The index's secure-delete (schema 4) is a setting stored in the copies; an
        # older standard-library SQLite ignores it, so its side would skip the work of
        # rewriting doclists on every save (10x on this vault). Off on the SQLCipher copy
        # too: the ratio compares encryption, not that setting.
        conn = cipher.open(copies["sqlcipher"])
        try:
            conn.execute("INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 0)")
        finally:
            conn.close()
        log(f"ratio: FTS5 secure-delete off on both copies (stdlib {sqlite3.sqlite_version})")

    results: dict[str, list[Parts]] = {e.name: [] for e in engines}
    try:
        for round_no in range(RATIO_ROUNDS):
            paths = [workdir / f"ratio-{e.name}-{round_no}.db" for e in engines]
            try:
                for engine, path in zip(engines, paths, strict=True):
                    shutil.copyfile(copies[engine.name], path)
                for engine, parts in zip(engines, workload.run(engines, paths), strict=True):
                    results[engine.name].append(parts)
            finally:
                for path in paths:
                    _remove_database(path)
        attribute_save_log(copies["sqlite3"], workdir, workload.updates)
    finally:
        for path in copies.values():
            path.unlink(missing_ok=True)

    def paired_ratio(*parts: str) -> float:
        # Both engines ran each round step by step side by side: compare within a
        # round, then take the median over rounds.
        ratios = [
            sum(c[p] for p in parts) / sum(q[p] for p in parts)
            for c, q in zip(results["sqlcipher"], results["sqlite3"], strict=True)
        ]
        return significant(median(ratios))

    figures["cipher_vs_plain_domain_ratio"] = paired_ratio("write", "search", "view")
    figures["cipher_vs_plain_domain_write_ratio"] = paired_ratio("write")
    figures["cipher_vs_plain_domain_search_ratio"] = paired_ratio("search")
    figures["cipher_vs_plain_domain_view_ratio"] = paired_ratio("view")
    for name, runs in results.items():
        log(
            f"ratio {name}: "
            + ", ".join(f"{p} {[round(r[p] * 1000) for r in runs]} ms" for p in runs[0])
        )


# --------------------------------------------------------------------------- steps
def bench_search(vault: Vault, figures: Figures) -> float:
    """The search figures; returns the unrounded p95 in seconds."""
    samples: dict[str, list[float]] = {}
    for _ in range(SEARCH_ROUNDS):
        _time_queries(vault, QUERIES, samples)
    times = _flat(samples)
    figures["search_p50_ms"] = _ms(percentile(times, 50))
    p95 = percentile(times, 95)
    figures["search_p95_ms"] = _ms(p95)
    figures["search_max_ms"] = _ms(max(times))
    figures["search_query_count"] = len(QUERIES)
    for query in QUERIES:
        log(
            f"search {query.label:45} {query.run(vault):2} hits, median "
            f"{median(samples[query.label]) * 1000:6.1f} ms, max "
            f"{max(samples[query.label]) * 1000:6.1f} ms  ({query.why})"
        )
    return p95


def bench_scan(vault: Vault, figures: Figures) -> float:
    """The decrypt-and-scan figures; returns the unrounded p95 in seconds."""
    samples: dict[str, list[float]] = {}
    found: dict[str, int] = {}
    for _ in range(SCAN_ROUNDS):
        for query in QUERIES:
            start = time.perf_counter()
            found[query.label] = len(scan_search(vault, query))
            samples.setdefault(query.label, []).append(time.perf_counter() - start)
    times = _flat(samples)
    figures["scan_search_p50_ms"] = _ms(percentile(times, 50))
    p95 = percentile(times, 95)
    figures["scan_search_p95_ms"] = _ms(p95)
    figures["scan_search_max_ms"] = _ms(max(times))
    for query in QUERIES:
        log(
            f"scan   {query.label:45} {found[query.label]:2} hits, median "
            f"{median(samples[query.label]) * 1000:6.1f} ms"
        )
    return p95


def bench_open_meeting(base: Path, meeting: BenchMeeting, figures: Figures) -> None:
    unlock = derive_unlock_key(base, PASSPHRASE)
    vault = Vault.open_with_key(base, unlock, kdf_profile=FAST_KDF, integrity_check=False)
    try:
        start = time.perf_counter()
        view = load_meeting_view(vault, meeting.meeting_id)
        first = time.perf_counter() - start
        notes = sum(len(i.notes) for i in view.items) + len(view.meeting_notes)
        if len(view.items) != meeting.items or notes < meeting.notes:
            raise RuntimeError(f"meeting view: {len(view.items)} items, {notes} notes")
        times = []
        for _ in range(OPEN_MEETING_RUNS):
            start = time.perf_counter()
            load_meeting_view(vault, meeting.meeting_id)
            times.append(time.perf_counter() - start)
    finally:
        vault.close()
    figures["open_meeting_ms"] = _ms(median(times))
    figures["open_meeting_p95_ms"] = _ms(percentile(times, 95))
    figures["open_meeting_first_ms"] = _ms(first)
    log(
        f"open meeting: {len(view.items)} items, {notes} notes (with decision and action"
        f" texts), {len(view.carried_actions)} carried actions; first {first * 1000:.1f} ms"
    )


# --------------------------------------------------------------------------- group entry
def run(workdir: Path) -> Figures:
    figures: Figures = {}
    base = workdir / "TienJaar.tafelboek"
    clock = SteppingClock(_utc(MEETING_STARTS - timedelta(days=1)))

    started = time.perf_counter()
    vault = Vault.create(base, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    try:
        start = time.perf_counter()
        summary = build_demo(vault, TEN_YEARS)
        figures["ten_year_build_s"] = significant(time.perf_counter() - start)
    finally:
        vault.close()
    figures["vault_mb"] = significant(base.stat().st_size / 1e6)
    log(f"ten-year vault: {summary}, {figures['ten_year_build_s']} s, {figures['vault_mb']} MB")

    unlock = derive_unlock_key(base, PASSPHRASE)
    vault = Vault.open_with_key(
        base, unlock, clock=clock, kdf_profile=FAST_KDF, integrity_check=False
    )
    try:
        text = TextSource(vault, seed=11)
        clock.moment = _utc(MEETING_STARTS)
        start = time.perf_counter()
        meeting = build_meeting(vault, clock, text)
        log(
            f"meeting {meeting.meeting_id}: {meeting.items} items, {meeting.notes} notes,"
            f" built with the domain API in {time.perf_counter() - start:.1f} s"
        )
        vault.checkpoint()
        log(f"index: {fts_levels(vault)}")
        search_p95 = bench_search(vault, figures)
        scan_p95 = bench_scan(vault, figures)
        figures["scan_vs_search_p95_ratio"] = significant(scan_p95 / search_p95)
        bench_cipher_vs_plain(vault, workdir, meeting, text, figures)
    finally:
        vault.close()

    bench_open_meeting(base, meeting, figures)
    bench_saves(base, workdir, meeting.save_targets, text, figures)
    base.unlink()
    log(f"domain total {time.perf_counter() - started:.1f} s")
    return figures
