"""One task runner: slow vault work on a pool thread, its outcome on the GUI thread.

Every slow piece of work of the client (deriving a key to create or unlock a vault,
strengthening it, vault care, writing a document) is a :data:`Work` — a callable that gets
a progress callback and returns its outcome or raises. :meth:`TaskRunner.start` runs it as a
:class:`Task` on the runner's :class:`~PySide6.QtCore.QThreadPool` and calls back, on the GUI
thread, exactly one of ``succeeded(outcome)`` or ``failed(failure)``:

* a :data:`Failure` is an :class:`~vault.errors.ErrorCode`, the policy's
  :class:`~vault.policy.Reason` when a document was refused, or ``None`` for a failure nobody
  planned for — logged by type and code location only (:func:`describe_without_values`);
* the task drops its closure (and the passphrase it holds) the moment it starts;
* one task runs at a time: the runner is the vault's only way onto a pool thread, so a
  second piece of work never touches the vault meanwhile (:attr:`TaskRunner.busy`); the
  meeting screen's autosave (:class:`app.session.writer.Writer`) is settled before a task
  starts;
* a result nobody waits for any more (:meth:`TaskRunner.abandon`, the window was closed) is
  never delivered, and a vault it opened is closed.

The anchor is Anki's ``CollectionOp``: one way to run work, with progress and errors
handled once.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from vault.api import UnlockedVault, os_error_to_vault_error
from vault.errors import ErrorCode, Refused, VaultError
from vault.kdf import ProgressCallback
from vault.policy import Reason

log = logging.getLogger(__name__)

Work = Callable[[ProgressCallback], object]
"""A unit of slow work: gets a progress callback, returns its outcome or raises."""

Failure = ErrorCode | Reason | None
"""Why work did not succeed: a vault error code, the policy's reason for a refused
document, or ``None`` for a failure nobody planned for."""


def describe_without_values(exc: BaseException) -> str:
    """The exception's type and code locations, without its message or any value.

    An unplanned exception's message may quote what it was given (a passphrase, note
    text); logs must never hold either (rule P2).
    """
    frames = traceback.format_list(traceback.extract_tb(exc.__traceback__))
    return f"{type(exc).__qualname__}\n{''.join(frames)}"


def failure_of(exc: Exception, what: str) -> Failure:
    """What the GUI is told about ``exc`` raised by the work called ``what``."""
    if isinstance(exc, Refused) and exc.reason is not None:
        return exc.reason
    if isinstance(exc, VaultError):
        return exc.code
    if isinstance(exc, OSError):
        return os_error_to_vault_error(exc, None).code
    log.error("%s failed unexpectedly: %s", what or "task", describe_without_values(exc))
    return None


def error_code(failure: Failure) -> ErrorCode | None:
    """``failure`` as an error code (a policy reason is a refusal)."""
    return ErrorCode.REFUSED if isinstance(failure, Reason) else failure


class TaskSignals(QObject):
    """Emitted from the pool thread; the runner's slots receive them on the GUI thread."""

    progress = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One :data:`Work` on the pool. Python owns it (the runner keeps it until done)."""

    def __init__(
        self,
        work: Work,
        *,
        what: str,
        succeeded: Callable[[object], None],
        failed: Callable[[Failure], None],
        progress: Callable[[float], None] | None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.what = what
        """A name for logs (never a value)."""
        self.result: object = None
        """The outcome once the work succeeded (read by the runner only)."""
        self._work: Work | None = work
        self._succeeded: Callable[[object], None] | None = succeeded
        self._failed: Callable[[Failure], None] | None = failed
        self._progress = progress

    def run(self) -> None:
        work, self._work = self._work, None  # drop the closure (and its passphrase) early
        if work is None:
            return
        try:
            outcome = work(self.signals.progress.emit)
        except Exception as exc:
            self.signals.failed.emit(failure_of(exc, self.what))
        else:
            self.result = outcome
            self.signals.succeeded.emit(outcome)

    def _take_callbacks(
        self,
    ) -> tuple[Callable[[object], None] | None, Callable[[Failure], None] | None]:
        callbacks = self._succeeded, self._failed
        self._succeeded = self._failed = self._progress = None
        return callbacks


def close_unclaimed(outcome: object) -> None:
    """Close a vault that work opened for a window that no longer waits for it."""
    if isinstance(outcome, UnlockedVault):
        outcome.close()


class TaskRunner(QObject):
    """Runs one :data:`Work` at a time on ``pool``; outcomes arrive on the GUI thread."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._current: Task | None = None
        self._abandoned: list[Task] = []
        """Tasks whose outcome nobody awaits, kept alive until their last signal came."""

    @property
    def busy(self) -> bool:
        """True from :meth:`start` until its outcome was delivered (or abandoned)."""
        return self._current is not None

    @property
    def current(self) -> Task | None:
        return self._current

    def start(
        self,
        work: Work,
        *,
        succeeded: Callable[[object], None],
        failed: Callable[[Failure], None],
        progress: Callable[[float], None] | None = None,
        what: str = "task",
    ) -> Task:
        """Run ``work`` on the pool; exactly one of ``succeeded``/``failed`` follows."""
        if self._current is not None:
            raise RuntimeError("one task at a time: the vault is in use")
        task = Task(work, what=what, succeeded=succeeded, failed=failed, progress=progress)
        task.signals.progress.connect(self._on_progress)
        task.signals.succeeded.connect(self._on_succeeded)
        task.signals.failed.connect(self._on_failed)
        self._current = task
        self._pool.start(task)
        return task

    def wait(self) -> None:
        """Block until the pool is idle (a derivation cannot be interrupted)."""
        self._pool.waitForDone()

    def abandon(self) -> None:
        """Nobody waits for the running task's outcome any more: it is never delivered,
        and a vault it opened is closed (now if it finished, else when it arrives)."""
        task, self._current = self._current, None
        if task is not None:
            task._take_callbacks()
            close_unclaimed(task.result)
            self._abandoned.append(task)

    # ------------------------------------------------------------------ delivery
    def _own(self, *, last: bool) -> Task | None:
        """The task whose signal is being delivered, when its outcome is still awaited."""
        sender, task = self.sender(), self._current
        if task is None or sender is not task.signals:
            if last:  # an abandoned task said its last word: let it go
                self._abandoned = [t for t in self._abandoned if t.signals is not sender]
            return None
        return task

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        task = self._own(last=False)
        if task is not None and task._progress is not None:
            task._progress(fraction)

    @Slot(object)
    def _on_succeeded(self, outcome: object) -> None:
        task = self._own(last=True)
        if task is None:
            close_unclaimed(outcome)
            return
        self._current = None
        succeeded, _failed = task._take_callbacks()
        if succeeded is not None:
            succeeded(outcome)

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        task = self._own(last=True)
        if task is None:
            return
        self._current = None
        _succeeded, failed = task._take_callbacks()
        if failed is not None:
            failed(failure)
