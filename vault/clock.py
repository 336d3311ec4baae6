"""Time source for the vault, injectable so tests run on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current wall-clock time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """Store timestamps as ISO 8601 UTC text with second precision."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")
