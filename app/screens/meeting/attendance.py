"""Who is at the meeting: attendance ticks per person, the legal core, who is in the room.

:class:`AttendancePanel` is the meeting's attendance list: for every standing member and
everyone recorded, a status and "briefed on the framework and the secrecy duty" (P9),
stored as soon as it is ticked; a calm notice names the seats of the legal core nobody
present fills (law of 30 July 2018, art. 3 § 1, C20); the user's own row says
"permanent representative for <organisation>" when they represent colleagues at this
cell — never a colleague's name (P4, P6 revised). :class:`ItemPresenceDialog` ticks who
is in the room for one agenda item (left for a conflict of interest, …), which is the
item's secrecy scope, "Known to" (P5). Everything shown is vault content: the screen
calls :meth:`AttendancePanel.clear` when the vault locks (P12).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.screens.meeting.dialogs import AdHocDialog, forget_dialog
from app.widgets.basics import label_for, name_after_text, paragraph
from app.wording.meeting import attendance_text, core_notice_text, role_text
from app.wording.messages import error_message
from vault.api import CoreSeat, ItemView, MeetingView, UnlockedVault
from vault.errors import VaultError
from vault.model import AttendanceStatus, Person, Role

ID_ROLE = Qt.ItemDataRole.UserRole


class AttendanceRow:
    """One person's quick ticks: status and "briefed on framework and secrecy duty" (P9)."""

    STATUSES = (None, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)

    def __init__(self, person: Person, ad_hoc: bool) -> None:
        self.person = person
        suffix = QCoreApplication.translate("MeetingScreen", " (ad hoc)") if ad_hoc else ""
        self.name = QLabel(person.name + suffix)
        self.name.setWordWrap(True)
        self.name.setToolTip(f"{role_text(person.role)} — {person.organisation}")
        self.status = QComboBox()
        for status in self.STATUSES:
            self.status.addItem(attendance_text(status), status)
        self.status.setAccessibleName(
            QCoreApplication.translate("MeetingScreen", "Attendance of %1").replace(
                "%1", person.name
            )
        )
        self.name.setBuddy(self.status)
        self.briefed = QCheckBox(QCoreApplication.translate("MeetingScreen", "Briefed"))
        self.briefed.setToolTip(
            QCoreApplication.translate(
                "MeetingScreen", "Told the agreement framework and the secrecy duty"
            )
        )
        self.briefed.setAccessibleName(
            QCoreApplication.translate(
                "MeetingScreen", "%1 was told the agreement framework and the secrecy duty"
            ).replace("%1", person.name)
        )


def representation_words(person: Person, represents_here: bool) -> list[str]:
    """The permanent representative's row, in words (P4, P6 revised).

    At the table the representative **is** the member, for their organisation: the row
    says "permanent representative for <organisation>" and never names the colleagues
    they sit in for (that is the representative's own record, in the representative
    view). Only the user's own row can say it: whom the user represents is their record.
    """
    if not (person.is_self and represents_here):
        return []
    organisation = " ".join(person.organisation.split())
    if not organisation:
        return [QCoreApplication.translate("ActionsPanel", "permanent representative")]
    return [
        QCoreApplication.translate("ActionsPanel", "permanent representative for %1").replace(
            "%1", organisation
        )
    ]


def show_representation(
    rows: Iterable[AttendanceRow], view: MeetingView, vault: UnlockedVault
) -> None:
    """Add "permanent representative for <organisation>" to the user's own attendance row
    when they represent colleagues at this cell — no colleague's name (P6, revised)."""
    try:
        represents_here = bool(vault.representation.represented_colleagues(view.cell.id))
    except VaultError:
        represents_here = False
    for row in rows:
        words = representation_words(row.person, represents_here)
        if words:
            base = row.name.text().split("\n", 1)[0]
            row.name.setTextFormat(Qt.TextFormat.PlainText)
            row.name.setWordWrap(True)
            row.name.setText("\n".join([base, *words]))
            row.name.setAccessibleDescription("; ".join(words))
            row.status.setAccessibleDescription("; ".join(words))


class ItemPresenceDialog(QDialog):
    """Who is in the room for one agenda item: untick who leaves, tick who comes back."""

    presence_changed = Signal(int, bool)
    """(person id, in the room) — the panel stores it and refreshes the scope."""

    def __init__(
        self, view: MeetingView, item_view: ItemView, item_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("In the room for this item"))
        self.explanation = paragraph(
            self.tr(
                "Untick someone who leaves the room for this item (a conflict of interest, "
                "for instance); tick them again when they come back. Who is ticked is the "
                'item\'s secrecy scope: "Known to".'
            )
        )
        self.item_text = paragraph(self.tr("Agenda item: %1").replace("%1", item_text))
        self.people = QListWidget()
        self.people.setMinimumHeight(180)
        in_room = {p.id for p in item_view.scope}
        self._whole: dict[int, bool] = {}
        self._names: dict[int, str] = {}
        present = [a for a in view.attendance if a.status is AttendanceStatus.PRESENT]
        present.sort(
            key=lambda a: view.people[a.person_id].name if a.person_id in view.people else ""
        )
        for a in present:
            person = view.people.get(a.person_id)
            if person is None:
                continue
            self._whole[person.id] = a.whole_meeting
            self._names[person.id] = person.name
            entry = QListWidgetItem()
            entry.setData(ID_ROLE, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if person.id in in_room else Qt.CheckState.Unchecked
            )
            self._word(entry)
            self.people.addItem(entry)
        if self.people.count():
            self.people.setCurrentRow(0)
        label = label_for(self.tr("&People present at the meeting"), self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            name_after_text(button)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item_text)
        layout.addWidget(self.explanation)
        layout.addWidget(label)
        layout.addWidget(self.people, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        buttons.rejected.connect(self.reject)
        self.people.itemChanged.connect(self._changed)
        self.people.setFocus()

    def _word(self, entry: QListWidgetItem) -> None:
        person_id = int(entry.data(ID_ROLE))
        inside = entry.checkState() == Qt.CheckState.Checked
        name = self._names[person_id]
        if inside:
            text = self.tr("%1 — in the room").replace("%1", name)
        elif self._whole[person_id]:
            text = self.tr("%1 — left the room for this item").replace("%1", name)
        else:
            text = self.tr("%1 — not at this item").replace("%1", name)
        self.people.blockSignals(True)
        entry.setText(text)
        self.people.blockSignals(False)

    def _changed(self, entry: QListWidgetItem) -> None:
        self._word(entry)
        self.presence_changed.emit(
            int(entry.data(ID_ROLE)), entry.checkState() == Qt.CheckState.Checked
        )

    def set_in_room(self, person_id: int, inside: bool) -> None:
        """Tick or untick one person (what Space on the list does)."""
        for row in range(self.people.count()):
            entry = self.people.item(row)
            if int(entry.data(ID_ROLE)) == person_id:
                entry.setCheckState(Qt.CheckState.Checked if inside else Qt.CheckState.Unchecked)


class AttendancePanel(QWidget):
    """The attendance list of the open meeting, its legal-core notice and "add ad hoc"."""

    changed = Signal()
    """An attendance was stored: the screen reloads the meeting's facts."""
    message = Signal(str)
    """A short status sentence (a failure) for the screen's save-state line."""
    added = Signal()
    """Someone was added ad hoc: the screen loads the meeting again and refills the list."""

    def __init__(
        self, current_item: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current_item = current_item
        self.ad_hoc_dialog: AdHocDialog | None = None
        self._vault: UnlockedVault | None = None
        self._view: MeetingView | None = None
        self._rows: list[AttendanceRow] = []
        self.box = QWidget()
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rows (it follows them)
        self.scroll_area = scroll
        scroll.setWidget(self.box)
        self.ad_hoc_button = QPushButton(
            QCoreApplication.translate("MeetingScreen", "Add &ad hoc participant…")
        )
        name_after_text(self.ad_hoc_button)
        # The legal core of the cell (law of 30 July 2018, art. 3 § 1): a calm notice.
        self.core_notice = paragraph()
        self.core_notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("MeetingScreen", "Attendance")))
        layout.addWidget(self.core_notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.ad_hoc_button)

    @property
    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def fill(self, vault: UnlockedVault, view: MeetingView) -> None:
        """One row per standing member of the cell and per person recorded at the meeting."""
        self._vault, self._view = vault, view
        self._remove_rows()
        recorded = {a.person_id: a for a in view.attendance}
        people: list[tuple[Person, bool]] = []
        try:
            standing = [m.person for m in vault.cells.members(view.cell.id) if m.structural]
        except VaultError:
            standing = []
        seen = set()
        for person in standing:
            people.append((person, False))
            seen.add(person.id)
        for a in view.attendance:
            if a.person_id not in seen and a.person_id in view.people:
                people.append((view.people[a.person_id], a.ad_hoc))
                seen.add(a.person_id)
        # A permanent representative is the member (P6, revised): the colleagues the user
        # sits in for are never listed here; the user's row says "permanent representative
        # for <organisation>" (show_representation).
        for r, (person, ad_hoc) in enumerate(people):
            row = AttendanceRow(person, ad_hoc)
            known = recorded.get(person.id)
            if known is not None:
                index = row.status.findData(known.status)
                row.status.setCurrentIndex(index if index >= 0 else 0)
                row.briefed.setChecked(known.briefed)
            row.briefed.setEnabled(known is not None)
            row.status.currentIndexChanged.connect(lambda _i, row=row: self._status_changed(row))
            row.briefed.toggled.connect(lambda _b, row=row: self._status_changed(row))
            # Two lines a person, so the side panel shows every column, "Briefed" too
            # (issue 17): the name, then the status and the tick under it.
            self.grid.addWidget(row.name, 2 * r, 0, 1, 2)
            self.grid.addWidget(row.status, 2 * r + 1, 0)
            self.grid.addWidget(row.briefed, 2 * r + 1, 1)
            self._rows.append(row)
        self.grid.setRowStretch(2 * len(people), 1)
        self.grid.setColumnStretch(1, 1)
        show_representation(self._rows, view, vault)  # "permanent representative for …"

    def set_view(self, view: MeetingView) -> None:
        """The meeting's facts were loaded again: store ticks against the new view."""
        self._view = view

    def _status_changed(self, row: AttendanceRow) -> None:
        view, vault = self._view, self._vault
        if view is None or vault is None:
            return
        status = row.status.currentData()
        if status is None:
            return
        try:
            vault.attendance.set(
                view.meeting.id,
                row.person.id,
                AttendanceStatus(status),
                briefed=row.briefed.isChecked(),
            )
        except VaultError as exc:
            self.message.emit(error_message(exc.code))
            return
        row.briefed.setEnabled(True)
        self.changed.emit()

    def add_ad_hoc(self, item_text: str) -> None:
        """Add someone for the whole meeting or only the current item (P9: briefed tick)."""
        if self._view is None or self._vault is None:
            return
        dialog = AdHocDialog(item_text, self)
        dialog.accepted.connect(lambda: self._add_ad_hoc(dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.ad_hoc_dialog = dialog
        dialog.open()

    def _add_ad_hoc(self, dialog: AdHocDialog) -> None:
        view, vault, item_id = self._view, self._vault, self._current_item()
        if view is None or vault is None:
            return
        whole = dialog.whole_meeting.isChecked() or item_id is None
        try:
            vault.attendance.add_ad_hoc_participant(
                view.meeting.id,
                name=dialog.name.text(),
                organisation=dialog.organisation.text(),
                role=Role(dialog.role.currentData()),
                briefed=dialog.briefed.isChecked(),
                item_id=None if whole else item_id,
            )
        except VaultError as exc:
            self.message.emit(error_message(exc.code))
            return
        self.added.emit()

    def _forget(self, dialog: AdHocDialog) -> None:
        if self.ad_hoc_dialog is dialog:
            self.ad_hoc_dialog = None
        forget_dialog(dialog)

    def show_core(self, missing: Iterable[CoreSeat]) -> None:
        """Say, calmly, which seats of the legal core nobody present fills (C20)."""
        text = core_notice_text(tuple(missing))
        self.core_notice.setText(text)
        self.core_notice.setAccessibleName(text)
        self.core_notice.setVisible(bool(text))

    def _remove_rows(self) -> None:
        while self.grid.count():
            child = self.grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the tree now, not at the next event loop (P12)
                widget.deleteLater()
        self._rows = []

    def clear(self) -> None:
        """Remove every name and tick (P12), close the ad hoc dialog, forget the vault."""
        if self.ad_hoc_dialog is not None:
            self.ad_hoc_dialog.reject()
        self._vault = self._view = None
        self._remove_rows()
