"""Main windows for GUI tests: built from an explicit context, over a seeded vault, unlocked.

A window is always built from an explicit :class:`~app.session.context.AppContext` with the
fast test KDF, a temporary vault folder, a fake clock and preset prompt answers. The usual
shape of a test::

    context = make_context(tmp_path)
    table = seed_vault(context, build_table)
    window = unlocked_window(qtbot, context)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from conftest import FAST_KDF, PASSPHRASE, FakeClock
from pytestqt.qtbot import QtBot

from app.session.context import AppContext
from app.window import MainWindow
from support.prompts import PresetPrompts
from support.waiting import JOB_TIMEOUT_MS
from vault import Vault
from vault.demo import DemoSpec, build_demo
from vault.kdf import KdfProfile
from vault.notes import add_note

T = TypeVar("T")


def make_context(
    vault_dir: Path,
    *,
    kdf: KdfProfile = FAST_KDF,
    prompts: PresetPrompts | None = None,
    clock: FakeClock | None = None,
) -> AppContext:
    return AppContext(
        kdf=kdf,
        vault_dir=vault_dir,
        prompts=prompts if prompts is not None else PresetPrompts(),
        clock=clock or FakeClock(),
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


def seed_vault(
    context: AppContext,
    fill: Callable[[Vault], T],
    *,
    then: Callable[[Vault, T], object] | None = None,
    clock: FakeClock | None = None,
    passphrase: str = PASSPHRASE,
) -> T:
    """Create the context's default vault, let ``fill`` write into it (and ``then``, a test's
    own preparation, with what ``fill`` returned), close it, and return what ``fill``
    returned (a table of ids, usually). ``clock`` stamps what is written."""
    path = context.default_vault_path
    path.parent.mkdir(parents=True, exist_ok=True)
    with Vault.create(path, passphrase, kdf=FAST_KDF, clock=clock or FakeClock()) as vault:
        filled = fill(vault)
        if then is not None:
            then(vault, filled)
        return filled


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Type ``passphrase`` into the unlock form, submit, and wait until the vault is open."""
    window.unlock_form.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        window.unlock_form.submit()


def unlocked_window(qtbot: QtBot, context: AppContext, passphrase: str = PASSPHRASE) -> MainWindow:
    """A shown window over the context's default vault, unlocked."""
    window = make_window(qtbot, context)
    unlock(qtbot, window, passphrase)
    return window


def unlocked_demo_window(
    qtbot: QtBot, vault_dir: Path, spec: DemoSpec, *, clock: FakeClock | None = None
) -> MainWindow:
    """A window with a freshly built fictional vault of ``spec`` already unlocked."""
    context = make_context(vault_dir)
    seed_vault(context, lambda vault: build_demo(vault, spec), clock=clock)
    return unlocked_window(qtbot, context)


def store(window: MainWindow) -> Vault:
    """The storage vault behind the window's open :class:`~vault.api.UnlockedVault`."""
    assert window.vault is not None
    return window.vault.store
