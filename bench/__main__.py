"""``python -m bench [GROUP ...]``: run benchmark groups and record their figures.

Without arguments every group runs; ``python -m bench vault`` runs only that one.
Each group's figures are merged into the results file as soon as the group is done.

A group whose module sets ``HARDENED = True`` measures what the user gets, so it runs in
a process hardened as the program's entry points harden theirs
(:func:`vault.process.harden_process`: SQLCipher's memory security on, page locks
refused, which cannot be undone in a process): a child ``python -m bench --hardened``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (
    RESULTS_PATH,
    available_groups,
    load_group,
    log,
    machine_description,
    now_iso,
    write_results,
)


def _load_average() -> str:
    # Other processes skew timings on a small machine; the log says how busy it was.
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    groups = available_groups()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "groups", nargs="*", metavar="GROUP", help=f"groups to run (default: all of {groups})"
    )
    parser.add_argument("--list", action="store_true", help="list the groups and exit")
    parser.add_argument(
        "--output",
        type=Path,
        default=RESULTS_PATH,
        help="results file to merge into (default: bench/results/latest.json)",
    )
    parser.add_argument(
        "--hardened",
        action="store_true",
        help="harden this process first, as the program does at start (memory security on)",
    )
    args = parser.parse_args(argv)

    if args.list:
        for name in groups:
            print(f"{name}: {load_group(name).description}")
        return 0
    unknown = [g for g in args.groups if g not in groups]
    if unknown:
        parser.error(f"unknown group(s) {unknown}; known: {groups}")
    selected = args.groups or groups

    if args.hardened:
        from vault.process import harden_process

        log(f"hardened: {harden_process().steps}")
    machine = machine_description()
    log(f"machine: {machine}")
    for name in selected:
        group = load_group(name)
        if group.hardened and not args.hardened:
            child = ["--hardened", name, "--output", str(args.output)]
            subprocess.run([sys.executable, "-m", "bench", *child], check=True)
            continue
        log(f"== {name}: {group.description} (load average {_load_average()})")
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"tafelboek-bench-{name}-") as tmp:
            figures = group.run(Path(tmp))
        write_results(args.output, figures, machine=machine, measured_at=now_iso())
        for key, value in figures.items():
            print(f"{key} = {value}")
        log(f"== {name} done in {time.perf_counter() - started:.1f} s -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
