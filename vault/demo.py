"""A fictional demo vault: seeded, deterministic, clearly made up.

Used for training, screenshots and benchmarks. Every name is invented and says so:
the municipality is *Fictiegem*, the police zone *Zone Denkbeeldig*, people are called
*Voorbeeld*, *Verzinsel*, *Proefmans*… The vault is marked as a demo in its metadata
(``vault_meta.demo = '1'``) so the client can show DEMO prominently.

Two sizes: :data:`DEMO` (one year, a few hundred notes) and :data:`TEN_YEARS` (600
meetings, 3,000 cases, 100,000 notes of varied Dutch-like text, for ``make bench``).
Bulk data is written with batched SQL in a few large transactions — the same rows the
domain API writes, but without one fsync per note — and only valid releases and
decisions are generated (feedback only to represented colleagues, agreed at the note's
own meeting; consensus outcomes computed by :func:`vault.policy.consensus`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from vault.cells import contact_meta_keys
from vault.clock import iso
from vault.model import (
    AgendaItemKind,
    NoteKind,
    Position,
    ReleaseKind,
    Role,
    TableKind,
)
from vault.notes import freeze_version
from vault.policy import inform_outcome, inform_person_verdict, item_consensus, police_present
from vault.store import Vault


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
TEN_YEARS = DemoSpec(
    cells=5, years=10, meetings=600, cases=3000, notes=100_000, start=datetime(2016, 1, 7, 14, 0)
)

MUNICIPALITIES = ("Fictiegem", "Zone Denkbeeldig", "Verzonnendonk", "Proefkerke", "Nergenshoven")
FIRST_NAMES = (
    "An",
    "Bart",
    "Chloë",
    "Dirk",
    "Els",
    "Fatima",
    "Geert",
    "Hanne",
    "Ilse",
    "Jan",
    "Karim",
    "Lotte",
    "Mehmet",
    "Nele",
    "Olivier",
    "Pieter",
    "Rania",
    "Sofie",
    "Tom",
    "Ursula",
    "Véronique",
    "Wim",
    "Youssef",
    "Zoë",
    "Ödön",
    "Ĳsbrand",
)
SURNAMES = (
    "Voorbeeld",
    "Verzinsel",
    "Proefmans",
    "Denkbeeld",
    "Fantasie",
    "Bedenkers",
    "Droomers",
    "Fictief",
    "Oefenaar",
    "Schijnman",
    "Maaksel",
    "Uitvinder",
    "Van Nergens",
    "De Verzonnen",
)

# Vocabulary for Dutch-like text: function words, verbs, adjectives and nouns, plus
# compounds built from parts (as Dutch does), so the text has thousands of distinct
# words with a natural, skewed frequency.
_DETERMINERS = ("de", "het", "een", "deze", "die", "geen", "elke", "onze", "hun", "zijn", "haar")
_SUBJECTS = (
    "de jongere",
    "de moeder",
    "de vader",
    "het gezin",
    "de school",
    "de leerkracht",
    "de jeugdwerker",
    "de wijkagent",
    "het CLB",
    "de buurtwerker",
    "de broer",
    "de zus",
    "de voetbaltrainer",
    "de imam",
    "de mentor",
    "de huisarts",
    "de begeleider",
    "de tante",
    "de coördinator",
    "de information officer",
    "de burgemeester",
    "de sociale dienst",
)
_VERBS = (
    "meldt",
    "vertelt",
    "merkt",
    "bespreekt",
    "bezoekt",
    "volgt",
    "ondersteunt",
    "vraagt",
    "weigert",
    "herhaalt",
    "deelt",
    "verliest",
    "zoekt",
    "vindt",
    "bevestigt",
    "ontkent",
    "verandert",
    "plaatst",
    "bekijkt",
    "begeleidt",
    "contacteert",
    "signaleert",
    "toont",
    "verwijst",
    "noteert",
    "herkent",
    "overweegt",
    "beschrijft",
    "benadrukt",
    "opvolgt",
)
_ADJECTIVES = (
    "duidelijke",
    "vage",
    "nieuwe",
    "eerdere",
    "zorgwekkende",
    "positieve",
    "stille",
    "plotse",
    "blijvende",
    "beperkte",
    "sterke",
    "lichte",
    "herhaalde",
    "open",
    "gesloten",
    "onrustige",
    "rustige",
    "kwetsbare",
    "betrokken",
    "voorzichtige",
    "gespannen",
    "eerlijke",
)
_NOUNS = (
    "signalen",
    "berichten",
    "contacten",
    "afspraken",
    "gesprekken",
    "zorgen",
    "vrienden",
    "filmpjes",
    "uitspraken",
    "netwerk",
    "huisbezoek",
    "schoolresultaten",
    "afwezigheid",
    "gedrag",
    "interesse",
    "groep",
    "forum",
    "sport",
    "vrijetijd",
    "hulpverlening",
    "traject",
    "begeleiding",
    "vertrouwen",
    "dreiging",
    "ideologie",
    "online",
    "omgeving",
    "familie",
    "spanningen",
    "conflicten",
    "werk",
    "opleiding",
    "stage",
    "hobby",
    "moskee",
    "jeugdhuis",
)
_FIRST_PARTS = (
    "jeugd",
    "school",
    "buurt",
    "gezins",
    "straat",
    "wijk",
    "vrijetijds",
    "hulp",
    "zorg",
    "veiligheids",
    "preventie",
    "politie",
    "sport",
    "muziek",
    "computer",
    "telefoon",
    "klas",
    "vrienden",
    "familie",
    "werk",
    "welzijns",
    "opvoedings",
    "taal",
    "huis",
    "stads",
)
_SECOND_PARTS = (
    "werker",
    "project",
    "situatie",
    "contact",
    "vraag",
    "traject",
    "overleg",
    "signaal",
    "netwerk",
    "groep",
    "verslag",
    "plan",
    "afspraak",
    "gesprek",
    "bezoek",
    "aanbod",
    "begeleiding",
    "context",
    "moment",
    "periode",
    "kader",
    "probleem",
    "activiteit",
)
_PREPOSITIONS = ("in", "op", "met", "na", "voor", "tijdens", "zonder", "bij", "rond", "over")
_TIMES = (
    "vorige week",
    "sinds de zomer",
    "de laatste maanden",
    "na de vakantie",
    "op school",
    "in het weekend",
    "tijdens de les",
    "thuis",
    "in de wijk",
    "online",
    "in het jeugdhuis",
)
_PAST_VERBS = (
    "meldde",
    "vertelde",
    "merkte",
    "besprak",
    "bezocht",
    "volgde",
    "vroeg",
    "weigerde",
    "deelde",
    "verloor",
    "zocht",
    "vond",
    "bevestigde",
    "ontkende",
    "veranderde",
    "bekeek",
    "herkende",
    "beschreef",
    "benadrukte",
    "verwees",
    "noteerde",
    "toonde",
    "liet",
    "bracht",
)
_CONNECTIVES = ("Daarnaast", "Verder", "Wel", "Ook", "Toch", "Volgens de school", "Intussen")


def _plural(word: str) -> str:
    """A rough Dutch plural, enough to vary the text the way real notes vary."""
    if word.endswith(("er", "el", "je", "plan")):
        return word + "s"
    if word.endswith("ing"):
        return word + "en"
    if word.endswith(("aal", "aak", "oek", "ect", "act", "od", "ep", "rk", "ag", "ld", "nt")):
        return word + "en"
    return word + "s"


class _Text:
    """Deterministic generator of varied Dutch-like sentences."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        singular = [a + b for a in _FIRST_PARTS for b in _SECOND_PARTS]
        self.compounds = singular + [_plural(w) for w in singular]
        self.verbs = list(_VERBS) + list(_PAST_VERBS)

    def _noun_phrase(self) -> str:
        r = self.rng
        noun = r.choice(self.compounds) if r.random() < 0.45 else r.choice(_NOUNS)
        if r.random() < 0.5:
            return f"{r.choice(_DETERMINERS)} {r.choice(_ADJECTIVES)} {noun}"
        return f"{r.choice(_DETERMINERS)} {noun}"

    def sentence(self) -> str:
        r = self.rng
        parts = [r.choice(_SUBJECTS), r.choice(self.verbs), self._noun_phrase()]
        if r.random() < 0.6:
            parts += [r.choice(_PREPOSITIONS), self._noun_phrase()]
        if r.random() < 0.4:
            parts.append(r.choice(_TIMES))
        text = " ".join(parts)
        if r.random() < 0.25:
            text = f"{r.choice(_CONNECTIVES)} {text[0].lower()}{text[1:]}"
        return text[0].upper() + text[1:] + r.choice((".", ".", ".", "!", "?"))

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def note(self) -> str:
        r = self.rng
        lines = [self.paragraph(r.randint(1, 4))]
        if r.random() < 0.3:
            lines.append("")
            lines += [f"- {self.sentence()}" for _ in range(r.randint(2, 4))]
        if r.random() < 0.2:
            lines.append("")
            lines.append(f"**Afspraak:** {self.sentence()}")
        return "\n".join(lines)


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
    text = _Text(rng)
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
            return int(cur.lastrowid)

        def name() -> str:
            return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"

        me = person(
            "Demo Gebruiker (jeugdambtenaar)", Role.YOUTH_OFFICER, "Gemeente Fictiegem", me=True
        )
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

        # Cases, spread over cells; about one in four concerns a minor.
        for n in range(spec.cases):
            cell = cells[n % len(cells)]
            minor = rng.random() < 0.25
            year = spec.start.year + (n * spec.years) // max(spec.cases, 1)
            prefix = "".join(w[0] for w in cell.town.split()).upper()[:2]
            answered = (not minor) or rng.random() < 0.7
            cur = db.execute(
                "INSERT INTO casus(cell_id, code, subject_is_minor, minors_in_context, status,"
                " trajectory, care_first, clear_signs, stepwise_answered_at, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    cell.id,
                    f"{prefix}-{year}-{n + 1:04d}",
                    int(minor),
                    int(rng.random() < 0.4),
                    rng.choice(("open", "open", "follow_up", "closed")),
                    rng.choice(("none", "proposed", "running", "ended")),
                    (int(rng.random() < 0.8) if answered and minor else None),
                    (int(rng.random() < 0.5) if answered and minor else None),
                    created if answered and minor else None,
                    created,
                ),
            )
            cell.cases.append(int(cur.lastrowid))

    # Meetings, spread evenly over the years; each in its own transaction.
    notes_left, meetings_left = spec.notes, spec.meetings
    span = timedelta(days=365 * spec.years)
    releases = decisions = notes_made = 0
    for m in range(spec.meetings):
        cell = cells[m % len(cells)]
        day = spec.start + span * m / max(spec.meetings, 1)
        if day.weekday() >= 5:  # town halls meet on weekdays: move to the Friday before
            day -= timedelta(days=day.weekday() - 4)
        starts = day.replace(hour=rng.choice((9, 14, 14, 19)), minute=0, second=0, microsecond=0)
        table = TableKind.STRATEGIC if m % 4 == 3 else TableKind.OPERATIONAL
        cell_cases = cell.cases
        per_meeting = max(1, len(cell_cases) * len(cells) // max(spec.meetings, 1) * 2)
        chosen = rng.sample(cell_cases, min(len(cell_cases), per_meeting + rng.randint(0, 3)))
        if table is TableKind.STRATEGIC:
            chosen = []
        budget = notes_left // meetings_left if meetings_left else 0
        notes_left -= budget
        meetings_left -= 1
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
                if rng.random() < 0.1:
                    kinds.append((AgendaItemKind.OTHER, None))
                kinds.append((AgendaItemKind.LTF_DECISIONS, None))
            else:
                kinds.append((AgendaItemKind.THEME, None))
            kinds.append((AgendaItemKind.CLOSING, None))
            items: list[tuple[int, AgendaItemKind, int | None]] = []
            for pos, (kind, case_id) in enumerate(kinds, start=1):
                title = "Fictief thema: online signalen" if kind is AgendaItemKind.THEME else ""
                cur = db.execute(
                    "INSERT INTO agenda_item(meeting_id, position, kind, title, case_id)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (meeting_id, pos, kind.value, title, case_id),
                )
                items.append((int(cur.lastrowid), kind, case_id))

            standing, colleagues, ad_hocs = cell.standing, cell.colleagues, cell.ad_hoc
            present = [p for p in standing if p == me or rng.random() < 0.85]
            rows: list[tuple[int, int, str, int, int, int]] = []
            for p in standing:
                status = "present" if p in present else rng.choice(("absent", "excused"))
                rows.append((meeting_id, p, status, 0, int(status == "present"), 1))
            # The user sits in for a colleague now and then: their own record (P4), never
            # attendance — at the table the user is the member (P6).
            represented = colleagues[0] if rng.random() < 0.6 else None
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
            leaver = rng.choice(present[1:]) if len(present) > 1 and rng.random() < 0.2 else None
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

            # Notes: most on case items, some on other items, a few own reflections.
            note_rows = []
            for k in range(budget):
                if case_items and rng.random() < 0.8:
                    item_id, _kind, case_id = rng.choice(case_items)
                else:
                    item_id, _kind, case_id = rng.choice(items)
                stamp = iso(starts + timedelta(minutes=k % 120))
                note_rows.append(
                    (text.note(), NoteKind.NOTE.value, meeting_id, item_id, case_id, stamp, stamp)
                )
            first = db.execute("SELECT coalesce(max(id), 0) FROM note").fetchone()[0]
            db.executemany(
                "INSERT INTO note(body, kind, meeting_id, agenda_item_id, case_id, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                note_rows,
            )
            notes_made += len(note_rows)
            # Releases: a few to own dossier, a few as feedback to represented colleagues.
            for offset, row in enumerate(note_rows, start=1):
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
                version = freeze_version(db, first + offset, row[5])
                db.execute(
                    "INSERT INTO release(note_id, version_id, kind, colleague_id,"
                    " agreed_meeting_id, info_owner_id, owner_agreed_meeting_id, released_at,"
                    " relayed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        first + offset,
                        version,
                        release_kind.value,
                        colleague,
                        meeting_id,
                        owner,
                        meeting_id if owner != me else None,
                        row[5],
                        row[5] if colleague is not None and rng.random() < 0.5 else None,
                    ),
                )
                releases += 1

            # Decisions: an LTF form now and then, and informing the person.
            if case_items and rng.random() < 0.25:
                item_id = case_items[0][0]
                voters = set(present)
                if joiner is not None:
                    voters.add(joiner)
                positions: dict[int, Position] = {
                    p: (
                        Position.APPROVE
                        if rng.random() < 0.9
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
                        "Terugkoppelingsfiche (fictief): " + text.sentence(),
                        NoteKind.LTF_FORM_TEXT.value,
                        meeting_id,
                        item_id,
                        case_items[0][2],
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
            if case_items and rng.random() < 0.15:
                item_id = case_items[-1][0]
                officer = standing[3]  # the information officer (police)
                # Mostly the police present give no indication of risk; sometimes the
                # information officer indicates one (P7: who said what is kept).
                risk = officer in present and rng.random() < 0.2
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
                cur = db.execute(
                    "INSERT INTO note(body, kind, meeting_id, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (
                        "Actie: " + text.sentence(),
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
                        rng.choice(standing),
                        (starts + timedelta(days=28)).date().isoformat(),
                        "done" if done else "open",
                        None,
                        int(cur.lastrowid),
                        iso(starts + timedelta(days=27)) if done else None,
                    ),
                )
    _fix_inform_outcomes(vault)
    return DemoSummary(
        len(cells), people, spec.meetings, spec.cases, notes_made, releases, decisions
    )


def _fix_inform_outcomes(vault: Vault) -> None:
    """Compute inform-person outcomes with the real policy (P7), not by the generator, and
    keep who spoke for the police (the generator's ``confirmed_by_id``: who indicated a
    risk)."""
    rows = vault.query(
        "SELECT id, agenda_item_id, all_agree, fact_only, confirmed_by_id"
        " FROM decision WHERE kind = 'inform_person'"
    )
    with vault.transaction() as db:
        for decision_id, item_id, agree, fact, risk_by in rows:
            police = [p.id for p in police_present(vault, int(item_id))]
            risk = frozenset({int(risk_by)}) if risk_by in police else frozenset()
            verdict = inform_person_verdict(
                vault,
                int(item_id),
                all_agree=bool(agree),
                fact_only=bool(fact),
                risk_indicated_by=risk,
            )
            db.execute(
                "UPDATE decision SET outcome = ?, no_investigation_risk = ?,"
                " confirmed_by_id = NULL WHERE id = ?",
                (inform_outcome(verdict).value, (not risk) if police else None, decision_id),
            )
            db.executemany(
                "INSERT INTO inform_police(decision_id, person_id, risk) VALUES (?, ?, ?)",
                [(decision_id, p, int(p in risk)) for p in police],
            )
        # The person was told under the first two "allowed" (P7, done): by the user, a
        # week after the meeting, once by letter and once in a conversation.
        told = db.execute(
            "SELECT d.id, date(m.starts_at, '+7 days'), (SELECT id FROM person WHERE is_self = 1)"
            " FROM decision d JOIN meeting m ON m.id = d.meeting_id"
            " WHERE d.kind = 'inform_person' AND d.outcome = 'allowed' ORDER BY d.id LIMIT 2"
        ).fetchall()
        db.executemany(
            "INSERT INTO inform_done(decision_id, done_by_id, how, done_on, recorded_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (d, me, how, day, f"{day}T12:00:00+00:00")
                for (d, day, me), how in zip(told, ("letter", "conversation"), strict=False)
            ],
        )


def is_demo(vault: Vault) -> bool:
    """True for a vault filled by :func:`build_demo` (the client marks it DEMO everywhere)."""
    return vault.is_demo
