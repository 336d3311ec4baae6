"""Actions across meetings and cells (Table › Actions…, Ctrl+Shift+O; issue 16 item 5, P13).

Three views of the actions agreed at meetings, as the door offers them
(:class:`vault.api.Actions`):

* **My actions** — the user's own, across every cell (``actions.mine``);
* **Per organisation** — what a partner organisation does, an owner being an organisation
  when the person is not known yet (``actions.of_organisation``);
* **Overdue** — open and past their due date, across cells, whoever owns them
  (``actions.overdue``).

Open ones first, by due date; an overdue row says so in words and with a sign, never by
colour alone. "Mark done" closes the chosen action through the door and the list follows.
Enter opens the file of the action's case in place of the list (Alt+Left goes back).

The description is a table-only note (P1): shown here, inside the vault, and nowhere
else — the table copies nothing (Ctrl+C does nothing, no drag), there is no export. Like
every window over vault content it is closed and wiped when the vault locks (P12).
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.case_pages import CaseFilePages
from app.screens.action_table import ActionTable, ActionTableModel, sort_key
from app.screens.case_words import FOCUS_STYLE
from app.session.locking import ClipboardGuard
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.messages import error_message
from vault.api import ActionEntry, UnlockedVault
from vault.errors import VaultError
from vault.model import ActionStatus

WIDTH, HEIGHT = 1280, 720
"""The window's preferred size; it is shrunk to fit a 1366×768 screen's available area."""

MINE, ORGANISATION, OVERDUE = "mine", "organisation", "overdue"
"""The views (the data of the view combo's entries)."""


class ActionsOverviewDialog(CaseFilePages):
    """The user's actions, a partner's, or the overdue ones, across meetings and cells."""

    def __init__(
        self,
        vault: UnlockedVault,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, clipboard, parent, size=(WIDTH, HEIGHT))
        self.setWindowTitle(self.tr("Actions"))
        self._cell_names: dict[int, str] = {}
        self._shown_once = False
        self.model = ActionTableModel(self)

        title = heading(self.tr("Actions"), scale=1.4)
        intro = paragraph(
            self.tr(
                "The actions agreed at the meetings of all your cells. What is to be done is "
                "table-only: it is shown here and cannot be copied out."
            )
        )
        self.view = QComboBox()
        self.view.addItem(self.tr("My actions"), MINE)
        self.view.addItem(self.tr("Per organisation"), ORGANISATION)
        self.view.addItem(self.tr("Overdue (all cells)"), OVERDUE)
        self.organisation = QComboBox()
        self.cell = QComboBox()
        for combo in (self.view, self.organisation, self.cell):  # long names: no squeezed labels
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.open_only = QCheckBox(self.tr("Only &open actions"))
        self.open_only.setChecked(True)
        name_after_text(self.open_only)

        self.table = ActionTable()
        self.table.setModel(self.model)
        self.table.selectionModel().currentChanged.connect(lambda _c, _p: self._enable_buttons())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns of the action list"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (
            ActionTableModel.DUE,
            ActionTableModel.CASE,
            ActionTableModel.AGREED,
            ActionTableModel.STATUS,
        ):  # dates, codes and a few words: as wide as they are, never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(ActionTableModel.WHO, 210)
        self.table.setColumnWidth(ActionTableModel.CELL, 230)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setMinimumHeight(160)
        table_label = label_for(self.tr("&Actions"), self.table)
        self.empty = paragraph()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.shown = QStackedWidget()
        self.shown.addWidget(self.table)
        self.shown.addWidget(self.empty)

        self.count = QLabel()
        self.message = QLabel()
        self.error = ErrorLabel()
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.case_button = QPushButton(self.tr("Open case &file"))
        for button in (self.done_button, self.reopen_button, self.case_button):
            name_after_text(button)
            button.setAutoDefault(False)

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        view_label = label_for(self.tr("&Show"), self.view)
        organisation_label = label_for(self.tr("Or&ganisation"), self.organisation)
        cell_label = label_for(self.tr("C&ell"), self.cell)
        filters.addWidget(view_label, 0, 0)
        filters.addWidget(self.view, 0, 1)
        filters.addWidget(organisation_label, 0, 2)
        filters.addWidget(self.organisation, 0, 3)
        filters.addWidget(cell_label, 0, 4)
        filters.addWidget(self.cell, 0, 5)
        filters.addWidget(self.open_only, 0, 6)
        labels = (view_label, organisation_label, cell_label)
        for column, label in zip((0, 2, 4), labels, strict=True):
            filters.setColumnStretch(column + 1, 1)
            # A few pixels to spare: a short word's last letter is not cut off.
            filters.setColumnMinimumWidth(column, label.sizeHint().width() + 4)

        below = QHBoxLayout()
        below.addWidget(self.count)
        below.addWidget(self.message, 1)
        below.addWidget(self.done_button)
        below.addWidget(self.reopen_button)
        below.addWidget(self.case_button)

        self.list_page = QWidget()
        page = QVBoxLayout(self.list_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(8)
        page.addWidget(title)
        page.addWidget(intro)
        page.addLayout(filters)
        page.addWidget(table_label)
        page.addWidget(self.shown, 1)
        page.addLayout(below)
        page.addWidget(self.error)

        self.frame.setContentsMargins(18, 14, 18, 14)
        self.set_list_page(
            self.list_page,
            self.tr("← &Back to the actions"),
            self.tr("Back to the actions (Alt+Left)"),
        )

        QWidget.setTabOrder(self.view, self.organisation)
        QWidget.setTabOrder(self.organisation, self.cell)
        QWidget.setTabOrder(self.cell, self.open_only)
        QWidget.setTabOrder(self.open_only, self.table)
        QWidget.setTabOrder(self.table, self.done_button)
        QWidget.setTabOrder(self.done_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.case_button)

        self.view.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.organisation.currentIndexChanged.connect(lambda _i: self.refresh())
        self.cell.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.table.open_current.connect(self.open_case)
        self.table.doubleClicked.connect(lambda _i: self.open_case())
        self.done_button.clicked.connect(lambda: self.set_status(ActionStatus.DONE))
        self.reopen_button.clicked.connect(lambda: self.set_status(ActionStatus.OPEN))
        self.case_button.clicked.connect(self.open_case)

        self._fill_choices()
        self._view_changed()
        self.setStyleSheet(FOCUS_STYLE)
        self._focus_start()

    def _focus_start(self) -> None:
        """The list when it has rows (Enter, Alt+D work at once), else the view's choice."""
        target = self.table if self.model.rowCount() else self.view
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._focus_start()

    # ------------------------------------------------------------------ choices
    def _fill_choices(self) -> None:
        vault = self._vault
        for combo in (self.organisation, self.cell):
            combo.blockSignals(True)
            combo.clear()
        self.cell.addItem(self.tr("All cells"), None)
        self._cell_names = {}
        if vault is not None:
            try:
                for cell in vault.cells.list():
                    self._cell_names[cell.id] = cell.name
                    self.cell.addItem(cell.name, cell.id)
                for name in vault.actions.organisations():
                    self.organisation.addItem(name, name)
            except VaultError as exc:
                self.error.show_message(error_message(exc.code))
        for combo in (self.organisation, self.cell):
            combo.blockSignals(False)

    def current_view(self) -> str:
        return str(self.view.currentData())

    def _view_changed(self) -> None:
        view = self.current_view()
        self.organisation.setEnabled(view == ORGANISATION and self.organisation.count() > 0)
        self.open_only.setEnabled(view != OVERDUE)  # overdue is open by definition
        self.refresh()

    def choose_view(self, view: str) -> None:
        """Show ``view`` (:data:`MINE`, :data:`ORGANISATION` or :data:`OVERDUE`)."""
        self.view.setCurrentIndex(max(0, self.view.findData(view)))

    def choose_organisation(self, name: str) -> None:
        """The per-organisation view of ``name`` (case as listed)."""
        self.choose_view(ORGANISATION)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(name)))

    # ------------------------------------------------------------------ the list
    def entries(self) -> list[ActionEntry]:
        """The actions the choices on screen ask for, open ones first, by due date."""
        vault = self._vault
        if vault is None:
            return []
        view, cell_id = self.current_view(), self.cell.currentData()
        open_only = self.open_only.isChecked() or view == OVERDUE
        if view == ORGANISATION:
            name = self.organisation.currentData()
            if name is None:
                return []
            return vault.actions.of_organisation(str(name), open_only=open_only, cell_id=cell_id)
        if view == OVERDUE:
            return sorted(vault.actions.overdue(cell_id=cell_id), key=sort_key)
        mine = vault.actions.mine(open_only=open_only)
        return sorted((e for e in mine if cell_id is None or e.cell_id == cell_id), key=sort_key)

    def refresh(self) -> None:
        """Ask the vault again with the choices on screen; keep the chosen action."""
        if self._vault is None:
            return
        current, row = self.current_action_id(), self.table.currentIndex().row()
        try:
            entries = self.entries()
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.error.clear()
        had_focus = self.table.hasFocus()
        self.model.set_rows(entries, self._cell_names)
        overdue = sum(e.overdue for e in entries)
        count = (self.tr("1 action") if len(entries) == 1 else self.tr("%1 actions")).replace(
            "%1", str(len(entries))
        )
        if overdue:
            count += ", " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.count.setText(count)
        self.count.setAccessibleName(count)
        if entries:
            ids = [e.action.id for e in entries]
            at = ids.index(current) if current in ids else min(max(row, 0), len(ids) - 1)
            self.table.selectRow(at)
            self.shown.setCurrentWidget(self.table)
        else:
            self.empty.setText(self.empty_text())
            self.shown.setCurrentWidget(self.empty)
        if had_focus and not entries:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._enable_buttons()

    def empty_text(self) -> str:
        """What an empty list means, and what to do."""
        view, open_only = self.current_view(), self.open_only.isChecked()
        if view == ORGANISATION and self.organisation.count() == 0:
            return self.tr(
                "No organisation owns an action yet. At a meeting, an action's owner is a "
                "person, or their organisation when the person is not known yet."
            )
        if view == ORGANISATION:
            return (
                (
                    self.tr("No open actions for this organisation.")
                    if open_only
                    else self.tr("No actions for this organisation.")
                )
                + " "
                + self.tr("Choose another organisation or cell above.")
            )
        if view == OVERDUE:
            return self.tr("Nothing is overdue: every open action is still within its due date.")
        if open_only:
            return self.tr(
                "No open actions of yours. Untick \u201cOnly open actions\u201d to see the ones "
                "you finished."
            )
        return self.tr(
            "No actions of yours yet: actions are agreed at a meeting. On the agenda item, "
            "press \u201cAdd action\u201d (Ctrl+Shift+A) and choose yourself as the owner; "
            "your actions of every cell are listed here."
        )

    def current_entry(self) -> ActionEntry | None:
        row = self.table.currentIndex().row()
        if self.shown.currentWidget() is not self.table or not 0 <= row < len(self.model.rows):
            return None
        return self.model.rows[row]

    def current_action_id(self) -> int | None:
        entry = self.current_entry()
        return None if entry is None else entry.action.id

    def _enable_buttons(self) -> None:
        entry = self.current_entry()
        is_open = entry is not None and entry.action.status is ActionStatus.OPEN
        self.done_button.setEnabled(is_open)
        self.reopen_button.setEnabled(entry is not None and not is_open)
        self.case_button.setEnabled(entry is not None and entry.action.case_id is not None)

    # ------------------------------------------------------------------ changing
    def set_status(self, status: ActionStatus) -> None:
        """Mark the chosen action done, or open it again; the list follows."""
        vault, entry = self._vault, self.current_entry()
        if vault is None or entry is None:
            return
        try:
            vault.actions.close(entry.action.id, status)
        except (KeyError, VaultError) as exc:
            self.error.show_message(
                error_message(exc.code if isinstance(exc, VaultError) else None)
            )
            return
        self.message.setText(
            self.tr("Action marked done.")
            if status is ActionStatus.DONE
            else self.tr("Action open again.")
        )
        self.message.setAccessibleName(self.message.text())
        focus = (
            self.table.hasFocus() or self.done_button.hasFocus() or self.reopen_button.hasFocus()
        )
        self.refresh()
        if focus:
            target = self.table if self.model.rowCount() else self.view
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ the case file
    @Slot()
    def open_case(self) -> None:
        """Show the file of the chosen action's case in place of the list."""
        entry = self.current_entry()
        if self._vault is None or entry is None:
            return
        if entry.action.case_id is None:
            self.message.setText(self.tr("This action belongs to no case."))
            self.message.setAccessibleName(self.message.text())
            return
        self.show_case_file(entry.action.case_id)

    def list_shown_again(self) -> None:
        """Back to the actions, which show what changed in the file."""
        self.refresh()
        self._focus_start()

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        """Closing (or a lock) forgets every action and name shown (P12)."""
        self.model.clear()
        for combo in (self.organisation, self.cell):
            combo.blockSignals(True)
            combo.clear()
        self._cell_names = {}
        for label in (self.empty, self.count, self.message):
            label.clear()
            label.setAccessibleName("")
        super().done(result)
