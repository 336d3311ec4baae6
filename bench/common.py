"""Shared pieces of the benchmark harness: the group registry, the results file,
the machine description and small statistics helpers."""

from __future__ import annotations

import contextlib
import importlib
import json
import math
import os
import pkgutil
import platform
import re
import statistics
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

Figure = float | int
Figures = dict[str, Figure]

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_PATH = BENCH_DIR / "results" / "latest.json"
"""Where ``make bench`` writes its figures."""

GROUP_PREFIX = "bench_"
"""A module ``bench/bench_<group>.py`` is the benchmark group ``<group>``."""

UNIT_SUFFIXES = ("_s", "_ms", "_mb", "_kib", "_ratio")
"""Units a figure's name may end in (``_mb`` is 10^6 bytes, ``_kib`` is 1024 bytes)."""

COUNT_SUFFIXES = ("_iterations", "_count")
"""Plain counts, whose unit is the thing counted."""

RESERVED_KEYS = ("machine", "measured_at")
"""Keys of the results file that are not figures."""


# --------------------------------------------------------------------------- registry
@dataclass(frozen=True, slots=True)
class BenchGroup:
    """One registered group of benchmarks."""

    name: str
    description: str
    run: Callable[[Path], Figures]
    hardened: bool = False
    """Measures the user's process: run in one hardened as the program's (``HARDENED``)."""


def available_groups() -> list[str]:
    """Names of every group found in the ``bench`` package, sorted."""
    return sorted(
        info.name.removeprefix(GROUP_PREFIX)
        for info in pkgutil.iter_modules([str(BENCH_DIR)])
        if info.name.startswith(GROUP_PREFIX)
    )


def load_group(name: str) -> BenchGroup:
    """Import ``bench.bench_<name>``; only the groups that run are imported."""
    if name not in available_groups():
        raise KeyError(name)
    module = importlib.import_module(f"bench.{GROUP_PREFIX}{name}")
    run = getattr(module, "run", None)
    if not callable(run):
        raise TypeError(f"bench group {name!r} does not define run(workdir)")
    hardened = bool(getattr(module, "HARDENED", False))
    return BenchGroup(name, str(getattr(module, "DESCRIPTION", "")), run, hardened)


# --------------------------------------------------------------------------- figures
def significant(value: float, digits: int = 3) -> float:
    """Round ``value`` to ``digits`` significant digits (``0.0`` stays ``0.0``)."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def check_figures(figures: Mapping[str, object]) -> None:
    """Raise ``ValueError`` when a name or value breaks the results conventions."""
    for name, value in figures.items():
        if name in RESERVED_KEYS:
            raise ValueError(f"{name!r} is reserved, not a figure")
        if not name.endswith(UNIT_SUFFIXES + COUNT_SUFFIXES):
            raise ValueError(f"figure {name!r} does not end in a unit ({', '.join(UNIT_SUFFIXES)})")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"figure {name!r} is not a number: {value!r}")
        if not math.isfinite(value):
            raise ValueError(f"figure {name!r} is not finite: {value!r}")


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with ``pct`` % of values at or below it."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return float(ordered[rank - 1])


# --------------------------------------------------------------------------- results file
def read_results(path: Path) -> dict[str, object]:
    """The current results, or ``{}`` when the file does not exist yet.

    A file that is not one JSON object raises ``ValueError``: the harness never
    overwrites something it does not understand.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON ({exc}); move it away and rerun") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not hold one JSON object; move it away and rerun")
    return data


def write_results(
    path: Path,
    figures: Mapping[str, Figure],
    *,
    machine: str,
    measured_at: str,
) -> dict[str, object]:
    """Merge ``figures`` into the results file at ``path`` and write it atomically.

    Keys of other groups are kept; this group's keys, ``machine`` and ``measured_at``
    are replaced. The new content is written to a temporary file beside ``path``,
    flushed to disk and renamed over it, so a reader never sees half a file.
    """
    check_figures(figures)
    merged = read_results(path)
    merged.update(figures)
    merged["machine"] = machine
    merged["measured_at"] = measured_at
    ordered = {k: merged[k] for k in sorted(merged)}
    text = json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return ordered


def now_iso() -> str:
    """The current moment as an ISO 8601 timestamp in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------- machine
def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def _ram_text() -> str:
    from vault.kdf import physical_memory_bytes

    total = physical_memory_bytes()
    return "unknown RAM" if total is None else f"{total / 2**30:.1f} GiB RAM"


def _sqlcipher_text() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.execute("PRAGMA key = 'probe'")
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        conn.close()
    crypto = f", {provider[0]}" if provider else ""
    return f"SQLCipher {version} (SQLite {sqlcipher3.sqlite_version}{crypto})"


def machine_description() -> str:
    """CPU model, cores, RAM, OS, Python and SQLCipher version, on one line."""
    parts = [
        _cpu_model(),
        f"{os.cpu_count() or '?'} logical cores",
        _ram_text(),
        platform.platform(),
        f"Python {platform.python_version()} ({sys.implementation.name})",
        _sqlcipher_text(),
    ]
    return "; ".join(parts)


def log(message: str) -> None:
    """Progress output of a benchmark (stderr, so stdout stays the figures)."""
    print(message, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- memory scans
def copies_in_memory(pattern: re.Pattern[bytes]) -> int:
    """How often ``pattern`` occurs in this process's readable memory (Linux only:
    ``/proc/self/maps`` and ``/proc/self/mem``; freed heap included). Used by the
    ``memory`` group and by the tests that prove a secret is gone."""
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1] or (len(fields) > 5 and fields[5].startswith("[v")):
                continue  # unreadable, or the kernel's [vvar]/[vsyscall] pages
            start, end = (int(x, 16) for x in fields[0].split("-"))
            if end - start > 1 << 30:
                continue
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            found += len(pattern.findall(data))
    return found
