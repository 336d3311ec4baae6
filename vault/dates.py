"""Dates and times in words, in Dutch (nl_BE, default) or English, without any locale.

"donderdag 5 maart 2026" / "Thursday 5 March 2026" must not depend on the machine's
settings, and the screens and the documents must word a date the same way: both use these
functions (the client through :mod:`vault.dates`, the PDFs through
:mod:`vault.documents.strings`, which re-exports them). Qt-free, no I/O::

    >>> from datetime import date, datetime
    >>> long_date(date(2026, 3, 5))
    'donderdag 5 maart 2026'
    >>> long_date_time(datetime(2026, 3, 5, 14, 0), "en")
    'Thursday 5 March 2026, 14:00'
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Literal

Language = Literal["nl", "en"]
"""A language dates (and documents) are worded in."""

_WEEKDAYS: Mapping[Language, tuple[str, ...]] = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS: Mapping[Language, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def long_date(day: date, language: Language = "nl") -> str:
    """``donderdag 5 maart 2026`` (nl_BE) or ``Thursday 5 March 2026`` (en)."""
    weekday = _WEEKDAYS[language][day.weekday()]
    return f"{weekday} {day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def short_date(day: date, language: Language = "nl") -> str:
    """``5 maart 2026`` / ``5 March 2026`` (the date line of a letter)."""
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def clock_time(moment: datetime, language: Language = "nl") -> str:
    """``14.00 uur`` (Flemish usage) or ``14:00``."""
    if language == "nl":
        return f"{moment.hour}.{moment.minute:02d} uur"
    return f"{moment.hour}:{moment.minute:02d}"


def long_date_time(moment: datetime, language: Language = "nl") -> str:
    """``donderdag 5 maart 2026, 14.00 uur``."""
    return f"{long_date(moment.date(), language)}, {clock_time(moment, language)}"


def stamp_date(stamp: str) -> date:
    """The local calendar date of a stored ISO timestamp (UTC in the vault)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date()
