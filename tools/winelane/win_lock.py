"""Rewrite a hashed, universal lock file for Windows (win_amd64, CPython 3.11).

pip evaluates a requirement's environment marker against the machine it runs on, so a
lock read on Linux would install Linux-only packages (atheris) and leave out
Windows-only ones (colorama, pefile, pywin32-ctypes). This keeps each entry whose
marker holds on 64-bit Windows, drops the marker, and leaves the hashes untouched.

    python win_lock.py requirements.lock out.lock [--drop NAME ...]

``--drop`` leaves out packages the lane does not run (the linters).
"""

from __future__ import annotations

import sys
from pathlib import Path

from packaging.markers import Marker

WINDOWS = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.9",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_release": "10",
    "platform_system": "Windows",
    "platform_version": "10.0.19045",
    "python_full_version": "3.11.9",
    "python_version": "3.11",
    "sys_platform": "win32",
}


def entries(text: str) -> list[list[str]]:
    """The lock's entries: a requirement line and its continuation/comment lines."""
    out: list[list[str]] = []
    for line in text.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            out.append([line])
        elif out and line.startswith(" "):
            out[-1].append(line)
    return out


def for_windows(text: str, drop: frozenset[str] = frozenset()) -> str:
    kept: list[str] = []
    for entry in entries(text):
        head = entry[0]
        requirement, _, marker = head.rstrip(" \\").partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate(dict(WINDOWS)):
            continue
        if requirement.split("==")[0].strip().lower() in drop:
            continue
        lines = [requirement.strip() + " \\"]
        lines += [ln for ln in entry[1:] if ln.strip().startswith("--hash")]
        lines[-1] = lines[-1].rstrip(" \\")
        kept.append("\n".join(lines))
    return "\n".join(kept) + "\n"


def main(argv: list[str]) -> int:
    source, target = Path(argv[1]), Path(argv[2])
    drop = frozenset(a.lower() for a in argv[4:]) if argv[3:4] == ["--drop"] else frozenset()
    text = for_windows(source.read_text(encoding="utf-8"), drop)
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
