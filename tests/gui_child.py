"""The real client (or the real export and backup paths) in a child process, for kill -9.

Run as ``python tests/gui_child.py MODE VAULT [ARGS…]`` with the passphrase on stdin.
Every step the program *acknowledges* is printed as one flushed line, so the parent
knows exactly what the user was told was safe when it kills the process.

Modes:

* ``notebook [TEXT]`` — the real :class:`~app.window.MainWindow` offscreen, unlocked through its
  unlock form, text typed into the notebook editor; each time the editor's save state
  shows "Saved", ``ack N`` is printed (every line ``regel N`` typed so far is then safe).
  Saves go through the Save button and through the autosave timer, alternately.
* ``meeting`` — the same through the meeting screen: a meeting of the (demo) vault is
  opened on one agenda item, text typed into its note editor, and ``ack N`` printed on
  the screen's ``saved`` signal once the label shows "Saved".
* ``backup`` — :meth:`vault.Vault.backup` in a loop into ``ARGS[0]/backup-N.tafelboek``;
  ``backup N`` after each returned.
* ``export`` — :func:`vault.documents.export_document` (what the client's document
  dialog runs on its pool) in a loop into ``ARGS[0]/doc-N.pdf``; ``export N`` after each.

The test KDF is injected through the application context, as the app's own tests do;
the autosave pause is shortened by setting the modules' delay before the window exists.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vault import FixedKdf, KdfParams, Vault

FAST = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)
LINES_PER_NOTE = 12
"""The notebook child starts a new note after this many lines."""


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class FixedPrompts:
    """Never asks: the child never opens a file dialog."""

    def choose_vault_file(self, parent: object, start_dir: Path) -> Path | None:
        return None

    def choose_save_file(
        self, parent: object, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        return None


def run_gui(mode: str, path: Path, passphrase: str, extra: str = "") -> int:
    """Type ``regel N <extra> …`` lines (``extra``: e.g. a canary for the leak scan)."""
    import app.screens.meeting.notes
    import app.screens.notebook

    app.screens.notebook.AUTOSAVE_DELAY_MS = 20
    app.screens.meeting.notes.AUTOSAVE_DELAY_MS = 20

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.session.context import AppContext
    from app.window import MainWindow
    from vault.clock import SystemClock

    qapp = QApplication([sys.argv[0]])
    context = AppContext(
        kdf=FAST, vault_dir=path.parent, prompts=FixedPrompts(), clock=SystemClock()
    )
    window = MainWindow(context)
    window.show_unlock(path)
    window.show()
    state = {"n": 0, "acked": 0, "waiting": False}

    def typed_up_to() -> int:
        return state["n"]

    def acknowledge() -> None:
        if state["n"] > state["acked"]:
            state["acked"] = state["n"]
            say(f"ack {state['n']}")

    if mode == "notebook":
        view = window.notebook

        def step() -> None:
            if window.vault is None:
                return
            if state["waiting"]:
                # The real status label: "Saved" and nothing pending means stored.
                if view.save_state.text() == "Saved" and not view.has_unsaved_changes():
                    state["waiting"] = False
                    acknowledge()
                return
            state["n"] += 1
            n = typed_up_to()
            if n % LINES_PER_NOTE == 1 and n > 1:
                view.new_button.click()
            view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
            view.editor.insertPlainText(f"regel {n} {extra} " + "tekst " * (n % 40) + "\n")
            if n % 2 == 0:
                view.save_button.click()  # the Save button (Ctrl+S)
            state["waiting"] = True  # odd lines wait for the autosave timer

    else:
        screen = window.meeting_screen

        def on_saved() -> None:
            if screen.save_state.text() == "Saved" and not screen.has_unsaved_changes():
                acknowledge()

        screen.saved.connect(on_saved)

        def step() -> None:
            if window.vault is None:
                return
            if window.current_page() is not screen:
                from vault.meetings import agenda, list_meetings

                meeting = list_meetings(window.vault.store)[0]
                item = agenda(window.vault.store, meeting.id)[0]
                window.meetings_action.trigger()
                screen.open_meeting(meeting.id, item.id)
                say("meeting open")
                return
            if screen.has_unsaved_changes():
                return  # the autosave timer will store it; on_saved acknowledges
            state["n"] += 1
            n = typed_up_to()
            screen.editor.moveCursor(screen.editor.textCursor().MoveOperation.End)
            screen.editor.insertPlainText(f"regel {n} {extra} " + "woord " * (n % 40) + "\n")

    def on_opened() -> None:
        say("open")
        timer.start(5)

    timer = QTimer()
    timer.timeout.connect(step)
    window.vault_opened.connect(on_opened)
    window.job_failed.connect(lambda code: say(f"error {code}"))
    window.unlock_form.passphrase.setText(passphrase)
    window.unlock_form.submit()
    return qapp.exec()


def run_backup(path: Path, passphrase: str, folder: Path) -> int:
    with Vault.open(path, passphrase) as v:
        say("open")
        n = 0
        while True:
            n += 1
            v.backup(folder / f"backup-{n}.tafelboek")
            say(f"backup {n}")


def run_export(path: Path, passphrase: str, folder: Path) -> int:
    from vault.documents import document_choices
    from vault.documents.choices import request_for
    from vault.documents.export import export_document
    from vault.policy import DocumentKind

    with Vault.open(path, passphrase) as v:
        meeting_id = document_choices(v).meetings[0].id
        request = request_for(DocumentKind.MEETING_OVERVIEW, meeting_id)
        say("open")
        n = 0
        while True:
            n += 1
            export_document(v, request, folder / f"doc-{n}.pdf")
            say(f"export {n}")


def main() -> int:
    mode, path_text, *args = sys.argv[1:]
    path = Path(path_text)
    passphrase = sys.stdin.readline().rstrip("\n")
    if mode in ("notebook", "meeting"):
        return run_gui(mode, path, passphrase, *args[:1])
    if mode == "backup":
        return run_backup(path, passphrase, Path(args[0]))
    if mode == "export":
        return run_export(path, passphrase, Path(args[0]))
    say(f"unknown mode {mode}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
