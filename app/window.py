"""The main window: create or unlock a vault, show it, lock it again.

The window title is always just the product name: it never names a vault, a case or
anything typed (rule P2).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QWidget

from app.context import APP_NAME, AppContext
from app.documents import KINDS, DocumentDialog, kind_action_text
from app.i18n import ui_language
from app.locking import LockGuard
from app.meeting_screen import MeetingScreen
from app.messages import error_message, strengthen_error_message
from app.notebook import Draft, NotebookView
from app.strengthen import StrengthenDialog
from app.unlock import CreateForm, UnlockForm
from app.widgets import centred_column
from app.workers import VaultJob, VaultWork, create_vault, open_vault
from vault.documents import document_choices
from vault.errors import ErrorCode, VaultError
from vault.kdf import ProgressCallback
from vault.policy import DocumentKind
from vault.store import Vault


class MainWindow(QMainWindow):
    """One window over one vault at a time."""

    vault_opened = Signal()
    vault_locked = Signal()
    job_failed = Signal(object)
    """Carries the :class:`~vault.ErrorCode` (or ``None``) after a failed create or unlock."""
    strengthened = Signal()
    """The open vault was re-encrypted under its own passphrase with today's settings."""
    strengthen_failed = Signal(object)
    """Carries the :class:`~vault.ErrorCode` (or ``None``) when strengthening did not happen."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._vault: Vault | None = None
        self._path: Path = context.default_vault_path
        self._job: VaultJob | None = None
        self._drafts: dict[Path, Draft] = {}
        self.strengthen_dialog: StrengthenDialog | None = None
        self._strengthening = False
        """True while the open vault is re-encrypted on the pool: nothing else may touch it."""
        self._lock_when_done = False
        self.document_dialog: DocumentDialog | None = None
        self._exporting = False
        """True while a document is written on the pool: nothing else may touch the vault."""
        self._vault_actions: list[QAction] = []
        """Actions that need an unlocked vault: enabled on unlock, disabled on lock."""
        self._content_dialogs: list[QDialog] = []
        """Open dialogs that show vault content: closed and deleted when the vault locks."""

        self.setWindowTitle(APP_NAME)
        self.resize(960, 680)
        self.setMinimumSize(620, 560)

        self.create_form = CreateForm()
        self.unlock_form = UnlockForm()
        self.notebook = NotebookView()
        self.meeting_screen = MeetingScreen()
        self.create_page = centred_column(self.create_form)
        self.unlock_page = centred_column(self.unlock_form)
        self._stack = QStackedWidget()
        for page in (self.create_page, self.unlock_page, self.notebook, self.meeting_screen):
            self._stack.addWidget(page)
        self.setCentralWidget(self._stack)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu_bar = self.menuBar()
        menu_bar.setAccessibleName(self.tr("Menu bar"))
        vault_menu = menu_bar.addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        self.lock_on_minimise_action = QAction(self.tr("Lock when &minimised"), self)
        self.lock_on_minimise_action.setCheckable(True)
        self.lock_on_minimise_action.setChecked(context.lock_settings.lock_on_minimise)
        self.lock_on_minimise_action.toggled.connect(self._set_lock_on_minimise)
        vault_menu.addAction(self.lock_on_minimise_action)
        vault_menu.addSeparator()
        vault_menu.addAction(quit_action)
        self.addAction(self.lock_action)

        # The participant at the table: meetings, attendance and notes per agenda item.
        self.meetings_action = QAction(self.tr("&Meetings…"), self)
        self.meetings_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.meetings_action.triggered.connect(self.show_meetings)
        self.meetings_menu = menu_bar.addMenu(self.tr("Ta&ble"))
        self.meetings_menu.addAction(self.meetings_action)
        self.addAction(self.meetings_action)

        # Documents leave the vault: only while it is unlocked, one entry per kind.
        self.make_document_action = QAction(self.tr("Make a &document…"), self)
        self.make_document_action.setShortcut(QKeySequence("Ctrl+E"))
        self.make_document_action.triggered.connect(lambda: self.open_document_dialog())
        self.documents_menu = menu_bar.addMenu(self.tr("&Documents"))
        self.documents_menu.addAction(self.make_document_action)
        self.documents_menu.addSeparator()
        self.document_actions: dict[DocumentKind, QAction] = {}
        for kind in KINDS:
            action = QAction(kind_action_text(kind), self)
            action.triggered.connect(partial(self._open_document_of_kind, kind))
            self.documents_menu.addAction(action)
            self.document_actions[kind] = action
        self.addAction(self.make_document_action)
        self._enable_documents(False)
        self.meetings_action.setEnabled(False)

        self.create_form.create_requested.connect(self._create)
        self.unlock_form.unlock_requested.connect(self._unlock)
        self.create_form.open_other_requested.connect(self.choose_other_vault)
        self.unlock_form.open_other_requested.connect(self.choose_other_vault)
        self.notebook.lock_requested.connect(self.lock)
        self.notebook.strengthen_requested.connect(self.offer_strengthening)
        self.meeting_screen.back_requested.connect(self.show_notebook)

        # Idle time, session lock, suspend, minimise: each ends in lock() (P12).
        self.lock_guard = LockGuard(
            self,
            self.lock,
            clock=context.boot_clock,
            settings=context.lock_settings,
            hooks=context.platform_hooks,
        )
        self.vault_opened.connect(self.lock_guard.vault_opened)
        self.vault_locked.connect(self.lock_guard.vault_locked)

        self.show_start()

    # ------------------------------------------------------------------ registries
    def add_vault_action(self, action: QAction) -> QAction:
        """Register ``action`` as usable only while a vault is unlocked (and the window idle)."""
        action.setEnabled(self._vault is not None)
        self._vault_actions.append(action)
        return action

    def _enable_vault_actions(self, enabled: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(enabled)

    def track_content_dialog(self, dialog: QDialog) -> QDialog:
        """Register a dialog that shows vault content: locking closes and deletes it (P12).

        Its ``finished`` signal should lead to :meth:`forget_content_dialog` (done here).
        """
        self._content_dialogs.append(dialog)
        dialog.finished.connect(partial(self._forget_content_dialog, dialog))
        return dialog

    def _forget_content_dialog(self, dialog: QDialog, _result: int = 0) -> None:
        if dialog in self._content_dialogs:
            self._content_dialogs.remove(dialog)
            dialog.deleteLater()

    def _close_content_dialogs(self) -> None:
        for dialog in list(self._content_dialogs):
            dialog.reject()  # emits finished → forgotten and deleted
        self._content_dialogs.clear()

    # ------------------------------------------------------------------ state
    @property
    def vault(self) -> Vault | None:
        """The open vault, if any."""
        return self._vault

    @property
    def is_busy(self) -> bool:
        return self._job is not None or self._exporting

    def current_page(self) -> QWidget | None:
        return self._stack.currentWidget()

    # ------------------------------------------------------------------ screens
    def show_start(self) -> None:
        """The default vault: unlock it if it exists, else offer to create it."""
        path = self._context.default_vault_path
        if path.exists():
            self.show_unlock(path)
        else:
            self.show_create(path)

    def show_create(self, path: Path) -> None:
        self._path = path
        self.create_form.reset()
        self.create_form.set_path(path)
        self._stack.setCurrentWidget(self.create_page)
        self.create_form.passphrase.setFocus()

    def show_unlock(self, path: Path) -> None:
        self._path = path
        self.unlock_form.reset()
        self.unlock_form.set_path(path)
        self._stack.setCurrentWidget(self.unlock_page)
        self.unlock_form.passphrase.setFocus()

    @Slot()
    def choose_other_vault(self) -> None:
        chosen = self._context.prompts.choose_vault_file(self, self._context.vault_dir)
        if chosen is not None:
            self.show_unlock(chosen)

    @Slot()
    def show_meetings(self) -> None:
        """The meetings of the open vault (saves the notebook's pending edit first)."""
        vault = self._vault
        if vault is None or self.is_busy or self._strengthening:
            return
        if not self.notebook.save_pending():
            return
        self.meeting_screen.show_vault(vault)
        self._stack.setCurrentWidget(self.meeting_screen)

    @Slot()
    def show_notebook(self) -> None:
        if self._vault is None:
            return
        self.notebook.show_vault(self._vault)
        self._stack.setCurrentWidget(self.notebook)

    # ------------------------------------------------------------------ slow work
    @Slot(str)
    def _create(self, passphrase: str) -> None:
        ctx = self._context
        self.create_form.set_busy(True)
        self.create_form.busy.set_fraction(0.0, self._calibrating_text())
        self._start(partial(create_vault, self._path, passphrase, ctx.kdf, ctx.clock))

    @Slot(str)
    def _unlock(self, passphrase: str) -> None:
        ctx = self._context
        self.unlock_form.set_busy(True)
        self.unlock_form.busy.start(self.tr("Unlocking the vault…"))
        path = self._path
        self._start(lambda _progress: open_vault(path, passphrase, ctx.kdf, ctx.clock))

    def _start(
        self,
        work: VaultWork,
        *,
        progress: ProgressCallback | None = None,
        succeeded: Callable[[Vault], None] | None = None,
        failed: Callable[[ErrorCode | None], None] | None = None,
    ) -> None:
        """Run ``work`` on the pool; its outcome arrives in the given slots (GUI thread)."""
        job = VaultJob(work)
        job.signals.progress.connect(progress or self._on_progress)
        job.signals.succeeded.connect(succeeded or self._on_succeeded)
        job.signals.failed.connect(failed or self._on_failed)
        self._job = job
        self._context.thread_pool.start(job)

    def _calibrating_text(self) -> str:
        return self.tr("Tuning the key protection to this computer…")

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        busy = self.create_form.busy
        if fraction < 1.0:
            busy.set_fraction(fraction, self._calibrating_text())
        else:
            # Calibration is done; deriving the key itself reports no progress.
            busy.start(self.tr("Creating the vault…"))

    @Slot(object)
    def _on_succeeded(self, vault: Vault) -> None:
        if self._job is None or self._job.result is not vault:
            vault.close()  # a result nobody waits for any more (the window was closed)
            return
        self._job = None
        self._vault = vault
        self.create_form.reset()
        self.unlock_form.reset()
        self.notebook.show_vault(vault, self._drafts.pop(vault.path, None))
        self._stack.setCurrentWidget(self.notebook)
        self.lock_action.setEnabled(True)
        self.meetings_action.setEnabled(True)
        self._enable_documents(True)
        self._enable_vault_actions(True)
        meeting_draft = self.meeting_screen.draft
        if meeting_draft is not None and meeting_draft.vault_path == vault.path:
            self.show_meetings()  # put back the text that could not be saved at locking
            self.meeting_screen.open_meeting(meeting_draft.meeting_id)
        self.vault_opened.emit()

    @Slot(object)
    def _on_failed(self, code: ErrorCode | None) -> None:
        self._job = None
        message = error_message(code)
        if self.current_page() is self.unlock_page:
            if code is ErrorCode.WRONG_PASSPHRASE:
                self.unlock_form.show_wrong_passphrase(message)
            else:
                self.unlock_form.show_error(message)
        else:
            self.create_form.show_error(message)
        self.job_failed.emit(code)

    # ------------------------------------------------------------------ strengthening
    @Slot()
    def offer_strengthening(self) -> None:
        """Open the dialog that re-encrypts a weakly protected vault (same passphrase)."""
        if self._vault is None or self._job is not None or self._exporting:
            return
        if self.strengthen_dialog is not None:
            self.strengthen_dialog.raise_()
            self.strengthen_dialog.activateWindow()
            return
        dialog = StrengthenDialog(self)
        dialog.strengthen_requested.connect(self._strengthen)
        dialog.finished.connect(self._on_strengthen_dialog_finished)
        self.strengthen_dialog = dialog
        dialog.open()  # window-modal, and returns at once: the event loop keeps running

    @Slot(str)
    def _strengthen(self, passphrase: str) -> None:
        vault, dialog = self._vault, self.strengthen_dialog
        if vault is None or dialog is None or self._job is not None or self._exporting:
            return
        # The vault's connection is closed and reopened during the work: save now, then
        # let nothing else reach the vault until it is done.
        if not (self.notebook.save_pending() and self.meeting_screen.save_pending()):
            dialog.show_error(
                self.tr(
                    "Your latest edits could not be saved, so nothing was changed. Close "
                    "this window, save your text, then try again."
                )
            )
            return
        self._strengthening = True
        self.notebook.set_busy(True)
        self.meeting_screen.set_busy(True)
        self.lock_action.setEnabled(False)
        self._enable_documents(False)
        self._enable_vault_actions(False)
        dialog.set_busy(True)
        kdf = self._context.kdf

        def work(progress: ProgressCallback) -> Vault:
            vault.change_passphrase(passphrase, passphrase, kdf=kdf, progress=progress)
            return vault

        self._start(
            work,
            progress=dialog.show_progress,
            succeeded=self._on_strengthened,
            failed=self._on_strengthen_failed,
        )

    def _end_strengthening(self) -> None:
        self._strengthening = False
        self.notebook.set_busy(False)
        self.meeting_screen.set_busy(False)
        self.lock_action.setEnabled(self._vault is not None)
        self._enable_documents(self._vault is not None)
        self._enable_vault_actions(self._vault is not None)
        if self.strengthen_dialog is not None:
            self.strengthen_dialog.set_busy(False)

    @Slot(object)
    def _on_strengthened(self, vault: Vault) -> None:
        if not self._strengthening or self._job is None or self._job.result is not vault:
            return  # the window was closed meanwhile
        self._job = None
        self._end_strengthening()
        self.notebook.refresh_protection()
        if self.strengthen_dialog is not None:
            self.strengthen_dialog.show_done(strengthened=not vault.header.kdf.below_floor)
        self.strengthened.emit()
        self._lock_if_asked()

    @Slot(object)
    def _on_strengthen_failed(self, code: ErrorCode | None) -> None:
        if not self._strengthening:
            return  # the window was closed meanwhile
        self._job = None
        self._end_strengthening()
        vault = self._vault
        if vault is not None and not vault.is_open:
            # The vault could not be reopened after the failure: lock, say what happened.
            self._lock_when_done = False
            self.lock()
            self.unlock_form.show_error(error_message(code))
        else:
            self.notebook.refresh_protection()
            if self.strengthen_dialog is not None:
                self.strengthen_dialog.show_error(strengthen_error_message(code))
        self.strengthen_failed.emit(code)
        self._lock_if_asked()

    @Slot(int)
    def _on_strengthen_dialog_finished(self, _result: int) -> None:
        dialog, self.strengthen_dialog = self.strengthen_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._vault is not None and self.current_page() is self.notebook:
            self.notebook.editor.setFocus()

    # ------------------------------------------------------------------ documents
    def _enable_documents(self, enabled: bool) -> None:
        """The Documents menu works only while a vault is unlocked and nothing else runs."""
        self.documents_menu.menuAction().setEnabled(enabled)
        self.make_document_action.setEnabled(enabled)
        for action in self.document_actions.values():
            action.setEnabled(enabled)

    def _open_document_of_kind(self, kind: DocumentKind, _checked: bool = False) -> None:
        self.open_document_dialog(kind)

    @Slot()
    def open_document_dialog(self, kind: DocumentKind | None = None) -> None:
        """Open the dialog that makes a PDF; ``kind`` preset, or chosen in the dialog."""
        vault = self._vault
        if vault is None or self._job is not None or self._strengthening or self._exporting:
            return
        if self.document_dialog is not None:
            self.document_dialog.raise_()
            self.document_dialog.activateWindow()
            return
        try:
            choices = document_choices(vault, language=ui_language())
        except VaultError as exc:
            self.notebook.warnings.show_message(error_message(exc.code))
            return
        ctx = self._context
        dialog = DocumentDialog(
            vault, ctx.prompts, ctx.thread_pool, kind=kind, choices=choices, parent=self
        )
        dialog.export_started.connect(self._on_export_started)
        dialog.export_finished.connect(self._on_export_finished)
        dialog.finished.connect(self._on_document_dialog_finished)
        self.document_dialog = dialog
        dialog.open()  # window-modal, and returns at once: the event loop keeps running

    @Slot()
    def _on_export_started(self) -> None:
        # The pool is about to read and write the vault: save now, then let nothing else
        # reach it until the document is written (a moment). Unsaved text stays put.
        self.notebook.save_pending()
        self.meeting_screen.save_pending()
        self._exporting = True
        self.notebook.set_busy(True)
        self.meeting_screen.set_busy(True)
        self._enable_documents(False)
        self._enable_vault_actions(False)

    @Slot()
    def _on_export_finished(self) -> None:
        if not self._exporting:
            return  # the window was closed meanwhile
        self._exporting = False
        self.notebook.set_busy(False)
        self.meeting_screen.set_busy(False)
        self._enable_documents(self._vault is not None)
        self._enable_vault_actions(self._vault is not None)
        self._lock_if_asked()

    @Slot(int)
    def _on_document_dialog_finished(self, _result: int) -> None:
        dialog, self.document_dialog = self.document_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._vault is not None and self.current_page() is self.notebook:
            self.notebook.editor.setFocus()

    @Slot(bool)
    def _set_lock_on_minimise(self, checked: bool) -> None:
        self._context.lock_settings.lock_on_minimise = checked

    def _lock_if_asked(self) -> None:
        if self._lock_when_done:
            self._lock_when_done = False
            self.lock()

    # ------------------------------------------------------------------ locking
    @Slot()
    def lock(self) -> None:
        """Save, wipe every widget holding content, close the vault, show the unlock form.

        While the vault is being strengthened or a document is written, it cannot be
        closed: the lock then happens the moment that work ends (a few seconds at most).
        """
        vault = self._vault
        if vault is None:
            return
        if self._strengthening or self._exporting:
            self._lock_when_done = True
            return
        if self.strengthen_dialog is not None:
            self.strengthen_dialog.reject()
        if self.document_dialog is not None:
            self.document_dialog.close_for_lock()
        self._close_content_dialogs()
        if not self.notebook.save_pending():
            draft = self.notebook.unsaved_draft()
            if draft is not None:
                self._drafts[vault.path] = draft  # memory only, offered after unlock (P12)
        saved = self.meeting_screen.save_pending()
        if not saved:
            self.meeting_screen.keep_draft()  # memory only, put back when the meeting opens
        self.meeting_screen.clear(keep_draft=not saved)
        self.notebook.clear()
        self._vault = None
        self.lock_action.setEnabled(False)
        self.meetings_action.setEnabled(False)
        self._enable_documents(False)
        self._enable_vault_actions(False)
        vault.close()
        self.show_unlock(vault.path)
        self.vault_locked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A running derivation cannot be interrupted; wait for it so no vault stays open.
        self._context.thread_pool.waitForDone()
        job, self._job = self._job, None
        if self._exporting:
            self._lock_when_done = False
            self._exporting = False  # the document is written; its queued result is ignored
            self.notebook.set_busy(False)
        if self._strengthening:
            self._lock_when_done = False
            self._end_strengthening()  # its result, still queued, is ignored
        elif job is not None and job.result is not None:
            job.result.close()
        self.lock()
        self.lock_guard.close()
        self._drafts.clear()
        self.meeting_screen.clear()
        super().closeEvent(event)
