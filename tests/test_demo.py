"""The fictional demo vault: deterministic, clearly fictional, and consistent with policy."""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE, FakeClock

from vault import Vault
from vault.demo import DEMO, FIRST_NAMES, SURNAMES, DemoSpec, build_demo
from vault.model import Position
from vault.policy import Channel, DocumentKind, consensus, document_notes, may_leave


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
