"""An ad hoc participant who comes back is the same person, not a new one every meeting;
and the passphrase meter of an open vault knows the names in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from support.windows import unlocked_demo_window

from app.screens.meeting.dialogs import AdHocDialog
from vault.attendance import attendance
from vault.demo import DemoSpec
from vault.meetings import list_meetings
from vault.people import list_people, self_person
from vault.strength import Feedback, assess, vault_personal_words

SMALL = DemoSpec(cells=1, years=1, meetings=3, cases=2, notes=6)


def _add(screen, name: str, organisation: str) -> None:  # type: ignore[no-untyped-def]
    screen.add_ad_hoc()
    dialog = screen.ad_hoc_dialog
    assert isinstance(dialog, AdHocDialog)
    dialog.name.setText(name)
    dialog.organisation.setText(organisation)
    dialog.whole_meeting.setChecked(True)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_p9_a_returning_ad_hoc_participant_is_one_person(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault.store
    assert vault is not None
    first, second = (m.id for m in list_meetings(vault)[:2])
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(first)
    _add(screen, "Kim Gastspreker", "CLB Fictiegem")
    screen.open_meeting(second)
    _add(screen, "kim gastspreker", "CLB Fictiegem")  # typed differently, same person
    same = [p for p in list_people(vault) if p.name.casefold() == "kim gastspreker"]
    assert len(same) == 1
    for meeting in (first, second):
        assert any(a.person_id == same[0].id and a.ad_hoc for a in attendance(vault, meeting))
    # Another organisation's Kim is someone else.
    _add(screen, "Kim Gastspreker", "Politiezone Denkbeeldig")
    assert len([p for p in list_people(vault) if p.name == "Kim Gastspreker"]) == 2


def test_the_meter_of_an_open_vault_counts_its_names_as_easy_guesses(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault.store
    assert vault is not None
    words = vault_personal_words(vault)
    me = self_person(vault)
    assert me is not None and words[0] == me.name  # the user's own entry first
    surname = me.name.split()[1]
    guess = f"{surname}Fictiegem2026"
    assert Feedback.PERSONAL in assess(guess, words).feedback
    assert assess(guess, words).guesses_log10 < assess(guess).guesses_log10
