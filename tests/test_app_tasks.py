"""The one task runner (app/session/tasks.py): outcomes, failures, one at a time, closing."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QCoreApplication, QThreadPool
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, seed_vault, unlocked_window

from app.session.tasks import Failure, TaskRunner
from app.session.vault_session import Hold
from app.wording.messages import error_message
from vault import ErrorCode
from vault.api import UnlockedVault
from vault.errors import Refused, VaultDamaged
from vault.kdf import ProgressCallback
from vault.policy import Reason


def _outcome(qtbot: QtBot, runner: TaskRunner, work: object) -> tuple[str, object]:
    """Run ``work`` and wait for exactly one outcome, on the GUI thread."""
    got: list[tuple[str, object]] = []
    gui = threading.get_ident()

    def receive(kind: str, value: object) -> None:
        assert threading.get_ident() == gui
        got.append((kind, value))

    runner.start(
        work,  # type: ignore[arg-type]
        succeeded=lambda value: receive("succeeded", value),
        failed=lambda failure: receive("failed", failure),
    )
    qtbot.waitUntil(lambda: bool(got), timeout=JOB_TIMEOUT_MS)
    runner.wait()
    QCoreApplication.processEvents()  # the pool is done: a second outcome is queued by now
    assert len(got) == 1 and not runner.busy
    return got[0]


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    return TaskRunner(QThreadPool())


def test_success_carries_the_outcome_and_progress_arrives_first(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    seen: list[float] = []

    def work(progress: ProgressCallback) -> str:
        progress(0.5)
        return "done"

    done: list[object] = []
    runner.start(work, succeeded=done.append, failed=done.append, progress=seen.append)
    qtbot.waitUntil(lambda: bool(done), timeout=JOB_TIMEOUT_MS)
    assert done == ["done"] and seen == [0.5]


def test_vault_errors_arrive_by_code(qtbot: QtBot, runner: TaskRunner) -> None:
    def damaged(_progress: ProgressCallback) -> None:
        raise VaultDamaged("broken")

    assert _outcome(qtbot, runner, damaged) == ("failed", ErrorCode.DAMAGED)


def test_os_errors_are_mapped_to_codes(qtbot: QtBot, runner: TaskRunner) -> None:
    def denied(_progress: ProgressCallback) -> None:
        raise PermissionError(13, "Permission denied")

    assert _outcome(qtbot, runner, denied) == ("failed", ErrorCode.READ_ONLY)


def test_a_refused_document_carries_the_policys_reason(qtbot: QtBot, runner: TaskRunner) -> None:
    reason = next(iter(Reason))

    def refused(_progress: ProgressCallback) -> None:
        raise Refused("no", reason=reason)

    def plain(_progress: ProgressCallback) -> None:
        raise Refused("a person needs a name")

    failure: Failure = _outcome(qtbot, runner, refused)[1]  # type: ignore[assignment]
    assert failure is reason
    assert _outcome(qtbot, runner, plain) == ("failed", ErrorCode.REFUSED)


def test_unexpected_failures_are_none_and_logged_without_values(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def bug(_progress: ProgressCallback) -> None:
        raise RuntimeError(f"could not handle {PASSPHRASE!r}")

    with caplog.at_level(logging.DEBUG):
        assert _outcome(qtbot, runner, bug) == ("failed", None)
    assert "unexpected" in error_message(None)
    assert "RuntimeError" in caplog.text and "test_app_tasks.py" in caplog.text
    assert PASSPHRASE not in caplog.text


def test_the_work_and_its_passphrase_are_dropped_as_soon_as_it_starts(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    started, release = threading.Event(), threading.Event()
    secret = [PASSPHRASE]

    def work(_progress: ProgressCallback) -> None:
        started.set()
        release.wait(5)
        assert secret

    task = runner.start(work, succeeded=lambda _v: None, failed=lambda _f: None)
    assert started.wait(5)
    assert task._work is None  # the closure (and the passphrase it holds) is gone
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=JOB_TIMEOUT_MS)


def test_one_task_at_a_time(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    runner.start(lambda _p: release.wait(5), succeeded=lambda _v: None, failed=lambda _f: None)
    with pytest.raises(RuntimeError):
        runner.start(lambda _p: None, succeeded=lambda _v: None, failed=lambda _f: None)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=JOB_TIMEOUT_MS)


def test_an_abandoned_outcome_is_never_delivered_and_its_vault_is_closed(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    release = threading.Event()
    opened: list[UnlockedVault] = []

    def work(_progress: ProgressCallback) -> UnlockedVault:
        release.wait(5)
        vault = UnlockedVault.create(tmp_path / "v.tafelboek", PASSPHRASE, kdf=FAST_KDF)
        opened.append(vault)
        return vault

    delivered: list[object] = []
    runner.start(work, succeeded=delivered.append, failed=delivered.append)
    runner.abandon()  # the window closed before the vault was open
    assert not runner.busy
    release.set()
    runner.wait()
    qtbot.waitUntil(lambda: bool(opened) and not opened[0].is_open, timeout=JOB_TIMEOUT_MS)
    QCoreApplication.processEvents()  # every signal of the finished task has arrived
    assert delivered == []
    # The runner is free for the next window's work.
    assert _outcome(qtbot, runner, lambda _p: 7) == ("succeeded", 7)


def test_while_vault_care_holds_the_vault_nothing_else_starts_on_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A gap found on the way: strengthening and the document dialog checked the window's
    own job and export flags, not vault care's hold (the menus and the banner were
    disabled meanwhile, so only a direct call got through). The session's busy state
    covers every hold, and its runner refuses a second task."""
    context = make_context(tmp_path / "vaults")
    seed_vault(context, lambda _vault: None)
    window = unlocked_window(qtbot, context)
    assert window.hold_vault(True)  # vault care (a backup, say) works on the vault
    assert window.session.held is Hold.CARE and window.is_busy
    window.offer_strengthening()
    window.open_document_dialog()
    window.open_demo()
    assert window.strengthen_dialog is None and window.document_dialog is None
    assert not window.session.runner.busy
    window.hold_vault(False)
    window.open_document_dialog()
    assert window.document_dialog is not None
    window.document_dialog.reject()
