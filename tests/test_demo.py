"""The fictional demo vault: deterministic, clearly fictional, and consistent with policy."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock

from bench.bench_domain import QUERIES
from vault import Vault
from vault.demo import DEMO, FIRST_NAMES, SURNAMES, DemoSpec, build_demo
from vault.demo_text import PHENOMENA
from vault.model import Position, Role
from vault.policy import Channel, DocumentKind, consensus, document_notes, may_leave
from vault.search import search


def _fingerprint(v: Vault) -> str:
    digest = hashlib.sha256()
    for table in (
        "person",
        "cell",
        "casus",
        "meeting",
        "agenda_item",
        "attendance",
        "note",
        "release",
        "decision",
        "decision_position",
        "decision_detail",
        "case_stage",
        "stepwise_answer",
        "action",
    ):
        for row in v.query(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def _make(tmp_path: Path, name: str, spec: DemoSpec = DEMO) -> Vault:
    v = Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock())
    build_demo(v, spec, seed=7)
    return v


def test_demo_is_deterministic(tmp_path: Path) -> None:
    with _make(tmp_path, "a.tafelboek") as a, _make(tmp_path, "b.tafelboek") as b:
        assert _fingerprint(a) == _fingerprint(b)


def test_demo_is_marked_and_fictional(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek") as v:
        assert v.meta("demo") == "1"
        cells = [r[0] for r in v.query("SELECT name FROM cell")]
        assert all("(DEMO)" in c for c in cells)
        for (name,) in v.query("SELECT name FROM person WHERE is_self = 0"):
            first, _, last = name.partition(" ")
            assert first in FIRST_NAMES and last in SURNAMES
        counts = dict(
            v.query(
                "SELECT 'notes', count(*) FROM note UNION ALL SELECT 'minors', count(*) FROM casus"
                " WHERE subject_is_minor = 1 UNION ALL SELECT 'releases', count(*) FROM release"
                " UNION ALL SELECT 'decisions', count(*) FROM decision"
            )
        )
        assert counts["notes"] >= DEMO.notes
        assert counts["minors"] > 0 and counts["releases"] > 0 and counts["decisions"] > 0


def test_demo_text_is_varied_not_a_handful_of_words(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek") as v:
        words = {w for (body,) in v.query("SELECT body FROM note") for w in body.lower().split()}
    assert len(words) > 800


def test_demo_respects_the_policy(tmp_path: Path) -> None:
    spec = DemoSpec(cells=3, years=2, meetings=24, cases=40, notes=900)
    with _make(tmp_path, "d.tafelboek", spec) as v:
        # P4: every feedback release goes to a colleague represented at the note's cell.
        bad = v.query(
            "SELECT r.id FROM release r JOIN note n ON n.id = r.note_id"
            " JOIN meeting m ON m.id = n.meeting_id WHERE r.kind = 'feedback' AND NOT EXISTS"
            " (SELECT 1 FROM representation p WHERE p.cell_id = m.cell_id"
            "  AND p.colleague_id = r.colleague_id)"
        )
        assert bad == []
        # P6: stored LTF outcomes agree with the policy's consensus.
        for decision_id, item_id, outcome in v.query(
            "SELECT id, agenda_item_id, outcome FROM decision WHERE kind = 'ltf_form'"
        ):
            positions = {
                int(p): Position(pos)
                for p, pos in v.query(
                    "SELECT person_id, position FROM decision_position WHERE decision_id = ?",
                    (decision_id,),
                )
            }
            from vault.policy import item_consensus

            assert item_consensus(v, item_id, positions).agreed == (outcome == "agreed")
        # P2: table-only notes are in no document and may not leave; copies only of what
        # went to the own dossier (P4).
        released = {r[0] for r in v.query("SELECT note_id FROM release WHERE revoked_at IS NULL")}
        own = {
            r[0]
            for r in v.query(
                "SELECT note_id FROM release WHERE revoked_at IS NULL AND kind = 'own_dossier'"
            )
        }
        for (note_id,) in v.query("SELECT id FROM note LIMIT 200"):
            assert bool(may_leave(v, note_id, Channel.CLIPBOARD)) == (note_id in own)
            assert bool(may_leave(v, note_id, Channel.EXPORT)) == (note_id in released)
        for (colleague,) in v.query("SELECT colleague_id FROM representation"):
            sheet = document_notes(v, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague)
            assert set(sheet) <= released
            # P4 per item: the demo gives feedback only where the user sat in for them,
            # so the sheet holds every feedback release to that colleague.
            given = v.query(
                "SELECT count(*) FROM release WHERE kind = 'feedback' AND revoked_at IS NULL"
                " AND colleague_id = ?",
                (colleague,),
            )
            assert len(sheet) == given[0][0]
        # P3: another participant's information is released with their recorded agreement.
        me = v.query("SELECT id FROM person WHERE is_self = 1")[0][0]
        assert v.query(
            "SELECT count(*) FROM release WHERE info_owner_id <> ?"
            " AND owner_agreed_meeting_id IS NULL AND kind <> 'ltf'",
            (me,),
        ) == [(0,)]
    assert consensus(set(), {}).agreed is False


# --------------------------------------------------------------------------- the words
# Issue 17 item 7: the demo is shown in town halls and to schools, CLB and youth workers,
# in a tool about radicalisation. It must read as plausible case notes and stereotype no
# religion, ethnicity or group. The word lists below are the test's own, written from
# that brief, not taken from the generator.

BALANCED = DemoSpec(cells=3, years=3, meetings=60, cases=140, notes=4200)

# The words that name each phenomenon (its "label" words): each appears about as often
# as any other, so no ideology is singled out.
NAMES: dict[str, tuple[str, ...]] = {
    "far_right": ("extreemrecht",),
    "religious": ("religi",),
    "far_left": ("extreemlink", "anarchist"),
    "conspiracy": ("complot",),
    "incel": ("incel", "vrouwenhaat"),
    "mixed": ("gemengd",),
    "none": ("geen radicalisering",),
}
# Words that tell the phenomenon a note is about (the test's oracle): its name words and
# a few distinctive signals. A case's notes carry one phenomenon's words, never another's.
MARKERS: dict[str, tuple[str, ...]] = {
    "far_right": (*NAMES["far_right"], "nazi", "racist", "rassenoorlog", "knokploeg"),
    "religious": (*NAMES["religious"], "geloof", "prediker", "ongelovig", "conflictgebied"),
    "far_left": (*NAMES["far_left"], "sabot", "het systeem", "directe actie", "bouwwerf"),
    "conspiracy": (*NAMES["conspiracy"], "soevereine burger", "geheime", "verrader"),
    "incel": (*NAMES["incel"], "afgewezen", "als bezit"),
    "mixed": (*NAMES["mixed"], "uiteenlopende", "verschillende hoeken", "ongeacht"),
    "none": (*NAMES["none"], "slechte grap", "documentaire", "depressie"),
}

# Words naming a religion, its places, people or books. A demo about radicalisation
# that uses one faith's words and not another's singles it out ("moskee" in 35 notes,
# "kerk" in none, before this rewrite). Comparable counts, or none at all.
RELIGION_WORDS: dict[str, tuple[str, ...]] = {
    "islam": ("moskee", "imam", "islam", "moslim", "koran", "jihad", "salafi", "halal"),
    "christianity": (
        "kerk",
        "pastoor",
        "dominee",
        "christen",
        "christelijk",
        "bijbel",
        "parochie",
        "evangel",
        "katholiek",
    ),
    "judaism": ("synagoge", "rabbijn", "jood", "joods", "thora", "zionis"),
    "other faiths": ("tempel", "hindoe", "boeddhis", "sikh"),
}

# Nationalities and ethnic or migrant groups: a case note names none of them.
GROUP_WORDS = (
    "marokka",
    "turk",
    "syri",
    "tsjetsje",
    "afghan",
    "koerd",
    "somali",
    "albane",
    "pool",
    "poolse",
    "roeme",
    "bulgaa",
    "congo",
    "arabier",
    "allochto",
    "vluchteling",
    "asielzoeker",
    "roma",
    "zigeuner",
    "migrant",
    "buitenlander",
)


def _words_of(text: str) -> str:
    return f" {text.lower()} "


def _named(text: str, words: dict[str, tuple[str, ...]] = MARKERS) -> set[str]:
    """The phenomena whose words ``text`` holds."""
    folded = _words_of(text)
    return {ph for ph, marks in words.items() if any(w in folded for w in marks)}


def _case_notes(v: Vault) -> dict[int, list[str]]:
    """Case id → the texts written about it (notes and LTF forms)."""
    notes: dict[int, list[str]] = {}
    for case_id, body in v.query(
        "SELECT case_id, body FROM note WHERE case_id IS NOT NULL ORDER BY id"
    ):
        notes.setdefault(int(case_id), []).append(str(body))
    return notes


def _phenomena(v: Vault) -> dict[int, str]:
    """Case id → the one phenomenon its texts name (cases whose texts name none: left out)."""
    found: dict[int, str] = {}
    for case_id, bodies in _case_notes(v).items():
        named = set().union(*(_named(b) for b in bodies))
        assert len(named) <= 1, (case_id, named, bodies)  # one case, one phenomenon
        if named:
            found[case_id] = named.pop()
    return found


def test_demo_is_byte_reproducible_and_the_seed_matters(tmp_path: Path) -> None:
    with _make(tmp_path, "a.tafelboek") as a, _make(tmp_path, "b.tafelboek") as b:
        bodies_a = [r[0] for r in a.query("SELECT body FROM note ORDER BY id")]
        assert bodies_a == [r[0] for r in b.query("SELECT body FROM note ORDER BY id")]
    other = Vault.create(tmp_path / "c.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock())
    with other:
        build_demo(other, DEMO, seed=8)
        assert [r[0] for r in other.query("SELECT body FROM note ORDER BY id")] != bodies_a


@pytest.mark.parametrize("spec", [DEMO, BALANCED], ids=["demo", "three-years"])
def test_demo_phenomena_are_balanced_none_dominates(tmp_path: Path, spec: DemoSpec) -> None:
    with _make(tmp_path, "d.tafelboek", spec) as v:
        notes = _case_notes(v)
        phenomenon = _phenomena(v)
    total = sum(len(bodies) for bodies in notes.values())
    per_note: Counter[str] = Counter()
    for case_id, bodies in notes.items():
        per_note[phenomenon.get(case_id, "unnamed")] += len(bodies)
    assert per_note["unnamed"] < 0.05 * total, per_note
    del per_note["unnamed"]
    assert set(per_note) == set(PHENOMENA)
    for ph, count in per_note.items():
        share = count / total
        assert 0.1 < share < 0.18, (ph, f"{share:.1%}")  # a seventh each (14.3 %)
    per_case = Counter(phenomenon.values())
    assert max(per_case.values()) <= 3 * min(per_case.values()), per_case


def test_demo_case_notes_speak_of_their_own_phenomenon_only(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek", BALANCED) as v:
        phenomenon = _phenomena(v)  # asserts one phenomenon per case
        notes = _case_notes(v)
    named: Counter[str] = Counter()
    for case_id, bodies in notes.items():
        for body in bodies:
            found = _named(body)
            assert found <= {phenomenon.get(case_id, "")}, (found, body)
            named.update(_named(body, NAMES))
    # Each phenomenon is named in its notes about as often as any other (within 2.5×).
    assert set(named) == set(PHENOMENA)
    assert max(named.values()) <= 2.5 * min(named.values()), named


def test_demo_names_no_religion_and_no_ethnic_or_national_group(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek", BALANCED) as v:
        texts = [_words_of(str(r[0])) for r in v.query("SELECT body FROM note")]
        texts += [_words_of(str(r[0])) for r in v.query("SELECT title FROM agenda_item")]
    per_faith = {
        faith: sum(1 for t in texts if any(w in t for w in words))
        for faith, words in RELIGION_WORDS.items()
    }
    # Comparable or not at all; this demo chose "not at all".
    assert max(per_faith.values()) <= 1.5 * min(per_faith.values()), per_faith
    assert per_faith == dict.fromkeys(RELIGION_WORDS, 0)
    for word in GROUP_WORDS:
        hits = [t for t in texts if f" {word}" in t]
        assert hits == [], (word, hits[:2])


def test_demo_text_is_plain_sentences_without_markdown(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek", BALANCED) as v:
        bodies = [str(r[0]) for r in v.query("SELECT body FROM note")]
    assert bodies
    for body in bodies:
        assert not any(mark in body for mark in ("**", "__", "`", "#", "[", "]")), body
        for line in body.split("\n"):
            assert line.strip() == line and line, body
            assert not line.startswith(("- ", "* ", "+ ", "> ")), body
            assert not line[:3].rstrip(".").isdigit(), body
            assert line[0].isupper(), body  # sentences start with a capital
            assert line.endswith((".", "?", "!")), body
            assert "{" not in line and "}" not in line, body  # no slot left unfilled
    agreements = [b for b in bodies if "\nAfspraak: " in b]
    assert len(agreements) > len(bodies) // 20  # the plain "Afspraak:" line is used


def test_p6_ltf_forms_never_concern_a_case_found_to_be_no_radicalisation(
    tmp_path: Path,
) -> None:
    with _make(tmp_path, "d.tafelboek", BALANCED) as v:
        phenomenon = _phenomena(v)
        forms = v.query(
            "SELECT n.case_id, n.body FROM decision d JOIN note n ON n.id = d.text_note_id"
            " WHERE d.kind = 'ltf_form'"
        )
    assert len(forms) >= 5
    for case_id, body in forms:
        assert phenomenon[case_id] != "none"
        assert body.startswith("Terugkoppelingsfiche (fictief): ")


def test_p3_released_texts_are_written_for_their_release(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek", BALANCED) as v:
        released = v.query(
            "SELECT r.kind, n.body, p.role FROM release r JOIN note n ON n.id = r.note_id"
            " JOIN person p ON p.id = r.info_owner_id WHERE r.kind <> 'ltf'"
        )
    kinds = Counter(kind for kind, _body, _role in released)
    assert kinds["feedback"] > 0 and kinds["own_dossier"] > 0
    for kind, body, role in released:
        if kind == "feedback":
            assert "terugkoppel" in body.lower(), body
        else:
            assert "eigen dossier" in body.lower(), body
            # Police information never goes into a youth service's own dossier.
            assert role != Role.INFORMATION_OFFICER.value


def test_demo_keeps_the_bench_search_words(tmp_path: Path) -> None:
    """The bench's queries find what their labels say (bench/bench_domain.py QUERIES)."""
    with _make(tmp_path, "d.tafelboek", BALANCED) as v:
        for query in QUERIES:
            if query.filtered:
                continue
            hits = search(v, query.text, limit=5)
            if "no note" in query.why:
                assert hits == [], query
            else:
                assert hits, query


def test_demo_speaks_of_people_by_role_and_of_the_subject_by_no_name(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek", BALANCED) as v:
        bodies = " ".join(str(r[0]) for r in v.query("SELECT body FROM note")).lower()
        people = [str(r[0]) for r in v.query("SELECT name FROM person WHERE is_self = 0")]
    words = {w.strip(".,;:?!()") for w in bodies.split()}
    for name in people:
        assert name.lower() not in bodies
        assert name.split()[0].lower() not in words, name
    # A case's subject is "de jongere", "betrokkene" or "de jongvolwassene" (P8).
    assert {"jongere", "betrokkene", "jongvolwassene"} <= words
