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


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="atheris (libFuzzer) is locked for Linux x86_64 only; on Windows the same parsers "
    "meet hypothesis: test_search.py::test_any_text_is_a_safe_query (search_query), "
    "test_documents_plain_text.py::test_any_text_makes_valid_paragraph_markup "
    "(note_markup), test_proof_bad_input.py::test_hostile_text_through_editor_save_and_search "
    "(note_text)",
)
@pytest.mark.parametrize("target", ["search_query", "note_markup", "note_text"])
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
