"""The atheris fuzzers of every text parser run (briefly here; long in ``make proof``).

``tests/proof/fuzz.py`` holds the targets; each runs in its own process because libFuzzer
owns the process. ``TAFELBOEK_PROOF_FUZZ_RUNS`` sets the inputs per target.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).with_name("proof") / "fuzz.py"
RUNS = int(os.environ.get("TAFELBOEK_PROOF_FUZZ_RUNS", "300"))


@pytest.mark.parametrize("target", ["search_query", "markdown", "note_text"])
def test_fuzz_target_survives_every_input(target: str) -> None:
    result = subprocess.run(
        [sys.executable, str(FUZZ), target, str(RUNS)],
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    # libFuzzer reports on stderr; a crash prints the exception and the input.
    assert result.returncode == 0, result.stderr[-3000:]
    assert "ERROR" not in result.stderr
    assert f"#{RUNS}" in result.stderr or "INITED" in result.stderr
