"""The Windows bundle (``dist-windows/``, built under Wine by ``make package-windows``).

Figures (see ``docs/benchmarks.md``):

* ``windows_bundle_mb``: every file of ``dist-windows/Tafelboek`` (10^6 bytes), the folder
  the MSI installs into ``C:\\Program Files\\Tafelboek``; ``windows_bundle_files_count``.
* ``windows_msi_mb``: ``dist-windows/Tafelboek-<version>.msi`` as built by wixl (goal ≤ 80).
* ``windows_frozen_self_test_s``: ``Tafelboek.exe --self-test``, start to exit, **under
  Wine** (Wine 8 on this Linux machine, in the lane's prefix, by default
  ``~/.cache/tafelboek/winelane/prefix``, Qt's offscreen platform): the median of
  :data:`RUNS` runs after one warm-up run (which
  starts the Wine server if none is running). Wine's own start-up is included, so this is
  not a figure of a real Windows laptop; it shows that the frozen program works and how
  its time compares between builds.

Skips: without ``dist-windows/Tafelboek/Tafelboek.exe`` this group says so and records
nothing (``python -m bench`` runs it anyway); without an MSI or without Wine and the
lane's prefix it records what it can and says what it skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import tomllib
from pathlib import Path

from bench.common import Figures, log, median, significant

DESCRIPTION = "the Windows bundle built under Wine: size, MSI size, self-test under Wine"

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist-windows"
BUNDLE = DIST / "Tafelboek"
EXE = BUNDLE / "Tafelboek.exe"
RUNS = 3
TIMEOUT_S = 300.0


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def msi_path() -> Path:
    return DIST / f"Tafelboek-{_version()}.msi"


def lane_prefix() -> Path:
    """The lane's Wine prefix, where ``tools/winelane/lane.sh`` keeps it."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("WINELANE_DIR") or cache / "tafelboek" / "winelane") / "prefix"


def _wine_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_LOGGING_RULES")}
    env.update(
        WINEPREFIX=str(lane_prefix()),
        WINEARCH="win64",
        WINEDEBUG="-all",
        WINEDLLOVERRIDES="mscoree,mshtml=",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def self_test_seconds(wine: str) -> float:
    """One ``Tafelboek.exe --self-test`` under Wine; stdin and stdout are pipes (Wine 8
    cannot give a Windows process a regular file as its standard output)."""
    started = time.perf_counter()
    result = subprocess.run(
        [wine, str(EXE), "--self-test"],
        env=_wine_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(
            f"the Windows bundle's --self-test failed under Wine (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    return elapsed


def run(workdir: Path) -> Figures:
    del workdir  # the self-test makes and removes its own temporary folder
    if not EXE.is_file():
        log(
            f"bench windows: skipped the Windows figures: no {_shown(EXE)} "
            "(build it with `make package-windows`)"
        )
        return {}
    figures: Figures = {}
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    figures["windows_bundle_mb"] = significant(sum(p.stat().st_size for p in files) / 1e6)
    figures["windows_bundle_files_count"] = len(files)

    msi = msi_path()
    if msi.is_file():
        figures["windows_msi_mb"] = significant(msi.stat().st_size / 1e6)
    else:
        log(f"bench windows: no {_shown(msi)}: windows_msi_mb skipped")

    wine = shutil.which("wine")
    if wine is None or not (lane_prefix() / "drive_c").is_dir():
        log(
            "bench windows: no Wine or no lane prefix (tools/winelane/lane.sh setup): "
            "windows_frozen_self_test_s skipped"
        )
        return figures
    warm_up = self_test_seconds(wine)
    runs = [self_test_seconds(wine) for _ in range(RUNS)]
    log(
        f"windows self-test under Wine: warm-up {warm_up:.2f} s, then "
        + ", ".join(f"{t:.2f}" for t in runs)
    )
    figures["windows_frozen_self_test_s"] = significant(median(runs))
    return figures
