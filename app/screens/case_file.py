"""The case file (*casusoverzicht*, P13; domain review M1): one screen per case.

Why this file is longer than ~500 lines: it is one screen. The status column and the
history share the loaded case file, and the history is built lazily, one meeting at a
time, from the same records.

Left, where the case stands: its stage in words and the steps it went through, the
follow-up trajectory (lead organisation, *casusregisseur*, evaluation date), the closure
and its reason, the informing status (P7), open actions, the minor flags — editable here
(review C13) — with the stepwise check (P8: asked again whenever a minor's case returns to
the agenda; the vault says when, this screen shows it), and at intake the cell's local
definition of radicalisation (review C15). Right, the history across meetings: one line
per meeting, newest first; the chosen meeting's content — who was in the room for the
case, its notes with their labels in words, decisions (trajectory, referral, closure, LTF,
informing), actions, stepwise answers, documents made — is built only when it is chosen,
so a case with forty meetings opens as fast as one with a single meeting, and nothing is
painted that nobody looks at.

The whole file comes from the door in one call (:meth:`vault.cases.file`). Note text is
shown inside the vault only: the history view gives nothing to a drag or to Ctrl+C except
a selection inside one note that :func:`vault.policy.may_copy` allows (released to the own
dossier, as released), and then only through the clipboard guard.
"""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.case_agenda import CaseAgendaDialog
from app.dialogs.case_decision import CaseDecisionDialog
from app.dialogs.informed import InformedDialog
from app.dialogs.minors_gate import StepwiseDialog
from app.platform.i18n import ui_language
from app.screens.case_words import (
    FOCUS_STYLE,
    closure_reason_text,
    day_words,
    decision_kind_text,
    informing_short,
    label_words,
    meeting_status_text,
    short_day,
    stage_text,
)
from app.session.locking import ClipboardGuard
from app.widgets.basics import (
    ErrorLabel,
    Notice,
    heading,
    label_for,
    name_after_text,
    paragraph,
    scrolling_body,
)
from app.wording.decisions import how_text
from app.wording.document_kinds import kind_title
from app.wording.messages import error_message, refusal_message
from vault.api import CaseFile, CaseMeeting, InformingState, UnlockedVault
from vault.dates import long_date_time
from vault.documents import DocumentKind
from vault.errors import VaultError
from vault.model import (
    ActionStatus,
    CaseDecisionKind,
    CaseStage,
    Decision,
    DecisionKind,
    DecisionOutcome,
    Label,
    MeetingStatus,
    NoteKind,
)

OUTSIDE_MEETINGS = -1
"""The history line of what the case holds outside any meeting (intake)."""

MEETING_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class NoteSpan:
    """Where a note's text stands in the history view (for the copy policy)."""

    note_id: int
    start: int
    end: int


class HistoryView(QTextBrowser):
    """The chosen meeting's content. Nothing leaves by drag or by the standard copy; Ctrl+C
    asks :meth:`CaseFileScreen.copy_selection` (the policy decides)."""

    copy_requested = Signal()

    def createMimeDataFromSelection(self) -> QMimeData:
        return QMimeData()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            if action.objectName() in {"edit-copy", "edit-cut", "link-copy"}:
                menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class CaseFileScreen(QWidget):
    """One case: where it stands, and its history across meetings."""

    meeting_requested = Signal(int, int)
    """Open meeting X at agenda item Y (the case's item there)."""
    changed = Signal(int)
    """The case changed here (flags, stage, a decision): lists showing it may reload."""

    def __init__(
        self,
        vault: UnlockedVault,
        case_id: int,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault: UnlockedVault | None = vault
        self.case_id = case_id
        self.clipboard = clipboard
        self.file: CaseFile | None = None
        self.spans: list[NoteSpan] = []
        self.shown_meeting: int | None = None
        self._names: dict[int, str] = {}
        self.decision_dialog: QWidget | None = None
        self.informed_dialog: InformedDialog | None = None
        self.agenda_dialog: CaseAgendaDialog | None = None

        self.title = heading("", scale=1.4)
        self.subtitle = paragraph()

        # ---- where the case stands
        self.stage = paragraph()
        self.stages = paragraph()
        self.trajectory = paragraph()
        self.closure = paragraph()
        self.informing = paragraph()
        self.action_count = paragraph()
        self.minor = QCheckBox(self.tr("The person discussed is a &minor"))
        self.context = QCheckBox(self.tr("Minors in their &family or network"))
        for box in (self.minor, self.context):
            name_after_text(box)
        self.stepwise = paragraph()
        self.stepwise_button = QPushButton(self.tr("Answer the &stepwise questions…"))
        name_after_text(self.stepwise_button)
        self.definition = Notice(self.tr("The cell's local definition of radicalisation"), "")
        self.move_to = QComboBox()
        self.move_button = QPushButton(self.tr("Mo&ve"))
        name_after_text(self.move_button)
        self.decide_button = QPushButton(self.tr("Record a &decision…"))
        name_after_text(self.decide_button)
        self.inform_button = QPushButton(self.tr("Record that the person was &informed…"))
        name_after_text(self.inform_button)
        self.agenda_button = QPushButton(self.tr("Put on the a&genda…"))
        name_after_text(self.agenda_button)
        self.message = paragraph()
        self.error = ErrorLabel()

        status = QFormLayout()
        status.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        status.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._stage_label = QLabel(self.tr("Stage"))
        status.addRow(self._stage_label, self.stage)
        self._stages_label = QLabel(self.tr("Steps"))
        status.addRow(self._stages_label, self.stages)
        self._trajectory_label = QLabel(self.tr("Follow-up"))
        status.addRow(self._trajectory_label, self.trajectory)
        self._closure_label = QLabel(self.tr("Closure"))
        status.addRow(self._closure_label, self.closure)
        informing = QVBoxLayout()
        informing.setContentsMargins(0, 0, 0, 0)
        informing.addWidget(self.informing)
        informing.addWidget(self.inform_button, 0, Qt.AlignmentFlag.AlignLeft)
        status.addRow(QLabel(self.tr("Informing")), informing)
        status.addRow(QLabel(self.tr("Actions")), self.action_count)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_to, 1)
        move_row.addWidget(self.move_button)
        status.addRow(label_for(self.tr("Move &to"), self.move_to), move_row)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 8, 0)
        left.addLayout(status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.agenda_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addWidget(self.message)
        left.addWidget(self.error)
        left.addSpacing(6)
        left.addWidget(heading(self.tr("Minors"), scale=1.1))
        left.addWidget(self.minor)
        left.addWidget(self.context)
        left.addWidget(self.stepwise)
        left.addWidget(self.stepwise_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addSpacing(6)
        left.addWidget(self.definition)
        left.addStretch(1)
        self.status_panel = scrolling_body(left)
        self.status_panel.setMinimumWidth(340)

        # ---- the history
        self.meetings = QListWidget()
        self.meetings.setAccessibleName(self.tr("Meetings"))
        self.meetings.setSpacing(3)
        self.meetings.setWordWrap(True)
        self.meetings.setMinimumWidth(220)
        self.history = HistoryView()
        self.history.setOpenLinks(False)
        self.history.setAccessibleName(self.tr("What the meeting holds on the case"))
        self.history.setTabChangesFocus(True)
        self.history.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.open_meeting_button = QPushButton(self.tr("&Open this meeting"))
        name_after_text(self.open_meeting_button)
        self.copy_state = paragraph()
        meetings_box = QWidget()
        meetings_layout = QVBoxLayout(meetings_box)
        meetings_layout.setContentsMargins(0, 0, 0, 0)
        meetings_layout.addWidget(
            label_for(self.tr("&History — meetings, newest first"), self.meetings)
        )
        meetings_layout.addWidget(self.meetings, 1)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(label_for(self.tr("On the case at th&at meeting"), self.history))
        detail_layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_state, 1)
        row.addWidget(self.open_meeting_button)
        detail_layout.addLayout(row)
        history = QSplitter(Qt.Orientation.Horizontal)
        history.addWidget(meetings_box)
        history.addWidget(detail_box)
        history.setStretchFactor(0, 2)
        history.setStretchFactor(1, 5)
        history.setChildrenCollapsible(False)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.status_panel)
        body.addWidget(history)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 7)
        body.setChildrenCollapsible(False)
        self.splitter = body

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(body, 1)

        # Tab follows reading order: the status column top to bottom, then the history.
        order: list[QWidget] = [
            self.inform_button,
            self.move_to,
            self.move_button,
            self.decide_button,
            self.agenda_button,
            self.minor,
            self.context,
            self.stepwise_button,
            self.meetings,
            self.history,
            self.open_meeting_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.meetings)
        self.setStyleSheet(FOCUS_STYLE)

        self.minor.toggled.connect(lambda _c: self._save_flags())
        self.context.toggled.connect(lambda _c: self._save_flags())
        self.stepwise_button.clicked.connect(self.ask_stepwise)
        self.move_button.clicked.connect(self.move_stage)
        self.decide_button.clicked.connect(self.record_decision)
        self.inform_button.clicked.connect(self.record_informed)
        self.agenda_button.clicked.connect(self.put_on_agenda)
        self.meetings.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.meetings.itemActivated.connect(lambda _i: self.open_meeting())
        self.open_meeting_button.clicked.connect(self.open_meeting)
        self.history.copy_requested.connect(self.copy_selection)

        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the case file again (one call at the door) and show it."""
        vault = self._vault
        if vault is None:
            return
        try:
            self.file = vault.cases.file(self.case_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.error.clear_message()
        self._names = {p.id: p.name for p in self.file.people.values()}
        self._show_status()
        self._fill_meetings()

    def _name(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._names and self._vault is not None:
            try:
                self._names[person_id] = self._vault.people.get(person_id).name
            except VaultError:
                self._names[person_id] = "?"
        return self._names[person_id]

    def _show_status(self) -> None:
        file = self.file
        assert file is not None
        case, today = file.case, file.today
        self.title.setText(self.tr("Case %1").replace("%1", case.code))
        self.subtitle.setText(file.cell.name)
        self.stage.setText(stage_text(case.stage))
        self.stages.setText(
            "\n".join(
                f"{stage_text(s.stage)} — {short_day(date.fromisoformat(s.at[:10]))}"
                for s in file.stages
            )
        )
        self.stages.setVisible(bool(file.stages))
        self._stages_label.setVisible(bool(file.stages))
        trajectory = case.stage in (CaseStage.TRAJECTORY_PROPOSED, CaseStage.TRAJECTORY_RUNNING)
        lines = []
        if case.lead_organisation:
            lines.append(self.tr("Lead organisation: %1").replace("%1", case.lead_organisation))
        if case.case_director_id is not None:
            lines.append(
                self.tr("Case director (casusregisseur): %1").replace(
                    "%1", self._name(case.case_director_id)
                )
            )
        elif trajectory:
            lines.append(self.tr("Case director (casusregisseur): not known yet"))
        if case.evaluation_on is not None:
            lines.append(self.tr("Evaluation: %1").replace("%1", day_words(case.evaluation_on)))
        self.trajectory.setText("\n".join(lines))
        self.trajectory.setVisible(bool(lines))
        self._trajectory_label.setVisible(bool(lines))
        closed = case.stage is CaseStage.CLOSED
        if closed and case.closure_reason is not None:
            self.closure.setText(
                self.tr("%1, on %2")
                .replace("%1", closure_reason_text(case.closure_reason))
                .replace("%2", day_words(case.closed_on))
            )
        self.closure.setVisible(closed)
        self._closure_label.setVisible(closed)
        informing = informing_short(file.informing, today)
        informed = file.informing.informed
        if file.informing.state is InformingState.DONE and informed is not None:
            informing += " — " + self.tr("%1, on %2").replace(
                "%1", self._name(informed.by_id)
            ).replace("%2", day_words(informed.on))
        if file.informing_undecided:
            informing = "⚑ " + informing + " " + self.tr("(still to decide)")
        self.informing.setText(informing)
        self._show_inform_button()
        open_count, overdue = len(file.open_actions), len(file.overdue_actions)
        actions = (
            self.tr("none open")
            if not open_count
            else self.tr("%1 open").replace("%1", str(open_count))
        )
        if overdue:
            actions += ", " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.action_count.setText(actions)

        for box, value in (
            (self.minor, case.subject_is_minor),
            (self.context, case.minors_in_context),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self._show_stepwise()

        definition = file.cell.local_definition.strip()
        self.definition.body.setText(
            definition
            or self.tr(
                "The cell has not written down its local definition yet (Table › Cells). "
                "Screen a referral against what the cell agreed."
            )
        )
        self.definition.setVisible(case.stage in (CaseStage.REFERRAL, CaseStage.SCREENING))

        self.move_to.clear()
        for stage in self._moves(case.stage):
            self.move_to.addItem(self._move_text(case.stage, stage), stage)
        self.move_to.setEnabled(self.move_to.count() > 0)
        self.move_button.setEnabled(self.move_to.count() > 0)

    def _show_inform_button(self) -> None:
        """Enabled while the person may be told and was not recorded as told (P7: under
        the governing "allowed", once); else it says why not; hidden once they were told."""
        vault = self._vault
        verdict = None
        if vault is not None:
            try:
                verdict = vault.policy.may_inform(self.case_id)
            except VaultError:
                verdict = None
        allowed = verdict is not None and bool(verdict)
        self.inform_button.setEnabled(allowed)
        file = self.file
        self.inform_button.setHidden(
            file is not None and file.informing.state is InformingState.DONE
        )
        self.inform_button.setToolTip(
            "" if allowed or verdict is None else refusal_message(verdict.reason)
        )

    def _show_stepwise(self) -> None:
        file, vault = self.file, self._vault
        assert file is not None
        case = file.case
        self.stepwise_button.setVisible(case.subject_is_minor)
        if not case.subject_is_minor:
            self.stepwise.setText(
                self.tr("Minors in the context: weigh their interests at every decision.")
                if case.minors_in_context
                else ""
            )
            self.stepwise.setVisible(case.minors_in_context)
            return
        self.stepwise.setVisible(True)
        if case.stepwise_check_open:
            text = self.tr("⚑ The stepwise check is not answered yet.")
        else:
            text = (
                self.tr(
                    "Stepwise check: handled first by care and welfare: %1; very clear signs: %2."
                )
                .replace("%1", self._yes_no(case.care_first))
                .replace("%2", self._yes_no(case.clear_signs))
            )
        # P8: the vault says when the questions come back — at a coming meeting where the
        # case returns to the agenda and they were not asked there yet.
        if vault is not None:
            for entry in file.meetings:
                if entry.meeting.status in (MeetingStatus.CLOSED, MeetingStatus.CANCELLED):
                    continue
                try:
                    due = vault.cases.stepwise_check_due(case.id, entry.meeting.id)
                except VaultError:
                    due = False
                if due:
                    text += "\n" + self.tr(
                        "⚑ Asked again at the meeting of %1: the case returns to the agenda."
                    ).replace("%1", day_words(entry.meeting.starts_at.date()))
                    break
        self.stepwise.setText(text)

    def _yes_no(self, answer: bool | None) -> str:
        if answer is None:
            return self.tr("not answered")
        return self.tr("yes") if answer else self.tr("no")

    @staticmethod
    def _moves(current: CaseStage) -> list[CaseStage]:
        """Where the case may move from here without a decision (P13): discussed or in
        screening; a trajectory and a closure are decisions (:meth:`record_decision`)."""
        if current is CaseStage.REFERRAL:
            return [CaseStage.DISCUSSED, CaseStage.SCREENING]
        if current is CaseStage.DISCUSSED:
            return [CaseStage.SCREENING]
        if current is CaseStage.SCREENING:
            return [CaseStage.DISCUSSED]
        return [CaseStage.DISCUSSED]  # drop a trajectory, reopen a closed case

    def _move_text(self, current: CaseStage, stage: CaseStage) -> str:
        if current is CaseStage.CLOSED:
            return self.tr("Reopen: discussed")
        if current in (CaseStage.TRAJECTORY_PROPOSED, CaseStage.TRAJECTORY_RUNNING):
            return self.tr("Back to discussed")
        return stage_text(stage)

    # ------------------------------------------------------------------ history
    def _fill_meetings(self) -> None:
        file = self.file
        assert file is not None
        keep = self.shown_meeting
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for entry in reversed(file.meetings):
            item = QListWidgetItem(self._meeting_line(entry))
            item.setData(MEETING_ROLE, entry.meeting.id)
            self.meetings.addItem(item)
        if file.other_notes or file.intake_stepwise:
            item = QListWidgetItem(self.tr("Outside a meeting (intake, own reflections)"))
            item.setData(MEETING_ROLE, OUTSIDE_MEETINGS)
            self.meetings.addItem(item)
        self.meetings.blockSignals(False)
        # The meeting shown before, else the newest one that holds something on the case.
        rows = [self.meetings.item(i).data(MEETING_ROLE) for i in range(self.meetings.count())]
        holding = [
            i
            for i, meeting_id in enumerate(rows)
            if (found := self._entry(meeting_id)) is not None
            and (found.notes or found.decisions or found.actions or found.stepwise)
        ]
        row = rows.index(keep) if keep in rows else (holding[0] if holding else 0)
        if self.meetings.count():
            self.meetings.setCurrentRow(row)
        self._show_current()

    def _meeting_line(self, entry: CaseMeeting) -> str:
        counts = []
        notes = [n for n in entry.notes if n.note.kind is NoteKind.NOTE]
        if notes:
            counts.append(self.tr("%1 note(s)").replace("%1", str(len(notes))))
        if entry.decisions:
            counts.append(self.tr("%1 decision(s)").replace("%1", str(len(entry.decisions))))
        if entry.actions:
            counts.append(self.tr("%1 action(s)").replace("%1", str(len(entry.actions))))
        meeting = entry.meeting
        line = f"{short_day(meeting.starts_at.date())} · {meeting_status_text(meeting.status)}"
        return line + ("\n" + ", ".join(counts) if counts else "")

    def _entry(self, meeting_id: int) -> CaseMeeting | None:
        file = self.file
        if file is None:
            return None
        return next((m for m in file.meetings if m.meeting.id == meeting_id), None)

    def _show_current(self) -> None:
        item = self.meetings.currentItem()
        meeting_id = None if item is None else item.data(MEETING_ROLE)
        self.shown_meeting = meeting_id
        self.copy_state.clear()
        entry = None if meeting_id is None else self._entry(meeting_id)
        self.open_meeting_button.setEnabled(entry is not None)
        self._build_detail(meeting_id, entry)

    def _build_detail(self, meeting_id: int | None, entry: CaseMeeting | None) -> None:
        """Write the chosen meeting's content into the history view (built on demand)."""
        file = self.file
        self.history.clear()
        self.spans = []
        if file is None or meeting_id is None:
            self.history.setPlainText(self.tr("The case was not on any agenda yet."))
            return
        cursor = QTextCursor(self.history.document())
        plain = QTextCharFormat()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.DemiBold)
        quiet = QTextCharFormat()
        quiet.setFontItalic(True)
        quiet.setForeground(self.history.palette().placeholderText())
        first = True
        normal, section, indented = QTextBlockFormat(), QTextBlockFormat(), QTextBlockFormat()
        section.setTopMargin(10)
        indented.setLeftMargin(22)
        indented.setBottomMargin(4)

        def block(
            text: str, fmt: QTextCharFormat = plain, shape: QTextBlockFormat = normal
        ) -> None:
            nonlocal first
            if first:
                cursor.setBlockFormat(shape)
            else:
                cursor.insertBlock(shape)
            first = False
            cursor.insertText(text, fmt)

        def note(note_id: int, body: str, label: Label) -> None:
            block(self._label_text(label), quiet, indented)
            cursor.insertBlock(indented)
            start = cursor.position()
            cursor.insertText(body, plain)
            self.spans.append(NoteSpan(note_id, start, cursor.position()))

        if entry is None:
            block(self.tr("Outside a meeting"), bold)
            for answer in file.intake_stepwise:
                block(self._stepwise_line(answer.care_first, answer.clear_signs))
            for view in file.other_notes:
                note(view.note.id, view.note.body, view.label)
            return

        meeting = entry.meeting
        block(
            self.tr("Meeting of %1 — %2")
            .replace("%1", long_date_time(meeting.starts_at, ui_language()))
            .replace("%2", meeting_status_text(meeting.status)),
            bold,
        )
        if meeting.place:
            block(self.tr("Place: %1").replace("%1", meeting.place))
        block(
            self.tr("In the room for the case: %1").replace(
                "%1", ", ".join(p.name for p in entry.present) or self.tr("nobody recorded")
            )
        )
        by_id = {v.note.id: v for v in entry.notes}
        shown: set[int] = set()
        if entry.decisions:
            block(self.tr("Decisions"), bold, section)
        for decision in entry.decisions:
            block("• " + self._decision_line(entry, decision))
            text_view = by_id.get(decision.text_note_id) if decision.text_note_id else None
            if text_view is not None:
                note(text_view.note.id, text_view.note.body, text_view.label)
                shown.add(text_view.note.id)
        if entry.actions:
            block(self.tr("Actions"), bold, section)
        for action in entry.actions:
            owner = self._name(action.owner_person_id) or action.owner_organisation
            status = {
                ActionStatus.OPEN: self.tr("open"),
                ActionStatus.DONE: self.tr("done"),
                ActionStatus.NOT_DONE: self.tr("not done"),
            }[action.status]
            due = (
                self.tr(", due %1").replace("%1", short_day(action.due_date))
                if action.due_date
                else ""
            )
            block(f"• {owner} — {status}{due}")
            described = (
                by_id.get(action.description_note_id) if action.description_note_id else None
            )
            if described is not None:
                note(described.note.id, described.note.body, described.label)
                shown.add(described.note.id)
        rest = [v for v in entry.notes if v.note.id not in shown]
        if rest:
            block(self.tr("Notes"), bold, section)
        for view in rest:
            note(view.note.id, view.note.body, view.label)
        if entry.stepwise:
            block(self.tr("Stepwise check (minor)"), bold, section)
        for answer in entry.stepwise:
            block(self._stepwise_line(answer.care_first, answer.clear_signs))
        if entry.exports:
            block(self.tr("Documents made"), bold, section)
        for record in entry.exports:
            block(f"• {self._export_title(record.kind)} — {record.made_at[:16].replace('T', ' ')}")
        self.history.moveCursor(QTextCursor.MoveOperation.Start)

    def _stepwise_line(self, care_first: bool | None, clear_signs: bool | None) -> str:
        return (
            self.tr("Handled first by care and welfare: %1; very clear signs: %2.")
            .replace("%1", self._yes_no(care_first))
            .replace("%2", self._yes_no(clear_signs))
        )

    def _label_text(self, label: Label) -> str:
        return label_words(
            label.table_only,
            label.changed,
            label.own_dossier,
            [self._name(i) for i in sorted(label.colleague_ids)],
            label.ltf,
        )

    def _decision_line(self, entry: CaseMeeting, decision: Decision) -> str:
        detail = entry.details.get(decision.id)
        if detail is not None:
            words = decision_kind_text(detail.kind)
            if detail.kind is CaseDecisionKind.TRAJECTORY:
                parts = [self.tr("led by %1").replace("%1", detail.lead_organisation)]
                if detail.case_director_id is not None:
                    parts.append(
                        self.tr("casusregisseur %1").replace(
                            "%1", self._name(detail.case_director_id)
                        )
                    )
                if detail.evaluation_on is not None:
                    parts.append(
                        self.tr("evaluation %1").replace("%1", short_day(detail.evaluation_on))
                    )
                return f"{words}: " + ", ".join(parts)
            if detail.kind is CaseDecisionKind.REFERRAL:
                return f"{words}: " + self.tr("to %1").replace("%1", detail.referred_to)
            if detail.closure_reason is not None:
                return f"{words}: " + closure_reason_text(detail.closure_reason)
            return words
        if decision.kind is DecisionKind.LTF_FORM:
            return (
                self.tr("LTF feedback form: passed on (consensus)")
                if decision.outcome is DecisionOutcome.AGREED
                else self.tr("LTF feedback form: not passed on")
            )
        if decision.kind is DecisionKind.INFORM_PERSON:
            outcome = {
                DecisionOutcome.ALLOWED: self.tr("allowed — only the fact of being discussed"),
                DecisionOutcome.NOT_ALLOWED: self.tr("not allowed"),
                DecisionOutcome.OPEN: self.tr("open — ask the information officer"),
                DecisionOutcome.POSTPONED: self.tr("postponed until %1").replace(
                    "%1", short_day(decision.review_on) if decision.review_on else "?"
                ),
            }.get(decision.outcome, "")
            line = self.tr("Informing the person: %1").replace("%1", outcome)
            informed = self.file.informing.informed if self.file is not None else None
            if informed is not None and informed.decision_id == decision.id:
                line += " — " + (
                    self.tr("told by %1, %2, on %3")
                    .replace("%1", self._name(informed.by_id))
                    .replace("%2", how_text(informed.how))
                    .replace("%3", short_day(informed.on))
                )
            return line
        return self.tr("Other decision")

    def _export_title(self, kind: str) -> str:
        try:
            return kind_title(DocumentKind(kind))
        except ValueError:
            return kind

    # ------------------------------------------------------------------ actions
    def open_meeting(self) -> None:
        entry = None if self.shown_meeting is None else self._entry(self.shown_meeting)
        if entry is not None and entry.items:
            self.meeting_requested.emit(entry.meeting.id, entry.items[0].id)

    def copy_selection(self) -> bool:
        """Copy the selection when it lies inside one note and the policy allows (P2-P4)."""
        vault, guard = self._vault, self.clipboard
        cursor = self.history.textCursor()
        if vault is None or not cursor.hasSelection():
            return False
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = cursor.selectedText().replace("\u2029", "\n")
        span = next((s for s in self.spans if s.start <= start and end <= s.end), None)
        verdict = None if span is None else vault.policy.may_copy(span.note_id, text)
        if guard is None or span is None or not verdict:
            self.copy_state.setText(
                self.tr(
                    "Only text released to your own dossier can be copied, and only from one "
                    "note at a time. Table-only text stays here."
                )
            )
            return False
        guard.copy(text)
        self.copy_state.setText(self.tr("Copied. The clipboard is cleared in 30 seconds."))
        return True

    def _save_flags(self) -> None:
        vault, file = self._vault, self.file
        if vault is None or file is None:
            return
        try:
            vault.cases.update(
                self.case_id,
                subject_is_minor=self.minor.isChecked(),
                minors_in_context=self.context.isChecked(),
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.reload()
        self.changed.emit(self.case_id)

    def ask_stepwise(self) -> None:
        """The stepwise questions for a minor's case (P8), in their own dialog."""
        vault, file = self._vault, self.file
        if vault is None or file is None:
            return
        dialog = StepwiseDialog(vault, file.case, self)
        dialog.finished.connect(lambda _r: self._changed_here())
        dialog.open()
        self.stepwise_dialog = dialog

    def move_stage(self) -> None:
        vault = self._vault
        if vault is None or self.move_to.currentIndex() < 0:
            return
        stage = CaseStage(self.move_to.currentData())  # Qt keeps a StrEnum as its str
        try:
            vault.cases.move(self.case_id, stage)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.reload()
        self.changed.emit(self.case_id)

    def record_decision(self) -> None:
        """Open the decision dialog for this case, at the meeting shown (if any)."""
        vault = self._vault
        if vault is None:
            return
        meeting = self.shown_meeting if self.shown_meeting and self.shown_meeting > 0 else None
        dialog = CaseDecisionDialog(vault, self.case_id, meeting_id=meeting, parent=self)
        dialog.recorded.connect(lambda _k: self._changed_here())
        self.decision_dialog = dialog
        dialog.open()

    def record_informed(self) -> None:
        """Record that the person was told (P7, done), in the meeting screen's form."""
        vault = self._vault
        if vault is None or not self.inform_button.isEnabled():
            return
        try:
            dialog = InformedDialog(vault, self.case_id, self)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        dialog.recorded.connect(self._informed)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.informed_dialog = dialog
        dialog.open()

    def _informed(self, decision_id: int) -> None:
        vault = self._vault
        if vault is not None:
            # Show the meeting where it was allowed: the telling stands there now.
            with contextlib.suppress(VaultError):
                self.shown_meeting = vault.decisions.get(decision_id).meeting_id
        self.message.setText(self.tr("Recorded: the person was informed."))
        self._changed_here()

    def put_on_agenda(self) -> None:
        """Put the case on one of the cell's coming meetings (the living agenda, P13)."""
        vault = self._vault
        if vault is None:
            return
        try:
            dialog = CaseAgendaDialog(vault, self.case_id, self)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        dialog.added.connect(self._put_on_agenda)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.agenda_dialog = dialog
        dialog.open()

    def _put_on_agenda(self, meeting_id: int, item_id: int) -> None:
        vault = self._vault
        self.shown_meeting = meeting_id  # the new line in the history is shown
        when = position = ""
        if vault is not None:
            with contextlib.suppress(VaultError):
                meeting = vault.meetings.get(meeting_id)
                position = str(vault.meetings.item(item_id).position)
                when = long_date_time(meeting.starts_at, ui_language())
        self.message.setText(
            self.tr("On the agenda of the meeting of %1 (item %2).")
            .replace("%1", when)
            .replace("%2", position)
        )
        self._changed_here()

    def _forget(self, dialog: QWidget) -> None:
        if self.informed_dialog is dialog:
            self.informed_dialog = None
        if self.agenda_dialog is dialog:
            self.agenda_dialog = None
        dialog.deleteLater()

    def _changed_here(self) -> None:
        self.reload()
        self.changed.emit(self.case_id)

    # ------------------------------------------------------------------ locking
    def wipe(self) -> None:
        """Forget the vault and every word of the case (locking, P12)."""
        for dialog in (self.informed_dialog, self.agenda_dialog):
            if dialog is not None:
                dialog.reject()
        self._vault = None
        self.file = None
        self.spans = []
        self._names = {}
        self.history.clear()
        self.meetings.clear()
        for label in (
            self.stage,
            self.stages,
            self.trajectory,
            self.closure,
            self.informing,
            self.message,
        ):
            label.clear()
        self.definition.body.clear()
