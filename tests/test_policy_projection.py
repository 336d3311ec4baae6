"""Presentation mode asks the secrecy policy what may be projected (P2, P3).

Projecting the meeting screen lets content out to everyone in the room:
``may_leave(vault, note_id, Channel.PROJECTION)`` is the one answer, for the note list,
the editor, the action lines and the recorded LTF form alike.
"""

from __future__ import annotations

from domain_strategies import Table

from vault.notes import add_note, update_note
from vault.policy import Channel, Reason, may_leave
from vault.releases import tighten

AGREED = "Afgesproken: doorverwijzing naar het CAW."
LATER = " Niet doorgeven: vader werkloos sinds mei."


def _note(t: Table) -> int:
    return add_note(t.vault, AGREED, agenda_item_id=t.case_item)


def test_p2_table_only_text_is_never_projected(t: Table) -> None:
    note = _note(t)
    assert may_leave(t.vault, note, Channel.PROJECTION).reason is Reason.TABLE_ONLY
    own = t.release_own(note)
    assert may_leave(t.vault, note, Channel.PROJECTION)
    tighten(t.vault, own)  # tightened: table-only again
    assert may_leave(t.vault, note, Channel.PROJECTION).reason is Reason.TABLE_ONLY
    assert may_leave(t.vault, 10_000, Channel.PROJECTION).reason is Reason.UNKNOWN


def test_p2_a_note_released_anywhere_beyond_the_table_may_be_projected(t: Table) -> None:
    own, feedback = _note(t), _note(t)
    t.release_own(own)
    t.release_feedback(feedback, t.colleague)
    assert may_leave(t.vault, own, Channel.PROJECTION)
    # Feedback is never copied (P4), but it is no secret of the table any more.
    assert may_leave(t.vault, feedback, Channel.CLIPBOARD).reason is Reason.NOT_COPYABLE
    assert may_leave(t.vault, feedback, Channel.PROJECTION)


def test_p3_text_changed_after_its_release_is_not_projected(t: Table) -> None:
    note = _note(t)
    t.release_own(note)
    update_note(t.vault, note, AGREED + LATER)
    assert may_leave(t.vault, note, Channel.PROJECTION).reason is Reason.CHANGED_SINCE_RELEASE
    t.release_own(note)  # the new text released: it supersedes the earlier version
    assert may_leave(t.vault, note, Channel.PROJECTION)


def test_p3_one_release_of_an_earlier_text_hides_the_note_while_projecting(t: Table) -> None:
    note = _note(t)
    t.release_feedback(note, t.colleague)
    update_note(t.vault, note, AGREED + LATER)
    t.release_own(note)  # the new text goes to the own dossier; the colleague got the old
    # A document may hold the current text (it is the own dossier's version) …
    assert may_leave(t.vault, note, Channel.EXPORT)
    # … but on the projector the note is shown whole or not at all: its label says
    # "changed", so it is hidden like a table-only one.
    assert may_leave(t.vault, note, Channel.PROJECTION).reason is Reason.CHANGED_SINCE_RELEASE
