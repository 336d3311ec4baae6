"""The passphrase gate against its regression corpus, and what judging costs per keystroke.

Figures (see ``docs/benchmarks.md``, group ``strength``):

* ``weak_passphrases_refused_count`` of ``weak_passphrases_corpus_count``: lines of
  ``tests/weak_passphrases.txt`` that :func:`vault.strength.assess` refuses for a vault,
  with the corpus's own personal words (goal: all of them, security review H1);
* ``weak_passphrases_pdf_refused_count``: the same corpus under the PDF policy;
* ``generated_passphrases_accepted_count`` of ``generated_passphrases_count``: generated
  vault passphrases (6 words) and PDF passwords (4 words) that pass their own policy;
* ``generator_list_count``: words in the generator's list (13 bits each at 8,192);
* ``strength_first_assess_ms``: the first assessment in a fresh process (loads the lists);
* ``strength_assess_p50_ms``, ``strength_assess_p95_ms``: one assessment of a growing
  passphrase, as on every keystroke in the create form (goal p95 ≤ 50 ms).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Figures, log, median, percentile, significant

DESCRIPTION = "passphrase gate: weak corpus refused, generated accepted, time per keystroke"

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "weak_passphrases.txt"
PERSONAL = [
    "Jan Peeters",
    "Mechelen",
    "jpeeters",
    "LT-MECH-042",
    "Vault Mechelen LIVC",
    "mechelen-livc.tafelboek",
]
"""The personal words the corpus is written for (as in tests/test_strength.py)."""
GENERATED = 500
"""Generated passphrases of each kind checked against their policy."""
TYPED = "grijze walrus verkoopt tulpen aan piraten op zondag"
"""Typed one character at a time for the per-keystroke timing."""

_FIRST = r"""
import json, time
started = time.perf_counter()
from vault.strength import assess
assess("eerste aanslag")
print(json.dumps({"ms": (time.perf_counter() - started) * 1000}))
"""


def corpus() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").split("\n")
    return [line for line in lines if line.strip() and not line.startswith("#")]


def run(workdir: Path) -> Figures:
    from vault.strength import PDF_POLICY, VAULT_POLICY, assess, generate_passphrase
    from vault.strength_data import generator_words

    first = subprocess.run(
        [sys.executable, "-c", _FIRST], capture_output=True, check=True, cwd=ROOT, text=True
    )
    first_ms = float(json.loads(first.stdout)["ms"])

    weak = corpus()
    refused = [text for text in weak if not assess(text, PERSONAL, VAULT_POLICY).acceptable]
    pdf_refused = [text for text in weak if not assess(text, PERSONAL, PDF_POLICY).acceptable]
    for text in weak:
        if text not in refused:
            log(f"ACCEPTED weak passphrase (line {weak.index(text) + 1} of the corpus)")

    accepted = 0
    for policy in (VAULT_POLICY, PDF_POLICY):
        for _ in range(GENERATED):
            if assess(generate_passphrase(policy), policy=policy).acceptable:
                accepted += 1

    timings: list[float] = []
    for _ in range(3):
        for end in range(1, len(TYPED) + 1):
            started = time.perf_counter()
            assess(TYPED[:end], PERSONAL)
            timings.append((time.perf_counter() - started) * 1000)
    log(f"{len(refused)}/{len(weak)} weak refused; {accepted}/{2 * GENERATED} generated accepted")
    return {
        "weak_passphrases_refused_count": len(refused),
        "weak_passphrases_corpus_count": len(weak),
        "weak_passphrases_pdf_refused_count": len(pdf_refused),
        "generated_passphrases_accepted_count": accepted,
        "generated_passphrases_count": 2 * GENERATED,
        "generator_list_count": len(generator_words()),
        "strength_first_assess_ms": significant(first_ms),
        "strength_assess_p50_ms": significant(median(timings)),
        "strength_assess_p95_ms": significant(percentile(timings, 95)),
    }
