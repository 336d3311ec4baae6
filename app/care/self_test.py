"""``tafelboek --self-test``: prove that this installation works, without touching anything.

For IT after an install (and for CI after every build of the bundle): the real code paths
run once, in a temporary folder that is removed afterwards.

0. the process was hardened at start (``vault.process``): SQLCipher's memory security must
   be on; the other steps are reported (each is best effort);
1. Qt's own Dutch catalogue (``qtbase_nl``) and ours load;
2. a vault is created (real Argon2id and SQLCipher; see :data:`SELF_TEST_KDF_MEMORY_KIB`);
3. notes are written, changed and read back (``vault.notes``);
4. the full-text index finds them (``vault.search``);
5. one PDF is made through the policy gate, protected with a password (``vault.documents``,
   reportlab with the bundled fonts, pikepdf's AES-256);
6. the vault is closed and opened again, and a wrong passphrase is refused;
7. the real main window shows the unlock form, unlocks the vault on the thread pool and
   locks it again (Qt's ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says otherwise,
   so no window appears);
8. everything is removed.

One line per step on standard output, never any text of a note (there is none but the
fixed fictional words below) nor a passphrase (a random one, never printed). Exit status
0 when every step passed, 1 otherwise.

The user's own vault and settings are never touched: the vault folder is the temporary
folder, the window's settings live in memory (the context's default), and the
environment variables that name the per-user data and config folders (``LOCALAPPDATA``,
``APPDATA``, ``XDG_*``) point into the temporary folder for this process, so nothing
that asks for a standard location finds the real one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.dialogs.prompts import DialogPrompts
from app.platform.hooks import NullHooks
from app.platform.i18n import Language, install_translators
from app.session.context import APP_NAME, DEFAULT_VAULT_NAME, AppContext
from app.window import MainWindow
from vault.api import Hardening, UnlockedVault
from vault.clock import SystemClock
from vault.documents import DocumentKind, DocumentRequest
from vault.errors import ErrorCode, VaultError
from vault.kdf import FixedKdf, KdfParams
from vault.model import AgendaItemKind, ReleaseKind, Role, TableKind

SELF_TEST_KDF_MEMORY_KIB = 16 * 1024
"""Argon2id for the self-test vault: fixed at 16 MiB, 2 passes, 1 lane (about a tenth
of a second per derivation). The real code path, but far below the calibrated production
cost (at least 64 MiB, about a second): the self-test checks that key derivation works,
not how strong it is, and must finish in seconds on any laptop."""

SELF_TEST_KDF_ITERATIONS = 2
STEP_TIMEOUT_MS = 60_000
"""Longest wait for the window's background unlock."""

_SEARCH_WORD = "zelftestwoord"
_NOTES = (
    "Fictieve zelftest: eerste notitie over het jeugdhuis.",
    f"Fictieve zelftest: tweede notitie met het {_SEARCH_WORD}.",
    "Fictieve zelftest: coördinatie met de school, derde notitie.",
)


@dataclass
class _State:
    """What one step hands to the next."""

    vault: UnlockedVault | None = None
    case_id: int | None = None
    note_ids: list[int] = field(default_factory=list)

    def open_vault(self) -> UnlockedVault:
        if self.vault is None:
            raise SelfTestFailure("no vault from an earlier step")
        return self.vault


_PROBES = (
    (("QPlatformTheme", "Cancel"), "Annuleren"),  # from Qt's qtbase_nl
    (("MainWindow", "&Lock"), ""),  # from ours: any translation
)
"""Strings whose Dutch proves a catalogue is in use. Kept out of literal ``translate(...)``
calls so that ``make i18n-update`` does not copy them into our catalogue."""


class SelfTestFailure(Exception):
    """A step did not give the expected outcome (the message names what, never content)."""


def _isolate_environment(root: Path) -> None:
    """Point every per-user data and config location of this process into ``root``."""
    for name in (
        "LOCALAPPDATA",
        "APPDATA",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
    ):
        folder = root / "env" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window appears


def _report(line: str) -> None:
    # A windowed program on Windows may have no standard output at all (sys.stdout is None).
    if sys.stdout is not None:
        with contextlib.suppress(OSError):  # a closed pipe must not fail the test itself
            print(line, flush=True)


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailure(what)


class _Run:
    """Runs the steps in order and reports each; stops at the first failure."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed: str | None = None

    def step(self, name: str, action: Callable[[], str]) -> bool:
        if self.failed is not None:
            return False
        started = time.perf_counter()
        try:
            detail = action()
        except SelfTestFailure as exc:
            self.failed = name
            _report(f"self-test: {name:<12} FAILED: {exc}")
            return False
        except Exception as exc:  # any failure of a real code path is the finding
            code = getattr(exc, "code", None)
            suffix = f" [{code.name}]" if code is not None and hasattr(code, "name") else ""
            self.failed = name
            _report(f"self-test: {name:<12} FAILED: {type(exc).__name__}{suffix}")
            return False
        self.passed += 1
        _report(f"self-test: {name:<12} ok    {time.perf_counter() - started:6.2f} s  {detail}")
        return True


def run_self_test(hardening: Hardening) -> int:
    """Run every step; return the process exit status (0 all passed, 1 otherwise).

    ``hardening`` is what :func:`vault.api.harden_process` did at start-up."""
    started = time.perf_counter()
    run = _Run()
    if run.step("hardening", lambda: _check_hardened(hardening)):
        with tempfile.TemporaryDirectory(prefix="tafelboek-self-test-") as tmp:
            root = Path(tmp)
            _isolate_environment(root)
            _run_steps(run, root)
        run.step("clean-up", lambda: _check_removed(root))
    total = time.perf_counter() - started
    if run.failed is None:
        _report(f"self-test: passed ({run.passed} steps, {total:.2f} s)")
        return 0
    _report(f"self-test: FAILED at step {run.failed!r} ({run.passed} steps passed)")
    return 1


def _check_hardened(hardening: Hardening) -> str:
    _check(
        hardening.steps.get("freed_memory_wiped") is True,
        "SQLCipher's memory security could not be turned on",
    )
    took = [name for name, done in hardening.steps.items() if done]
    missed = [name for name, done in hardening.steps.items() if not done]
    return ", ".join(took) + (f"; not: {', '.join(missed)}" if missed else "")


def _check_removed(root: Path) -> str:
    _check(not root.exists(), "the temporary folder is still there")
    return "temporary folder removed"


def _run_steps(run: _Run, root: Path) -> None:
    kdf = FixedKdf(
        KdfParams(SELF_TEST_KDF_MEMORY_KIB, SELF_TEST_KDF_ITERATIONS, 1),
        floor_memory_kib=SELF_TEST_KDF_MEMORY_KIB,
    )
    passphrase = secrets.token_urlsafe(24)
    vault_dir = root / "vault"
    vault_dir.mkdir()
    path = vault_dir / DEFAULT_VAULT_NAME
    # Created only now: the environment above must be in place before Qt starts.
    app = QCoreApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    state = _State()

    def translations() -> str:
        installed = install_translators(app, Language.DUTCH)
        _check(len(installed) == 2, "Qt's qtbase_nl or Tafelboek's Dutch catalogue is missing")
        for (context, source), dutch in _PROBES:
            found = QCoreApplication.translate(context, source)
            _check(found == dutch if dutch else found != source, f"{context} is not translated")
        return "qtbase_nl and tafelboek_nl_BE loaded"

    def create() -> str:
        vault = UnlockedVault.create(path, passphrase, kdf=kdf, clock=SystemClock())
        state.vault = vault
        header = vault.kdf
        return f"Argon2id {header.memory_kib // 1024} MiB, t={header.iterations}, p=1"

    def notes() -> str:
        vault = state.open_vault()
        me = vault.people.add("Zelftest Gebruiker", Role.YOUTH_OFFICER, is_self=True)
        cell = vault.cells.add("LIVC R Zelftest (fictief)")
        case = vault.cases.add(cell, "ZT-0001")
        meeting = vault.meetings.start(
            cell, datetime.now(UTC), TableKind.OPERATIONAL, case_ids=[case]
        )
        item = next(i.id for i in vault.meetings.agenda(meeting) if i.kind is AgendaItemKind.CASE)
        ids = [vault.notes.add(body, agenda_item_id=item) for body in _NOTES]
        vault.notes.update(ids[0], _NOTES[0] + " Aangevuld.")
        _check(vault.notes.get(ids[0]).body.endswith("Aangevuld."), "a changed note reads back")
        _check(vault.notes.get(ids[1]).body == _NOTES[1], "a note reads back unchanged")
        _check(len(vault.notes.list(meeting_id=meeting)) >= len(ids), "the notes are listed")
        for note_id in ids:
            vault.releases.release(
                note_id, ReleaseKind.OWN_DOSSIER, info_owner_id=me, agreed_meeting_id=meeting
            )
        state.case_id, state.note_ids = case, ids
        return f"{len(ids)} written, 1 changed, all read back"

    def find() -> str:
        vault = state.open_vault()
        ids = state.note_ids
        hits = vault.search(_SEARCH_WORD)
        _check([hit.note_id for hit in hits] == [ids[1]], "search finds the one note")
        folded = vault.search("coordinatie")  # typed without the accent
        _check([hit.note_id for hit in folded] == [ids[2]], "search folds accents")
        return "2 queries, expected hits"

    def pdf() -> str:
        vault = state.open_vault()
        dest = root / "zelftest.pdf"
        request = DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=state.case_id)
        vault.documents.export(
            request, dest, password=secrets.token_urlsafe(12), today=date.today()
        )
        data = dest.read_bytes()
        _check(data.startswith(b"%PDF-"), "the file is a PDF")
        _check(b"/Encrypt" in data, "the PDF is encrypted")
        return f"dossier extract, AES-256, {len(data) // 1024} KiB"

    def reopen() -> str:
        state.open_vault().close()
        with UnlockedVault.open(path, passphrase, kdf_profile=kdf) as vault:
            _check(len(vault.search(_SEARCH_WORD)) == 1, "the reopened vault holds the notes")
        try:
            UnlockedVault.open(path, passphrase + "x", kdf_profile=kdf).close()
        except VaultError as exc:
            _check(exc.code is ErrorCode.WRONG_PASSPHRASE, "a wrong passphrase is refused")
        else:
            raise SelfTestFailure("a wrong passphrase opened the vault")
        return "closed, reopened, wrong passphrase refused"

    def window() -> str:
        context = AppContext(
            kdf=kdf, vault_dir=vault_dir, prompts=DialogPrompts(), platform_hooks=NullHooks()
        )
        main = MainWindow(context)
        try:
            main.show()
            _check(main.current_page() is main.unlock_page, "the unlock form is shown first")
            loop = QEventLoop()
            main.vault_opened.connect(loop.quit)
            main.job_failed.connect(loop.quit)
            QTimer.singleShot(STEP_TIMEOUT_MS, loop.quit)
            main.unlock_form.passphrase.setText(passphrase)
            main.unlock_form.primary.click()
            loop.exec()
            _check(main.vault is not None, "the window unlocks the vault")
            _check(main.current_page() is main.notebook, "the notebook is shown after unlocking")
            main.lock()
            _check(main.vault is None, "locking closes the vault")
            _check(main.current_page() is main.unlock_page, "locking shows the unlock form")
        finally:
            main.close()
            main.deleteLater()
        return "unlock form, unlocked, locked"

    try:
        run.step("translations", translations)
        run.step("create", create)
        run.step("notes", notes)
        run.step("search", find)
        run.step("pdf", pdf)
        run.step("reopen", reopen)
        run.step("window", window)
    finally:
        if state.vault is not None:
            state.vault.close()  # safe twice
