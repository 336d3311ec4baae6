"""Qt's translation tools as the PySide6 wheel ships them, found the same way on every OS."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6


def qt_tool(name: str) -> Path:
    """The ``lrelease``/``lupdate`` binary inside the installed PySide6 package.

    That is the program the ``pyside6-lrelease`` console script (what ``make i18n``
    runs) starts, so the tests compile with the very same tool. Going to the package
    folder needs no console script, which a Windows Python without ``Scripts`` (the
    Wine lane's) does not have.
    """
    folder = Path(PySide6.__file__).resolve().parent
    tool = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    assert tool.is_file(), f"the PySide6 wheel ships no {tool.name} in {folder}"
    return tool


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` into ``.qm`` afresh (never a stale build product)."""
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
