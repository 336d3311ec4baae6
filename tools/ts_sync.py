"""Bring the Dutch catalogue in step with app/ and apply translations from TSV files.

    python tools/ts_sync.py [TRANSLATIONS.tsv ...]

1. Re-extracts the tr() strings of app/*.py into app/assets/i18n/*.ts (pyside6-lupdate,
   existing translations kept, vanished strings dropped) — what `make i18n-update` does.
2. Applies every TSV given: one line per message, ``context<TAB>English source<TAB>Dutch``
   (``\\n`` and ``\\t`` written as escapes). A line sets or replaces that message's
   translation; a line whose message is not (or no longer) in the code is reported.
3. Prints what is still untranslated (context and source), so it can be added to a TSV.

Several people (or agents) working in one tree can keep their new wording in their own
TSV and run this at any time: the catalogue is rewritten under an exclusive lock, and every
run applies all TSVs it is given, so nobody's translation is lost to another's lupdate.
"""

from __future__ import annotations

import fcntl
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = sorted((ROOT / "app" / "assets" / "i18n").glob("*.ts"))
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
LOCK = ROOT / "build" / "ts_sync.lock"


def _unescape(text: str) -> str:
    return text.replace("\\t", "\t").replace("\\n", "\n")


def read_tsv(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation, from one TSV file; later lines win."""
    found: dict[tuple[str, str], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
        context, source, translation = (_unescape(p) for p in parts)
        found[(context, source)] = translation
    return found


def _lupdate(ts: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            *sources,
            "-source-language",
            "en",
            "-target-language",
            "nl_BE",
            "-no-obsolete",
            "-locations",
            "relative",
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
    )


def _apply(ts: Path, wanted: dict[tuple[str, str], str]) -> tuple[list[str], set[tuple[str, str]]]:
    """Sets the wanted translations in ``ts``; returns (untranslated, applied keys)."""
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))  # noqa: S314 (our own catalogue)
    applied: set[tuple[str, str]] = set()
    untranslated: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if (name, source) in wanted:
                translation.text = wanted[(name, source)]
                translation.attrib.pop("type", None)
                applied.add((name, source))
            if translation.get("type") is not None or not (translation.text or "").strip():
                untranslated.append(f"{name}\t{source!r}")
    if applied:
        # Keep lupdate's layout: write the tree, then restore the header lupdate writes.
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return untranslated, applied


def main(argv: list[str]) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for arg in argv:
        wanted.update(read_tsv(Path(arg)))
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        status = 0
        for ts in TS_FILES:
            _lupdate(ts)
            untranslated, applied = _apply(ts, wanted)
            if applied:
                _lupdate(ts)  # back to lupdate's own formatting
            for key in sorted(set(wanted) - applied):
                print(f"not in the code (stale TSV line?): {key[0]}\t{key[1]!r}")
            for line in untranslated:
                print(f"untranslated: {line}")
            status = status or (1 if untranslated else 0)
        return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
