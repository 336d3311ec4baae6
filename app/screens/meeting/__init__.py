"""The meeting screen (the participant at the table), one part per file.

* :mod:`.screen` — :class:`~.screen.MeetingScreen`: puts the parts together (the side
  panel, F9, and the note column; focus mode, F11) and keeps them on one meeting and one
  agenda item; jumping to a note from search; locking (P12) and coming back to the same
  place after unlocking.
* :mod:`.meeting_list` — the first page: a cell's meetings and "new meeting".
* :mod:`.agenda` — the agenda list the screen walks (eight lines always in sight).
* :mod:`.attendance` — attendance ticks (P9), the legal core's notice, ad hoc
  participants, the representative's row (P4, P6) and who is in the room for an item (P5).
* :mod:`.framework` — the framework and secrecy-duty reminder of an operational table:
  one line of P9's essential words, the full text a key away.
* :mod:`.reminders` — the living agenda: status and "Edit agenda…" on the agenda's
  heading line, the reminders (P7, P8, P13) under it, folding to their count.
* :mod:`.item_facts` — the item's heading, off-topic reminder, "Known to" (P5), unbriefed.
* :mod:`.notes` — the item's notes: list, label band, editor, autosave and drafts,
  releasing and copying (P1-P4, P12).
* :mod:`.label_band` — a note's label as colour, icon and words.
* :mod:`.focus_ring` — the 3 px ring around the control with the keyboard focus.
* :mod:`.dialogs` — new meeting, ad hoc participant.

The panels beside them — actions (:mod:`app.screens.actions_panel`), decisions
(:mod:`app.screens.decisions_panel`) and presentation mode
(:mod:`app.screens.presentation`) — and the words (:mod:`app.wording.meeting`) are shared
with other screens and dialogs.
"""
