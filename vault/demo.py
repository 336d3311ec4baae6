"""A fictional demo vault: seeded, deterministic, clearly made up.

Why this file is longer than ~500 lines: :func:`build_demo` writes one seeded random stream in
a fixed order; cutting it into more functions would make the order (and so the
reproducible content) harder to see. The words and the plan live apart
(:mod:`vault.demo_text`, :mod:`vault.demo_steps`).

Used for training, screenshots and benchmarks. Every name is invented and says so:
the municipality is *Fictiegem*, the police zone *Zone Denkbeeldig*, people are called
*Voorbeeld*, *Verzinsel*, *Proefmans*… The vault is marked as a demo in its metadata
(``vault_meta.demo = '1'``) so the client can show DEMO prominently.

Two sizes: :data:`DEMO` (one year, a few hundred notes) and :data:`TEN_YEARS` (600
meetings, 3,000 cases, 100,000 notes, for ``make bench``). The notes read as plausible
case consultation notes across phenomena — far-right, religiously inspired, far-left,
conspiracy thinking, incel, mixed, and cases that turn out to be no radicalisation —,
balanced so that none dominates and no religion or group is singled out; the words and
their rules live in :mod:`vault.demo_text`, drawn from a random stream of their own, so
rewording a template never moves a row.

Bulk data is written with batched SQL in a few large transactions — the same rows the
domain API writes, but without one fsync per note — and only valid releases and
decisions are generated (feedback only to represented colleagues, agreed at the note's
own meeting; never police information in the user's own dossier; consensus outcomes
computed by :func:`vault.policy.item_consensus`; an LTF form only about a case that is
not "no radicalisation", followed for a while: :data:`LTF_AFTER`). A released note's
text is written for its release: feedback for the colleague, or the need-to-know line
for the own dossier.

The meetings are planned before anything is written (which cases each discusses, where
each note goes), so that the phenomena can be dealt over the cases by note count. Each
cell's first meeting with cases shows every kind of record once, however small the
demo: everyone present, the user sitting in for a colleague, a release of each kind,
informing the person decided; its first LTF form is agreed and its second, about another
case, not passed on.

Each case has a life (P13, :func:`vault.demo_steps.write_lives`): referred some weeks
before its time on the table, it is discussed or screened, a follow-up trajectory with the
lead its notes name is proposed and then runs, and when its time is over it is closed at
its last meeting — as outside the local definition when it turned out not to be
radicalisation, else goal reached, referred to care, followed by the LTF or police (after
an agreed LTF form), or some weeks later because the person moved. Cases still on the
table when the demo ends stay open; the last few referred wait at referral. The older
closures are due for retention review.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from vault.cells import contact_meta_keys
from vault.clock import iso
from vault.demo_steps import Visit, plan_meetings, settle_informing, write_lives
from vault.demo_text import (
    FIRST_NAMES,
    MUNICIPALITIES,
    SURNAMES,
    CaseVoice,
    NoteWriter,
    deal_phenomena,
)
from vault.model import (
    AgendaItemKind,
    NoteKind,
    Position,
    ReleaseKind,
    Role,
    TableKind,
)
from vault.notes import freeze_version
from vault.policy import item_consensus
from vault.store import Vault

__all__ = [
    "DEMO",
    "FIRST_NAMES",
    "MUNICIPALITIES",
    "SURNAMES",
    "TEN_YEARS",
    "DemoSpec",
    "DemoSummary",
    "build_demo",
    "is_demo",
]


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """Size of a generated vault."""

    cells: int
    years: int
    meetings: int
    cases: int
    notes: int
    start: datetime = datetime(2025, 1, 9, 14, 0)


DEMO = DemoSpec(cells=2, years=1, meetings=16, cases=30, notes=420)
LTF_AFTER = 3
"""An LTF form only about a case discussed at least this often (this meeting included),
and only once its cell has held more than this many meetings with cases."""

TEN_YEARS = DemoSpec(
    cells=5, years=10, meetings=600, cases=3000, notes=100_000, start=datetime(2016, 1, 7, 14, 0)
)


@dataclass(slots=True)
class _DemoCell:
    id: int
    town: str
    standing: list[int]
    colleagues: list[int]
    ad_hoc: list[int]
    cases: list[int]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    cells: int
    people: int
    meetings: int
    cases: int
    notes: int
    releases: int
    decisions: int


def build_demo(vault: Vault, spec: DemoSpec = DEMO, *, seed: int = 2026) -> DemoSummary:
    """Fill an empty vault with fictional data. Same spec and seed → same content."""
    rng = random.Random(seed)  # noqa: S311 - deterministic fiction, not cryptography
    # The words have their own stream: rewording the templates never moves a row.
    writer = NoteWriter(random.Random(seed * 7919 + 17))  # noqa: S311 - fiction
    voices: dict[int, CaseVoice] = {}
    minors: dict[int, bool] = {}
    roles: dict[int, Role] = {}
    directors: dict[int, dict[str, int]] = {}
    created = iso(vault.clock.now())
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO vault_meta(key, value) VALUES ('demo', '1')"
            " ON CONFLICT(key) DO UPDATE SET value = '1'"
        )

        def person(name: str, role: Role, org: str, *, me: bool = False, pro: bool = True) -> int:
            cur = db.execute(
                "INSERT INTO person(name, organisation, role, professional, is_self, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (name, org, role.value, int(pro), int(me), created),
            )
            roles[int(cur.lastrowid)] = role
            return int(cur.lastrowid)

        def name() -> str:
            return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"

        me = person("Demo Gebruiker", Role.YOUTH_OFFICER, "Gemeente Fictiegem", me=True)
        people = 1
        cells: list[_DemoCell] = []
        for c in range(spec.cells):
            town = MUNICIPALITIES[c % len(MUNICIPALITIES)]
            cur = db.execute(
                "INSERT INTO cell(name, framework_text, local_definition, retention_months,"
                " created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    f"LIVC R {town} (DEMO)",
                    "Afsprakenkader (fictief): wat aan tafel gezegd wordt, blijft aan tafel. "
                    "Alleen need to know wordt gedeeld. Terugkoppeling naar de LTF enkel bij "
                    "consensus van alle effectief deelnemende leden.",
                    "Radicalisering (fictieve lokale definitie): signalen van gewelddadig "
                    "extremisme, geen gewone overlast of jeugdcriminaliteit.",
                    24,
                    created,
                ),
            )
            cell_id = int(cur.lastrowid)
            # What a notice to the person names (P7): the municipality (a police zone's
            # cell: the seat of the zone), and a contact point.
            seat = town.removeprefix("Zone ")
            db.executemany(
                "INSERT INTO vault_meta(key, value) VALUES (?, ?)",
                zip(
                    contact_meta_keys(cell_id),
                    (seat, f"de LIVC-coördinator van {seat} (fictief), 011 00 00 00"),
                    strict=True,
                ),
            )
            standing = [me]
            for role, org in (
                (Role.MAYOR, f"Gemeente {town}"),
                (Role.PREVENTION_OFFICER, f"Gemeente {town}"),
                (Role.INFORMATION_OFFICER, f"Politiezone {town}"),
                (Role.CLB, f"CLB {town}"),
                (Role.SOCIAL_SERVICES, f"OCMW {town}"),
            ):
                standing.append(person(name(), role, org))
                people += 1
            # Colleagues the user represents: of the user's own organisation (P4).
            colleagues = [
                person(name(), Role.YOUTH_WELFARE_WORKER, "Gemeente Fictiegem"),
                person(name(), Role.HEAD_OF_LEISURE, "Gemeente Fictiegem"),
            ]
            ad_hoc = [
                person(name(), Role.SCHOOL, f"Scholengroep {town}"),
                person(name(), Role.JUSTICE_HOUSE, "Justitiehuis (fictief)"),
                person(name(), Role.YOUTH_WELFARE_WORKER, "Vrijwilliger", pro=False),
            ]
            people += len(colleagues) + len(ad_hoc)
            db.executemany(
                "INSERT INTO cell_member(cell_id, person_id, structural) VALUES (?, ?, 1)",
                [(cell_id, p) for p in standing],
            )
            db.executemany(
                "INSERT INTO representation(cell_id, colleague_id, since) VALUES (?, ?, ?)",
                [(cell_id, p, created) for p in colleagues],
            )
            cells.append(_DemoCell(cell_id, town, standing, colleagues, ad_hoc, []))
            # Who a lead organisation brings to the table as casusregisseur (P13).
            directors[cell_id] = {
                "Jeugddienst": me,
                "CLB": standing[4],
                "OCMW": standing[5],
                "Justitiehuis": ad_hoc[1],
            }

        # Cases, spread over cells; about one in four concerns a minor.
        for n in range(spec.cases):
            cell = cells[n % len(cells)]
            minor = rng.random() < 0.25
            year = spec.start.year + (n * spec.years) // max(spec.cases, 1)
            prefix = "".join(w[0] for w in cell.town.split()).upper()[:2]
            answered = (not minor) or rng.random() < 0.7
            in_context = rng.random() < 0.4
            # The two draws the old status and trajectory columns took (the case's life
            # sets them now, write_lives): every case stays as it was.
            rng.choice(range(4))
            rng.choice(range(4))
            cur = db.execute(
                "INSERT INTO casus(cell_id, code, subject_is_minor, minors_in_context,"
                " care_first, clear_signs, stepwise_answered_at, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    cell.id,
                    f"{prefix}-{year}-{n + 1:04d}",
                    int(minor),
                    int(in_context),
                    (int(rng.random() < 0.8) if answered and minor else None),
                    (int(rng.random() < 0.5) if answered and minor else None),
                    created if answered and minor else None,
                    created,
                ),
            )
            cell.cases.append(int(cur.lastrowid))
            minors[int(cur.lastrowid)] = minor

    # Meetings, spread evenly over the years; each in its own transaction.
    # Which cases each meeting discusses and where its notes go is planned first, so
    # that the phenomena can be dealt over the cases with the notes spread evenly.
    demo_plan = plan_meetings(spec, [c.cases for c in cells], rng)
    plans = demo_plan.meetings
    notes_per_case: dict[int, int] = {}
    for planned_meeting in plans:
        for discussed in planned_meeting.chosen:
            notes_per_case.setdefault(discussed, 0)
        for index in planned_meeting.placement:
            if 2 <= index < 2 + len(planned_meeting.chosen):
                notes_per_case[planned_meeting.chosen[index - 2]] += 1
    dealt = deal_phenomena(notes_per_case, writer.rng)
    for discussed in sorted(dealt):
        voices[discussed] = CaseVoice(dealt[discussed], minors[discussed], writer.rng)
    span = timedelta(days=365 * spec.years)
    releases = decisions = notes_made = 0
    visits: dict[int, int] = {}  # how often each case was on an agenda before
    visited: dict[int, list[Visit]] = {}  # the meetings that discussed each case
    after_ltf: set[int] = set()  # cases with an agreed LTF form
    ltf_cases: set[int | None] = set()  # cases with any LTF form
    showcased: set[int] = set()  # cells whose first case meeting has been written
    ltf_forms: dict[int, int] = {}  # LTF forms recorded per cell
    held: dict[int, int] = {}  # meetings with cases per cell, this one included
    for m, plan in enumerate(plans):
        cell = cells[m % len(cells)]
        day = spec.start + span * m / max(spec.meetings, 1)
        if day.weekday() >= 5:  # town halls meet on weekdays: move to the Friday before
            day -= timedelta(days=day.weekday() - 4)
        starts = day.replace(hour=rng.choice((9, 14, 14, 19)), minute=0, second=0, microsecond=0)
        table = TableKind.STRATEGIC if m % 4 == 3 else TableKind.OPERATIONAL
        chosen = plan.chosen
        with vault.transaction() as db:
            cur = db.execute(
                "INSERT INTO meeting(cell_id, starts_at, table_kind, place, status, created_at)"
                " VALUES (?, ?, ?, ?, 'closed', ?)",
                (
                    cell.id,
                    starts.isoformat(timespec="minutes"),
                    table.value,
                    f"Vergaderzaal {rng.randint(1, 4)}, gemeentehuis {cell.town}",
                    created,
                ),
            )
            meeting_id = int(cur.lastrowid)
            kinds: list[tuple[AgendaItemKind, int | None]] = [
                (AgendaItemKind.OPENING, None),
                (AgendaItemKind.OPEN_ACTIONS, None),
            ]
            if table is TableKind.OPERATIONAL:
                kinds += [(AgendaItemKind.CASE, c) for c in chosen]
                if plan.other:
                    kinds.append((AgendaItemKind.OTHER, None))
                kinds.append((AgendaItemKind.LTF_DECISIONS, None))
            else:
                kinds.append((AgendaItemKind.THEME, None))
            kinds.append((AgendaItemKind.CLOSING, None))
            items: list[tuple[int, AgendaItemKind, int | None]] = []
            for pos, (kind, case_id) in enumerate(kinds, start=1):
                title = writer.theme_title() if kind is AgendaItemKind.THEME else ""
                cur = db.execute(
                    "INSERT INTO agenda_item(meeting_id, position, kind, title, case_id)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (meeting_id, pos, kind.value, title, case_id),
                )
                items.append((int(cur.lastrowid), kind, case_id))

            standing, colleagues, ad_hocs = cell.standing, cell.colleagues, cell.ad_hoc
            # Each cell's first meeting with cases shows every kind of record once,
            # however small the demo: everyone present, the user sitting in for a
            # colleague, a release of each kind, informing the person decided.
            showcase = bool(chosen) and cell.id not in showcased
            if showcase:
                showcased.add(cell.id)
            if chosen:
                held[cell.id] = held.get(cell.id, 0) + 1
            present = [p for p in standing if p == me or showcase or rng.random() < 0.85]
            rows: list[tuple[int, int, str, int, int, int]] = []
            for p in standing:
                status = "present" if p in present else rng.choice(("absent", "excused"))
                rows.append((meeting_id, p, status, 0, int(status == "present"), 1))
            # The user sits in for a colleague now and then: their own record (P4), never
            # attendance — at the table the user is the member (P6).
            represented = colleagues[0] if showcase or rng.random() < 0.6 else None
            if represented is not None:
                db.execute(
                    "INSERT INTO represented_at(meeting_id, colleague_id, recorded_at)"
                    " VALUES (?, ?, ?)",
                    (meeting_id, represented, iso(starts)),
                )
            joiner = rng.choice(ad_hocs) if chosen and rng.random() < 0.5 else None
            if joiner is not None:
                rows.append((meeting_id, joiner, "present", 1, int(rng.random() < 0.9), 0))
            db.executemany(
                "INSERT INTO attendance(meeting_id, person_id, status, ad_hoc, briefed,"
                " whole_meeting) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            case_items = [i for i in items if i[1] is AgendaItemKind.CASE]
            leaver = (
                rng.choice(present[1:])
                if not showcase and len(present) > 1 and rng.random() < 0.2
                else None
            )
            if leaver is not None and case_items:
                # Someone leaves the room for one case (e.g. a conflict of interest).
                db.execute(
                    "INSERT INTO item_attendance(agenda_item_id, person_id, present)"
                    " VALUES (?, ?, 0)",
                    (rng.choice(case_items)[0], leaver),
                )
            if joiner is not None and case_items:
                db.execute(
                    "INSERT INTO item_attendance(agenda_item_id, person_id, present)"
                    " VALUES (?, ?, 1)",
                    (rng.choice(case_items)[0], joiner),
                )

            # Notes: most on case items, some on other items. Where each goes and which are
            # released is drawn first; the words follow, fitting the item, the case and the
            # release.
            placed: list[tuple[int, AgendaItemKind, int | None, str]] = []
            for k, index in enumerate(plan.placement):
                item_id, kind, case_id = items[index]
                placed.append((item_id, kind, case_id, iso(starts + timedelta(minutes=k % 120))))
            # Releases: a few to own dossier, a few as feedback to represented colleagues.
            planned: dict[int, tuple[ReleaseKind, int | None, int, str | None]] = {}
            for index, (_item, _kind, _case, stamp) in enumerate(placed):
                draw = rng.random()
                colleague: int | None = None
                if draw < 0.06:
                    release_kind = ReleaseKind.OWN_DOSSIER
                elif draw < 0.10 and colleagues:
                    release_kind, colleague = ReleaseKind.FEEDBACK, rng.choice(colleagues)
                    # Only to the colleague the user sat in for at this meeting (P4).
                    colleague = represented
                else:
                    continue
                owner = rng.choice(present)
                if release_kind is ReleaseKind.FEEDBACK and colleague is None:
                    rng.random()  # the draw a relayed mark takes: the rest stays as it was
                    continue
                if release_kind is ReleaseKind.OWN_DOSSIER and owner == standing[3]:
                    owner = me  # police information never goes into a youth service's dossier
                relayed = stamp if colleague is not None and rng.random() < 0.5 else None
                planned[index] = (release_kind, colleague, owner, relayed)
            if showcase:
                shown = {plan[0] for plan in planned.values()}
                free = [
                    i
                    for i, p in enumerate(placed)
                    if p[1] is AgendaItemKind.CASE and i not in planned
                ]
                if ReleaseKind.OWN_DOSSIER not in shown and free:
                    planned[free.pop(0)] = (ReleaseKind.OWN_DOSSIER, None, me, None)
                if ReleaseKind.FEEDBACK not in shown and free:
                    index = free.pop(0)
                    planned[index] = (ReleaseKind.FEEDBACK, represented, me, placed[index][3])
                planned = dict(sorted(planned.items()))
            note_rows = []
            for index, (item_id, kind, case_id, stamp) in enumerate(placed):
                voice = voices[case_id] if case_id is not None else None
                release_plan = planned.get(index)
                if release_plan is not None and release_plan[0] is ReleaseKind.FEEDBACK:
                    body = writer.feedback(voice)
                elif release_plan is not None:
                    body = writer.own_dossier(voice)
                elif voice is not None and kind is AgendaItemKind.CASE:
                    body = writer.case_note(voice, visits.get(case_id or 0, 0))
                else:
                    body = writer.general_note(kind)
                note_rows.append(
                    (body, NoteKind.NOTE.value, meeting_id, item_id, case_id, stamp, stamp)
                )
            first = db.execute("SELECT coalesce(max(id), 0) FROM note").fetchone()[0]
            db.executemany(
                "INSERT INTO note(body, kind, meeting_id, agenda_item_id, case_id, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                note_rows,
            )
            notes_made += len(note_rows)
            for index, (release_kind, colleague, owner, relayed) in planned.items():
                note_id, stamp = first + index + 1, placed[index][3]
                db.execute(
                    "INSERT INTO release(note_id, version_id, kind, colleague_id,"
                    " agreed_meeting_id, info_owner_id, owner_agreed_meeting_id, released_at,"
                    " relayed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        note_id,
                        freeze_version(db, note_id, stamp),
                        release_kind.value,
                        colleague,
                        meeting_id,
                        owner,
                        meeting_id if owner != me else None,
                        stamp,
                        relayed,
                    ),
                )
                releases += 1
            for case_id in chosen:
                visits[case_id] = visits.get(case_id, 0) + 1
            for item_id, _kind, case_id in case_items:
                visited.setdefault(case_id or 0, []).append((meeting_id, item_id, starts))

            # Decisions: an LTF form now and then, and informing the person.
            # An LTF form is about a case the table has followed for a while, in a cell
            # past its first screening meetings (LTF_AFTER), that may concern
            # radicalisation — never one found to be none. A cell's first form is agreed,
            # its second not passed on (someone objects); after that, one meeting in four
            # with such a case records one.
            serious = [
                i
                for i in case_items
                if voices[i[2] or 0].phenomenon != "none"
                and visits[i[2] or 0] >= LTF_AFTER
                and held[cell.id] > LTF_AFTER
            ]
            # A case without a form yet goes first; the first two are about two cases,
            # or the later would supersede the agreed one (the latest decision per case
            # governs, P6).
            earlier = ltf_forms.get(cell.id, 0)
            fresh = [i for i in serious if i[2] not in ltf_cases]
            candidates = fresh if earlier < 2 else fresh or serious
            if candidates and (earlier < 2 or rng.random() < 0.25):
                ltf_forms[cell.id] = earlier + 1
                item_id, _kind, ltf_case = candidates[0]
                ltf_cases.add(ltf_case)
                voters = set(present)
                if joiner is not None:
                    voters.add(joiner)
                positions: dict[int, Position] = {
                    p: (
                        Position.APPROVE
                        if earlier == 0 or (earlier > 1 and rng.random() < 0.9)
                        else rng.choice((Position.OBJECT, Position.ABSTAIN))
                    )
                    for p in voters
                }
                # The real rule, on the attendance just written (inside this transaction).
                result = item_consensus(vault, item_id, positions)
                cur = db.execute(
                    "INSERT INTO note(body, kind, meeting_id, agenda_item_id, case_id,"
                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        writer.ltf_form(voices[ltf_case or 0]),
                        NoteKind.LTF_FORM_TEXT.value,
                        meeting_id,
                        item_id,
                        ltf_case,
                        iso(starts),
                        iso(starts),
                    ),
                )
                text_id = int(cur.lastrowid)
                cur = db.execute(
                    "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, text_note_id,"
                    " decided_at) VALUES (?, ?, 'ltf_form', ?, ?, ?)",
                    (
                        meeting_id,
                        item_id,
                        "agreed" if result.agreed else "not_passed_on",
                        text_id,
                        iso(starts),
                    ),
                )
                decision_id = int(cur.lastrowid)
                db.executemany(
                    "INSERT INTO decision_position(decision_id, person_id, position)"
                    " VALUES (?, ?, ?)",
                    [(decision_id, p, pos.value) for p, pos in positions.items()],
                )
                if result.agreed:
                    after_ltf.add(ltf_case or 0)
                    db.execute(
                        "INSERT INTO release(note_id, version_id, kind, agreed_meeting_id,"
                        " info_owner_id, released_at) VALUES (?, ?, 'ltf', ?, ?, ?)",
                        (
                            text_id,
                            freeze_version(db, text_id, iso(starts)),
                            meeting_id,
                            me,
                            iso(starts),
                        ),
                    )
                    releases += 1
                decisions += 1
            if case_items and (showcase or rng.random() < 0.15):
                item_id = case_items[-1][0]
                officer = standing[3]  # the information officer (police)
                # Mostly the police present give no indication of risk; sometimes the
                # information officer indicates one (P7: who said what is kept).
                risk = not showcase and officer in present and rng.random() < 0.2
                db.execute(
                    "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, all_agree,"
                    " fact_only, no_investigation_risk, confirmed_by_id, decided_at)"
                    " VALUES (?, ?, 'inform_person', ?, 1, 1, ?, ?, ?)",
                    (
                        meeting_id,
                        item_id,
                        "not_allowed",
                        int(not risk),
                        officer if risk else None,
                        iso(starts),
                    ),
                )
                decisions += 1
            # An action or two.
            for _ in range(rng.randint(0, 2)):
                owner = rng.choice(standing)
                cur = db.execute(
                    "INSERT INTO note(body, kind, meeting_id, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (
                        writer.action(roles.get(owner)),
                        NoteKind.ACTION_DESCRIPTION.value,
                        meeting_id,
                        iso(starts),
                        iso(starts),
                    ),
                )
                done = starts + timedelta(days=30) < spec.start + span - timedelta(days=60)
                db.execute(
                    "INSERT INTO action(meeting_id, owner_id, due_date, status, not_done_reason,"
                    " description_note_id, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        meeting_id,
                        owner,
                        (starts + timedelta(days=28)).date().isoformat(),
                        "done" if done else "open",
                        None,
                        int(cur.lastrowid),
                        iso(starts + timedelta(days=27)) if done else None,
                    ),
                )
    settle_informing(vault)
    decisions += write_lives(vault, visited, voices, directors, demo_plan, after_ltf, writer, rng)
    return DemoSummary(
        len(cells), people, spec.meetings, spec.cases, notes_made, releases, decisions
    )


def is_demo(vault: Vault) -> bool:
    """True for a vault filled by :func:`build_demo` (the client marks it DEMO everywhere)."""
    return vault.is_demo
