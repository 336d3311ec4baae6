"""Offline Dutch spell checking (issue 17 item 6): the dictionary, lookups, suggestions,
the full recheck of a 5,000-word note and typing that note with the check on.

Figures (goals from issue 17's Speed section; see ``docs/benchmarks.md``):

* ``spellcheck_note_5000_words_ms``: one full recheck of a 5,000-word note (84
  paragraphs of 60 words, one word in 40 misspelled) in an editor, every word looked up
  with an empty cache; median of 5 (goal ≤ 100). ``spellcheck_note_5000_words_max_ms``
  the slowest. The editor never runs it inside a keystroke: it runs in slices of at most
  4 ms on a zero timer; ``spellcheck_sliced_recheck_work_ms`` is that sliced run's
  checking time, all slices together. ``spellcheck_underlined_count``: the underlines it
  made (a sanity check: the misspellings, not the case codes or abbreviations).
* ``spellcheck_keystroke_p99_ms`` / ``spellcheck_keystroke_max_ms``: typing that note key
  by key into a standalone note editor (1000×600) with the spell check on, each keystroke
  timed until the editor has repainted (goals p99 ≤ 4, max ≤ 16);
  ``spellcheck_off_keystroke_p99_ms`` / ``_max_ms`` the same typing without it, in the
  same run (twice each, alternating, after a warm-up, pooled), and
  ``spellcheck_keystroke_p99_ratio`` on / off. ``*_keystroke_cpu_p99_ms`` /
  ``*_cpu_max_ms``: the GUI thread's CPU time for the same keystrokes — what the program
  itself spends, free of other processes taking the machine's two cores.
  ``spellcheck_block_check_p99_ms`` / ``_max_ms``: the check's own share of a keystroke,
  re-checking the edited paragraph (``highlightBlock``);
  ``spellcheck_long_paragraph_block_check_p99_ms`` / ``_max_ms`` the same while typing 200
  words at the end of the note written as one paragraph of 5,000 words (only the words
  around an edit are checked again; the rest of the paragraph is remembered);
  ``*_block_check_cpu_max_ms`` the slowest of those in the GUI thread's CPU time.
* ``spellcheck_dictionary_load_s``: reading the bundled dictionary in a fresh process (the
  client does it once, on a worker thread); ``spellcheck_dictionary_rss_mb`` the resident
  memory it adds.
* ``spellcheck_lookup_5000_words_ms``: checking each of the note's words the first time it
  is seen (no cache), all together; ``spellcheck_lookup_distinct_words_ms`` the same for
  the 25,000 most frequent Dutch words (``spellcheck_lookup_distinct_words_count``), each
  new to the cache; ``spellcheck_suggestions_median_ms`` / ``_max_ms``:
  suggestions for ten typical misspellings (asked when the context menu opens).

The app group's ``keystroke_*`` figures measure the meeting screen itself; they include
the spell check once the note editors attach it. Everything runs in one fresh child
process (``bench/spelling_probe.py``) under the offscreen Qt platform.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.common import Figures, log, significant

DESCRIPTION = "Spell check: full recheck of a 5,000-word note, keystrokes with it on, lookups"

ROOT = Path(__file__).resolve().parents[1]


def run(workdir: Path) -> Figures:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench.spelling_probe", str(workdir / "Spell.tafelboek"), "5000"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"spelling probe failed:\n{done.stderr[-2000:]}")
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    raw = dict(json.loads(line))
    figures: Figures = {}
    for key, value in raw.items():
        figures[key] = int(value) if key.endswith("_count") else significant(float(value))
    for kind in ("", "cpu_"):
        on = float(raw[f"spellcheck_keystroke_{kind}p99_ms"])
        off = float(raw[f"spellcheck_off_keystroke_{kind}p99_ms"])
        figures[f"spellcheck_keystroke_{kind}p99_ratio"] = significant(on / off)
    log(f"spelling: {figures}")
    return figures
