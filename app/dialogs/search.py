"""Search the vault (Ctrl+F): results as you type, each with its label in words and its place.

The query runs :func:`vault.search.search` inside the encrypted database a moment after
typing stops; what is typed is never FTS syntax (the vault guarantees it), so no input
raises. A result shows its snippet with the matches marked (bold on a light background,
never colour alone), the note's label in words (P1), and where the note lives: cell,
meeting date and agenda item (P5), or that it is an own reflection. Snippets are note
content: they are escaped before rendering and cannot be copied out of the list (P2).

Opening a result (Enter, double-click, Open) emits :attr:`SearchDialog.note_chosen`; the
main window then shows the note in its place. The dialog shows vault content, so locking
closes it, and closing always empties the query, the results and every cached name
(P12). The query is never logged or stored in settings.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import ui_language
from app.screens.notebook import TableOnlyList
from app.widgets.basics import ErrorLabel, label_for, name_after_text, paragraph
from app.wording.meeting import item_kind_text, label_band_text
from app.wording.messages import error_message
from vault.api import DEFAULT_LIMIT, LabelFilter, SearchFilters, SearchHit, UnlockedVault
from vault.dates import long_date, stamp_date
from vault.errors import VaultError
from vault.model import NoteKind

DEBOUNCE_MS = 150
"""Search this long after the last keystroke or filter change."""

ID_ROLE = Qt.ItemDataRole.UserRole
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
"""The snippet as escaped HTML with the matches marked."""
META_ROLE = Qt.ItemDataRole.UserRole + 2
"""Label words and place, plain text (escaped when painted)."""

MATCH_STYLE = "background-color:#ffe58a; color:#1f1f1f; font-weight:600;"


def _day(day: QDate) -> date:
    """A date edit's day as a Python date."""
    return date(day.year(), day.month(), day.day())


def snippet_html(hit: SearchHit) -> str:
    """The snippet as safe HTML: every piece escaped, matches bold on a light background."""
    parts = []
    for piece, is_match in hit.snippet:
        flat = " ".join(piece.replace("\x00", " ").splitlines())
        text = html.escape(flat, quote=True)
        parts.append(f'<span style="{MATCH_STYLE}">{text}</span>' if is_match else text)
    return "".join(parts)


class QueryEdit(QLineEdit):
    """The search field; Down and Page Down move into the results."""

    to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.to_results.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ResultDelegate(QStyledItemDelegate):
    """Paints a result as two blocks: the marked snippet, then label and place in small type."""

    MARGIN = 6

    def _document(
        self, index: QModelIndex | QPersistentModelIndex, width: int, meta_colour: str
    ) -> QTextDocument:
        snippet = str(index.data(SNIPPET_ROLE) or "")
        meta = html.escape(str(index.data(META_ROLE) or ""), quote=True)
        document = QTextDocument()
        document.setDocumentMargin(self.MARGIN)
        document.setHtml(
            f"<div>{snippet}</div>"
            f'<div style="color:{meta_colour}; font-size:small; margin-top:3px;">{meta}</div>'
        )
        document.setTextWidth(max(width, 80))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect
        meta_colour = palette.color(role).name() if selected else "#555555"
        if palette.color(QPalette.ColorRole.Base).lightness() < 128 and not selected:
            meta_colour = "#bbbbbb"
        document = self._document(index, rect.width(), meta_colour)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 400
        document = self._document(index, width, "#555555")
        return QSize(width, int(document.size().height()) + 2)


class SearchDialog(QDialog):
    """Find notes by words or case code, filter them, and open one in its place."""

    note_chosen = Signal(int)
    """The id of the note the user opened (the dialog closes)."""

    def __init__(self, vault: UnlockedVault, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self._vault: UnlockedVault | None = vault
        self._opened = False
        self._cell_names: dict[int, str] = {}
        self._item_texts: dict[int, str] = {}
        self._person_names: dict[int, str] = {}
        self.hits: list[SearchHit] = []

        self.query = QueryEdit()
        self.query.setClearButtonEnabled(True)
        for clear_button in self.query.findChildren(QToolButton):
            clear_button.setAccessibleName(self.tr("Clear the search"))
        self.query.setPlaceholderText(
            self.tr("Words or a case code; accents and capitals do not matter")
        )
        self.query.setMinimumWidth(420)
        query_label = label_for(self.tr("&Search for"), self.query)

        self.cell = QComboBox()
        self.cell.addItem(self.tr("All cells"), None)
        self.label = QComboBox()
        for text, value in (
            (self.tr("Any label"), None),
            (self.tr("Table only"), LabelFilter.TABLE_ONLY),
            (self.tr("Released to own dossier"), LabelFilter.OWN_DOSSIER),
            (self.tr("Feedback for a colleague"), LabelFilter.FEEDBACK),
            (self.tr("LTF feedback form"), LabelFilter.LTF),
        ):
            self.label.addItem(text, value)
        self.use_from = QCheckBox(self.tr("&From"))
        name_after_text(self.use_from)
        self.date_from = QDateEdit()
        self.use_until = QCheckBox(self.tr("&Until"))
        name_after_text(self.use_until)
        self.date_until = QDateEdit()
        start = QDate(today.year - 1, today.month, min(today.day, 28))
        for edit, name, initial in (
            (self.date_from, self.tr("From date"), start),
            (self.date_until, self.tr("Until date"), QDate(today.year, today.month, today.day)),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDate(initial)
            edit.setEnabled(False)
            edit.setAccessibleName(name)

        self.status = paragraph()
        self.status.setAccessibleName(self.tr("Search status"))
        self.error = ErrorLabel()
        self.results = TableOnlyList()
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setMinimumHeight(300)
        results_label = label_for(self.tr("&Results"), self.results)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setEnabled(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            name_after_text(button)

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.addWidget(label_for(self.tr("&Cell"), self.cell), 0, 0)
        filters.addWidget(self.cell, 1, 0)
        filters.addWidget(label_for(self.tr("&Label"), self.label), 0, 1)
        filters.addWidget(self.label, 1, 1)
        filters.addWidget(self.use_from, 0, 2)
        filters.addWidget(self.date_from, 1, 2)
        filters.addWidget(self.use_until, 0, 3)
        filters.addWidget(self.date_until, 1, 3)
        filters.setColumnStretch(0, 3)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(2, 1)
        filters.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(query_label)
        layout.addWidget(self.query)
        layout.addSpacing(4)
        layout.addLayout(filters)
        layout.addSpacing(6)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self.open_button.setDefault(True)  # once inside the dialog: Enter opens a result

        self.setTabOrder(self.query, self.cell)
        self.setTabOrder(self.cell, self.label)
        self.setTabOrder(self.label, self.use_from)
        self.setTabOrder(self.use_from, self.date_from)
        self.setTabOrder(self.date_from, self.use_until)
        self.setTabOrder(self.use_until, self.date_until)
        self.setTabOrder(self.date_until, self.results)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)

        self.query.textChanged.connect(self._schedule)
        self.query.to_results.connect(self._focus_results)
        self.cell.currentIndexChanged.connect(self._schedule)
        self.label.currentIndexChanged.connect(self._schedule)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_until.toggled.connect(self.date_until.setEnabled)
        for signal in (
            self.use_from.toggled,
            self.use_until.toggled,
            self.date_from.dateChanged,
            self.date_until.dateChanged,
        ):
            signal.connect(self._schedule)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.open_button.clicked.connect(self.open_current)
        buttons.rejected.connect(self.reject)

        self._fill_cells()
        self._show_status()
        self.query.setFocus()

    # ------------------------------------------------------------------ filling
    def _fill_cells(self) -> None:
        assert self._vault is not None
        try:
            cells = self._vault.cells.list()
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        for cell in cells:
            self._cell_names[cell.id] = cell.name
            self.cell.addItem(cell.name, cell.id)

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def _focus_results(self) -> None:
        if self.results.count():
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            self.results.setFocus()

    def filters(self) -> SearchFilters:
        """The filters as chosen in the dialog."""
        cell = self.cell.currentData()
        label = self.label.currentData()
        return SearchFilters(
            cell_id=int(cell) if cell is not None else None,
            label=LabelFilter(label) if label is not None else None,
            date_from=_day(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=_day(self.date_until.date()) if self.use_until.isChecked() else None,
        )

    def run_search(self) -> None:
        """Search now (normally called a moment after the last change)."""
        self._timer.stop()
        vault = self._vault
        if vault is None:
            return
        self.error.clear_message()
        try:
            hits = vault.search(self.query.text(), self.filters())
        except VaultError as exc:
            hits = []
            self.error.show_message(error_message(exc.code))
        self.hits = hits
        self.results.clear()
        for hit in hits:
            meta = self._meta(hit)
            snippet = hit.snippet_text.replace("\n", " ")
            entry = QListWidgetItem(f"{snippet}\n{meta}")
            entry.setData(ID_ROLE, hit.note_id)
            entry.setData(SNIPPET_ROLE, snippet_html(hit))
            entry.setData(META_ROLE, meta)
            self.results.addItem(entry)
        if hits:
            self.results.setCurrentRow(0)
        self.open_button.setEnabled(bool(hits))
        self._show_status()

    def _show_status(self) -> None:
        if not self.query.text().strip():
            text = self.tr("Type a word or a case code. Accents and capitals do not matter.")
        elif not self.hits:
            text = self.tr("Nothing found. Check the filters, or type fewer letters.")
        elif len(self.hits) >= DEFAULT_LIMIT:
            text = self.tr("The best %1 notes are shown; add a word to narrow the search.").replace(
                "%1", str(len(self.hits))
            )
        else:
            text = self.tr("Notes found: %1. Enter opens the selected note.").replace(
                "%1", str(len(self.hits))
            )
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    # ------------------------------------------------------------------ wording
    def _meta(self, hit: SearchHit) -> str:
        """Label in words, kind (if not a plain note) and place, joined by middle dots."""
        names = [self._person(p) for p in sorted(hit.label.colleague_ids)]
        parts = [label_band_text(hit.label, names)]
        kind = self._kind_text(hit.kind)
        if kind:
            parts.append(kind)
        if hit.meeting_id is None:
            parts.append(self._reflection_text(hit.note_id))
        else:
            cell = self._cell_names.get(hit.cell_id, "") if hit.cell_id is not None else ""
            when = ""
            if hit.meeting_starts_at:
                day = datetime.fromisoformat(hit.meeting_starts_at).date()
                when = long_date(day, ui_language())
            parts.append(", ".join(p for p in (cell, when) if p))
            if hit.agenda_item_id is not None:
                parts.append(self._item_text(hit.agenda_item_id))
            else:
                parts.append(self.tr("whole meeting"))
        return " · ".join(p for p in parts if p)

    def _kind_text(self, kind: NoteKind) -> str:
        names = {
            NoteKind.DECISION_TEXT: self.tr("Decision text"),
            NoteKind.ACTION_DESCRIPTION: self.tr("Action"),
            NoteKind.PREPARED_INPUT: self.tr("Input prepared with a colleague"),
            NoteKind.LTF_FORM_TEXT: self.tr("LTF form text"),
            NoteKind.MOTIVATION: self.tr("Motivation"),
        }
        return names.get(kind, "")

    def _reflection_text(self, note_id: int) -> str:
        assert self._vault is not None
        try:
            written = stamp_date(self._vault.notes.get(note_id).created_at)
        except (KeyError, VaultError):
            return self.tr("Own reflection, not from a meeting")
        return self.tr("Own reflection, not from a meeting, written %1").replace(
            "%1", long_date(written, ui_language())
        )

    def _item_text(self, item_id: int) -> str:
        known = self._item_texts.get(item_id)
        if known is not None:
            return known
        assert self._vault is not None
        try:
            item = self._vault.meetings.item(item_id)
            text = f"{item.position}. {item_kind_text(item.kind)}"
            if item.case_id is not None:
                text += f" — {self._vault.cases.get(item.case_id).code}"
            elif item.title:
                text += f" — {item.title}"
        except (KeyError, VaultError):
            text = ""
        self._item_texts[item_id] = text
        return text

    def _person(self, person_id: int) -> str:
        known = self._person_names.get(person_id)
        if known is not None:
            return known
        assert self._vault is not None
        try:
            name = self._vault.people.get(person_id).name
        except (KeyError, VaultError):
            name = "?"
        self._person_names[person_id] = name
        return name

    # ------------------------------------------------------------------ opening, closing
    def current_note_id(self) -> int | None:
        if not self.results.count():
            return None
        entry = self.results.item(max(self.results.currentRow(), 0))
        return int(entry.data(ID_ROLE))

    def open_current(self) -> None:
        """Open the selected result (the first if none is selected) and close."""
        if self._opened:
            return
        if self._timer.isActive():
            self.run_search()  # Enter right after typing: search what was typed first
        note_id = self.current_note_id()
        if note_id is None:
            return
        self._opened = True
        self.accept()
        self.note_chosen.emit(note_id)

    def wipe(self) -> None:
        """Forget the query, the results and every name read from the vault (P12)."""
        self._timer.stop()
        for widget in (self.query, self.cell, self.label, self.results):
            widget.blockSignals(True)
        self.query.setText("")  # setText also empties the undo history
        self.results.clear()
        while self.cell.count() > 1:
            self.cell.removeItem(1)
        for widget in (self.query, self.cell, self.label, self.results):
            widget.blockSignals(False)
        self.hits = []
        self._cell_names.clear()
        self._item_texts.clear()
        self._person_names.clear()
        self.status.clear()
        self.status.setAccessibleDescription("")
        self.error.clear_message()
        self._vault = None

    def done(self, result: int) -> None:
        self.wipe()
        super().done(result)
