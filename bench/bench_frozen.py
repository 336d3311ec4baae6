"""The frozen program (``dist/Tafelboek``, built by ``make package``): start-up and size.

Figures (see ``docs/benchmarks.md``):

* ``frozen_startup_to_unlock_dialog_s``: from starting ``dist/Tafelboek/Tafelboek`` to the
  first frame of the main window showing the unlock form (goal ≤ 0.5 s); median of
  :data:`RUNS` after one warm-up start. ``frozen_startup_first_s`` is that warm-up start.
* ``source_startup_to_unlock_dialog_s``: the same, measured the same way, for
  ``python -m app`` from the virtual environment (what the bundle adds or saves).
* ``frozen_startup_cpu_s``, ``source_startup_cpu_s``: the CPU time (user + system, all
  threads, from ``/proc``) each process had used at that moment; median of the same runs.
  Unlike the wall-clock figures, it hardly moves when other programs load the machine.
* ``frozen_self_test_s``: one ``Tafelboek --self-test``, start to exit.
* ``bundle_mb``: every file of ``dist/Tafelboek`` (10^6 bytes); ``bundle_files_count``.

How "shown" is detected, without any option in the program for it: the program runs
unchanged, on Qt's ``offscreen`` platform, with Qt's own logging category
``qt.widgets.painting`` switched on (``QT_LOGGING_RULES``, read by Qt in any build). Qt
then writes a line to standard error when it paints a widget, and one when it flushes a
finished frame of a top-level window to the screen. The clock stops at the first flush of
``MainWindow``; the run counts only if the ``UnlockForm`` was painted before it (a vault
lies at the default place, in a temporary data folder, so the start screen is the unlock
form). The time runs from just before the process is created, so it includes the boot
loader, Python, the imports, Qt and the first paint. The process is then ended.

There is no skip: without a bundle this group stops with an error. ``make bench`` builds
or refreshes the bundle first (the Makefile's ``$(BUNDLE)`` rule).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.bench_vault import FAST_KDF, PASSPHRASE
from bench.common import Figures, log, median, significant
from vault import Vault

DESCRIPTION = "Frozen bundle dist/Tafelboek: start-up to the unlock form, self-test, size"

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "Tafelboek"
RUNS = 7
TIMEOUT_S = 60.0

PAINT_RULES = "qt.widgets.painting=true"
FLUSH_MARK = "Flushing QRegion"
WINDOW_MARK = "of MainWindow("
UNLOCK_MARK = "UnlockForm("


def bundle_executable(bundle: Path = BUNDLE) -> Path:
    exe = bundle / "Tafelboek.exe"
    return exe if exe.exists() else bundle / "Tafelboek"


def _require_bundle() -> Path:
    exe = bundle_executable()
    if not exe.is_file():
        raise SystemExit(
            f"bench frozen: no bundle at {BUNDLE}. `make bench` builds it; by hand: `make package`"
        )
    return exe


def _environment(workdir: Path) -> dict[str, str]:
    """A private data and config folder with a vault at the default place (unlock form)."""
    env = dict(os.environ)
    data, config = workdir / "data", workdir / "config"
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES=PAINT_RULES,
        XDG_DATA_HOME=str(data),
        XDG_CONFIG_HOME=str(config),
        LOCALAPPDATA=str(data),  # Windows: the default vault folder and the settings file
        APPDATA=str(config),
    )
    # app.session.context.default_vault_dir: <data>/Tafelboek/Tafelboek.tafelboek on every platform
    # once XDG_DATA_HOME / LOCALAPPDATA are set (macOS is not a target).
    folder = data / "Tafelboek"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Tafelboek.tafelboek"
    if not path.exists():
        Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return env


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (Linux ``/proc``; else NaN)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_to_unlock_form(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting ``command`` to the first frame of the window with the unlock
    form, and the CPU seconds the process used until then."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )
    watchdog = threading.Timer(TIMEOUT_S, process.kill)
    watchdog.start()
    elapsed: float | None = None
    cpu = float("nan")
    unlock_painted = False
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if UNLOCK_MARK in line:
                unlock_painted = True
            if FLUSH_MARK in line and WINDOW_MARK in line:
                elapsed = time.perf_counter() - started
                cpu = _cpu_seconds(process.pid)
                break
    finally:
        watchdog.cancel()
        process.kill()
        process.wait(timeout=30)
    if elapsed is None:
        raise RuntimeError(
            f"{command[0]}: no window frame within {TIMEOUT_S:.0f} s (exit {process.returncode})"
        )
    if not unlock_painted:
        raise RuntimeError(f"{command[0]}: the first frame was not the unlock form")
    return elapsed, cpu


def _startup(command: list[str], env: dict[str, str], label: str) -> tuple[float, float, float]:
    """First start, then the medians of :data:`RUNS` starts: wall-clock and CPU seconds."""
    first, _ = time_to_unlock_form(command, env)
    runs = [time_to_unlock_form(command, env) for _ in range(RUNS)]
    log(f"{label}: first {first:.3f} s, then " + ", ".join(f"{t:.3f}" for t, _ in runs))
    log(f"{label}: CPU " + ", ".join(f"{c:.3f}" for _, c in runs))
    return first, median([t for t, _ in runs]), median([c for _, c in runs])


def run(workdir: Path) -> Figures:
    exe = _require_bundle()
    figures: Figures = {}
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    figures["bundle_mb"] = significant(sum(p.stat().st_size for p in files) / 1e6)
    figures["bundle_files_count"] = len(files)

    env = _environment(workdir)
    first, frozen, frozen_cpu = _startup([str(exe)], env, "frozen")
    figures["frozen_startup_first_s"] = significant(first)
    figures["frozen_startup_to_unlock_dialog_s"] = significant(frozen)
    _, source, source_cpu = _startup([sys.executable, "-m", "app"], env, "source")
    figures["source_startup_to_unlock_dialog_s"] = significant(source)
    if frozen_cpu == frozen_cpu and source_cpu == source_cpu:  # not NaN: /proc was there
        figures["frozen_startup_cpu_s"] = significant(frozen_cpu)
        figures["source_startup_cpu_s"] = significant(source_cpu)

    self_test_env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    started = time.perf_counter()
    result = subprocess.run(
        [str(exe), "--self-test"],
        env=self_test_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    figures["frozen_self_test_s"] = significant(time.perf_counter() - started)
    if result.returncode != 0:
        raise RuntimeError(f"the bundle's --self-test failed:\n{result.stdout}{result.stderr}")
    return figures
