"""The desktop client: start, unlock, typing, locking and memory with the ten-year vault.

Figures (goals from issue 4; see ``docs/benchmarks.md``):

* ``startup_to_unlock_dialog_s``: process start (``python -m app``'s real ``main``) to the
  unlock form painted, with an existing vault at the default place (goal ≤ 0.6); median of
  5 fresh processes. ``startup_to_unlock_dialog_max_s`` is the slowest of them.
* ``unlock_overhead_s``: unlock form submitted → main window usable and painted, minus the
  key derivation itself (timed separately, ``unlock_kdf_s``) — on the ten-year vault
  (goal ≤ 0.15); median of 5 unlocks.
* ``keystroke_p99_ms`` / ``keystroke_max_ms``: typing a 5,000-word note key by key into
  the meeting screen, each keystroke timed until the editor has repainted; every 250
  words the writer pauses and the autosave fires: the save itself runs on the writer
  thread (``app/session/writer.py``) while typing goes on, and its outcome arrives during
  the following keystrokes (all counted). Goal max ≤ 16. ``autosave_max_ms`` is the
  slowest pause on the GUI thread (handing the save over); ``autosave_unfinished_count``
  how often a save was still running 250 words later (expected 0).
* ``lock_ms``: Ctrl+L's work with that note open and a few unsaved words — save, wipe,
  close the database, show the unlock form (goal ≤ 100).
* ``unlock_to_same_place_ms``: after that lock, unlocking again — from the unlock's result
  arriving to the same meeting, note and caret on screen, repainted (goal ≤ 150, issue 17).
* ``rss_mb``: resident memory of the client with the ten-year vault open, its latest
  meeting on screen and the 5,000-word note typed (goal ≤ 200); ``rss_peak_mb`` the peak.

Everything runs in fresh child processes (``bench/app_probe.py``) under the offscreen Qt
platform, with data and configuration folders inside the benchmark's temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_vault import FAST_KDF, PASSPHRASE
from bench.common import Figures, log, median, significant
from vault import Vault
from vault.demo import TEN_YEARS, build_demo

DESCRIPTION = "Desktop client: startup, unlock overhead, keystrokes, lock, memory"

NOTE_WORDS = 5000
STARTUP_RUNS = 5
ROOT = Path(__file__).resolve().parents[1]


def _environment(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(workdir / "home"),
        XDG_DATA_HOME=str(workdir / "data"),
        XDG_CONFIG_HOME=str(workdir / "config"),
        XDG_CACHE_HOME=str(workdir / "cache"),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no desktop session to listen to here
    for key in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        Path(env[key]).mkdir(parents=True, exist_ok=True)
    return env


def _probe(args: list[str], env: dict[str, str], stdin: str = "") -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.app_probe", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"app probe {args[0]} failed:\n{done.stderr[-2000:]}")
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    return dict(json.loads(line))


def run(workdir: Path) -> Figures:
    figures: Figures = {}
    env = _environment(workdir)
    vault_dir = Path(env["XDG_DATA_HOME"]) / "Tafelboek"
    vault_dir.mkdir(parents=True)
    path = vault_dir / "Tafelboek.tafelboek"
    start = time.perf_counter()
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        build_demo(vault, TEN_YEARS)
    log(f"ten-year vault built in {time.perf_counter() - start:.1f} s")

    startups = []
    for _ in range(STARTUP_RUNS):
        begun = time.time()
        result = _probe(["startup"], env)
        if result.get("page") != "unlock":
            raise RuntimeError("the client did not open on the unlock form")
        startups.append(float(result["shown_at"]) - begun)
    figures["startup_to_unlock_dialog_s"] = significant(median(startups))
    figures["startup_to_unlock_dialog_max_s"] = significant(max(startups))
    log(f"startup: {[round(s, 3) for s in startups]}")

    session = _probe(["session", str(path), str(NOTE_WORDS)], env, PASSPHRASE + "\n")
    for key, value in session.items():
        figures[key] = int(value) if key.endswith("_count") else significant(value)
    log(f"session: {figures}")
    return figures
