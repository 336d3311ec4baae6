"""Child process of ``bench/bench_app.py``: the real client, measured from inside.

    python -m bench.app_probe startup
    python -m bench.app_probe session VAULT WORDS   (passphrase on stdin)

``startup`` runs :func:`app.main.main` unchanged, except that the window class is a
subclass that, once the window has been shown and painted, prints the wall-clock time
(``time.time()``) and quits. The parent took ``time.time()`` just before starting this
process, so the difference is process start → unlock form on screen.

``session`` builds the production :class:`~app.session.context.AppContext` (configuration and data
folders come from the environment the parent set), unlocks VAULT through the unlock form,
opens its latest meeting, types a note of WORDS words into the meeting screen key by key,
locks, and prints one JSON object of figures (see ``bench/bench_app.py``).

Both run under ``QT_QPA_PLATFORM=offscreen``: painting happens in memory, as on a screen
without the final blit.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QWidget


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in 10^6 bytes (Linux /proc)."""
    fields: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(rest.split()[0]) * 1024 / 1e6
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


def startup() -> int:
    import app.main
    from app.window import MainWindow

    class ProbeWindow(MainWindow):
        _reported = False

        def showEvent(self, event: QShowEvent) -> None:
            super().showEvent(event)
            if not self._reported:
                self._reported = True
                QTimer.singleShot(0, self._report)

        def _report(self) -> None:
            self.repaint()  # the first frame is painted before the time is taken
            shown = time.time()
            page = "unlock" if self.current_page() is self.unlock_page else "other"
            print(json.dumps({"shown_at": shown, "page": page}), flush=True)
            QApplication.quit()

    app.main.MainWindow = ProbeWindow  # type: ignore[misc]
    return app.main.main([])


def _wait(condition: object, timeout_s: float = 60.0) -> None:
    loop_deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > loop_deadline:
            raise TimeoutError("the client did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def _type(widget: QWidget, char: str, key: Qt.Key | None = None) -> None:
    """One key press and release, delivered as the platform would deliver them."""
    if key is not None:
        code = key
    else:
        code = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char))
    # What the event loop would run next (a save's outcome from the writer thread, a timer)
    # runs now: a key pressed meanwhile would wait for it, so it is counted.
    QApplication.processEvents()


def _words(count: int) -> list[str]:
    rng = random.Random(5000)
    vocabulary = [
        "de",
        "jongere",
        "vertelt",
        "over",
        "school",
        "en",
        "vrienden",
        "terwijl",
        "de",
        "begeleider",
        "het",
        "traject",
        "opvolgt",
        "het",
        "gezin",
        "krijgt",
        "ondersteuning",
        "van",
        "de",
        "sociale",
        "dienst",
        "en",
        "het",
        "centrum",
        "bekijkt",
        "samen",
        "met",
        "de",
        "school",
        "welke",
        "stappen",
        "nodig",
        "zijn",
        "voor",
        "de",
        "volgende",
        "weken",
    ]
    return [rng.choice(vocabulary) for _ in range(count)]


def session(vault_path: Path, passphrase: str, words: int) -> int:
    from app.platform.i18n import Language, install_translators
    from app.session.context import AppContext
    from app.window import MainWindow
    from vault.process import harden_process
    from vault.store import derive_unlock_key

    harden_process()  # as app.main does first: freed memory wiped, no core dumps
    app = QApplication(sys.argv[:1])
    install_translators(app, Language.DUTCH)
    figures: dict[str, float] = {}

    # The key derivation alone, to subtract from the unlock (goal excludes the KDF).
    derive = []
    for _ in range(3):
        start = time.perf_counter()
        derive_unlock_key(vault_path, passphrase)
        derive.append(time.perf_counter() - start)
    derive_s = sorted(derive)[1]

    context = AppContext.for_production()
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    window.show_unlock(vault_path)
    _wait(lambda: window.current_page() is window.unlock_page)

    overheads = []
    for _ in range(5):
        window.unlock_form.passphrase.setText(passphrase)
        start = time.perf_counter()
        window.unlock_form.submit()
        _wait(lambda: window.vault is not None and window.current_page() is window.notebook)
        window.repaint()
        overheads.append(time.perf_counter() - start - derive_s)
        window.lock()
    figures["unlock_overhead_s"] = sorted(overheads)[len(overheads) // 2]
    figures["unlock_kdf_s"] = derive_s

    window.unlock_form.passphrase.setText(passphrase)
    window.unlock_form.submit()
    _wait(lambda: window.vault is not None)
    vault = window.vault
    assert vault is not None
    meeting = vault.meetings.list()[-1]
    window.show_meetings()
    screen = window.meeting_screen
    start = time.perf_counter()
    screen.open_meeting(meeting.id)
    window.repaint()
    figures["open_meeting_screen_ms"] = (time.perf_counter() - start) * 1000
    screen.new_note()
    editor = screen.editor
    editor.setFocus()

    # Type the note key by key; each keystroke is measured until the editor has repainted.
    # After every 250 words the writer pauses: the autosave fires. It hands the save to
    # the writer thread (app/session/writer.py) and the typing goes on at once, so the
    # save's outcome (meeting facts reloaded, the note's line retitled) arrives during the
    # keystrokes that follow: those keystrokes, and the pause itself, are counted.
    latencies: list[float] = []
    pauses: list[float] = []
    writer = screen.note_area.writer
    durable: list[float] = []
    for index, word in enumerate(_words(words)):
        for char in word + " ":
            start = time.perf_counter()
            _type(editor, char)
            editor.viewport().repaint()
            latencies.append(time.perf_counter() - start)
        if index % 60 == 59:
            start = time.perf_counter()
            _type(editor, "\r", Qt.Key.Key_Return)
            editor.viewport().repaint()
            latencies.append(time.perf_counter() - start)
        if index % 250 == 249:
            if writer.busy:  # the last save is still on the disk: see how long it takes
                begun = time.perf_counter()
                writer.settle()
                durable.append(time.perf_counter() - begun)
            start = time.perf_counter()
            screen.note_area.autosave.timeout.emit()  # the pause: autosave fires
            editor.viewport().repaint()
            paused = time.perf_counter() - start
            pauses.append(paused)
            latencies.append(paused)
    writer.settle()
    ordered = sorted(latencies)
    figures["keystroke_count"] = len(latencies)
    figures["keystroke_p50_ms"] = ordered[len(ordered) // 2] * 1000
    figures["keystroke_p99_ms"] = ordered[int(len(ordered) * 0.99)] * 1000
    figures["keystroke_max_ms"] = ordered[-1] * 1000
    figures["autosave_max_ms"] = max(pauses) * 1000
    figures["autosave_unfinished_count"] = len(durable)
    figures["note_chars_count"] = len(editor.toPlainText())

    rss, _peak = _rss_mb()
    figures["rss_mb"] = rss

    # Lock: trigger → pending text saved, content wiped, database closed, unlock form shown.
    for char in "laatste woorden voor het vergrendelen":
        _type(editor, char)
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)  # the caret mid-note: a real place
    editor.setTextCursor(cursor)
    caret = cursor.position()
    start = time.perf_counter()
    window.lock()
    window.repaint()
    figures["lock_ms"] = (time.perf_counter() - start) * 1000
    assert window.vault is None and not vault.is_open
    assert window.current_page() is window.unlock_page
    assert editor.toPlainText() == ""
    figures["rss_peak_mb"] = _rss_mb()[1]

    # Back where you were (issue 17): from the unlock's result arriving (the session adopts
    # the vault) to the same meeting, note and caret on screen, repainted.
    adopted: list[float] = []
    opened: list[float] = []
    adopt = window.session.adopt

    def timed_adopt(unlocked: object) -> object:
        adopted.append(time.perf_counter())
        return adopt(unlocked)  # type: ignore[arg-type]

    window.session.adopt = timed_adopt  # type: ignore[method-assign]
    window.vault_opened.connect(lambda: opened.append(time.perf_counter()))
    window.unlock_form.passphrase.setText(passphrase)
    window.unlock_form.submit()
    _wait(lambda: bool(opened))
    start = time.perf_counter()
    window.repaint()
    painted = time.perf_counter() - start
    assert window.current_page() is screen, "the unlock did not come back to the meeting"
    assert editor.textCursor().position() == caret, "the caret did not come back"
    figures["unlock_to_same_place_ms"] = (opened[0] - adopted[0] + painted) * 1000
    print(json.dumps(figures), flush=True)
    window.close()
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "startup":
        return startup()
    if len(argv) == 3 and argv[0] == "session":
        return session(Path(argv[1]), sys.stdin.readline().rstrip("\n"), int(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
