"""Figures the robustness tests record for ``docs/reliability.md``.

A test calls :func:`record` with a figure key and counts; when the environment variable
``TAFELBOEK_PROOF_RESULTS`` names a file (``make proof`` sets it), one JSON line is
appended there. Without it (``make test``) nothing is written. ``tests/proof/report.py``
adds the lines up per key and renders the table.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

RESULTS_ENV = "TAFELBOEK_PROOF_RESULTS"


def results_file() -> Path | None:
    name = os.environ.get(RESULTS_ENV, "")
    return Path(name) if name else None


def record(key: str, **counts: int | float | str) -> None:
    """Append one observation (e.g. ``rounds=1, acknowledged=37, lost=0``) under ``key``."""
    target = results_file()
    if target is None:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"key": key, "at": time.time(), **counts}, sort_keys=True)
    with target.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
