"""What the screenshot scripts (``render_*.py`` beside this file) share.

A fast key derivation (screenshots never protect anything), a clock standing still at a
chosen moment, file prompts that never ask, and saving a settled widget as a PNG.
"""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from vault.kdf import FixedKdf, KdfParams

ROOT = Path(__file__).resolve().parents[2]

FAST_KDF = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)
"""Tiny Argon2 settings: the demo vaults of the screenshots are thrown away."""

TITLE_AND_TASK_BAR = 60
"""What a desktop takes from a 768-pixel screen above and below a maximised window."""


class FixedClock:
    """The vault's clock, standing at ``moment`` (the demo's dates depend on it)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


class NoPrompts:
    """Screenshots never ask for files."""

    def choose_vault_file(self, parent: object, start_dir: Path) -> Path | None:
        return None

    def choose_save_file(self, *args: object, **kwargs: object) -> Path | None:
        return None


def settle() -> None:
    """Let the layouts settle: each round of events settles one level of them."""
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    """Grab ``widget`` into ``path`` (a PNG) and say where it went."""
    widget.grab().save(str(path))
    print(path)


def compile_catalogues(folder: Path) -> Path:
    """Compile the client's ``.ts`` catalogues into ``folder`` (the ``.qm`` files the
    translators load, fresh from the source) and return it."""
    for ts in (ROOT / "app" / "assets" / "i18n").glob("*.ts"):
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), "-silent", str(ts), "-qm",
             str(folder / ts.with_suffix(".qm").name)],
            check=True,
        )  # fmt: skip
    return folder
