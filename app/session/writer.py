"""Saving a note while the participant types on: the save runs on a writer thread.

A durable save of a long note is mostly the disk's ``fsync`` (a 30,000-character note:
about 15 ms, of which under 1 ms is work for the processor). On the GUI thread that is a
key pressed during the save waiting for it. :class:`Writer` runs one save at a time on
its own thread and hands its outcome back on the GUI thread:

* :meth:`Writer.update_note` begins a save; its ``done`` callback is called on the GUI
  thread, exactly once, with ``None`` (stored) or the :class:`~vault.errors.VaultError`
  that says why not (any other failure is raised there, as it would have been on the
  GUI thread);
* :meth:`Writer.settle` waits for the running save and delivers its outcome at once —
  everything that needs the note stored *now* (moving to another note, releasing,
  locking, a task on the vault) settles first, so the order of saves is the order of
  typing and nothing is closed under a save.

The vault serialises statements from both threads (:class:`vault.store.Vault`'s lock);
the writer never touches a widget. Slow work that takes the whole vault (backups, care,
documents) goes through :class:`app.session.tasks.TaskRunner`, not here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, Qt, Signal, Slot

from vault.api import UnlockedVault
from vault.errors import VaultError

Done = Callable[[VaultError | None], None]


class Writer(QObject):
    """One save at a time on a writer thread; outcomes delivered on the GUI thread."""

    _finished = Signal()
    """Emitted from the writer thread; queued to the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: tuple[Future[None], Done] | None = None
        """The save started and not yet delivered, with its ``done``."""
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """A save was started and its outcome not yet delivered."""
        return self._running is not None

    def update_note(self, vault: UnlockedVault, note_id: int, body: str, done: Done) -> None:
        """Store ``body`` as note ``note_id`` on a new writer thread; ``done(error)``
        follows on this thread. A save still running is settled first: saves never
        overlap."""
        self.settle()
        future: Future[None] = Future()
        self._running = (future, done)

        def run() -> None:
            if future.set_running_or_notify_cancel():
                try:
                    vault.notes.update(note_id, body)
                except BaseException as exc:  # handed to the GUI thread
                    future.set_exception(exc)
                else:
                    future.set_result(None)
            self._finished.emit()

        threading.Thread(target=run, name="tafelboek-save", daemon=False).start()

    def settle(self) -> None:
        """Wait for the running save, if any, and deliver its outcome now."""
        running = self._running
        if running is None:
            return
        future, _done = running
        future.exception()  # waits; the outcome is delivered below
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        running, self._running = self._running, None
        if running is None:
            return  # settled earlier; this is the thread's late signal
        future, done = running
        if not future.done():  # a signal of an earlier save that was settled meanwhile
            self._running = running
            return
        failure = future.exception()
        if failure is not None and not isinstance(failure, VaultError):
            raise failure
        done(failure)
