"""The first start: a page that leads from a new vault to the first meeting.

A vault without a cell cannot hold a meeting. While the open vault has none
(:func:`needs_first_run`), the notebook shows :class:`FirstRunWelcome` above the editor
(its button: Alt+U) and *Table › Meetings…* leads here instead of to an empty list.
:class:`FirstRunPage` takes the guide's three steps:

1. **Your cell** — name, municipality, contact point, agreement framework, local definition
   (what the Cells dialog asks, :class:`app.screens.cells.CellsDialog`);
2. **The members** — the user first ("this is me"), then each participant: a new person who
   becomes a standing member in one step (Enter in the name field adds);
3. **The first meeting** — :attr:`FirstRunPage.meeting_requested` asks the window for the
   new-meeting dialog with this cell chosen.

Everything works by keyboard: each field has its mnemonic, Enter acts on the focused
button, and each step puts the focus in its first field. The page shows vault content
(names): :meth:`FirstRunPage.clear` wipes it when the vault locks (P12).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.person import person_words
from app.screens.meeting.dialogs import role_combo
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.errors import VaultError
from vault.model import Role

ID_ROLE = Qt.ItemDataRole.UserRole
STEPS = 3


def needs_first_run(vault: UnlockedVault) -> bool:
    """True when ``vault`` has no cell yet: no meeting can be started before one exists."""
    try:
        return not vault.cells.list()
    except VaultError:
        return False  # the notebook says what is wrong; do not lead anywhere


class FirstRunWelcome(QFrame):
    """The welcome on the notebook while the vault has no cell: what comes first, and a
    button to the first steps. Names nothing from the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setStyleSheet(
            "QFrame#welcome { background: palette(alternate-base);"
            " border: 1px solid palette(midlight); border-left: 4px solid palette(highlight);"
            " border-radius: 4px; }"
        )
        self.title = heading(self.tr("Welcome. Set up your cell first"), scale=1.15)
        self.text = paragraph(
            self.tr(
                "A meeting belongs to a cell. Describe your cell, add its members (yourself "
                "first), then start the first meeting: three short steps."
            )
        )
        self.setup_button = _button(self.tr("Set &up my cell…"))
        self.setup_button.setAccessibleDescription(self.text.text())
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(12)
        layout.addLayout(words, 1)
        layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()


class _EnterAdds(QObject):
    """Enter on the role box or a tick box of step 2 adds the person, as in the name
    fields: "name, organisation, role, then Enter" holds wherever the focus is."""

    def __init__(self, page: FirstRunPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and not self._page.role.view().isVisible()  # Enter in the open list chooses
        ):
            self._page.add_member()
            return True
        return False


def _button(text: str) -> QPushButton:
    """A button that Enter presses while it has the focus (outside a dialog too)."""
    button = QPushButton(text)
    button.setAutoDefault(True)
    button.setMinimumHeight(30)
    name_after_text(button)
    return button


class FirstRunPage(QWidget):
    """Three steps from an empty vault to the first meeting: cell, members, meeting."""

    meeting_requested = Signal(int)
    """The cell (id) whose first meeting the user wants to start now."""
    notes_requested = Signal()
    """The user leaves the set-up for the notebook (it comes back while there is no cell)."""
    cell_saved = Signal(int)
    """A cell (id) was created here: other screens listing cells refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: UnlockedVault | None = None
        self._cell_id: int | None = None
        self.setAccessibleName(self.tr("First steps"))

        self.title = heading(self.tr("Welcome to Tafelboek"), scale=1.35)
        self.intro = paragraph(
            self.tr(
                "Before your first meeting, Tafelboek needs to know your cell and who sits at "
                "its table. Three short steps; you can change everything later "
                "(Table › Cells…)."
            )
        )
        self.step_line = paragraph()
        self.step_line.setAccessibleName(self.tr("Step"))
        self.later_button = _button(self.tr("S&kip for now: to my notes"))
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.notes_requested)
        self.error = ErrorLabel()
        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_cell_step())
        self.steps.addWidget(self._build_members_step())
        self.steps.addWidget(self._build_meeting_step())

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(self.title)
        titles.addWidget(self.step_line)
        header.addLayout(titles, 1)
        header.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QWidget()
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(header)
        inner.addWidget(self.intro)
        inner.addSpacing(6)
        inner.addWidget(self.steps, 1)
        inner.addWidget(self.error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addStretch(1)
        layout.addWidget(column, 6)
        layout.addStretch(1)

    # ------------------------------------------------------------------ building
    def _build_cell_step(self) -> QWidget:
        page = QWidget()
        self.cell_name = QLineEdit()
        self.cell_name.setPlaceholderText(self.tr("E.g. LIVC R Lier"))
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("The municipality whose LIVC R this is"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(
            self.tr("E.g. the coordinator, or the municipality's data-protection officer")
        )
        self.framework = QPlainTextEdit()
        self.framework.setTabChangesFocus(True)
        self.framework.setPlaceholderText(
            self.tr("The agreements every participant is told, ad hoc ones too.")
        )
        self.definition = QPlainTextEdit()
        self.definition.setTabChangesFocus(True)
        self.definition.setPlaceholderText(
            self.tr("What this cell counts as radicalisation, and what does not belong here.")
        )
        for box in (self.framework, self.definition):
            box.setMinimumHeight(64)
            box.setMaximumHeight(120)
        self.save_cell_button = _button(self.tr("&Save the cell and continue"))
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # the rows stay together; the room is left below
        form.addRow(
            paragraph(
                self.tr(
                    "Step 1 — your cell. The municipality and the contact point are named in a "
                    "notice to the person discussed; the agreement framework is shown at the "
                    "opening of every operational meeting."
                )
            )
        )
        form.addRow(label_for(self.tr("Cell &name"), self.cell_name), self.cell_name)
        form.addRow(label_for(self.tr("Munici&pality"), self.municipality), self.municipality)
        form.addRow(label_for(self.tr("Contact poin&t"), self.contact), self.contact)
        form.addRow(label_for(self.tr("Agreement &framework"), self.framework), self.framework)
        form.addRow(label_for(self.tr("&Local definition"), self.definition), self.definition)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_cell_button)
        form.addRow(row)
        for line in (self.cell_name, self.municipality, self.contact):
            line.returnPressed.connect(self.focusNextChild)
        self.save_cell_button.clicked.connect(self.save_cell)
        return page

    def _build_members_step(self) -> QWidget:
        page = QWidget()
        self.members_intro = paragraph()
        self.person_name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = role_combo()
        self.is_self = QCheckBox(self.tr("This is &me, the user of this vault"))
        name_after_text(self.is_self)
        self.standing = QCheckBox(self.tr("S&tanding member (at every meeting)"))
        self.standing.setChecked(True)
        name_after_text(self.standing)
        self.add_member_button = _button(self.tr("&Add as member"))
        self.members = QListWidget()
        self.members.setMinimumHeight(90)
        self.members_done_button = _button(self.tr("&Continue"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.members_intro)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Name"), self.person_name), self.person_name)
        form.addRow(label_for(self.tr("&Organisation"), self.organisation), self.organisation)
        form.addRow(label_for(self.tr("&Role"), self.role), self.role)
        form.addRow("", self.is_self)
        form.addRow("", self.standing)
        layout.addLayout(form)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_member_button)
        layout.addLayout(add_row)
        layout.addWidget(label_for(self.tr("Members of the c&ell"), self.members))
        layout.addWidget(self.members, 1)
        done_row = QHBoxLayout()
        self.members_state = paragraph()
        self.members_state.setAccessibleName(self.tr("Members"))
        done_row.addWidget(self.members_state, 1)
        done_row.addWidget(self.members_done_button)
        layout.addLayout(done_row)
        for edit in (self.person_name, self.organisation):
            edit.returnPressed.connect(self.add_member)
        self._enter_adds = _EnterAdds(self)
        for control in (self.role, self.is_self, self.standing):
            control.installEventFilter(self._enter_adds)
        self.add_member_button.clicked.connect(self.add_member)
        self.members_done_button.clicked.connect(self.show_meeting_step)
        return page

    def _build_meeting_step(self) -> QWidget:
        page = QWidget()
        self.meeting_text = paragraph(
            self.tr(
                "Step 3 — the first meeting. Choose the date and time, the table (operational "
                "or strategic) and the place; at the operational table, tick the cases to "
                "discuss or type a new case code (letters, digits, never a name or a birth "
                "date). The standing members appear in the attendance list by themselves."
            )
        )
        self.start_meeting_button = _button(self.tr("&Start the first meeting…"))
        self.to_notes_button = _button(self.tr("Go to my &notes"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.meeting_text)
        row = QHBoxLayout()
        row.addWidget(self.start_meeting_button)
        row.addWidget(self.to_notes_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.start_meeting_button.clicked.connect(self._ask_meeting)
        self.to_notes_button.clicked.connect(self.notes_requested)
        return page

    # ------------------------------------------------------------------ showing
    @property
    def cell_id(self) -> int | None:
        """The cell made in step 1 (``None`` before)."""
        return self._cell_id

    def show_vault(self, vault: UnlockedVault) -> None:
        """Start at step 1 for ``vault`` (a vault without a cell)."""
        self.clear()
        self._vault = vault
        self._go(0)

    def _go(self, step: int) -> None:
        self.error.clear_message()
        self.steps.setCurrentIndex(step)
        self.step_line.setText(
            self.tr("Step %1 of %2").replace("%1", str(step + 1)).replace("%2", str(STEPS))
        )
        self.intro.setVisible(step == 0)
        first = (self.cell_name, self.person_name, self.start_meeting_button)[step]
        first.setFocus()

    def _show(self, exc: Exception) -> None:
        self.error.show_message(error_message(exc.code if isinstance(exc, VaultError) else None))

    # ------------------------------------------------------------------ step 1
    def save_cell(self) -> bool:
        """Create the cell from step 1; False with the reason shown."""
        vault = self._vault
        if vault is None:
            return False
        name = self.cell_name.text().strip()
        if not name:
            self.error.show_message(self.tr("Type the cell's name."))
            self.cell_name.setFocus()
            return False
        try:
            if self._cell_id is None:
                self._cell_id = vault.cells.add(
                    name,
                    framework_text=self.framework.toPlainText(),
                    local_definition=self.definition.toPlainText(),
                )
            vault.cells.set_contact(
                self._cell_id,
                municipality=self.municipality.text().strip(),
                contact=self.contact.text().strip(),
            )
        except (ValueError, VaultError) as exc:
            self._show(exc)
            return False
        self.cell_saved.emit(self._cell_id)
        self.show_members_step()
        return True

    # ------------------------------------------------------------------ step 2
    def show_members_step(self) -> None:
        self._fill_members()
        self._go(1)

    def _me_known(self) -> bool:
        try:
            return self._vault is not None and self._vault.people.me() is not None
        except VaultError:
            return True  # do not offer "this is me" on a vault that cannot say

    def _fill_members(self) -> None:
        vault = self._vault
        self.members.clear()
        if vault is None or self._cell_id is None:
            return
        try:
            members = vault.cells.members(self._cell_id)
        except VaultError as exc:
            self._show(exc)
            members = []
        for member in members:
            you = self.tr(" (you)") if member.person.is_self else ""
            kind = self.tr("standing") if member.structural else self.tr("ad hoc")
            entry = QListWidgetItem(f"{person_words(member.person)}{you} · {kind}")
            entry.setData(ID_ROLE, member.person.id)
            self.members.addItem(entry)
        me_known = self._me_known()
        self.is_self.setChecked(not me_known)
        self.is_self.setVisible(not me_known)
        if me_known:
            self.members_intro.setText(
                self.tr(
                    "Step 2 — the members. Add each participant: name, organisation, role, "
                    "then Enter. Standing members appear in the attendance list of every "
                    "meeting of the cell; ad hoc participants can also be added during a "
                    "meeting."
                )
            )
        else:
            self.members_intro.setText(
                self.tr(
                    "Step 2 — the members. Start with yourself: your name, your organisation "
                    "and your role, then Enter. Tafelboek needs to know you to say what may "
                    "be fed back to whom."
                )
            )
        count = self.members.count()
        self.members_state.setText(
            self.tr("No members yet.")
            if count == 0
            else self.tr("Members: %1. Add the next, or continue.").replace("%1", str(count))
        )

    def add_member(self) -> bool:
        """Add the typed person and make them a member of the cell, in one step."""
        vault = self._vault
        if vault is None or self._cell_id is None:
            return False
        name = self.person_name.text().strip()
        if not name:
            self.error.show_message(self.tr("Type the person's name."))
            self.person_name.setFocus()
            return False
        is_self = self.is_self.isVisible() and self.is_self.isChecked()
        try:
            person_id = vault.people.add(
                name,
                Role(self.role.currentData()),
                organisation=self.organisation.text().strip(),
                is_self=is_self,
            )
            vault.cells.add_member(self._cell_id, person_id, structural=self.standing.isChecked())
        except (ValueError, VaultError) as exc:
            self._show(exc)
            return False
        self.error.clear_message()
        self.person_name.clear()
        self.organisation.clear()
        self.role.setCurrentIndex(self.role.findData(Role.OTHER))
        self.standing.setChecked(True)
        self._fill_members()
        self.person_name.setFocus()
        return True

    # ------------------------------------------------------------------ step 3
    def show_meeting_step(self) -> None:
        self._go(2)

    def _ask_meeting(self) -> None:
        if self._cell_id is not None:
            self.meeting_requested.emit(self._cell_id)

    def clear(self) -> None:
        """Forget the vault and wipe every name and text typed or shown (P12)."""
        self._vault = None
        self._cell_id = None
        for edit in (self.cell_name, self.municipality, self.contact, self.person_name):
            edit.clear()
        self.organisation.clear()
        for text in (self.framework, self.definition):
            text.clear()
        self.members.clear()
        for label in (self.members_state, self.members_intro):
            label.clear()
        self.error.clear_message()
        self.steps.setCurrentIndex(0)
