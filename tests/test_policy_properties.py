"""Property-based proof of the secrecy policy on random vaults (P2–P7).

Hypothesis builds random vaults through the real domain API — several cells, people
(some police), representation, meetings of both kinds, attendance per meeting and per
agenda item, notes of every kind, valid and invalid release attempts, tightenings,
deletions, LTF forms with random positions and inform-person decisions — while the test
keeps its own plain model of what was done. Every answer of the policy is then compared
with what the rules in ``../shared/domain.md`` say, computed from that model alone:

(a) every note in a document has an active release of the matching kind, and the
    document holds exactly those notes; NOTICE_TO_PERSON is always empty (P2, P4, P6, P7);
(b) ``may_leave`` refuses exactly the notes without an active release (P2), and copies
    only notes released to the own dossier (P4);
(c) allowed releases went only to colleagues of the user's organisation whom the user
    represented for the note's agenda item, and refused attempts changed nothing (P3, P4);
(d) an LTF form is agreed exactly when every required member approved validly (P6);
(e) informing the person is allowed only with all three conditions and a police
    confirmer present for the item (P7);
(f) a note's scope is the people present for its item (P5).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from domain_strategies import PEOPLE, consensus_inputs, oracle_consensus, oracle_ltf
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from vault import Vault
from vault.actions import add_action, get_action
from vault.attendance import set_attendance, set_item_presence
from vault.cases import add_case
from vault.cells import (
    RepresentationRefused,
    add_cell,
    represent,
    sat_in_for,
    sit_in_for,
    stop_representing,
)
from vault.decisions import (
    get_decision,
    positions,
    record_inform_person,
    record_ltf_form,
    record_other,
)
from vault.exports import exports_of_note, record_export
from vault.informing import police_statements
from vault.meetings import agenda, start_meeting
from vault.model import (
    AttendanceStatus,
    Conclusion,
    DecisionOutcome,
    NoteKind,
    Position,
    ReleaseKind,
    Role,
    TableKind,
)
from vault.notes import add_note, delete_note, get_note, note_label
from vault.participation import get_assessment, save_assessment
from vault.people import add_person
from vault.policy import (
    Channel,
    DocumentKind,
    consensus,
    document_notes,
    is_table_only,
    may_leave,
    may_make_document,
    may_release,
    note_scope,
)
from vault.releases import ReleaseRefused, add_prepared_input, make_table_only, release, tighten

UNKNOWN = 987_654
"""An id that no row has: the policy must fail closed on it."""

WORLD_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ---------------------------------------------------------------------------- the model


@dataclass
class Att:
    status: AttendanceStatus
    whole_meeting: bool


@dataclass
class MeetingM:
    cell: int
    starts_at: datetime
    items: list[int]


@dataclass
class NoteM:
    kind: NoteKind
    meeting: int | None
    item: int | None
    case: int | None
    cell: int | None
    colleague: int | None = None
    """For input prepared with a colleague: only the user and that colleague know it."""


@dataclass
class ReleaseM:
    note: int
    kind: ReleaseKind
    colleague: int | None
    active: bool = True


@dataclass
class World:
    """What the test did, kept independently of the vault."""

    vault: Vault
    me: int = 0
    people: dict[int, Role] = field(default_factory=dict)
    organisation: dict[int, str] = field(default_factory=dict)
    cells: list[int] = field(default_factory=list)
    cases: dict[int, int] = field(default_factory=dict)  # case → cell
    representation: set[tuple[int, int]] = field(default_factory=set)  # (cell, colleague)
    sat_in: set[tuple[int, int]] = field(default_factory=set)
    """(meeting, colleague): the user's own record that they sat at that table for the
    colleague (P4); never attendance, never consensus (P6)."""
    meetings: dict[int, MeetingM] = field(default_factory=dict)
    item_meeting: dict[int, int] = field(default_factory=dict)
    item_case: dict[int, int | None] = field(default_factory=dict)
    attendance: dict[int, dict[int, Att]] = field(default_factory=dict)  # meeting → person
    item_presence: dict[int, dict[int, bool]] = field(default_factory=dict)  # item → person
    notes: dict[int, NoteM] = field(default_factory=dict)
    releases: dict[int, ReleaseM] = field(default_factory=dict)
    ltf_forms: dict[int, tuple[int | None, bool]] = field(default_factory=dict)  # → text, agreed
    inform: dict[int, bool] = field(default_factory=dict)  # decision → allowed
    decided: dict[int, tuple[int, int | None]] = field(default_factory=dict)
    """LTF or inform decision → (agenda item, the LTF form's case)."""
    assessments: dict[int, int | None] = field(default_factory=dict)  # → motivation note
    exports: dict[int, list[int]] = field(default_factory=dict)
    refused: int = 0
    allowed: int = 0
    tightened: int = 0

    # ------------------------------------------------------------ rules, from the model
    def present_for_item(self, item: int) -> set[int]:
        meeting = self.item_meeting[item]
        marks = self.item_presence.get(item, {})
        return {
            person
            for person, a in self.attendance.get(meeting, {}).items()
            if a.status is AttendanceStatus.PRESENT
            and marks.get(person, a.whole_meeting)  # joined-for-an-item needs a mark
        }

    def decision_case(self, decision: int) -> int | None:
        """P6/P7: an informing decision is about its item's case; an LTF form about its
        own (chosen at a general item), known while its text exists."""
        item, form_case = self.decided[decision]
        if decision in self.ltf_forms and self.ltf_forms[decision][0] is not None:
            return form_case
        return self.item_case[item]

    def governs(self, decision: int) -> bool:
        """P6/P7: the latest decision of its kind on its case — latest meeting first, then
        the one recorded last — governs; the others are superseded."""
        case = self.decision_case(decision)
        if case is None:
            return True
        same = self.ltf_forms if decision in self.ltf_forms else self.inform

        def when(d: int) -> tuple[datetime, int]:
            return self.meetings[self.item_meeting[self.decided[d][0]]].starts_at, d

        return all(
            when(other) <= when(decision) for other in same if self.decision_case(other) == case
        )

    def may_represent(self, colleague: int) -> bool:
        """P4: a colleague of the user's own (recorded) organisation; never the user or
        the mayor (no cell here has standing members)."""
        mine = self.organisation[self.me]
        return (
            colleague != self.me
            and self.people[colleague] is not Role.MAYOR
            and bool(mine)
            and self.organisation[colleague] == mine
        )

    def may_feed_back(self, note: int, colleague: int) -> bool:
        """P4 per agenda item: represented at the note's cell, of the user's organisation,
        and sat in for by the user for the note's item (every item of a meeting note): the
        user sat at that meeting for the colleague and was in the room for the item."""
        n = self.notes[note]
        if n.cell is None or n.meeting is None or (n.cell, colleague) not in self.representation:
            return False
        if not self.may_represent(colleague) or (n.meeting, colleague) not in self.sat_in:
            return False
        items = [n.item] if n.item is not None else self.meetings[n.meeting].items
        return bool(items) and all(self.me in self.present_for_item(i) for i in items)

    def active(self, note: int) -> list[ReleaseM]:
        return [r for r in self.releases.values() if r.note == note and r.active]

    def release_allowed(
        self, note: int, kind: ReleaseKind, colleague: int | None, agreed: int | None, owner: int
    ) -> bool:
        """P3/P4/P6 from the rule text."""
        n = self.notes.get(note)
        if n is None or owner not in self.people:
            return False
        if owner != self.me:
            return False  # another's information needs their recorded agreement (P3)
        if n.meeting is not None:
            if agreed not in self.meetings:
                return False  # a meeting note names the meeting where release was agreed
            m = self.meetings[agreed]
            if m.cell != n.cell or m.starts_at < self.meetings[n.meeting].starts_at:
                return False
        elif agreed is not None and agreed not in self.meetings:
            return False
        active = self.active(note)
        if kind is ReleaseKind.FEEDBACK:
            return (
                colleague is not None
                and colleague in self.people
                and self.may_feed_back(note, colleague)
                and not any(r.kind is kind and r.colleague == colleague for r in active)
            )
        if colleague is not None or any(r.kind is kind for r in active):
            return False
        if kind is ReleaseKind.LTF:
            return any(text == note and agreed_ for text, agreed_ in self.ltf_forms.values())
        return True

    def expected_scope(self, note: int) -> set[int]:
        n = self.notes[note]
        if n.meeting is None:
            return set()
        if n.colleague is not None:
            return {self.me, n.colleague}
        if n.item is not None:
            return self.present_for_item(n.item)
        return set().union(*(self.present_for_item(i) for i in self.meetings[n.meeting].items))

    def feedback_sheet(self, colleague: int, case: int | None, meeting: int | None) -> set[int]:
        return {
            r.note
            for r in self.releases.values()
            if r.active
            and r.kind is ReleaseKind.FEEDBACK
            and r.colleague == colleague
            and self.may_feed_back(r.note, colleague)
            and (case is None or self.notes[r.note].case == case)
            and (meeting is None or self.notes[r.note].meeting == meeting)
        }

    def own_dossier(self) -> set[int]:
        return {
            r.note for r in self.releases.values() if r.active and r.kind is ReleaseKind.OWN_DOSSIER
        }


# ---------------------------------------------------------------------------- building

DAYS = [datetime(2026, 1, 8, 9, 30), datetime(2026, 2, 5, 9, 30), datetime(2026, 3, 5, 14, 0)]
P = AttendanceStatus.PRESENT
STATUSES = [
    None,
    P,
    P,
    P,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
]
POLICE = [r for r in Role if r.is_police]


def pick(data: st.DataObject, options: Iterable[int], label: str) -> int:
    return data.draw(st.sampled_from(sorted(options)), label=label)


def maybe(data: st.DataObject, options: Iterable[int], label: str) -> int | None:
    choices: list[int | None] = [None, UNKNOWN, *sorted(options)]
    return data.draw(st.sampled_from(choices), label=label)


def build_world(data: st.DataObject, vault: Vault) -> World:
    w = World(vault)
    mine = data.draw(st.sampled_from(ORGANISATIONS[:2]), label="my organisation")
    w.me = add_person(vault, "Ik", Role.YOUTH_OFFICER, organisation=mine, is_self=True)
    w.people[w.me], w.organisation[w.me] = Role.YOUTH_OFFICER, mine
    roles = data.draw(st.lists(st.sampled_from(list(Role)), min_size=2, max_size=6), label="roles")
    if data.draw(st.integers(0, 4), label="a police participant") > 0:
        roles.append(data.draw(st.sampled_from(POLICE)))
    for n, role in enumerate(roles):
        organisation = data.draw(st.sampled_from(ORGANISATIONS), label="organisation")
        person = add_person(vault, f"Persoon {n}", role, organisation=organisation)
        w.people[person], w.organisation[person] = role, organisation
    for n in range(data.draw(st.integers(1, 2), label="cells")):
        cell = add_cell(vault, f"Cel {n}")
        w.cells.append(cell)
        for colleague in data.draw(st.sets(st.sampled_from(sorted(w.people)), max_size=3)):
            try_represent(w, cell, colleague)
        for c in range(data.draw(st.integers(0, 2), label="cases")):
            w.cases[add_case(vault, cell, f"C{cell}-{c}", subject_is_minor=c == 1)] = cell

    for _ in range(data.draw(st.integers(1, 3), label="meetings")):
        cell = pick(data, w.cells, "meeting cell")
        table = data.draw(st.sampled_from(list(TableKind)), label="table")
        cell_cases = [c for c, of in w.cases.items() if of == cell]
        cases = data.draw(
            st.lists(st.sampled_from(cell_cases), max_size=2, unique=True)
            if cell_cases and table is TableKind.OPERATIONAL
            else st.just([]),
            label="agenda cases",
        )
        starts = data.draw(st.sampled_from(DAYS), label="day")
        meeting = start_meeting(vault, cell, starts, table, case_ids=cases)
        items = agenda(vault, meeting)
        w.meetings[meeting] = MeetingM(cell, starts, [i.id for i in items])
        for i in items:
            w.item_meeting[i.id], w.item_case[i.id] = meeting, i.case_id
        w.attendance[meeting] = {}
        for person in w.people:
            set_random_attendance(data, w, meeting, person)
        for colleague in data.draw(st.sets(st.sampled_from(sorted(w.people)), max_size=2)):
            sit_in(data, w, meeting, colleague)
        for item in w.meetings[meeting].items:
            for person in w.people:
                mark = data.draw(st.sampled_from([None] * 4 + [True, False]), label="item mark")
                if mark is not None:
                    mark_item(w, meeting, item, person, mark)
    return w


ORGANISATIONS = ["Jeugddienst", "", "Politiezone", "CLB"]
"""The user's is one of the first two: sometimes not recorded (then nobody is represented)."""


def try_represent(w: World, cell: int, colleague: int) -> None:
    """Represent a colleague; refused, unchanged, unless the model allows it (P4)."""
    if w.may_represent(colleague):
        represent(w.vault, cell, colleague)
        w.representation.add((cell, colleague))
    else:
        with pytest.raises(RepresentationRefused):
            represent(w.vault, cell, colleague)


def set_random_attendance(data: st.DataObject, w: World, meeting: int, person: int) -> None:
    status = data.draw(st.sampled_from(STATUSES), label="status")
    if status is None:
        return  # no row (never set), or left as it was
    whole = data.draw(st.sampled_from([True, True, False]), label="whole meeting")
    set_attendance(
        w.vault,
        meeting,
        person,
        status,
        ad_hoc=not whole,
        briefed=data.draw(st.booleans()),
        whole_meeting=whole,
    )
    w.attendance[meeting][person] = Att(status, whole)


def sit_in(data: st.DataObject, w: World, meeting: int, colleague: int) -> None:
    """The user records (or withdraws) that they sit at this meeting for a colleague —
    refused, unchanged, for someone they do not represent at the meeting's cell (P4)."""
    if data.draw(st.integers(0, 3), label="withdraw sitting in") == 0:
        sit_in_for(w.vault, meeting, colleague, False)
        w.sat_in.discard((meeting, colleague))
    elif (w.meetings[meeting].cell, colleague) in w.representation:
        sit_in_for(w.vault, meeting, colleague)
        w.sat_in.add((meeting, colleague))
    else:
        with pytest.raises(RepresentationRefused):
            sit_in_for(w.vault, meeting, colleague)
    assert {c for m, c in w.sat_in if m == meeting} == set(sat_in_for(w.vault, meeting))


def add_text(w: World, note: int) -> None:
    n = get_note(w.vault, note)
    cell = w.meetings[n.meeting_id].cell if n.meeting_id is not None else None
    w.notes[note] = NoteM(n.kind, n.meeting_id, n.agenda_item_id, n.case_id, cell)


# ---------------------------------------------------------------------------- operations


def op_note(data: st.DataObject, w: World) -> None:
    where = data.draw(st.sampled_from(["item", "meeting", "reflection"]), label="note place")
    case = maybe(data, w.cases, "note case") if where != "item" else None
    case = None if case == UNKNOWN else case
    if where == "item":
        note = add_note(w.vault, "notitie", agenda_item_id=pick(data, w.item_meeting, "item"))
    elif where == "meeting":
        meeting = pick(data, w.meetings, "m")
        if case is not None and w.cases[case] != w.meetings[meeting].cell:
            with pytest.raises(ValueError, match="another cell"):
                add_note(w.vault, "notitie", meeting_id=meeting, case_id=case)
            return
        note = add_note(w.vault, "notitie", meeting_id=meeting, case_id=case)
    else:
        note = add_note(w.vault, "reflectie", case_id=case)
    add_text(w, note)


def op_decision_text(data: st.DataObject, w: World) -> None:
    decision = record_other(w.vault, pick(data, w.item_meeting, "item"), "besluit")
    add_text(w, get_decision(w.vault, decision).text_note_id or 0)


def op_action(data: st.DataObject, w: World) -> None:
    meeting = pick(data, w.meetings, "meeting")
    item = data.draw(st.sampled_from([None, *w.meetings[meeting].items]), label="action item")
    action = add_action(
        w.vault, meeting, pick(data, w.people, "owner"), "actie", agenda_item_id=item
    )
    add_text(w, get_action(w.vault, action).description_note_id or 0)


def op_prepared(data: st.DataObject, w: World) -> None:
    meeting = pick(data, w.meetings, "meeting")
    cell_cases = [c for c, cell in w.cases.items() if cell == w.meetings[meeting].cell]
    case = data.draw(st.sampled_from([None, *cell_cases]), label="prepared case")
    prepared = add_prepared_input(
        w.vault, pick(data, w.people, "colleague"), meeting, "voorbereid", case_id=case
    )
    row = w.vault.query(
        "SELECT note_id, colleague_id FROM prepared_input WHERE id = ?", (prepared,)
    )
    add_text(w, int(row[0][0]))
    w.notes[int(row[0][0])].colleague = int(row[0][1])


def op_assessment(data: st.DataObject, w: World) -> None:
    motivation = data.draw(st.sampled_from(["", "motivatie"]), label="motivation")
    conclusion = data.draw(st.sampled_from([None, *Conclusion]), label="conclusion")
    assessment = save_assessment(w.vault, pick(data, w.cells, "cell"), {}, conclusion, motivation)
    note = get_assessment(w.vault, assessment).motivation_note_id
    w.assessments[assessment] = note
    if note is not None:
        add_text(w, note)


def op_ltf(data: st.DataObject, w: World, item: int | None = None) -> None:
    item = pick(data, w.item_meeting, "ltf item") if item is None else item
    meeting = w.item_meeting[item]
    meeting_items = w.meetings[meeting].items
    on_agenda = sorted({c for i in meeting_items if (c := w.item_case[i]) is not None})
    own_case = w.item_case[item]
    if own_case is None and not on_agenda:
        # P6: a form belongs to a case; a meeting without one has no form to record.
        with pytest.raises(ValueError, match="case"):
            record_ltf_form(w.vault, item, "fiche", {}, info_owner_id=w.me)
        return
    case = (
        own_case
        if own_case is not None
        else data.draw(st.sampled_from(on_agenda), label="form's case")
    )
    owner = pick(data, w.people, "whose information")
    present_by_item = {i: w.present_for_item(i) for i in meeting_items}
    present = set().union(
        *(present_by_item[i] for i in meeting_items if w.item_case[i] == case or i == item)
    )
    colleagues = {c for m, c in w.sat_in if m == meeting}
    given: dict[int, Position] = {}
    mode = data.draw(st.sampled_from(["random", "unanimous", "unanimous"]), label="ltf mode")
    for person in w.people:
        if mode == "unanimous" and (person in present or person == owner):
            given[person] = Position.APPROVE  # everyone who must approve does …
            continue
        if data.draw(st.integers(0, 5), label="has position") == 0:
            continue
        given[person] = data.draw(st.sampled_from([Position.APPROVE] * 3 + list(Position)))
    for colleague in colleagues:
        # "My colleague agreed" is the representative's own record: a position typed in
        # for the colleague at the table is nobody's (P6, revised).
        if data.draw(st.booleans(), label="a position for the colleague"):
            given[colleague] = data.draw(st.sampled_from(list(Position)))
    if mode == "unanimous" and given and data.draw(st.booleans(), label="spoil"):
        # … except, sometimes, one: abstains, objects or says nothing.
        spoiler = pick(data, set(given), "spoiler")
        spoil = data.draw(st.sampled_from(["abstain", "object", "silent"]))
        if spoil == "silent":
            del given[spoiler]
        else:
            given[spoiler] = Position(spoil)
    expected, out_of_room = oracle_ltf(
        present_by_item, {i: w.item_case[i] for i in meeting_items}, item, case, {owner}, given
    )
    case_arg = None if own_case is not None else case
    decision, result = record_ltf_form(
        w.vault, item, "fiche", given, info_owner_id=owner, case_id=case_arg
    )
    assert result.out_of_room == out_of_room
    # (d) stored outcome against the oracle computed from the test's own attendance model.
    stored = get_decision(w.vault, decision)
    assert stored.outcome is (
        DecisionOutcome.AGREED if expected.agreed else DecisionOutcome.NOT_PASSED_ON
    ), (present, given)
    assert result.required == expected.required and result.approved == expected.approved
    # The colleague the user sat in for is never a member (unless at the table themselves).
    assert result.required.isdisjoint(colleagues - present - {owner})
    assert positions(w.vault, decision) == given
    text = stored.text_note_id
    assert text is not None
    add_text(w, text)
    w.ltf_forms[decision] = (text, expected.agreed)
    w.decided[decision] = (item, case)
    if expected.agreed:
        (rid,) = [
            int(r[0]) for r in w.vault.query("SELECT id FROM release WHERE note_id = ?", (text,))
        ]
        w.releases[rid] = ReleaseM(text, ReleaseKind.LTF, None)


def op_inform(data: st.DataObject, w: World, item: int | None = None) -> None:
    with_police = [
        i for i in w.item_meeting if any(w.people[p].is_police for p in w.present_for_item(i))
    ]
    police_first = bool(with_police) and data.draw(st.booleans(), label="police item")
    if item is None:
        item = pick(data, with_police if police_first else w.item_meeting, "inform item")
    flags = [data.draw(st.booleans() | st.just(True), label="condition") for _ in range(2)]
    present = w.present_for_item(item)
    police_here = sorted(p for p in present if w.people[p].is_police)
    # P7 (rev.): condition 3 holds unless a police participant present indicates a risk;
    # with no police present the question stays open. Only police present can indicate.
    risk = data.draw(
        st.sets(st.sampled_from([*sorted(w.people), *police_here * 3]), max_size=2)
        | st.just(set()),
        label="risk indicated by",
    )
    if any(p not in present or not w.people[p].is_police for p in risk):
        with pytest.raises(ValueError):
            record_inform_person(
                w.vault, item, all_agree=flags[0], fact_only=flags[1], risk_indicated_by=risk
            )
        return
    decision = record_inform_person(
        w.vault, item, all_agree=flags[0], fact_only=flags[1], risk_indicated_by=risk
    )
    if not all(flags) or risk:
        outcome = DecisionOutcome.NOT_ALLOWED
    elif not police_here:
        outcome = DecisionOutcome.OPEN
    else:
        outcome = DecisionOutcome.ALLOWED
    stored = get_decision(w.vault, decision)
    assert stored.outcome is outcome
    expected = outcome is DecisionOutcome.ALLOWED
    # (e) who spoke for the police is kept: every police participant present, and who
    # indicated a risk; ALLOWED ⇒ conditions 1 and 2 recorded, no risk indicated.
    said = {s.person_id: s.risk_indicated for s in police_statements(w.vault, decision)}
    assert said == {p: p in risk for p in police_here}
    if expected:
        assert stored.all_agree and stored.fact_only and stored.no_investigation_risk
    w.inform[decision] = expected
    w.decided[decision] = (item, None)


def release_snapshot(vault: Vault) -> tuple[list[tuple[object, ...]], int]:
    rows = [tuple(r) for r in vault.query("SELECT * FROM release ORDER BY id")]
    return rows, int(vault.query("SELECT count(*) FROM audit_event")[0][0])


def op_release(data: st.DataObject, w: World) -> None:
    if w.notes and data.draw(st.integers(0, 2), label="plausible release") > 0:
        plausible_release(data, w)
        return
    note = data.draw(st.sampled_from([UNKNOWN, *sorted(w.notes)]), label="release note")
    kind = data.draw(
        st.sampled_from([ReleaseKind.OWN_DOSSIER, ReleaseKind.FEEDBACK, ReleaseKind.LTF]),
        label="release kind",
    )
    n = w.notes.get(note)
    own_meeting = [n.meeting] if n is not None and n.meeting is not None else []
    agreed = data.draw(
        st.sampled_from([None, UNKNOWN, *sorted(w.meetings), *own_meeting * 3]),
        label="agreed meeting",
    )
    cell_colleagues = [c for cell, c in w.representation if n is not None and cell == n.cell]
    colleague = data.draw(
        st.sampled_from([None, *sorted(w.people), *cell_colleagues * 2]), label="colleague"
    )
    owner = data.draw(st.sampled_from([w.me, w.me, UNKNOWN, *sorted(w.people)]), label="owner")
    attempt_release(w, note, kind, colleague, agreed, owner)


def plausible_release(data: st.DataObject, w: World) -> None:
    """An attempt the way a user would make it: mostly valid, sometimes one fact off."""
    note = pick(data, w.notes, "release note")
    n = w.notes[note]
    kind = data.draw(
        st.sampled_from(
            [
                ReleaseKind.OWN_DOSSIER,
                ReleaseKind.FEEDBACK,
                ReleaseKind.LTF if n.kind is NoteKind.LTF_FORM_TEXT else ReleaseKind.OWN_DOSSIER,
            ]
        ),
        label="kind",
    )
    same_cell = sorted(
        m for m, mm in w.meetings.items() if n.cell is not None and mm.cell == n.cell
    )
    agreed = data.draw(st.sampled_from([n.meeting] * 3 + same_cell or [None]), label="agreed")
    colleagues = sorted(c for cell, c in w.representation if cell == n.cell)
    colleague = None
    if kind is ReleaseKind.FEEDBACK:
        colleague = data.draw(st.sampled_from(colleagues or sorted(w.people)), label="colleague")
    owner = data.draw(st.sampled_from([w.me, w.me, *sorted(w.people)]), label="owner")
    attempt_release(w, note, kind, colleague, agreed, owner)


def attempt_release(
    w: World, note: int, kind: ReleaseKind, colleague: int | None, agreed: int | None, owner: int
) -> None:
    n = w.notes.get(note)
    expected = w.release_allowed(note, kind, colleague, agreed, owner)
    verdict = may_release(
        w.vault, note, kind, colleague_id=colleague, agreed_meeting_id=agreed, info_owner_id=owner
    )
    assert bool(verdict) == expected, (note, kind, colleague, agreed, owner, verdict)
    before = release_snapshot(w.vault)
    try:
        rid = release(
            w.vault,
            note,
            kind,
            info_owner_id=owner,
            agreed_meeting_id=agreed,
            colleague_id=colleague,
        )
    except ReleaseRefused:
        assert not expected
        assert release_snapshot(w.vault) == before, "(c) a refused attempt changed something"
        w.refused += 1
        return
    assert expected
    # (c) allowed feedback goes only to a colleague the user sat in for, for that item.
    if kind is ReleaseKind.FEEDBACK:
        assert n is not None and colleague is not None and w.may_feed_back(note, colleague)
    w.releases[rid] = ReleaseM(note, kind, colleague)
    w.allowed += 1


def op_tighten(data: st.DataObject, w: World) -> None:
    rid = data.draw(st.sampled_from([UNKNOWN, *sorted(w.releases)]), label="tighten")
    tighten(w.vault, rid)
    if rid in w.releases and w.releases[rid].active:
        w.releases[rid].active = False
        w.tightened += 1


def op_make_table_only(data: st.DataObject, w: World) -> None:
    if not w.notes:
        return
    note = pick(data, w.notes, "note")
    make_table_only(w.vault, note)
    for r in w.active(note):
        r.active = False
        w.tightened += 1


def op_representation(data: st.DataObject, w: World) -> None:
    cell, colleague = pick(data, w.cells, "cell"), pick(data, w.people, "colleague")
    if data.draw(st.booleans(), label="represent"):
        try_represent(w, cell, colleague)
    else:
        tightened = stop_representing(w.vault, cell, colleague)
        w.representation.discard((cell, colleague))
        # Feedback for that colleague from this cell's notes is withdrawn with it.
        expected = {
            rid
            for rid, r in w.releases.items()
            if r.active
            and r.kind is ReleaseKind.FEEDBACK
            and r.colleague == colleague
            and w.notes[r.note].cell == cell
        }
        assert set(tightened) == expected
        for rid in expected:
            w.releases[rid].active = False
        w.tightened += len(expected)


def op_sit_in(data: st.DataObject, w: World) -> None:
    sit_in(data, w, pick(data, w.meetings, "meeting"), pick(data, w.people, "colleague"))


def op_presence(data: st.DataObject, w: World) -> None:
    meeting = pick(data, w.meetings, "meeting")
    if data.draw(st.booleans(), label="meeting-level"):
        person = pick(data, w.people, "person")
        if data.draw(st.booleans()) or person not in w.attendance[meeting]:
            set_random_attendance(data, w, meeting, person)
        return
    item, person = pick(data, w.meetings[meeting].items, "item"), pick(data, w.people, "person")
    mark = data.draw(st.booleans(), label="present")
    mark_item(w, meeting, item, person, mark)


def mark_item(w: World, meeting: int, item: int, person: int, mark: bool) -> None:
    """Item presence needs a meeting row first; without one it is refused, unchanged."""
    if person in w.attendance[meeting]:
        set_item_presence(w.vault, item, person, mark)
        w.item_presence.setdefault(item, {})[person] = mark
    else:
        with pytest.raises(ValueError, match="attendance"):
            set_item_presence(w.vault, item, person, mark)


def op_delete(data: st.DataObject, w: World) -> None:
    if not w.notes:
        return
    note = pick(data, w.notes, "delete")
    delete_note(w.vault, note)
    del w.notes[note]
    w.releases = {k: r for k, r in w.releases.items() if r.note != note}
    w.ltf_forms = {d: (None if t == note else t, a) for d, (t, a) in w.ltf_forms.items()}
    w.assessments = {a: (None if m == note else m) for a, m in w.assessments.items()}
    w.exports = {e: [n for n in ns if n != note] for e, ns in w.exports.items()}


def op_export(data: st.DataObject, w: World) -> None:
    colleague = pick(data, w.people, "recipient")
    notes = document_notes(w.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague)
    export = record_export(w.vault, DocumentKind.FEEDBACK_SHEET, notes, recipient_id=colleague)
    w.exports[export] = notes


OPERATIONS = [
    op_note,
    op_note,
    op_note,
    op_decision_text,
    op_action,
    op_prepared,
    op_assessment,
    op_ltf,
    op_ltf,
    op_inform,
    op_release,
    op_release,
    op_release,
    op_release,
    op_tighten,
    op_make_table_only,
    op_representation,
    op_sit_in,
    op_presence,
    op_delete,
    op_export,
]


# ---------------------------------------------------------------------------- invariants


def check_invariants(w: World) -> None:
    v = w.vault
    all_notes = [int(r[0]) for r in v.query("SELECT id FROM note ORDER BY id")]
    assert sorted(w.notes) == all_notes

    # The release table is exactly what the model says was allowed, and no more.
    rows = v.query("SELECT id, note_id, kind, colleague_id, revoked_at IS NULL FROM release")
    assert {int(r[0]): (int(r[1]), ReleaseKind(r[2]), r[3], bool(r[4])) for r in rows} == {
        k: (r.note, r.kind, r.colleague, r.active) for k, r in w.releases.items()
    }
    audit_kinds = [str(r[0]) for r in v.query("SELECT kind FROM audit_event")]
    # Every release is audited: those the policy allowed, and each agreed LTF form's text.
    agreed_forms = sum(agreed for _text, agreed in w.ltf_forms.values())
    assert audit_kinds.count("released") == w.allowed + agreed_forms
    assert audit_kinds.count("tightened") == w.tightened

    # (b) may_leave is refused exactly for notes without an active release (P2); copying
    # (clipboard, drag) only for notes released to the own dossier (P4).
    for note in [*all_notes, UNKNOWN]:
        released = bool(w.active(note))
        own = any(r.kind is ReleaseKind.OWN_DOSSIER for r in w.active(note))
        assert note_label(v, note).table_only is not released
        assert is_table_only(v, note) is not released
        for channel in Channel:
            copying = channel in (Channel.CLIPBOARD, Channel.DRAG)
            assert bool(may_leave(v, note, channel)) is (own if copying else released)

    # (f) a note's scope: present for its item; own reflections say so (P5).
    for note in all_notes:
        scope = note_scope(v, note)
        n = w.notes[note]
        assert scope.own_reflection is (n.meeting is None)
        people = {p.id for p in scope.people}
        assert people == w.expected_scope(note)
        if n.meeting is not None and n.colleague is None:
            here = {
                p
                for p, a in w.attendance[n.meeting].items()
                if a.status is AttendanceStatus.PRESENT
            }
            assert people <= here

    # (a) documents hold exactly the notes released for them, nothing else (P2, P4, P6, P7).
    def active_kinds(note: int) -> set[tuple[str, int | None]]:
        return {
            (str(r[0]), r[1])
            for r in v.query(
                "SELECT kind, colleague_id FROM release WHERE note_id = ? AND revoked_at IS NULL",
                (note,),
            )
        }

    for colleague in [*w.people, UNKNOWN, None]:
        for case in [None, *w.cases]:
            for meeting in [None, *w.meetings]:
                got = document_notes(
                    v,
                    DocumentKind.FEEDBACK_SHEET,
                    colleague_id=colleague,
                    case_id=case,
                    meeting_id=meeting,
                )
                assert len(got) == len(set(got))
                for note in got:
                    assert ("feedback", colleague) in active_kinds(note)
                    assert colleague is not None and w.may_feed_back(note, colleague)
                expected = (
                    set() if colleague is None else w.feedback_sheet(colleague, case, meeting)
                )
                assert set(got) == expected
    own = w.own_dossier()
    for case in [None, UNKNOWN, *w.cases]:
        got = document_notes(v, DocumentKind.DOSSIER_EXTRACT, case_id=case)
        assert all(("own_dossier", None) in active_kinds(n) for n in got)
        assert set(got) == ({n for n in own if w.notes[n].case == case} if case else set())
    for meeting in [None, UNKNOWN, *w.meetings]:
        got = document_notes(v, DocumentKind.MEETING_OVERVIEW, meeting_id=meeting)
        assert all(("own_dossier", None) in active_kinds(n) for n in got)
        assert set(got) == ({n for n in own if w.notes[n].meeting == meeting} if meeting else set())
    for assessment, motivation in [*w.assessments.items(), (UNKNOWN, None), (None, None)]:
        # The motivation is the user's own text: in the letter only by the user's own step
        # "include my motivation in the letter", released or not (P10).
        got = document_notes(v, DocumentKind.REFUSAL_LETTER, assessment_id=assessment)
        assert got == []
        got = document_notes(
            v, DocumentKind.REFUSAL_LETTER, assessment_id=assessment, with_motivation=True
        )
        assert got == ([motivation] if motivation is not None else [])
    decisions = [*w.ltf_forms, *w.inform, UNKNOWN, None]
    for decision in decisions:
        got = document_notes(v, DocumentKind.LTF_RECORD, decision_id=decision)
        text, agreed = w.ltf_forms.get(decision, (None, False))  # type: ignore[arg-type]
        released = text is not None and any(r.kind is ReleaseKind.LTF for r in w.active(text))
        governs = decision in w.decided and w.governs(decision)  # type: ignore[arg-type]
        agreed = agreed and governs  # superseded forms make no record (P6)
        assert got == ([text] if agreed and released else [])
        assert bool(may_make_document(v, DocumentKind.LTF_RECORD, decision_id=decision)) is agreed
        allowed = w.inform.get(decision, False) and governs  # type: ignore[arg-type]
        verdict = may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=decision)
        assert bool(verdict) is allowed
        for colleague in [None, *w.people]:
            assert (
                document_notes(
                    v, DocumentKind.NOTICE_TO_PERSON, decision_id=decision, colleague_id=colleague
                )
                == []
            )
    for kind in (
        DocumentKind.FEEDBACK_SHEET,
        DocumentKind.DOSSIER_EXTRACT,
        DocumentKind.MEETING_OVERVIEW,
        DocumentKind.REFUSAL_LETTER,
    ):
        assert bool(may_make_document(v, kind))

    # (e) every allowed inform decision in the vault was allowed by the model at the time.
    for decision, allowed in w.inform.items():
        stored = get_decision(v, decision)
        assert (stored.outcome is DecisionOutcome.ALLOWED) is allowed
    for decision, (_text, agreed) in w.ltf_forms.items():
        assert (get_decision(v, decision).outcome is DecisionOutcome.AGREED) is agreed

    # What this example exercised (shown by pytest --hypothesis-show-statistics).
    event(f"releases allowed: {min(w.allowed, 3)}{'+' if w.allowed >= 3 else ''}")
    event(f"releases refused: {min(w.refused, 3)}{'+' if w.refused >= 3 else ''}")
    event(f"LTF forms agreed: {any(a for _, a in w.ltf_forms.values())}")
    event(f"inform allowed: {any(w.inform.values())}")
    event(f"tightened: {w.tightened > 0}")
    sheets = any(w.feedback_sheet(c, None, None) for c in w.people)
    event(f"non-empty feedback sheet: {sheets}")

    # P3: exports made before stay listed, whatever happened to the releases since.
    for export, notes in w.exports.items():
        for note in notes:
            assert export in [e.id for e in exports_of_note(v, note)]


@WORLD_SETTINGS
@given(data=st.data())
def test_p2_to_p7_policy_invariants_on_random_vaults(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(
            Path(folder) / "p.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
        )
        try:
            w = build_world(data, vault)
            steps = data.draw(
                st.lists(st.sampled_from(OPERATIONS), min_size=8, max_size=30), label="operations"
            )
            for step in steps:
                step(data, w)
            check_invariants(w)
        finally:
            vault.close()


@WORLD_SETTINGS
@given(data=st.data())
def test_p6_p7_decisions_follow_attendance_on_random_tables(data: st.DataObject) -> None:
    """Many forms and inform decisions on one random table, attendance shifting between."""
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(
            Path(folder) / "d.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
        )
        try:
            w = build_world(data, vault)
            for step in data.draw(
                st.lists(
                    st.sampled_from([op_ltf, op_inform, op_presence, op_sit_in]),
                    min_size=3,
                    max_size=20,
                ),
                label="decisions",
            ):
                step(data, w)
            check_invariants(w)
        finally:
            vault.close()


@WORLD_SETTINGS
@given(data=st.data())
def test_p6_p7_the_latest_decision_per_case_governs_on_random_tables(
    data: st.DataObject,
) -> None:
    """Several LTF rounds and informing decisions on one case, over its meetings (at its
    case items and at "Beslissingen LTF"), attendance shifting between: only the latest
    per case and kind — latest meeting, then recorded last — makes documents (P6, P7)."""
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(
            Path(folder) / "s.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
        )
        try:
            w = build_world(data, vault)
            cases = sorted({c for c in w.item_case.values() if c is not None})
            if not cases:
                event("no case on any agenda")
                return
            case = data.draw(st.sampled_from(cases), label="the case")
            meetings = {w.item_meeting[i] for i, c in w.item_case.items() if c == case}
            items = sorted(
                i
                for i, c in w.item_case.items()
                if c == case or (c is None and w.item_meeting[i] in meetings)
            )
            for _ in range(data.draw(st.integers(2, 8), label="decisions")):
                step = data.draw(st.sampled_from(["ltf", "inform", "presence"]), label="step")
                item = data.draw(st.sampled_from(items), label="item")
                if step == "ltf":
                    op_ltf(data, w, item)
                elif step == "inform" and w.item_case[item] == case:
                    op_inform(data, w, item)
                else:
                    op_presence(data, w)
            superseded = [d for d in w.decided if not w.governs(d)]
            event(f"superseded decisions: {min(len(superseded), 2)}")
            event(
                "superseded agreed or allowed: "
                f"{any(w.inform.get(d) or w.ltf_forms.get(d, (0, False))[1] for d in superseded)}"
            )
            check_invariants(w)
        finally:
            vault.close()


# ---------------------------------------------------------------------------- P6, pure


@settings(max_examples=600, deadline=None)
@given(consensus_inputs(), st.frozensets(PEOPLE, max_size=2))
def test_p6_consensus_matches_the_rule(
    case: tuple[frozenset[int], dict[int, Position]], owners: frozenset[int]
) -> None:
    present, given = case
    result = consensus(present, given, owners=owners)
    expected = oracle_consensus(present, given, owners)
    assert result.agreed is expected.agreed
    assert result.required == expected.required
    assert result.approved == expected.approved
    # Every required member is in exactly one bucket.
    buckets = (result.approved, result.objected, result.abstained, result.missing)
    assert frozenset().union(*buckets) == result.required
    assert sum(len(b) for b in buckets) == len(result.required)
    assert result.agreed is (bool(present) and not (set().union(*buckets[1:])))


@settings(max_examples=300, deadline=None)
@given(consensus_inputs(), st.data())
def test_p6_one_missing_approval_breaks_consensus(
    case: tuple[frozenset[int], dict[int, Position]], data: st.DataObject
) -> None:
    present, given = case
    result = consensus(present, given)
    if not result.required:
        assert not result.agreed
        return
    # Make everyone approve: then it is agreed …
    valid = dict.fromkeys(result.required, Position.APPROVE)
    assert consensus(present, valid).agreed
    # … and one abstention, objection or silence is enough to stop it.
    spoiler = data.draw(st.sampled_from(sorted(result.required)), label="spoiler")
    change = data.draw(st.sampled_from(["abstain", "object", "silent"]))
    spoiled = dict(valid)
    if change == "silent":
        del spoiled[spoiler]
    else:
        spoiled[spoiler] = Position.ABSTAIN if change == "abstain" else Position.OBJECT
    assert not consensus(present, spoiled).agreed
    # Positions of people who were not required (a colleague someone sits in for among
    # them) change nothing.
    outsiders = dict.fromkeys(range(100, 103), Position.OBJECT)
    assert consensus(present, valid | outsiders).agreed
