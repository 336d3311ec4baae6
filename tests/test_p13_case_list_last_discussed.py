"""P13 (domain review M1): the case list says when a case was last discussed — the latest
meeting it was on the agenda of that was held or whose day has come — apart from the latest
meeting it is on the agenda of at all (a planned one ahead counts there, never here;
a cancelled one counts nowhere). Through the door, no Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import FakeClock
from domain_strategies import Table

from vault.api import UnlockedVault


def _row(door: UnlockedVault, case_id: int) -> tuple[date | None, date | None]:
    row = next(r for r in door.cases.overview() if r.case.id == case_id)
    return row.last_discussed, row.last_on_agenda


def test_p13_last_discussed_counts_held_meetings_and_days_that_have_come(
    t: Table, clock: FakeClock
) -> None:
    door = UnlockedVault(t.vault)
    # 5 March 2026 (the fake clock's day): 5 February and 5 March have come, 2 April not.
    assert _row(door, t.case) == (date(2026, 3, 5), date(2026, 4, 2))
    door.meetings.cancel(t.meeting)
    assert _row(door, t.case) == (date(2026, 2, 5), date(2026, 4, 2))
    clock.moment = datetime(2026, 4, 2, 8, 0, tzinfo=UTC)  # the morning of the last one
    assert _row(door, t.case) == (date(2026, 4, 2), date(2026, 4, 2))
    # A case on no agenda, and one only on a planned meeting ahead.
    assert _row(door, t.minor_case) == (None, None)
    clock.moment = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    assert _row(door, t.case) == (None, date(2026, 4, 2))
    door.meetings.close(t.earlier_meeting)  # closed as held: it counts, whatever the day
    assert _row(door, t.case) == (date(2026, 2, 5), date(2026, 4, 2))
