"""The vault session of one window: the open vault, who holds it, drafts, and locking.

A :class:`VaultSession` owns what the window used to keep in loose fields:

* the open :class:`~vault.api.UnlockedVault` (:attr:`VaultSession.vault`), adopted after a
  create or unlock and closed by :meth:`VaultSession.close` (which counts the close in the
  freshness ledger, ``vault/freshness.py``);
* the one :class:`~app.session.tasks.TaskRunner` every slow piece of work goes through;
* the busy state: a task running, or the vault held (:class:`Hold`) while it is
  strengthened, a document is written or vault care works on it — nothing else may touch
  the vault meanwhile, and a lock asked for then waits (:meth:`VaultSession.lock_may_start`);
* text that could not be saved at locking, kept in memory only and offered after the next
  unlock (rule P12; never on disk).

The window asks the session instead of deciding from flags of its own; the screens never
see it. The anchors are Anki's collection owner with its ``CollectionOp`` and git-cola's
context object: one object, passed in explicitly.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from app.session.context import AppContext
from app.session.tasks import TaskRunner
from vault.api import UnlockedVault
from vault.errors import VaultWarning


@dataclass(frozen=True, slots=True)
class Draft:
    """Text that could not be saved before locking; kept in memory only (P12)."""

    note_id: int | None
    body: str


class Hold(enum.Enum):
    """What holds the open vault: until it lets go, nothing else may reach it."""

    STRENGTHEN = "strengthen"
    """Re-encrypted under its own passphrase (the connection closes and reopens)."""
    DOCUMENT = "document"
    """A PDF is written from it."""
    CARE = "care"
    """Vault care: a backup, a passphrase change or an integrity check."""


class VaultSession(QObject):
    """The open vault of one window and everything that decides who may touch it."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.runner = TaskRunner(context.thread_pool, self)
        """Runs slow work on the context's pool, one task at a time."""
        self._vault: UnlockedVault | None = None
        self._held: Hold | None = None
        self._drafts: dict[Path, Draft] = {}
        self.lock_waiting = False
        """A lock was asked for while the vault was held: it happens when the hold ends."""
        self.locking = False
        """True while the window locks: a lock asked for meanwhile is this one."""

    # ------------------------------------------------------------------ the vault
    @property
    def vault(self) -> UnlockedVault | None:
        """The open vault, if any."""
        return self._vault

    def adopt(self, vault: UnlockedVault) -> Draft | None:
        """Take ``vault`` (just created or unlocked) as the open vault.

        Notes that it is older than the copy this computer closed last (a warning the
        notebook shows), and hands back the text kept for it at the last lock, if any.
        """
        self._vault = vault
        ledger = self._context.ledger
        if ledger is not None and vault.care.is_older_than_last_close(ledger):
            vault.warnings.append(VaultWarning.OLDER_COPY)
        return self._drafts.pop(vault.path, None)

    def close(self, *, count: bool = True) -> UnlockedVault | None:
        """Close the open vault (counted in the ledger unless ``count`` is False, as for
        the demo vault); returns it, closed, or ``None`` when none was open."""
        vault, self._vault = self._vault, None
        if vault is None:
            return None
        ledger = self._context.ledger
        if ledger is not None and count:
            vault.care.count_close(ledger)  # counts this close here and in the vault; never raises
        vault.close()
        return vault

    # ------------------------------------------------------------------ busy
    @property
    def held(self) -> Hold | None:
        """What holds the vault now, if anything."""
        return self._held

    def hold(self, why: Hold) -> None:
        self._held = why

    def release(self) -> None:
        self._held = None

    @property
    def is_busy(self) -> bool:
        """A task runs, or something holds the vault."""
        return self.runner.busy or self._held is not None

    @property
    def strengthening(self) -> bool:
        return self._held is Hold.STRENGTHEN

    # ------------------------------------------------------------------ locking
    def lock_may_start(self) -> bool:
        """True when a lock may close the vault now. While it is held the lock waits:
        :meth:`take_waiting_lock` says so when the hold has ended."""
        if self._held is not None:
            self.lock_waiting = True
            return False
        return True

    def take_waiting_lock(self) -> bool:
        """True (once) when a lock waited for work on the vault to end."""
        waiting, self.lock_waiting = self.lock_waiting, False
        return waiting

    def shut_down(self) -> None:
        """The window closes: wait for the running task (a key derivation cannot be
        interrupted), drop its outcome (a vault it opened is closed), forget any waiting
        lock and let go of the vault."""
        self.runner.wait()
        self.runner.abandon()
        self.lock_waiting = False

    # ------------------------------------------------------------------ drafts (P12)
    def keep_draft(self, path: Path, draft: Draft) -> None:
        """Keep ``draft`` in memory for the vault at ``path`` (offered after unlock)."""
        self._drafts[path] = draft

    def detach_drafts(self, path: Path) -> None:
        """The vault at ``path`` was replaced (restored): a note id kept for it may belong
        to another note now, or to none, so the text comes back as a new note."""
        draft = self._drafts.get(path)
        if draft is not None:
            self._drafts[path] = Draft(None, draft.body)

    @property
    def has_drafts(self) -> bool:
        return bool(self._drafts)

    def forget_drafts(self) -> None:
        self._drafts.clear()
