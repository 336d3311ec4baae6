"""The case list (P13; domain review M1): every case of the vault with its stage, minor
flags and informing status (P7), filtered by cell, stage, minor and informing, and by a
piece of its code.

Keyboard first: the code search has the focus; typing filters at once (the vault answers
in a few milliseconds, ``case_list_filter_ms``); Down moves into the list; Enter opens the
case file (:attr:`CaseListScreen.case_opened`); letters typed in the list go on into the
search. A new case is added from here with its code checked and, when the code looks like
a person, a warning in words (review C16) — the case is kept, the warning says why to
prefer the coordinator's number.

The list holds case codes and dates only (metadata, P1); it shows no note text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.screens.case_words import (
    FOCUS_STYLE,
    code_warning_text,
    informing_short,
    informing_state_text,
    short_day,
    stage_text,
)
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.messages import error_message
from vault.api import CaseFilters, CaseListRow, InformingState, UnlockedVault
from vault.errors import Refused, VaultError
from vault.model import CaseStage

SEARCH_DELAY_MS = 120
"""Typing in the code search filters this long after the last key."""

ACTIVE_STAGES = frozenset(set(CaseStage) - {CaseStage.CLOSED})
TRAJECTORY_STAGES = frozenset({CaseStage.TRAJECTORY_PROPOSED, CaseStage.TRAJECTORY_RUNNING})

CASE_ID_ROLE = Qt.ItemDataRole.UserRole


class CaseTableModel(QAbstractTableModel):
    """The rows of :func:`vault.case_file.case_list` in named columns; plain records only."""

    CODE, CELL, STAGE, MINOR, INFORMING, LAST, NEXT = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseListRow] = []
        self.cells: dict[int, str] = {}
        self.today = date.today()

    def set_rows(self, rows: list[CaseListRow], cells: dict[int, str], today: date) -> None:
        self.beginResetModel()
        self.rows, self.cells, self.today = rows, cells, today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], {}, self.today)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Code"),
            self.tr("Cell"),
            self.tr("Stage"),
            self.tr("Minor"),
            self.tr("Informing the person"),
            self.tr("Last discussed"),
            self.tr("Next evaluation"),
        ][section]

    def minor_text(self, row: CaseListRow) -> str:
        case = row.case
        parts = []
        if case.subject_is_minor:
            parts.append(self.tr("minor"))
            if case.stepwise_check_open:
                parts.append(self.tr("stepwise check open"))
        if case.minors_in_context:
            parts.append(self.tr("minors in context"))
        return ", ".join(parts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        case, column = row.case, index.column()
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return case.code
            if column == self.CELL:
                return self.cells.get(case.cell_id, "")
            if column == self.STAGE:
                return stage_text(case.stage)
            if column == self.MINOR:
                return self.minor_text(row)
            if column == self.INFORMING:
                text = informing_short(row.informing, self.today)
                return ("⚑ " + text) if row.informing_undecided else text
            if column == self.LAST:
                return short_day(row.last_discussed)
            if column == self.NEXT:
                return short_day(case.evaluation_on) if not case.closed else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = str(self.data(index, Qt.ItemDataRole.DisplayRole) or "")  # a cut-off cell
            if column == self.INFORMING and row.informing_undecided:
                return shown + "\n" + self.tr("Informing the person still needs deciding (P7).")
            return shown
        return None


class _SearchEdit(QLineEdit):
    """The code search: Down moves into the list, Enter opens the current case."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _CaseTable(QTableView):
    """The list: Enter opens; letters typed here go on into the search."""

    open_current = Signal()
    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current.emit()
            event.accept()
            return
        text = event.text()
        if (
            text
            and text.isprintable()
            and not text.isspace()
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        ):
            self.typed.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)


class CaseListScreen(QWidget):
    """The cases with their filters; Enter opens the case file."""

    case_opened = Signal(int)
    """The user asked for this case's file."""

    def __init__(
        self, vault: UnlockedVault, *, cell_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault: UnlockedVault | None = vault
        self.model = CaseTableModel(self)

        title = heading(self.tr("Cases"), scale=1.4)
        intro = paragraph(
            self.tr(
                "Every case in this vault, by its code. Type part of a code to find it; "
                "Enter opens the case file."
            )
        )
        self.search = _SearchEdit()
        self.search.setPlaceholderText(self.tr("Part of a code, e.g. 0031"))
        self.search.setClearButtonEnabled(True)
        self.cell = QComboBox()
        self.stage = QComboBox()
        for text, stages in (
            (self.tr("Not closed"), ACTIVE_STAGES),
            (self.tr("Any stage"), None),
            (stage_text(CaseStage.REFERRAL), frozenset({CaseStage.REFERRAL})),
            (
                self.tr("Discussed or in screening"),
                frozenset({CaseStage.DISCUSSED, CaseStage.SCREENING}),
            ),
            (self.tr("Follow-up trajectory"), TRAJECTORY_STAGES),
            (stage_text(CaseStage.CLOSED), frozenset({CaseStage.CLOSED})),
        ):
            self.stage.addItem(text, stages)
        self.minor = QComboBox()
        for text, key in (
            (self.tr("Any"), "any"),
            (self.tr("Minor"), "minor"),
            (self.tr("Minors in context"), "context"),
            (self.tr("Stepwise check open"), "stepwise"),
            (self.tr("No minors"), "none"),
        ):
            self.minor.addItem(text, key)
        self.informing = QComboBox()
        informing_choices: tuple[tuple[str, str | None], ...] = (
            (self.tr("Any"), None),
            (self.tr("Undecided — to decide"), "undecided"),
            (informing_state_text(InformingState.NOT_CONSIDERED), InformingState.NOT_CONSIDERED),
            (informing_state_text(InformingState.OPEN), InformingState.OPEN),
            (informing_state_text(InformingState.POSTPONED), InformingState.POSTPONED),
            (informing_state_text(InformingState.ALLOWED), InformingState.ALLOWED),
            (informing_state_text(InformingState.REFUSED), InformingState.REFUSED),
            (informing_state_text(InformingState.DONE), InformingState.DONE),
        )
        for text, choice in informing_choices:
            self.informing.addItem(text, choice)

        self.table = _CaseTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setAccessibleName(self.tr("Columns of the case list"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CaseTableModel.INFORMING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CaseTableModel.MINOR, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 210), (2, 200), (3, 210), (5, 150), (6, 140)):
            self.table.setColumnWidth(column, width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setMinimumHeight(200)
        self.count = QLabel()
        self.open_button = QPushButton(self.tr("&Open case file"))
        name_after_text(self.open_button)
        self.open_button.setAutoDefault(False)

        # A new case, with its code's warnings in words (C16).
        self.new_code = QLineEdit()
        self.new_code.setMaxLength(32)
        self.new_code.setPlaceholderText(self.tr("A code, e.g. LIVCR-2026-000031 — never a name"))
        self.new_minor = QCheckBox(self.tr("The person is a mi&nor"))
        self.new_context = QCheckBox(self.tr("Minors in their famil&y or network"))
        self.add_button = QPushButton(self.tr("&Add case"))
        self.add_button.setAutoDefault(False)
        for widget in (self.new_minor, self.new_context, self.add_button):
            name_after_text(widget)
        self.code_warning = paragraph()
        self.code_warning.setObjectName("codeWarning")
        self.code_warning.hide()
        self.error = ErrorLabel()

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.addWidget(label_for(self.tr("&Search code"), self.search), 0, 0)
        filters.addWidget(self.search, 0, 1, 1, 3)
        filters.addWidget(label_for(self.tr("C&ell"), self.cell), 0, 4)
        filters.addWidget(self.cell, 0, 5)
        filters.addWidget(label_for(self.tr("S&tage"), self.stage), 1, 0)
        filters.addWidget(self.stage, 1, 1)
        filters.addWidget(label_for(self.tr("&Minors"), self.minor), 1, 2)
        filters.addWidget(self.minor, 1, 3)
        filters.addWidget(label_for(self.tr("&Informing"), self.informing), 1, 4)
        filters.addWidget(self.informing, 1, 5)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)

        below = QHBoxLayout()
        below.addWidget(self.count, 1)
        below.addWidget(self.open_button)

        adding = QGridLayout()
        adding.addWidget(label_for(self.tr("New case co&de"), self.new_code), 0, 0)
        adding.addWidget(self.new_code, 0, 1)
        adding.addWidget(self.new_minor, 0, 2)
        adding.addWidget(self.new_context, 0, 3)
        adding.addWidget(self.add_button, 0, 4)
        adding.addWidget(self.code_warning, 1, 1, 1, 4)
        adding.addWidget(self.error, 2, 1, 1, 4)
        adding.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(label_for(self.tr("Cases fo&und"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addLayout(adding)

        QWidget.setTabOrder(self.search, self.cell)
        QWidget.setTabOrder(self.cell, self.stage)
        QWidget.setTabOrder(self.stage, self.minor)
        QWidget.setTabOrder(self.minor, self.informing)
        QWidget.setTabOrder(self.informing, self.table)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_code)
        QWidget.setTabOrder(self.new_code, self.new_minor)
        QWidget.setTabOrder(self.new_minor, self.new_context)
        QWidget.setTabOrder(self.new_context, self.add_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.down.connect(self._into_table)
        self.search.returnPressed.connect(self.open_current)
        for combo in (self.cell, self.stage, self.minor, self.informing):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.open_current.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.typed.connect(self._type_into_search)
        self.open_button.clicked.connect(self.open_current)
        self.new_code.textChanged.connect(self._warn_about_code)
        self.new_code.returnPressed.connect(self.add_case)
        self.add_button.clicked.connect(self.add_case)

        self._fill_cells(cell_id)
        self.refresh()
        self.setFocusProxy(self.search)
        self.setStyleSheet(FOCUS_STYLE)

    # ------------------------------------------------------------------ filters
    def _fill_cells(self, cell_id: int | None) -> None:
        vault = self._vault
        self.cell.blockSignals(True)
        self.cell.clear()
        self.cell.addItem(self.tr("All cells"), None)
        self._cell_names: dict[int, str] = {}
        if vault is not None:
            for cell in vault.cells.list():
                self._cell_names[cell.id] = cell.name
                self.cell.addItem(cell.name, cell.id)
        if cell_id is not None and (found := self.cell.findData(cell_id)) >= 0:
            self.cell.setCurrentIndex(found)
        self.cell.blockSignals(False)

    def filters(self) -> CaseFilters:
        """The filters as chosen on screen."""
        minor = self.minor.currentData()
        informing = self.informing.currentData()
        return CaseFilters(
            cell_id=self.cell.currentData(),
            stages=self.stage.currentData(),
            minor=True if minor == "minor" else (False if minor == "none" else None),
            minors_in_context=(
                True if minor == "context" else (False if minor == "none" else None)
            ),
            stepwise_open=True if minor == "stepwise" else None,
            informing=(
                frozenset({InformingState(informing)})
                if informing not in (None, "undecided")
                else None
            ),
            informing_undecided=True if informing == "undecided" else None,
            code=self.search.text(),
        )

    def refresh(self) -> None:
        """Ask the vault again with the filters on screen; keep the current case chosen."""
        self._timer.stop()
        vault = self._vault
        if vault is None:
            return
        current = self.current_case_id()
        try:
            rows = vault.cases.overview(self.filters())
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        # Undecided informing questions first (P7), then by code.
        rows.sort(key=lambda r: (not r.informing_undecided, r.case.code.casefold()))
        self.model.set_rows(rows, self._cell_names, vault.clock.now().date())
        self.count.setText(
            self.tr("1 case")
            if len(rows) == 1
            else self.tr("%1 cases").replace("%1", str(len(rows)))
        )
        if rows:
            ids = [r.case.id for r in rows]
            self.table.selectRow(ids.index(current) if current in ids else 0)
        self.open_button.setEnabled(bool(rows))

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, CASE_ID_ROLE)
        return value if isinstance(value, int) else None

    def open_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is None and self.model.rows:
            case_id = self.model.rows[0].case.id
        if case_id is not None:
            self.case_opened.emit(case_id)

    def _into_table(self) -> None:
        if self.model.rows:
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _type_into_search(self, text: str) -> None:
        self.search.setFocus()
        self.search.insert(text)

    # ------------------------------------------------------------------ adding
    def _warn_about_code(self, text: str) -> None:
        vault = self._vault
        if vault is None or not text.strip():
            self.code_warning.hide()
            return
        today = vault.clock.now().date()
        words = code_warning_text(vault.cases.code_warnings(text, today=today))
        self.code_warning.setText(words)
        self.code_warning.setVisible(bool(words))

    def add_case(self) -> None:
        """Add a case with the code typed for the chosen cell, then open its file."""
        vault = self._vault
        if vault is None:
            return
        cell_id = self.cell.currentData()
        if cell_id is None:
            if len(self._cell_names) == 1:
                cell_id = next(iter(self._cell_names))
            else:
                self.error.show_message(self.tr("Choose the cell of the new case first."))
                self.cell.setFocus()
                return
        if not self.new_code.text().strip():
            self.error.show_message(self.tr("Type a code for the case first."))
            self.new_code.setFocus()
            return
        try:
            case_id = vault.cases.add(
                cell_id,
                self.new_code.text(),
                subject_is_minor=self.new_minor.isChecked(),
                minors_in_context=self.new_context.isChecked(),
            )
        except Refused as refused:
            if refused.existing_id is not None:
                self.error.show_message(
                    self.tr("This cell already has a case with that code: its file opens.")
                )
                self.case_opened.emit(refused.existing_id)
                return
            self.error.show_message(
                self.tr(
                    "Use a pseudonymous code: letters, digits and . _ / - only, at most 32 "
                    "characters, no date of birth and no name."
                )
            )
            self.new_code.setFocus()
            return
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.error.clear_message()
        self.new_code.clear()
        self.new_minor.setChecked(False)
        self.new_context.setChecked(False)
        self.refresh()
        self.case_opened.emit(case_id)

    # ------------------------------------------------------------------ locking
    def wipe(self) -> None:
        """Forget the vault and every row (locking, P12)."""
        self._timer.stop()
        self._vault = None
        self.model.clear()
        self.search.clear()
        self.new_code.clear()
        self.code_warning.hide()
