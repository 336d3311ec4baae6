"""Helpers shared by the ``test_app_*`` modules (this module holds no tests itself).

A window is always built from an explicit :class:`~app.session.context.AppContext` with the fast
test KDF, a temporary vault folder, a fake clock and preset prompt answers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE, FakeClock
from pytestqt.qtbot import QtBot

from app.session.context import AppContext
from app.window import MainWindow
from vault import Vault
from vault.demo import DemoSpec, build_demo
from vault.kdf import FixedKdf, KdfParams, KdfProfile, ProgressCallback
from vault.notes import add_note

JOB_TIMEOUT_MS = 10_000


class PresetPrompts:
    """Answers questions from a list instead of opening dialogs."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.asked: list[Path] = []
        self.quit_answers: list[bool] = []
        self.quit_asked = 0

    def choose_vault_file(self, parent: object, start_dir: Path) -> Path | None:
        self.asked.append(start_dir)
        return self.answers.pop(0) if self.answers else None

    def confirm_quit_losing_text(self, parent: object) -> bool:
        """Answers from :attr:`quit_answers` (default: quit), counted in :attr:`quit_asked`."""
        self.quit_asked += 1
        return self.quit_answers.pop(0) if self.quit_answers else True


@dataclass
class RecordingKdf:
    """Wraps a profile and records the thread each calibration ran on."""

    inner: FixedKdf = FAST_KDF
    threads: list[threading.Thread] = field(default_factory=list)

    @property
    def floor_memory_kib(self) -> int:
        return self.inner.floor_memory_kib

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        self.threads.append(threading.current_thread())
        return self.inner.choose(progress)

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        return self.inner.would_strengthen(params, derive_seconds)


@dataclass
class BlockingKdf:
    """Reports some progress, then waits until the test releases it."""

    release: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)
    inner: FixedKdf = FAST_KDF

    @property
    def floor_memory_kib(self) -> int:
        return self.inner.floor_memory_kib

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        if progress is not None:
            progress(0.3)
        self.started.set()
        if not self.release.wait(timeout=JOB_TIMEOUT_MS / 1000):
            raise TimeoutError("the test never released the key derivation")
        if progress is not None:
            progress(1.0)
        return self.inner.params

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        return self.inner.would_strengthen(params, derive_seconds)


def make_context(
    vault_dir: Path, *, kdf: KdfProfile = FAST_KDF, prompts: PresetPrompts | None = None
) -> AppContext:
    return AppContext(
        kdf=kdf,
        vault_dir=vault_dir,
        prompts=prompts if prompts is not None else PresetPrompts(),
        clock=FakeClock(),
    )


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """A shown, active window; pytest-qt closes it (and so locks the vault) at teardown."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def make_vault(path: Path, notes: Iterable[str] = (), passphrase: str = PASSPHRASE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with Vault.create(path, passphrase, kdf=FAST_KDF, clock=FakeClock()) as vault:
        for body in notes:
            add_note(vault, body)
    return path


def wait_until_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.is_busy, timeout=JOB_TIMEOUT_MS)


def unlocked_demo_window(
    qtbot: QtBot, vault_dir: Path, spec: DemoSpec, *, clock: FakeClock | None = None
) -> MainWindow:
    """A window with a freshly built fictional vault of ``spec`` already unlocked."""
    context = make_context(vault_dir)
    path = context.default_vault_path
    path.parent.mkdir(parents=True, exist_ok=True)
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=clock or FakeClock()) as vault:
        build_demo(vault, spec)
    window = make_window(qtbot, context)
    window.unlock_form.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        window.unlock_form.submit()
    return window
