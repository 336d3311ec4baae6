"""P4 on the screens: whom you can represent (your own organisation only) and to whom a
note can go as feedback (only colleagues you sat in for, for that agenda item)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_app_cells import _open_cells
from test_app_representative import Table, build_table
from test_app_representative import _unlocked as unlocked_representative

from app.dialogs.release import ReleaseDialog
from vault import Vault
from vault.attendance import set_item_presence
from vault.model import Role
from vault.notes import add_note
from vault.people import add_person, update_person

OTHERS: dict[str, int] = {}


def _with_outsiders(vault: Vault) -> Table:
    t = build_table(vault)
    OTHERS["mayor"] = add_person(vault, "Bea Burgemeester", Role.MAYOR, organisation="Gemeente")
    OTHERS["elsewhere"] = add_person(vault, "Olga Ocmw", Role.SOCIAL_SERVICES, organisation="OCMW")
    OTHERS["unknown"] = add_person(vault, "Zonder Org", Role.YOUTH_WELFARE_WORKER)
    OTHERS["colleague"] = add_person(
        vault, "Nele Nieuw", Role.YOUTH_WELFARE_WORKER, organisation="gemeente"
    )
    return t


def test_p4_only_colleagues_of_your_organisation_can_be_represented(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, _t, _clock = unlocked_representative(qtbot, tmp_path, _with_outsiders)
    dialog = _open_cells(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    offered = {dialog.represent_choice.itemData(i) for i in range(dialog.represent_choice.count())}
    assert OTHERS["colleague"] in offered
    for name in ("mayor", "elsewhere", "unknown"):
        assert OTHERS[name] not in offered, name


def test_p4_without_your_organisation_the_screen_says_what_to_record(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def anonymous(vault: Vault) -> Table:
        t = build_table(vault)
        update_person(
            vault, t.me, name="Ik Zelf", organisation="", role=Role.YOUTH_OFFICER, professional=True
        )
        return t

    window, _t, _clock = unlocked_representative(qtbot, tmp_path, anonymous)
    dialog = _open_cells(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.represent_choice.count() == 0
    assert not dialog.represent_button.isEnabled()
    assert "Record your own organisation" in dialog.representation_state.text()
    # the colleagues recorded before are shown as receiving no feedback
    lines = [dialog.represented.item(r).text() for r in range(dialog.represented.count())]
    assert lines and all("receives no feedback" in line for line in lines)


def test_p4_the_release_dialog_offers_only_colleagues_sat_in_for_on_this_item(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def left_the_room(vault: Vault) -> Table:
        t = build_table(vault)
        set_item_presence(vault, t.item, t.me, False)  # out of the room for the case
        return t

    window, t, _clock = unlocked_representative(qtbot, tmp_path, left_the_room)
    vault = window.vault.store
    assert vault is not None
    screen = window.meeting_screen
    window.show_meetings()
    case_note = add_note(vault, "Casus: wat de tafel afsprak.", agenda_item_id=t.item)
    screen.open_meeting(t.meeting, t.item)
    assert screen.current_note_id == case_note
    screen.open_release()
    dialog = screen.release_dialog
    assert isinstance(dialog, ReleaseDialog)
    assert dialog.colleagues.count() == 0 and not dialog.feedback.isEnabled()
    assert not dialog.no_colleagues.isHidden()
    assert "with you in the room for this agenda item" in dialog.no_colleagues.text()
    dialog.reject()
    # On an item where the user was in the room, both colleagues are offered.
    opening = screen.view.items[0].item.id  # type: ignore[union-attr]
    note = add_note(vault, "Opening: afspraken.", agenda_item_id=opening)
    screen.open_meeting(t.meeting, opening)
    assert screen.current_note_id == note
    screen.open_release()
    dialog = screen.release_dialog
    assert isinstance(dialog, ReleaseDialog)
    ids = {
        dialog.colleagues.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.colleagues.count())
    }
    assert ids == {t.lien, t.kobe}
    dialog.reject()
