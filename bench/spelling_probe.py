"""Child process of ``bench/bench_spelling.py``: the spell checker, measured from inside.

    python -m bench.spelling_probe VAULT WORDS

Prints one JSON object of figures (see ``bench/bench_spelling.py``). Runs under
``QT_QPA_PLATFORM=offscreen``; a fresh process so that the dictionary's load time and
memory are measured cold.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

MISSPELLINGS = (
    "vergadring",
    "jongre",
    "beslising",
    "ontmoetign",
    "raddicalisering",
    "huisen",
    "faamilie",
    "jeugdiesnt",
    "begleider",
    "ondersteunig",
)
"""Typed now and then in the note, and asked for suggestions."""

_SENTENCES = (
    "de jongere vertelt over school en vrienden terwijl de begeleider het traject opvolgt",
    "het gezin krijgt ondersteuning van de sociale dienst en het centrum bekijkt samen",
    "met de school welke stappen nodig zijn voor de volgende weken. De vergadering van",
    "het LIVC-overleg besprak casus F-2025-0011 met het OCMW, de wijkagent en de",
    "jeugdhulpverlening; zo'n afspraak met m'n collega en de preventiewerker blijft nodig",
)
VOCABULARY = tuple(word for line in _SENTENCES for word in line.split(" "))
"""Words the note is drawn from: prose, a case code, an abbreviation, apostrophes."""


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024 / 1e6
    return 0.0


def _words(count: int) -> list[str]:
    rng = random.Random(5000)
    return [
        rng.choice(MISSPELLINGS) if index % 40 == 39 else rng.choice(VOCABULARY)
        for index in range(count)
    ]


def _type(widget: QWidget, char: str, key: Qt.Key | None = None) -> None:
    """One key press and release, delivered as the platform would deliver them."""
    if key is not None:
        code = key
    elif char == " ":
        code = Qt.Key.Key_Space
    elif char.isalpha() and char.isascii():
        code = Qt.Key(ord(char.upper()))
    else:
        code = Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char))


def _wait(condition: object, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the spell check did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def _typing(editor: QPlainTextEdit, words: list[str]) -> tuple[list[float], list[float]]:
    """Type ``words`` key by key; each keystroke timed until the editor has repainted:
    (wall-clock latencies, this thread's CPU time for each)."""
    latencies: list[float] = []
    cpu: list[float] = []

    def key(char: str, code: Qt.Key | None = None) -> None:
        start, start_cpu = time.perf_counter(), time.thread_time()
        _type(editor, char, code)
        editor.viewport().repaint()
        latencies.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)

    for index, word in enumerate(words):
        for char in word + " ":
            key(char)
        if index % 60 == 59:
            key("\r", Qt.Key.Key_Return)
        if index % 250 == 249:
            QApplication.processEvents()  # the writer pauses: timers (a recheck) run
    return latencies, cpu


def _tail(latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    return ordered[int(len(ordered) * 0.99)] * 1000, ordered[-1] * 1000


def run(vault_path: Path, words: int) -> dict[str, float]:
    from app.spell_check import SpellHighlighter, attach_spell_check
    from vault.api import UnlockedVault
    from vault.kdf import FixedKdf, KdfParams
    from vault.spelling import Speller, bundled_dictionary

    figures: dict[str, float] = {}
    app = QApplication(sys.argv[:1])
    quick = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)
    door = UnlockedVault.create(vault_path, "ijsvogel tekent kompas boven rivierdelta", kdf=quick)

    # The dictionary: cold load in this fresh process, and what it holds in memory.
    before = _rss_mb()
    start = time.perf_counter()
    dictionary = bundled_dictionary()
    figures["spellcheck_dictionary_load_s"] = time.perf_counter() - start
    figures["spellcheck_dictionary_rss_mb"] = _rss_mb() - before

    note = _words(words)
    text = "\n".join(" ".join(note[i : i + 60]) for i in range(0, len(note), 60))

    # Lookups: every word of the note, with an empty cache (each seen for the first time).
    tokens = [w.strip(".,;") for w in text.split()]
    lookups = []
    for _ in range(5):
        speller = Speller(dictionary)
        start = time.perf_counter()
        for token in tokens:
            speller.is_correct(token)
        lookups.append(time.perf_counter() - start)
    figures["spellcheck_lookup_5000_words_ms"] = statistics.median(lookups) * 1000
    # Distinct words, each seen once: the 25,000 most frequent Dutch words (the passphrase
    # gate's list), as a note full of new words would need.
    from vault.resources import assets_dir

    frequent = [
        line
        for line in (assets_dir("vault") / "strength" / "nl_words.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    distinct = []
    for _ in range(3):
        speller = Speller(dictionary)
        start = time.perf_counter()
        for word in frequent:
            speller.is_correct(word)
        distinct.append(time.perf_counter() - start)
    figures["spellcheck_lookup_distinct_words_count"] = len(frequent)
    figures["spellcheck_lookup_distinct_words_ms"] = statistics.median(distinct) * 1000

    # Suggestions, as when the context menu opens on each misspelling.
    timings = []
    for word in MISSPELLINGS:
        start = time.perf_counter()
        speller.suggestions(word, 5)
        timings.append(time.perf_counter() - start)
    figures["spellcheck_suggestions_median_ms"] = statistics.median(timings) * 1000
    figures["spellcheck_suggestions_max_ms"] = max(timings) * 1000

    # The full recheck of the whole note in an editor, cold cache each time (median of 5).
    editor = QPlainTextEdit()
    editor.resize(1000, 600)
    editor.show()
    editor.setPlainText(text)
    check = attach_spell_check(editor, door.spelling, enabled=True)
    _wait(lambda: check.is_ready and not check.rechecking)
    rechecks = []
    for _ in range(5):
        check.highlighter.speller = Speller(dictionary)  # nothing cached
        rechecks.append(check.recheck_now())
    figures["spellcheck_note_5000_words_ms"] = statistics.median(rechecks)
    figures["spellcheck_note_5000_words_max_ms"] = max(rechecks)
    # The same recheck as the editor runs it: in slices on a zero timer.
    check.highlighter.speller = Speller(dictionary)
    check.recheck()
    _wait(lambda: not check.rechecking)
    figures["spellcheck_sliced_recheck_work_ms"] = check.last_recheck_ms
    underlined = sum(
        1
        for block_number in range(editor.document().blockCount())
        for _ in editor.document().findBlockByNumber(block_number).layout().formats()
    )
    figures["spellcheck_underlined_count"] = underlined
    editor.close()

    # Typing the note key by key: spell check off and on, twice each, alternating (fresh
    # editors, same words); each mode's keystrokes pooled. The check's own share of each
    # keystroke (the paragraph's highlightBlock) is timed apart.
    block_checks: list[float] = []
    block_cpu: list[float] = []
    original = SpellHighlighter.highlightBlock

    def timed(self: SpellHighlighter, block_text: str) -> None:
        start, start_cpu = time.perf_counter(), time.thread_time()
        original(self, block_text)
        block_checks.append(time.perf_counter() - start)
        block_cpu.append(time.thread_time() - start_cpu)

    SpellHighlighter.highlightBlock = timed  # type: ignore[method-assign]
    pooled: dict[str, list[float]] = {"spellcheck_off": [], "spellcheck": []}
    pooled_cpu: dict[str, list[float]] = {"spellcheck_off": [], "spellcheck": []}
    warm = QPlainTextEdit()  # fonts, layout and key handling warmed up, not measured
    warm.resize(1000, 600)
    warm.show()
    _typing(warm, note[:300])
    warm.close()
    for name, enabled in [("spellcheck_off", False), ("spellcheck", True)] * 2:
        editor = QPlainTextEdit()
        editor.resize(1000, 600)
        editor.show()
        editor.setFocus()
        if enabled:
            check = attach_spell_check(editor, door.spelling, enabled=True)
            _wait(lambda check=check: check.is_ready)  # type: ignore[misc]
            check.highlighter.speller = Speller(dictionary)  # nothing cached
        latencies, cpu = _typing(editor, note)
        pooled[name] += latencies
        pooled_cpu[name] += cpu
        editor.close()
    p99, worst = _tail(block_checks)
    figures["spellcheck_block_check_p99_ms"] = p99
    figures["spellcheck_block_check_max_ms"] = worst
    figures["spellcheck_block_check_cpu_max_ms"] = _tail(block_cpu)[1]
    # One paragraph of 5,000 words (no line breaks), 200 words typed at its end: what the
    # check costs per keystroke there (Qt itself re-lays out the whole paragraph).
    block_checks.clear()
    editor = QPlainTextEdit()
    editor.resize(1000, 600)
    editor.show()
    editor.setPlainText(" ".join(note))
    check = attach_spell_check(editor, door.spelling, enabled=True)
    _wait(lambda: check.is_ready and not check.rechecking)
    block_checks.clear()
    block_cpu.clear()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for word in note[:200]:
        for char in " " + word:
            _type(editor, char)
    p99, worst = _tail(block_checks)
    figures["spellcheck_long_paragraph_block_check_p99_ms"] = p99
    figures["spellcheck_long_paragraph_block_check_max_ms"] = worst
    figures["spellcheck_long_paragraph_block_check_cpu_max_ms"] = _tail(block_cpu)[1]
    editor.close()
    SpellHighlighter.highlightBlock = original  # type: ignore[method-assign]
    for name, latencies in pooled.items():
        p99, worst = _tail(latencies)
        figures[f"{name}_keystroke_p99_ms"] = p99
        figures[f"{name}_keystroke_max_ms"] = worst
        figures[f"{name}_keystroke_count"] = len(latencies)
        p99, worst = _tail(pooled_cpu[name])
        figures[f"{name}_keystroke_cpu_p99_ms"] = p99
        figures[f"{name}_keystroke_cpu_max_ms"] = worst

    figures["spellcheck_rss_mb"] = _rss_mb()
    door.close()
    app.quit()
    return figures


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(run(Path(argv[0]), int(argv[1]))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
