"""The meeting view agrees with the per-item queries the policy uses (P5, P1, P9)."""

from __future__ import annotations

from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE, FakeClock

from vault import Vault
from vault.attendance import present_for_item, unbriefed_present
from vault.demo import DemoSpec, build_demo
from vault.meeting_view import load_meeting_view
from vault.meetings import list_meetings
from vault.model import TableKind
from vault.notes import list_notes, note_label


def test_meeting_view_matches_the_policy_queries(tmp_path: Path) -> None:
    spec = DemoSpec(cells=2, years=1, meetings=12, cases=20, notes=600)
    with Vault.create(tmp_path / "m.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as v:
        build_demo(v, spec, seed=3)
        checked_items = 0
        for meeting in list_meetings(v):
            view = load_meeting_view(v, meeting.id)
            assert view.meeting == meeting
            assert view.show_framework_reminder == (meeting.table_kind is TableKind.OPERATIONAL)
            for item_view in view.items:
                item_id = item_view.item.id
                assert [p.id for p in item_view.scope] == [
                    p.id for p in present_for_item(v, item_id)
                ]
                assert [p.id for p in item_view.unbriefed] == [
                    p.id for p in unbriefed_present(v, item_id)
                ]
                assert [n.note.id for n in item_view.notes] == [
                    n.id for n in list_notes(v, agenda_item_id=item_id)
                ]
                for note_view in item_view.notes:
                    assert note_view.label == note_label(v, note_view.note.id)
                checked_items += 1
        assert checked_items > 50
