"""Releasing a note beyond the table: an explicit, recorded act (P3, P4).

The dialog shows the text that will be released — the note as it stands now; a release
binds that version, and text typed later stays at the table until released again (P3) —
and asks where it goes (own dossier, or feedback for colleagues the user represents at
this cell), at which meeting that was agreed, and whose information it is, and says in a
plain sentence what releasing means. When the stored text no longer is the text shown
(changed in the meantime), nothing is released. Every destination is checked with the
policy before anything is recorded, so a refusal releases nothing; the refusal is worded
inline (:func:`app.wording.messages.refusal_message`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import ui_language
from app.screens.notebook import TableOnlyEditor
from app.widgets.basics import ErrorLabel, label_for, name_after_text, paragraph
from app.wording.messages import error_message, refusal_message
from vault.api import ItemView, MeetingView, UnlockedVault
from vault.dates import long_date_time
from vault.errors import Refused, VaultError
from vault.model import MeetingStatus, Person, ReleaseKind

ID_ROLE = Qt.ItemDataRole.UserRole

Destination = tuple[ReleaseKind, int | None]


class ReleaseDialog(QDialog):
    """Release one note to own dossier and/or as feedback for represented colleagues."""

    def __init__(
        self,
        vault: UnlockedVault,
        view: MeetingView,
        item_view: ItemView,
        note_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release beyond the table"))
        self._vault = vault
        self._view = view
        self.note_id = note_id
        self.released_ids: list[int] = []
        self._me: int | None = None
        try:
            self.text = vault.notes.get(note_id).body
        except (KeyError, VaultError):
            self.text = ""
        """The version this dialog releases: exactly what it shows (P3)."""
        self.preview = TableOnlyEditor()
        self.preview.setPlainText(self.text)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMaximumHeight(120)
        self.preview.setAccessibleName(self.tr("Text that will be released"))
        self.preview_label = label_for(
            self.tr("Text that will be released (this version)"), self.preview
        )

        self.own_dossier = QCheckBox(self.tr("To my &own dossier"))
        name_after_text(self.own_dossier)
        self.feedback = QCheckBox(self.tr("As &feedback for colleagues I represent"))
        name_after_text(self.feedback)
        self.colleagues = QListWidget()
        self.colleagues.setMaximumHeight(110)
        self.colleagues.setAccessibleName(self.tr("Colleagues to receive feedback"))
        self.no_colleagues = paragraph(
            self.tr(
                "Nobody can receive this note as feedback. Feedback goes only to a colleague "
                "of your own organisation whom you sat in for at this meeting (Table › "
                "Representation…), with you in the room for this agenda item. Only your own "
                "dossier is possible."
            )
        )
        self.meeting = QComboBox()
        self.owner = QComboBox()
        self.owner_agreed = QCheckBox()
        """Another participant's information: they agreed to this use at the table (P3)."""
        self.owner_agreed.setAccessibleName(
            self.tr("The owner of the information agreed to this use at the table")
        )
        self.owner_agreed.hide()
        self.meaning = paragraph(
            self.tr(
                "Releasing is recorded in the vault's audit trail: when, at which meeting it "
                "was agreed and whose information it is. Your own dossier can be read by "
                "colleagues in your organisation; it is not a private space. Feedback goes "
                "only to the colleague you name."
            )
        )
        self.meaning.setAccessibleName(self.meaning.text())
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Release"))
        for button in buttons.buttons():
            name_after_text(button)

        form = QFormLayout()
        form.addRow(label_for(self.tr("Agreed at &meeting"), self.meeting), self.meeting)
        form.addRow(label_for(self.tr("&Whose information"), self.owner), self.owner)
        form.addRow("", self.owner_agreed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.own_dossier)
        layout.addWidget(self.feedback)
        layout.addWidget(self.colleagues)
        layout.addWidget(self.no_colleagues)
        layout.addLayout(form)
        layout.addWidget(self.meaning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_if_released)
        buttons.rejected.connect(self.reject)
        self.feedback.toggled.connect(self.colleagues.setEnabled)

        self.renewal = paragraph()
        """Shown when the note changed after a release: where the earlier version went."""
        layout.insertWidget(2, self.renewal)

        self._fill_colleagues()
        self._fill_meetings()
        self._fill_owners(item_view)
        self._preselect_changed()
        self.owner.currentIndexChanged.connect(lambda _i: self._show_owner_agreement())
        self.meeting.currentIndexChanged.connect(lambda _i: self._show_owner_agreement())
        self._show_owner_agreement()
        self.own_dossier.setFocus()

    # ------------------------------------------------------------------ filling
    def _fill_colleagues(self) -> None:
        try:
            candidates = self._vault.policy.feedback_candidates(self.note_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            candidates = []
        for colleague_id in candidates:
            person = self._person(colleague_id)
            entry = QListWidgetItem(person.name if person is not None else "?")
            entry.setData(ID_ROLE, colleague_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if len(candidates) == 1 else Qt.CheckState.Unchecked
            )
            self.colleagues.addItem(entry)
        has_any = bool(candidates)
        self.feedback.setEnabled(has_any)
        self.colleagues.setEnabled(False)
        self.colleagues.setVisible(has_any)
        self.no_colleagues.setVisible(not has_any)
        if has_any:
            self.colleagues.setCurrentRow(0)

    def _fill_meetings(self) -> None:
        note_meeting = self._view.meeting
        try:
            meetings = self._vault.meetings.list(note_meeting.cell_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            meetings = [note_meeting]
        for meeting in meetings:
            if meeting.status is MeetingStatus.CANCELLED and meeting.id != note_meeting.id:
                continue
            if meeting.starts_at < note_meeting.starts_at:
                continue
            self.meeting.addItem(long_date_time(meeting.starts_at, ui_language()), meeting.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(note_meeting.id)))

    def _fill_owners(self, item_view: ItemView) -> None:
        """Whose information: no default (P3) — the user chooses, among themselves and the
        people who were in the room for the item."""
        people: list[Person] = list(item_view.scope)
        try:
            me = self._vault.people.me()
        except VaultError:
            me = None
        self._me = me.id if me is not None else None
        if me is not None:  # first, so that Alt+W, Down chooses it from the keyboard
            people = [me, *(p for p in people if p.id != me.id)]
        self.owner.addItem(self.tr("— choose whose information this is —"), None)
        for person in people:
            name = self.tr("%1 (me)").replace("%1", person.name) if person.is_self else person.name
            self.owner.addItem(name, person.id)
        self.owner.setCurrentIndex(0)

    def _show_owner_agreement(self) -> None:
        """Another participant's information: ask for their agreement at the table."""
        owner_id = self.owner.currentData()
        others = owner_id is not None and owner_id != self._me
        self.owner_agreed.setVisible(others)
        if not others:
            self.owner_agreed.setChecked(False)
            return
        self.owner_agreed.setText(
            self.tr("%1 agreed to this use at the table, at the meeting of %2")
            .replace("%1", self.owner.currentText())
            .replace("%2", self.meeting.currentText())
        )

    def _preselect_changed(self) -> None:
        """A note changed after its release: offer its earlier destinations, ticked, for the
        new text (P3). Releasing replaces the earlier version there."""
        try:
            earlier = self._vault.releases.changed_destinations(self.note_id)
        except VaultError:
            earlier = []
        self.renewal.setVisible(bool(earlier))
        if not earlier:
            return
        names = []
        for kind, colleague_id in earlier:
            if kind is ReleaseKind.OWN_DOSSIER:
                self.own_dossier.setChecked(True)
                names.append(self.tr("your own dossier"))
            elif kind is ReleaseKind.FEEDBACK and colleague_id is not None:
                person = self._person(colleague_id)
                names.append(person.name if person is not None else "?")
                for row in range(self.colleagues.count()):
                    entry = self.colleagues.item(row)
                    if entry.data(ID_ROLE) == colleague_id:
                        entry.setCheckState(Qt.CheckState.Checked)
                        self.feedback.setChecked(self.feedback.isEnabled())
        self.renewal.setText(
            self.tr(
                "This note changed after it was released. The earlier version went to: %1. "
                "Releasing now puts the text above there instead; until then only the "
                "earlier version may leave."
            ).replace("%1", ", ".join(names))
        )
        self.renewal.setAccessibleName(self.renewal.text())

    def _person(self, person_id: int) -> Person | None:
        person = self._view.people.get(person_id)
        if person is not None:
            return person
        try:
            return self._vault.people.get(person_id)
        except (KeyError, VaultError):
            return None

    # ------------------------------------------------------------------ releasing
    def destinations(self) -> list[Destination]:
        chosen: list[Destination] = []
        if self.own_dossier.isChecked():
            chosen.append((ReleaseKind.OWN_DOSSIER, None))
        if self.feedback.isChecked():
            for row in range(self.colleagues.count()):
                entry = self.colleagues.item(row)
                if entry.checkState() == Qt.CheckState.Checked:
                    chosen.append((ReleaseKind.FEEDBACK, int(entry.data(ID_ROLE))))
        return chosen

    def perform(self) -> bool:
        """Release to every chosen destination; False (with the reason shown) otherwise."""
        meeting_id = self.meeting.currentData()
        owner_id = self.owner.currentData()
        others = owner_id is not None and owner_id != self._me
        agreed = meeting_id if others and self.owner_agreed.isChecked() else None
        return self._perform(
            self.destinations(),
            int(meeting_id) if meeting_id is not None else None,
            int(owner_id) if owner_id is not None else None,
            int(agreed) if agreed is not None else None,
        )

    def _perform(
        self,
        destinations: list[Destination],
        agreed_meeting_id: int | None,
        info_owner_id: int | None,
        owner_agreed_meeting_id: int | None = None,
    ) -> bool:
        self.error.clear_message()
        if not destinations:
            self.error.show_message(self.tr("Choose where the note goes."))
            return False
        if info_owner_id is None:
            self.error.show_message(self.tr("Choose whose information this is."))
            self.owner.setFocus()
            return False
        try:
            for kind, colleague_id in destinations:  # check all first: a refusal releases nothing
                verdict = self._vault.policy.may_release(
                    self.note_id,
                    kind,
                    colleague_id=colleague_id,
                    agreed_meeting_id=agreed_meeting_id,
                    info_owner_id=info_owner_id,
                    text=self.text,
                    owner_agreed_meeting_id=owner_agreed_meeting_id,
                )
                if not verdict:
                    self.error.show_message(refusal_message(verdict.reason))
                    return False
            for kind, colleague_id in destinations:
                release_id = self._vault.releases.release(
                    self.note_id,
                    kind,
                    info_owner_id=info_owner_id,
                    agreed_meeting_id=agreed_meeting_id,
                    colleague_id=colleague_id,
                    text=self.text,
                    owner_agreed_meeting_id=owner_agreed_meeting_id,
                )
                self.released_ids.append(release_id)
        except Refused as exc:
            if exc.reason is None:
                self.error.show_message(error_message(exc.code))
            else:
                self.error.show_message(refusal_message(exc.reason))
            return False
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return False
        return True

    def refusal_shown(self) -> bool:
        return not self.error.isHidden()

    def _accept_if_released(self) -> None:
        if self.perform():
            self.accept()

    def done(self, result: int) -> None:
        """Closing (also by locking, P12) first wipes the text the dialog shows."""
        self.preview.clear()
        super().done(result)
