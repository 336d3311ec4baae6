"""Render the figures of a proof run into ``docs/reliability.md``.

Usage: ``python tests/proof/report.py RESULTS.jsonl docs/reliability.md``. The JSON lines
come from :func:`proof.figures.record`; numbers are added up per key and the table
replaces whatever stands between the two marker lines of the document. ``make proof``
runs this after the tests and fuzzers; it fails if an expected figure is missing, so a
figure can never silently stay from an older run.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

BEGIN = "<!-- proof-figures:begin -->"
END = "<!-- proof-figures:end -->"

#: key → (what was tried, how the sums read). ``{name}`` picks a summed field.
FIGURES: dict[str, tuple[str, str]] = {
    "crash.vault_saves": (
        "kill -9 during saves (vault layer, `test_vault_crash.py`)",
        "{rounds} kills, {acknowledged} acknowledged saves, **{lost} lost**",
    ),
    "crash.passphrase_change": (
        "kill -9 during passphrase change (`test_vault_crash.py`)",
        "{rounds} kills; opened with exactly one passphrase: **{opened_with_one}/{rounds}** "
        "(old {old}, new {new})",
    ),
    "crash.gui_notebook": (
        "kill -9 during notebook saves through the real window (`test_proof_crash.py`)",
        "{rounds} kills, {acknowledged} saves shown as “Saved”, **{lost} lost**",
    ),
    "crash.gui_meeting": (
        "kill -9 during meeting-screen autosave through the real window (`test_proof_crash.py`)",
        "{rounds} kills, {acknowledged} saves shown as “Saved”, **{lost} lost**",
    ),
    "crash.backup": (
        "kill -9 during backups (`test_proof_crash.py`)",
        "{rounds} kills, {acknowledged} finished backups, {final_files} files under a final "
        "name, **{partial} partial, {lost} lost**",
    ),
    "crash.pdf_export": (
        "kill -9 during PDF export (`test_proof_crash.py`)",
        "{rounds} kills, {acknowledged} finished exports, {final_files} PDFs under a final "
        "name, **{partial} partial, {lost} lost**; PDFs without an export record: "
        "{unrecorded}",
    ),
    "damage.bit_flip_checked": (
        "random single-bit flips, opened with the integrity check (`test_vault_damage.py`)",
        "{cases} damaged copies, **{detected} detected**, {undetected} undetected",
    ),
    "damage.bit_flip_unchecked": (
        "random single-bit flips, read without the open-time check (`test_vault_damage.py`)",
        "{cases} damaged copies, **{detected} detected**, {undetected} undetected",
    ),
    "damage.header_flip": (
        "every bit of the 16-byte header flipped (`test_vault_damage.py`)",
        "{cases} damaged copies, **{detected} detected**",
    ),
    "damage.truncation": (
        "random truncations, both open modes (`test_vault_damage.py`)",
        "{cases} opens of truncated copies, **{detected} detected**",
    ),
    "env.gui_disk_full": (
        "disk full (tiny tmpfs) during saves in the real window (`test_proof_environment.py`)",
        "{rounds} runs, {refused} saves refused with a message, **{lost} lost** after space "
        "returned",
    ),
    "leak.scan": (
        "canary scan after a scripted session (`test_leak_scan.py`)",
        "{files} files scanned ({bytes} bytes) in home, config, data, cache and temp, "
        "plus log, settings and clipboard: **{hits} canary hits**",
    ),
    "network.strace": (
        "the real program under `strace -f -e trace=socket,connect` (`test_proof_network.py`)",
        "{socket_calls} socket() calls, **{inet} AF_INET/AF_INET6**, AF_UNIX: {unix}",
    ),
    "network.audit_hook": (
        "the real program with an audit hook on `socket.__new__` (`test_proof_network.py`)",
        "{sockets} sockets created, **{inet} AF_INET/AF_INET6**",
    ),
    "input.gui_hostile_text": (
        "hypothesis text (markup, RTL, NUL, combining marks, emoji) through editor, save "
        "and search dialog (`test_proof_bad_input.py`)",
        "{cases} texts, **{failures} failures**",
    ),
    "input.gui_ten_mb_paste": (
        "a 10 MB paste through editor, save and search dialog (`test_proof_bad_input.py`)",
        "{cases} paste, **{failures} failures**",
    ),
    "fuzz.search_query": (
        "atheris: search query translation + FTS5 query in a vault (`tests/proof/fuzz.py`)",
        "{runs} inputs, **{failures} failures**",
    ),
    "fuzz.note_markup": (
        "atheris: a note's plain text → PDF paragraph markup (`tests/proof/fuzz.py`)",
        "{runs} inputs, **{failures} failures**",
    ),
    "fuzz.note_text": (
        "atheris: note text stored, read back and searched (`tests/proof/fuzz.py`)",
        "{runs} inputs, **{failures} failures**",
    ),
}


def aggregate(lines: list[str]) -> dict[str, dict[str, float]]:
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for line in lines:
        if not line.strip():
            continue
        entry = json.loads(line)
        key = entry.pop("key")
        entry.pop("at", None)
        for name, value in entry.items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                sums[key][name] += value
    return {k: dict(v) for k, v in sums.items()}


def _number(value: float) -> str:
    return f"{int(value):,}".replace(",", " ") if value == int(value) else f"{value:.2f}"


def render(sums: dict[str, dict[str, float]], *, seconds: float | None = None) -> str:
    missing = [key for key in FIGURES if key not in sums]
    if missing:
        raise SystemExit(f"figures missing from this run: {', '.join(missing)}")
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit, dirty = "", ""
    source = f"commit `{commit or 'unknown'}`" + (" plus uncommitted changes" if dirty else "")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = ["| What was tried | Figure |", "|---|---|"]
    for key, (what, template) in FIGURES.items():
        values = {name: _number(v) for name, v in sums[key].items()}
        rows.append(f"| {what} | {template.format_map(defaultdict(lambda: '0', values))} |")
    took = f", {seconds / 60:.0f} minutes" if seconds else ""
    head = (
        f"Last `make proof`: {when}, {source}, Python "
        f"{platform.python_version()} on {platform.system()} {platform.machine()}{took}."
    )
    return "\n".join([BEGIN, head, "", *rows, END])


def write(document: Path, block: str) -> None:
    text = document.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    document.write_text(text[:start] + block + text[end:], encoding="utf-8")


def main(argv: list[str]) -> int:
    results, document = Path(argv[0]), Path(argv[1])
    seconds = float(argv[2]) if len(argv) > 2 else None
    sums = aggregate(results.read_text(encoding="utf-8").splitlines())
    write(document, render(sums, seconds=seconds))
    print(f"{document}: {len(FIGURES)} figures from {results}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
