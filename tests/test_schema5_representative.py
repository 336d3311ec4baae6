"""Schema 5: the permanent representative is the member (P6 revised, domain review C2).

A vault made at schema 4 may hold a colleague in the attendance list as "represented"
and positions "given by" the representative for that colleague. The upgrade turns each
such position into the representative's own one (when they have none; when they have
one, theirs is kept; of several colleagues' positions the most cautious becomes theirs),
takes the represented colleagues out of the attendance — the user's own record that they
sat in for a colleague stays, in ``represented_at``, so feedback still follows P4 — and
audits every change. Recorded outcomes are not recomputed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock

import vault.store as store
from vault import Vault
from vault.attendance import attendance
from vault.cells import sat_in_for
from vault.decisions import get_decision, positions
from vault.model import DecisionOutcome, Position
from vault.policy import feedback_refusal
from vault.schema import MIGRATIONS

ME, COLLEAGUE, COLLEAGUE2, CLB, PUPIL_WORKER, MAYOR = 1, 2, 3, 4, 5, 6
AT = "2026-03-05T09:30:00+00:00"


def _schema_4_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as the previous version made it, with representation in the old style."""
    monkeypatch.setattr(store, "MIGRATIONS", {v: s for v, s in MIGRATIONS.items() if v <= 4})
    monkeypatch.setattr(store, "LATEST_VERSION", 4)
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as old:
        assert old.schema_version() == 4
        with old.transaction() as db:
            db.executemany(
                "INSERT INTO person(id, name, organisation, role, is_self, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (ME, "Ik", "JOC", "youth_officer", 1, AT),
                    (COLLEAGUE, "Collega", "JOC", "youth_welfare_worker", 0, AT),
                    (COLLEAGUE2, "Collega Twee", "JOC", "youth_welfare_worker", 0, AT),
                    (CLB, "CLB", "CLB", "clb", 0, AT),
                    (PUPIL_WORKER, "Leerlingbegeleider", "CLB", "clb", 0, AT),
                    (MAYOR, "Burgemeester", "Gemeente", "mayor", 0, AT),
                ],
            )
            db.execute("INSERT INTO cell(id, name, created_at) VALUES (1, 'LIVC R X', ?)", (AT,))
            db.executemany(
                "INSERT INTO representation VALUES (1, ?, ?)", [(COLLEAGUE, AT), (COLLEAGUE2, AT)]
            )
            db.execute(
                "INSERT INTO casus(id, cell_id, code, created_at) VALUES (1, 1, 'X-1', ?)", (AT,)
            )
            db.execute(
                "INSERT INTO meeting(id, cell_id, starts_at, table_kind, created_at)"
                " VALUES (1, 1, '2026-03-05T14:00:00', 'operational', ?)",
                (AT,),
            )
            db.execute(
                "INSERT INTO agenda_item(id, meeting_id, position, kind, case_id)"
                " VALUES (1, 1, 1, 'case', 1)"
            )
            db.executemany(
                "INSERT INTO attendance(meeting_id, person_id, status, represented_by, briefed)"
                " VALUES (1, ?, ?, ?, ?)",
                [
                    (ME, "present", None, 1),
                    (CLB, "present", None, 1),
                    (MAYOR, "present", None, 1),
                    (COLLEAGUE, "represented", ME, 0),
                    (COLLEAGUE2, "represented", ME, 0),
                    (PUPIL_WORKER, "represented", CLB, 0),
                ],  # the CLB sat in for a colleague
            )
            # an item mark for a represented colleague (it counted for nobody)
            db.execute("INSERT INTO item_attendance VALUES (1, ?, 1)", (COLLEAGUE,))
            db.execute(
                "INSERT INTO note(id, body, kind, meeting_id, agenda_item_id, case_id,"
                " created_at, updated_at) VALUES (1, 'Casus', 'note', 1, 1, 1, ?, ?)",
                (AT, AT),
            )
            for decision, outcome in ((1, "agreed"), (2, "not_passed_on"), (3, "not_passed_on")):
                db.execute(
                    "INSERT INTO decision(id, meeting_id, agenda_item_id, kind, outcome,"
                    " decided_at) VALUES (?, 1, 1, 'ltf_form', ?, ?)",
                    (decision, outcome, AT),
                )
            db.executemany(
                "INSERT INTO decision_position VALUES (?, ?, ?, ?)",
                [  # 1: only the colleague's position, given by the user: it becomes the user's
                    (1, MAYOR, "approve", None),
                    (1, CLB, "approve", CLB),
                    (1, COLLEAGUE, "approve", ME),
                    # 2: the user has their own position: it is kept, the colleague's dropped
                    (2, ME, "object", None),
                    (2, COLLEAGUE, "approve", ME),
                    # 3: two colleagues through the user: the most cautious becomes the user's
                    (3, COLLEAGUE, "approve", ME),
                    (3, COLLEAGUE2, "abstain", ME),
                    # and a position the CLB gave for their colleague becomes the CLB's
                    (3, PUPIL_WORKER, "object", CLB),
                ],
            )
    monkeypatch.undo()


def _audit(v: Vault, kind: str) -> list[tuple[str, str]]:
    rows = v.query("SELECT subject, detail FROM audit_event WHERE kind = ? ORDER BY id", (kind,))
    return [(str(r[0]), str(r[1])) for r in rows]


def test_p6_schema_5_makes_the_representative_the_member(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Oud.tafelboek"
    _schema_4_vault(path, monkeypatch)
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        assert v.schema_version() == store.LATEST_VERSION >= 5
        # Positions: one per member, the representative's own.
        assert positions(v, 1) == {
            MAYOR: Position.APPROVE,
            CLB: Position.APPROVE,
            ME: Position.APPROVE,
        }
        assert positions(v, 2) == {ME: Position.OBJECT}
        assert positions(v, 3) == {ME: Position.ABSTAIN, CLB: Position.OBJECT}
        # Recorded outcomes stay what the table decided then.
        assert get_decision(v, 1).outcome is DecisionOutcome.AGREED
        assert get_decision(v, 2).outcome is DecisionOutcome.NOT_PASSED_ON
        # Attendance: nobody is "represented"; the representatives are still present.
        rows = {a.person_id: a for a in attendance(v, 1)}
        assert set(rows) == {ME, CLB, MAYOR}
        assert not v.query("SELECT 1 FROM item_attendance WHERE person_id = ?", (COLLEAGUE,))
        # The user's own record of sitting in stays theirs; another's is gone.
        assert sat_in_for(v, 1) == [COLLEAGUE, COLLEAGUE2]
        assert feedback_refusal(v, 1, COLLEAGUE) is None  # P4 still holds for the note
        # Every change audited, with ids only.
        moved = _audit(v, "position_moved")
        dropped = _audit(v, "position_dropped")
        assert [s for s, _ in moved] == ["decision:1", "decision:3", "decision:3"]
        assert [s for s, _ in dropped] == ["decision:2", "decision:3"]
        assert all("schema 5" in d for _, d in moved + dropped)
        assert any(f"person:{COLLEAGUE2} position:abstain" in d for _, d in moved)
        assert any(
            f"person:{COLLEAGUE} position:approve" in d and "kept their own" in d
            for _, d in dropped
        )
        left = _audit(v, "representation_moved")
        assert [s for s, _ in left] == ["meeting:1"] * 3
        assert sum("represented_at" in d for _, d in left) == 2  # the user's own two
        assert _audit(v, "item_presence_dropped") == [
            (
                "agenda_item:1",
                f"person:{COLLEAGUE} was recorded as represented at the meeting"
                " (schema 5: the representative is the member)",
            )
        ]
        # The new schema cannot hold the old shapes any more.
        columns = {str(r[1]) for r in v.query("PRAGMA table_info(attendance)")}
        assert "represented_by" not in columns
        assert "given_by_id" not in {
            str(r[1]) for r in v.query("PRAGMA table_info(decision_position)")
        }
        with pytest.raises(Exception, match="CHECK"), v.transaction() as db:
            db.execute(
                "INSERT INTO attendance(meeting_id, person_id, status)"
                " VALUES (1, ?, 'represented')",
                (PUPIL_WORKER,),
            )


def test_p6_a_new_vault_has_no_representation_in_attendance(vault: Vault) -> None:
    assert not vault.query(
        "SELECT 1 FROM audit_event WHERE kind IN ('position_moved', 'position_dropped',"
        " 'representation_moved', 'item_presence_dropped')"
    )
    assert vault.query("SELECT count(*) FROM represented_at")[0][0] == 0
