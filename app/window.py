"""The main window: create or unlock a vault, show it, lock it again.

The window title is always just the product name: it never names a vault, a case or
anything typed (rule P2).

Why this file is longer than ~500 lines: it is the one place where the menus, the pages
and the dialogs of a window meet, and what each does depends on the vault's state. That
state is not kept here: :class:`app.session.vault_session.VaultSession` owns the open
vault, its task runner, what holds it, drafts and locking; vault care
(:mod:`app.care.vault_care`) and the dialogs do their own work. What stays is wiring —
building the menus, opening each dialog once, reacting to the session — in short methods
grouped by section.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app.care.strengthening import Strengthening
from app.care.vault_care import VaultCare
from app.dialogs.strengthen import StrengthenDialog
from app.platform.capture import CaptureGuard
from app.platform.i18n import ui_language
from app.screens.first_run import FirstRunPage, FirstRunWelcome, needs_first_run
from app.screens.meeting.screen import MeetingScreen
from app.screens.notebook import NotebookView
from app.screens.unlock import CreateForm, UnlockForm
from app.session.context import APP_NAME, AppContext
from app.session.demo_vault import demo_vault_path, open_demo_vault
from app.session.locking import LockGuard
from app.session.tasks import Failure, Work, error_code
from app.session.vault_session import Hold, VaultSession
from app.session.workers import create_vault, open_vault
from app.widgets.basics import DemoBanner, centred_column
from app.widgets.strength_meter import local_personal_words
from app.wording.document_kinds import KINDS, kind_action_text
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.errors import ErrorCode, VaultError
from vault.kdf import ProgressCallback
from vault.policy import DocumentKind
from vault.strength import vault_file_words

if TYPE_CHECKING:
    # Dialogs load when first opened, not at start-up (the unlock form appears sooner);
    # the PDF machinery (reportlab) loads when a document is made.
    from app.dialogs.actions_overview import ActionsOverviewDialog
    from app.dialogs.case_retention import CaseRetentionDialog
    from app.dialogs.cases import CasesDialog
    from app.dialogs.documents import DocumentDialog
    from app.dialogs.participation_wizard import ParticipationWizard
    from app.dialogs.preferences import PreferencesDialog
    from app.dialogs.retention import RetentionDialog
    from app.dialogs.search import SearchDialog
    from app.screens.cells import CellsDialog
    from app.screens.representative import RepresentativeDialog


def default_window_size(screen: QScreen | None) -> QSize:
    """A first window that fits ``screen`` with its title and task bars (issue 17): up to
    1366×860, at least 960×680 (the size the screens are laid out for)."""
    available = screen.availableGeometry().size() if screen is not None else QSize(1366, 728)
    if available.width() < 960:
        return QSize(960, 680)  # a screen smaller than the layouts: the least they need
    width = max(960, min(1366, available.width() - 40))
    height = max(680, min(860, available.height() - 40))
    return QSize(width, height)


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
        self.session = VaultSession(context, self)
        """The open vault, its one task runner, who holds it, drafts and locking."""
        self._path: Path = context.default_vault_path
        self.document_dialog: DocumentDialog | None = None
        self._vault_actions: list[QAction] = []
        """Actions that need an unlocked vault: enabled on unlock, disabled on lock."""
        self._content_dialogs: list[QDialog] = []
        """Open dialogs that show vault content: closed and deleted when the vault locks."""
        self.preferences_dialog: PreferencesDialog | None = None

        self.setWindowTitle(APP_NAME)
        self._place_window()  # the size it had, or one that fits the screen (issue 17)
        self.setMinimumSize(620, 560)

        self.create_form = CreateForm()
        self.unlock_form = UnlockForm()
        self.notebook = NotebookView()
        self.meeting_screen = MeetingScreen()
        self.first_run = FirstRunPage()
        """The first steps (cell, members, first meeting) of a vault without a cell."""
        self.create_page = centred_column(self.create_form)
        self.unlock_page = centred_column(self.unlock_form)
        self._stack = QStackedWidget()
        for page in (
            self.create_page,
            self.unlock_page,
            self.notebook,
            self.meeting_screen,
            self.first_run,
        ):
            self._stack.addWidget(page)
        self.demo_banner = DemoBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self._stack, 1)
        self.setCentralWidget(central)

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
        # Vault care: passphrase, backups, integrity (app/care/vault_care.py); preferences.
        self.vault_care = VaultCare(self, self.session, context, self)
        self.change_passphrase_action = self.add_vault_action(
            QAction(self.tr("C&hange passphrase…"), self)
        )
        self.change_passphrase_action.triggered.connect(self.vault_care.change_passphrase)
        self.backup_action = self.add_vault_action(QAction(self.tr("Make a &backup…"), self))
        self.backup_action.triggered.connect(self.vault_care.make_backup)
        # Restoring works while locked too: a damaged vault cannot be unlocked first.
        self.restore_action = QAction(self.tr("&Restore a backup…"), self)
        self.restore_action.triggered.connect(self.vault_care.restore_backup)
        self.check_action = self.add_vault_action(QAction(self.tr("&Check the vault…"), self))
        self.check_action.triggered.connect(self.vault_care.check_vault)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.triggered.connect(self.open_preferences)
        vault_menu.addSeparator()
        for action in (
            self.change_passphrase_action,
            self.backup_action,
            self.restore_action,
            self.check_action,
        ):
            vault_menu.addAction(action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.preferences_action)
        vault_menu.addSeparator()
        vault_menu.addAction(quit_action)
        self.addAction(self.lock_action)

        # The participant at the table: meetings, attendance and notes per agenda item.
        self.meetings_action = QAction(self.tr("&Meetings…"), self)
        self.meetings_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.meetings_action.triggered.connect(self.show_meetings)
        self.meetings_menu = menu_bar.addMenu(self.tr("Ta&ble"))
        self.meetings_menu.menuAction().setEnabled(False)  # no vault yet: nothing in it
        self.meetings_menu.addAction(self.meetings_action)
        self.addAction(self.meetings_action)
        # Search (Ctrl+F) and the retention review: dialogs over vault content (P12).
        self.search_dialog: SearchDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.search_action = self.add_vault_action(QAction(self.tr("&Search…"), self))
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.open_search)
        self.retention_action = self.add_vault_action(QAction(self.tr("&Retention review…"), self))
        self.retention_action.triggered.connect(self.open_retention_review)
        # Cases over many meetings (P13): the list, each case's file, retention by case.
        self.cases_dialog: CasesDialog | None = None
        self.case_retention_dialog: CaseRetentionDialog | None = None
        self.cases_action = self.add_vault_action(QAction(self.tr("Cas&es…"), self))
        self.cases_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.cases_action.triggered.connect(self.open_cases)
        self.case_retention_action = self.add_vault_action(
            QAction(self.tr("Re&tention by case…"), self)
        )
        self.case_retention_action.triggered.connect(self.open_case_retention)
        # Actions across meetings and cells: mine, per organisation, overdue (P13).
        self.actions_overview: ActionsOverviewDialog | None = None
        self.actions_overview_action = self.add_vault_action(QAction(self.tr("Act&ions…"), self))
        self.actions_overview_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.actions_overview_action.triggered.connect(self.open_actions_overview)
        self.meetings_menu.addAction(self.cases_action)
        self.meetings_menu.addAction(self.actions_overview_action)
        self.meetings_menu.addAction(self.search_action)
        self.meetings_menu.addAction(self.retention_action)
        self.meetings_menu.addAction(self.case_retention_action)
        self.addAction(self.search_action)
        self.addAction(self.cases_action)
        self.addAction(self.actions_overview_action)
        # The permanent representative, the cells, and the participation assessment (P4, P10).
        self.representation_dialog: RepresentativeDialog | None = None
        self.cells_dialog: CellsDialog | None = None
        self.participation_wizard: ParticipationWizard | None = None
        self.representation_action = self.add_vault_action(
            QAction(self.tr("Re&presentation…"), self)
        )
        self.representation_action.triggered.connect(self.open_representation)
        self.cells_action = self.add_vault_action(QAction(self.tr("&Cells…"), self))
        self.cells_action.triggered.connect(self.open_cells)
        self.participation_action = self.add_vault_action(
            QAction(self.tr("&Assess participation…"), self)
        )
        self.participation_action.triggered.connect(self.open_participation_wizard)
        self.meetings_menu.addSeparator()
        for action in (self.representation_action, self.cells_action, self.participation_action):
            self.meetings_menu.addAction(action)

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
        self.create_form.demo_requested.connect(self.open_demo)
        self.unlock_form.demo_requested.connect(self.open_demo)
        self.notebook.lock_requested.connect(self.lock)
        self.strengthening = Strengthening(self, self.session, context, self)
        self.strengthening.strengthened.connect(self.strengthened)
        self.strengthening.failed.connect(self.strengthen_failed)
        self.notebook.strengthen_requested.connect(self.offer_strengthening)
        self.meeting_screen.back_requested.connect(self.show_notebook)
        self.first_run.notes_requested.connect(self.show_notebook)
        self.first_run.meeting_requested.connect(self.start_first_meeting)
        self.first_run.cell_saved.connect(self.refresh_cells)

        # Idle time, session lock, suspend, minimise: each ends in lock() (P12).
        self.lock_guard = LockGuard(
            self,
            self.lock,
            clock=context.boot_clock,
            settings=context.lock_settings,
            hooks=context.platform_hooks,
            is_locked=lambda: self.session.vault is None or self.session.locking,
            lock_waiting=lambda: self.session.lock_waiting,
        )
        self.vault_opened.connect(self.lock_guard.vault_opened)
        self.vault_locked.connect(self.lock_guard.vault_locked)
        self.meeting_screen.clipboard = self.lock_guard.clipboard
        # The backup reminder sits above the notebook's warnings; the first-steps welcome
        # (a vault without a cell) above both.
        notebook_layout = self.notebook.layout()
        assert isinstance(notebook_layout, QVBoxLayout)
        notebook_layout.insertWidget(
            notebook_layout.indexOf(self.notebook.warnings), self.vault_care.reminder
        )
        self.welcome = FirstRunWelcome()
        self.welcome.setup_button.clicked.connect(self.show_first_run)
        notebook_layout.insertWidget(
            notebook_layout.indexOf(self.vault_care.reminder), self.welcome
        )
        self.vault_opened.connect(self.vault_care.vault_opened)
        self.vault_locked.connect(self.vault_care.vault_locked)
        # Every window of ours (dialogs too) stays out of screenshots unless allowed (P2).
        self.capture_guard = CaptureGuard(
            self, context.platform_hooks, exclude=not context.settings.allow_screen_capture
        )
        self.capture_excluded = self.capture_guard.main_excluded()
        """Whether the platform confirmed it keeps this window out of screen captures."""

        self.show_start()

    # ------------------------------------------------------------------ registries
    def add_vault_action(self, action: QAction) -> QAction:
        """Register ``action`` as usable only while a vault is unlocked (and the window idle)."""
        action.setEnabled(self.session.vault is not None)
        self._vault_actions.append(action)
        return action

    def _enable_vault_actions(self, enabled: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(enabled)
        self.meetings_menu.menuAction().setEnabled(enabled)  # Tafel: nothing in it when locked

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
    def vault(self) -> UnlockedVault | None:
        """The open vault, if any."""
        return self.session.vault

    @property
    def is_busy(self) -> bool:
        """Work runs on the pool, or something holds the vault (:class:`VaultSession`)."""
        return self.session.is_busy

    @property
    def vault_path(self) -> Path:
        """The vault the window shows now: open, to unlock, or to create."""
        return self._path

    def hold_vault(self, held: bool, *, refresh: bool = False) -> bool:
        """Vault care works on the open vault (``held``), or is done with it.

        Holding saves pending edits first (False, and nothing held, when that fails), then
        stops editing and every action that reaches the vault; a lock waits until the hold
        ends (:meth:`lock_if_asked`). ``refresh`` re-reads the protection banner after.
        """
        if held and not (self.notebook.save_pending() and self.meeting_screen.save_pending()):
            return False
        if held:
            self.session.hold(Hold.CARE)
        else:
            self.session.release()
        self.notebook.set_busy(held)
        self.meeting_screen.set_busy(held)
        vault = self.session.vault
        usable = vault is not None and not held
        self.lock_action.setEnabled(usable)
        self.meetings_action.setEnabled(usable)
        self._enable_documents(usable)
        self._enable_vault_actions(usable)
        self.restore_action.setEnabled(not held)
        if refresh and usable and vault is not None and vault.is_open:
            self.notebook.refresh_protection()
        return True

    def lock_if_asked(self) -> None:
        """Lock now if a lock was asked for while the vault was held."""
        self._lock_if_asked()

    # ------------------------------------------------------------------ preferences
    def apply_capture_setting(self) -> None:
        """Keep every window of ours out of screenshots unless the preferences allow it."""
        self.capture_guard.set_exclude(not self._context.settings.allow_screen_capture)
        self.capture_excluded = self.capture_guard.main_excluded()

    @Slot()
    def open_preferences(self) -> None:
        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            self.preferences_dialog.activateWindow()
            return
        ctx = self._context
        from app.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(ctx.settings, ctx.lock_settings, self)
        dialog.saved.connect(self._on_preferences_saved)
        dialog.finished.connect(partial(self._forget_preferences_dialog, dialog))
        self.preferences_dialog = dialog
        dialog.open()

    def _forget_preferences_dialog(self, dialog: QDialog, _result: int = 0) -> None:
        if self.preferences_dialog is dialog:
            self.preferences_dialog = None
        dialog.deleteLater()

    @Slot()
    def _on_preferences_saved(self) -> None:
        self.lock_on_minimise_action.blockSignals(True)
        self.lock_on_minimise_action.setChecked(self._context.lock_settings.lock_on_minimise)
        self.lock_on_minimise_action.blockSignals(False)
        self.apply_capture_setting()

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
        self.create_form.set_personal_words([*local_personal_words(), *vault_file_words(path)])
        self._stack.setCurrentWidget(self.create_page)
        self.create_form.passphrase.setFocus()

    def show_unlock(self, path: Path) -> None:
        self._path = path
        self.unlock_form.reset()
        self.unlock_form.set_path(path)
        self._stack.setCurrentWidget(self.unlock_page)
        self.unlock_form.passphrase.setFocus()

    def set_unlocking_busy(self, busy: bool) -> None:
        """Keep the unlock form from unlocking while its vault file is replaced."""
        self.unlock_form.set_busy(busy)

    def show_unlock_error(self, text: str) -> None:
        self.unlock_form.show_error(text)

    @Slot()
    def choose_other_vault(self) -> None:
        chosen = self._context.prompts.choose_vault_file(self, self._context.vault_dir)
        if chosen is not None:
            self.show_unlock(chosen)

    @Slot()
    def open_demo(self) -> None:
        """Open the fictional demo vault (built on first use, with visible progress)."""
        if self.session.is_busy:
            return
        ctx = self._context
        path = demo_vault_path(ctx.vault_dir)
        self._path = path
        form = self.unlock_form if self.current_page() is self.unlock_page else self.create_form
        form.set_busy(True)
        form.busy.start(self.tr("Opening the demo vault with invented data…"))
        self._start(partial(open_demo_vault, path, ctx.kdf, ctx.clock), progress=lambda _f: None)

    @Slot()
    def show_meetings(self) -> None:
        """The meetings of the open vault (saves the notebook's pending edit first)."""
        vault = self.session.vault
        if vault is None or self.is_busy:
            return
        if not self.notebook.save_pending():
            return
        if needs_first_run(vault):
            self.show_first_run()  # meetings need a cell: set one up first
            return
        self.meeting_screen.show_vault(vault)
        self._stack.setCurrentWidget(self.meeting_screen)

    def _offer_first_run(self) -> None:
        """The welcome on the notebook while the vault has no cell (Alt+U: first steps)."""
        vault = self.session.vault
        self.welcome.setVisible(vault is not None and needs_first_run(vault))

    @Slot()
    def show_first_run(self) -> None:
        """The first steps: the cell, its members, the first meeting (app/screens/first_run.py)."""
        vault = self.session.vault
        if vault is None or self.is_busy or not self.notebook.save_pending():
            return
        self.first_run.show_vault(vault)
        self._stack.setCurrentWidget(self.first_run)

    @Slot(int)
    def start_first_meeting(self, cell_id: int) -> None:
        """The meeting list of ``cell_id`` with its new-meeting dialog open."""
        self.show_meetings()
        if self.current_page() is not self.meeting_screen:
            return
        self.first_run.clear()
        page = self.meeting_screen.list_page
        page.cell.setCurrentIndex(max(0, page.cell.findData(cell_id)))
        self.meeting_screen.new_meeting()

    @Slot()
    def refresh_cells(self) -> None:
        """A cell was made or renamed: the meeting list's Cell box shows it at once."""
        self._offer_first_run()
        vault = self.session.vault
        page = self.meeting_screen.list_page
        if vault is None or self.meeting_screen.vault is None:
            return
        chosen = page.cell.currentData()
        page.show_vault(vault)
        if chosen is not None and page.cell.findData(chosen) >= 0:
            page.cell.setCurrentIndex(page.cell.findData(chosen))

    @Slot()
    def show_notebook(self) -> None:
        vault = self.session.vault
        if vault is None:
            return
        self.notebook.show_vault(vault)
        self._stack.setCurrentWidget(self.notebook)
        self._offer_first_run()

    # ------------------------------------------------------------------ search, retention
    def _today(self) -> date:
        moment = self._context.clock.now()
        return (moment.astimezone() if moment.tzinfo is not None else moment).date()

    @Slot()
    def open_search(self) -> None:
        """Open the search dialog (Ctrl+F); a chosen result opens in its place.

        Not while presentation mode hides table-only text: results quote notes (P2).
        """
        vault = self.session.vault
        if vault is None or self.is_busy:
            return
        if self.meeting_screen.presentation.active:
            self.meeting_screen.save_state.setText(
                self.tr("Searching shows note text: stop presentation mode first.")
            )
            return
        if self.search_dialog is not None:
            self.search_dialog.raise_()
            self.search_dialog.activateWindow()
            return
        from app.dialogs.search import SearchDialog

        dialog = SearchDialog(vault, self._today(), self)
        dialog.note_chosen.connect(self.show_note)
        dialog.finished.connect(partial(self._forget_own_dialog, "search_dialog", dialog))
        self.search_dialog = dialog
        self.track_content_dialog(dialog)
        dialog.open()

    @Slot(int)
    def show_note(self, note_id: int) -> bool:
        """Show note ``note_id`` in its place: its meeting, item and note, else the notebook."""
        vault = self.session.vault
        if vault is None or self.is_busy:
            return False
        if not (self.notebook.save_pending() and self.meeting_screen.save_pending()):
            return False
        self.show_meetings()
        if self.current_page() is self.meeting_screen and self.meeting_screen.show_note(note_id):
            return True
        # An own reflection, or a text of a whole meeting: the notebook shows it.
        self.show_notebook()
        return self.notebook.show_note(note_id)

    @Slot()
    def open_retention_review(self) -> None:
        """List notes past their retention period; the user may delete them for real."""
        vault = self.session.vault
        if vault is None or self.is_busy:
            return
        if self.retention_dialog is not None:
            self.retention_dialog.raise_()
            self.retention_dialog.activateWindow()
            return
        # Save first: the list must be complete, and nothing typed may be lost to a deletion.
        self.notebook.save_pending()
        self.meeting_screen.save_pending()
        from app.dialogs.retention import RetentionDialog

        dialog = RetentionDialog(vault, self._today(), self)
        dialog.notes_deleted.connect(self._after_retention_delete)
        dialog.finished.connect(partial(self._forget_own_dialog, "retention_dialog", dialog))
        self.retention_dialog = dialog
        self.track_content_dialog(dialog)
        dialog.open()

    @Slot()
    def open_cases(self) -> None:
        """The case list; a case's file opens in its place (Table › Cases…, Ctrl+Shift+C)."""
        vault = self.session.vault
        if vault is None or self.is_busy:
            return
        if self.meeting_screen.presentation.active:
            self.meeting_screen.save_state.setText(
                self.tr("The case list shows note text: stop presentation mode first.")
            )
            return
        if self.cases_dialog is not None:
            self.cases_dialog.raise_()
            self.cases_dialog.activateWindow()
            return
        # Save first: the case file must show what was just typed.
        self.notebook.save_pending()
        self.meeting_screen.save_pending()
        from app.dialogs.cases import CasesDialog

        dialog = CasesDialog(vault, clipboard=self.lock_guard.clipboard, parent=self)
        dialog.meeting_requested.connect(self.show_meeting_item)
        dialog.finished.connect(partial(self._forget_own_dialog, "cases_dialog", dialog))
        # A case put on the agenda of the meeting on screen shows there at once.
        dialog.finished.connect(lambda _r: self.meeting_screen.follow_agenda_changes())
        self.cases_dialog = dialog
        self.track_content_dialog(dialog)
        dialog.open()

    @Slot()
    def open_actions_overview(self) -> None:
        """Actions across meetings and cells (Table › Actions…, Ctrl+Shift+O)."""
        vault = self.session.vault
        if vault is None or self.is_busy:
            return
        if self.meeting_screen.presentation.active:
            self.meeting_screen.save_state.setText(
                self.tr("The actions show note text: stop presentation mode first.")
            )
            return
        if self.actions_overview is not None:
            self.actions_overview.raise_()
            self.actions_overview.activateWindow()
            return
        self.notebook.save_pending()
        self.meeting_screen.save_pending()
        from app.dialogs.actions_overview import ActionsOverviewDialog

        dialog = ActionsOverviewDialog(vault, clipboard=self.lock_guard.clipboard, parent=self)
        dialog.meeting_requested.connect(self.show_meeting_item)
        dialog.finished.connect(partial(self._forget_own_dialog, "actions_overview", dialog))
        self.actions_overview = dialog
        self.track_content_dialog(dialog)
        dialog.open()

    @Slot(int, int)
    def show_meeting_item(self, meeting_id: int, item_id: int) -> None:
        """Show meeting ``meeting_id`` at agenda item ``item_id`` (from a case's file)."""
        if self.session.vault is None or self.is_busy:
            return
        if not self.notebook.save_pending():
            return
        self.show_meetings()
        if self.current_page() is self.meeting_screen:
            self.meeting_screen.open_meeting(meeting_id, item_id)

    @Slot()
    def open_case_retention(self) -> None:
        """Closed cases due for review by their closure reason; deleting one is real (P13)."""
        vault = self.session.vault
        if vault is None or self.is_busy:
            return
        if self.case_retention_dialog is not None:
            self.case_retention_dialog.raise_()
            self.case_retention_dialog.activateWindow()
            return
        self.notebook.save_pending()
        self.meeting_screen.save_pending()
        from app.dialogs.case_retention import CaseRetentionDialog

        dialog = CaseRetentionDialog(vault, self._context.prompts, today=self._today(), parent=self)
        dialog.case_deleted.connect(lambda _case_id: self._after_retention_delete(0))
        dialog.finished.connect(partial(self._forget_own_dialog, "case_retention_dialog", dialog))
        self.case_retention_dialog = dialog
        self.track_content_dialog(dialog)
        dialog.open()

    @Slot(int)
    def _after_retention_delete(self, _count: int) -> None:
        """Deleted notes leave every screen at once (the screens reload from the vault)."""
        vault = self.session.vault
        if vault is None:
            return
        on_meetings = self.current_page() is self.meeting_screen
        self.notebook.show_vault(vault)
        self.meeting_screen.show_vault(vault)
        self._stack.setCurrentWidget(self.meeting_screen if on_meetings else self.notebook)

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
        work: Work,
        *,
        progress: ProgressCallback | None = None,
        succeeded: Callable[[object], None] | None = None,
        failed: Callable[[Failure], None] | None = None,
        what: str = "opening the vault",
    ) -> None:
        """Run ``work`` on the session's runner; its outcome arrives in the given slots."""
        self.session.runner.start(
            work,
            progress=progress or self._on_progress,
            succeeded=succeeded or self._on_succeeded,
            failed=failed or self._on_failed,
            what=what,
        )

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

    def _on_succeeded(self, outcome: object) -> None:
        # A result nobody waits for any more (the window was closed) never arrives here:
        # the runner closes it.
        assert isinstance(outcome, UnlockedVault)
        vault = outcome
        draft = self.session.adopt(vault)
        self.create_form.reset()
        self.unlock_form.reset()
        demo = vault.is_demo
        self.demo_banner.setVisible(demo)
        self.notebook.show_vault(vault, draft)
        self._stack.setCurrentWidget(self.notebook)
        self.lock_action.setEnabled(True)
        self.meetings_action.setEnabled(True)
        self._enable_documents(True)
        self._enable_vault_actions(True)
        meeting_draft = self.meeting_screen.draft
        if self.meeting_screen.place_for(vault.path) is not None:
            # Back where you were (issue 17): the same meeting, item, note and caret, and
            # any text that could not be saved at locking (kept in memory only, P12).
            self.show_meetings()
            if self.current_page() is self.meeting_screen:
                self.meeting_screen.resume()
        elif meeting_draft is not None and meeting_draft.vault_path == vault.path:
            self.show_meetings()  # put back the text that could not be saved at locking
            self.meeting_screen.open_meeting(meeting_draft.meeting_id)
        self._offer_first_run()
        self.vault_opened.emit()

    def _on_failed(self, failure: Failure) -> None:
        code = error_code(failure)
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
    @property
    def strengthen_dialog(self) -> StrengthenDialog | None:
        """The open strengthen dialog, if any (:mod:`app.care.strengthening`)."""
        return self.strengthening.dialog

    @Slot()
    def offer_strengthening(self) -> None:
        """Open the dialog that re-encrypts a weakly protected vault (same passphrase)."""
        self.strengthening.offer()

    def save_pending_edits(self) -> bool:
        """Save what is typed in the notebook and the meeting screen; False if it failed."""
        return self.notebook.save_pending() and self.meeting_screen.save_pending()

    def set_working(self, working: bool) -> None:
        """Work holds the vault (strengthening): editing and every vault action wait."""
        self.notebook.set_busy(working)
        self.meeting_screen.set_busy(working)
        usable = self.session.vault is not None and not working
        self.lock_action.setEnabled(usable)
        self._enable_documents(usable)
        self._enable_vault_actions(usable)

    def refresh_protection(self) -> None:
        self.notebook.refresh_protection()

    def dialog_closed(self) -> None:
        """A dialog of the window closed: the notebook's editor has the focus again."""
        if self.session.vault is not None and self.current_page() is self.notebook:
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
        from app.dialogs.documents import DocumentDialog  # reportlab loads here, not at start-up

        vault = self.session.vault
        if vault is None or self.session.is_busy:
            return
        if self.document_dialog is not None:
            self.document_dialog.raise_()
            self.document_dialog.activateWindow()
            return
        try:
            choices = vault.documents.choices(language=ui_language())
        except VaultError as exc:
            self.notebook.warnings.show_message(error_message(exc.code))
            return
        ctx = self._context
        dialog = DocumentDialog(
            vault, ctx.prompts, self.session.runner, kind=kind, choices=choices, parent=self
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
        self.session.hold(Hold.DOCUMENT)
        self.notebook.set_busy(True)
        self.meeting_screen.set_busy(True)
        self._enable_documents(False)
        self._enable_vault_actions(False)

    @Slot()
    def _on_export_finished(self) -> None:
        if self.session.held is not Hold.DOCUMENT:
            return  # the window was closed meanwhile
        self.session.release()
        self.notebook.set_busy(False)
        self.meeting_screen.set_busy(False)
        opened = self.session.vault is not None
        self._enable_documents(opened)
        self._enable_vault_actions(opened)
        self._lock_if_asked()

    @Slot(int)
    def _on_document_dialog_finished(self, _result: int) -> None:
        dialog, self.document_dialog = self.document_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.dialog_closed()

    # ------------------------------------------------------------------ representation, cells
    def _can_open_content(self) -> bool:
        return self.session.vault is not None and not self.is_busy

    @Slot()
    def open_representation(self) -> None:
        """Per represented colleague: prepared input before, released feedback after (P4)."""
        if self.representation_dialog is not None:
            self.representation_dialog.raise_()
            return
        vault = self.session.vault
        if not self._can_open_content() or vault is None:
            return
        from app.screens.representative import RepresentativeDialog

        dialog = RepresentativeDialog(vault, self)
        dialog.feedback_sheet_requested.connect(self.open_feedback_sheet)
        self.representation_dialog = dialog
        dialog.finished.connect(partial(self._forget_own_dialog, "representation_dialog", dialog))
        self.track_content_dialog(dialog)
        dialog.open()

    @Slot(int)
    def open_feedback_sheet(self, colleague_id: int) -> None:
        """The Documents dialog for the feedback sheet, with this colleague chosen."""
        self.open_document_dialog(DocumentKind.FEEDBACK_SHEET)
        if self.document_dialog is not None:
            from app.screens.representative import preselect_subject

            preselect_subject(self.document_dialog, colleague_id)

    @Slot()
    def open_cells(self) -> None:
        """Cells, their members, and whom the user represents there."""
        if self.cells_dialog is not None:
            self.cells_dialog.raise_()
            return
        vault = self.session.vault
        if not self._can_open_content() or vault is None:
            return
        from app.screens.cells import CellsDialog

        dialog = CellsDialog(vault, self)
        dialog.cells_changed.connect(self.refresh_cells)
        self.cells_dialog = dialog
        dialog.finished.connect(partial(self._forget_own_dialog, "cells_dialog", dialog))
        self.track_content_dialog(dialog)
        dialog.open()

    @Slot()
    def open_participation_wizard(self) -> None:
        """The participation assessment, one question per step (P10)."""
        if self.participation_wizard is not None:
            self.participation_wizard.raise_()
            return
        vault = self.session.vault
        if not self._can_open_content() or vault is None:
            return
        from app.dialogs.participation_wizard import ParticipationWizard

        wizard = ParticipationWizard(vault, parent=self)
        self.participation_wizard = wizard
        wizard.finished.connect(partial(self._forget_own_dialog, "participation_wizard", wizard))
        self.track_content_dialog(wizard)
        wizard.open()

    def _forget_own_dialog(self, name: str, dialog: QDialog, _result: int = 0) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)

    @Slot(bool)
    def _set_lock_on_minimise(self, checked: bool) -> None:
        self._context.lock_settings.lock_on_minimise = checked
        self._context.settings.lock_on_minimise = checked

    def _lock_if_asked(self) -> None:
        if self.session.take_waiting_lock():
            self.lock()

    # ------------------------------------------------------------------ locking
    @Slot()
    def lock(self) -> None:
        """Save, wipe every widget holding content, close the vault, show the unlock form.

        While the vault is being strengthened or a document is written, it cannot be
        closed: the lock then happens the moment that work ends (a few seconds at most).
        Asking again while locked, while locking or while a lock waits does nothing.
        """
        session = self.session
        vault = session.vault
        if vault is None or session.locking:
            return  # locked already, or this lock is under way (asked again from inside it)
        if not session.lock_may_start():
            return  # work holds the vault: the lock happens when it ends
        session.locking = True
        try:
            self._lock_now(vault)
        finally:
            session.locking = False

    def _lock_now(self, vault: UnlockedVault) -> None:
        if self.strengthen_dialog is not None:
            self.strengthen_dialog.reject()
        if self.document_dialog is not None:
            self.document_dialog.close_for_lock()
        self._close_content_dialogs()
        if not self.notebook.save_pending():
            draft = self.notebook.unsaved_draft()
            if draft is not None:
                # Memory only, offered after unlock (P12).
                self.session.keep_draft(vault.path, draft)
        saved = self.meeting_screen.save_pending()
        if not saved:
            self.meeting_screen.keep_draft()  # memory only, put back when the meeting opens
        self.meeting_screen.clear(keep_draft=not saved)
        self.notebook.clear()
        self.first_run.clear()
        self.welcome.hide()
        self.lock_action.setEnabled(False)
        self.meetings_action.setEnabled(False)
        self._enable_documents(False)
        self._enable_vault_actions(False)
        was_demo = not self.demo_banner.isHidden()
        self.session.close(count=not was_demo)  # the demo's closes are not counted
        self.demo_banner.hide()
        if was_demo:
            self.show_start()  # back to the user's own vault, not the demo's passphrase
        else:
            self.show_unlock(vault.path)
        self.vault_locked.emit()

    def detach_drafts(self, path: Path) -> None:
        """The vault at ``path`` was replaced (restored): text kept in memory for it must
        come back as new notes — its note ids may belong to other notes now, or to none."""
        self.session.detach_drafts(path)
        self.meeting_screen.detach_draft(path)

    def _text_at_risk(self) -> bool:
        """True when some text exists only in memory (it could not be saved)."""
        if self.session.has_drafts or self.meeting_screen.draft is not None:
            return True
        if self.session.vault is None or self.is_busy:
            return False
        return not (self.notebook.save_pending() and self.meeting_screen.save_pending())

    def _place_window(self) -> None:
        """Where and how big the window opens: as it was last closed, when that is still on
        a screen; else a size that fits the screen (a laptop's 1366×768 too, title and task
        bars included), at least 960×680; maximised again when it was."""
        settings = self._context.settings
        saved = settings.window_geometry
        screens = QGuiApplication.screens()
        if saved is not None:
            rect = QRect(*saved)
            if any(s.availableGeometry().intersected(rect).width() >= 200 for s in screens):
                self.setGeometry(rect)
            else:
                saved = None
        if saved is None:
            self.resize(default_window_size(QGuiApplication.primaryScreen()))
        if settings.window_maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _remember_window(self) -> None:
        """The window's geometry into the settings (numbers only, no content)."""
        settings = self._context.settings
        maximised = self.isMaximized()
        rect = self.normalGeometry() if maximised else self.geometry()
        if rect.isValid():
            settings.window_geometry = (rect.x(), rect.y(), rect.width(), rect.height())
        settings.window_maximised = maximised

    def closeEvent(self, event: QCloseEvent) -> None:
        # Text kept in memory because it could not be saved would die with the process:
        # ask first (P12 keeps it through locking, not through quitting).
        if self._text_at_risk() and not self._context.prompts.confirm_quit_losing_text(self):
            event.ignore()
            return
        if self.isVisible():
            self._remember_window()
        # A running derivation cannot be interrupted: wait for it, then ignore its queued
        # outcome (a vault it opened is closed) so no vault stays open.
        held = self.session.held
        self.session.shut_down()
        if held is Hold.DOCUMENT:
            self.session.release()  # the document is written; its queued result is ignored
            self.notebook.set_busy(False)
        self.vault_care.window_closing()
        if held is Hold.CARE:
            self.hold_vault(False)
        if held is Hold.STRENGTHEN:
            self.strengthening.end()
        self.lock()
        self.lock_guard.close()
        self.session.forget_drafts()
        self.meeting_screen.clear()
        super().closeEvent(event)
