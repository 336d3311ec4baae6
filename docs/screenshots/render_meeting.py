"""Render the meeting screen (issue 17) offscreen, with the fictional demo vault, to PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_meeting.py
        [--lang en] [--out FOLDER] [--size 1366x768]

The meeting screen as the participant sees it while typing, at the common laptop size
(1366×768, less a title bar and a task bar) unless ``--size`` says otherwise: the window
maximised with the framework reminder's one line at the top (``meeting-1366.png``), in
focus mode (``meeting-focus.png``) and with an unknown word underlined by the spell
check (``meeting-spelling.png``); at another size the file names carry it
(``meeting-1920x1080.png``). Everything runs in a temporary
folder with a fast key derivation and a catalogue compiled there from the ``.ts`` (so new
wording shows before ``make i18n``); only the PNG files leave it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shots import (  # noqa: E402
    FAST_KDF,
    TITLE_AND_TASK_BAR,
    FixedClock,
    NoPrompts,
    compile_catalogues,
    save,
    settle,
)

from app.platform.i18n import Language, install_translators  # noqa: E402
from app.session.context import AppContext  # noqa: E402
from app.window import MainWindow  # noqa: E402
from vault.model import AgendaItemKind, TableKind  # noqa: E402

NOW = datetime(2027, 4, 15, 13, 55, tzinfo=UTC)
"""Where the demo's clock stands."""


def _wait(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, out: Path, name: str) -> None:
    settle()  # a busy machine: each round settles one level of the layouts
    _wait(80)
    widget.repaint()
    save(widget, out / f"{name}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    size = "1366" if args.size == "1366x768" else args.size
    lang = "" if args.lang == "nl" else f"-{args.lang}"

    app = QApplication(sys.argv[:1])
    kdf = FAST_KDF
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        install_translators(app, Language(args.lang), compile_catalogues(tmp))
        home = tmp / "home" / "jan"
        (home / "Documents").mkdir(parents=True)
        os.environ["HOME"] = str(home)
        context = AppContext(kdf=kdf, vault_dir=tmp / "data", prompts=NoPrompts(),
                             clock=FixedClock(NOW))  # type: ignore[arg-type]  # fmt: skip
        window = MainWindow(context)
        window.resize(width, height - TITLE_AND_TASK_BAR)
        window.show()
        window.open_demo()
        deadline = time.monotonic() + 120
        while window.vault is None:
            if time.monotonic() > deadline:
                raise TimeoutError("the demo did not open")
            _wait(20)
        vault = window.vault
        window.show_meetings()
        screen = window.meeting_screen
        operational = [m for m in vault.meetings.list() if m.table_kind is TableKind.OPERATIONAL]
        screen.open_meeting(operational[-1].id)
        view = screen.view
        assert view is not None
        case = next(i for i in view.items if i.item.kind is AgendaItemKind.CASE)
        screen.agenda.select_item(case.item.id)
        screen.agenda.setCurrentRow(screen.agenda.currentRow())
        screen.open_meeting(view.meeting.id, case.item.id)
        # The framework reminder (P9) stays: one line across the screen (issue 17).
        screen.editor.setFocus()
        _save(window, args.out, f"meeting-{size}{lang}")
        screen.set_focus_mode(True)
        _save(window, args.out, f"meeting-focus{'' if size == '1366' else '-' + size}{lang}")
        screen.set_focus_mode(False)
        # Spell check: an unknown word underlined while typing (the dictionary loads once).
        check = screen.spell_check
        assert check is not None
        deadline = time.monotonic() + 60
        while not check.is_ready or check.rechecking:
            if time.monotonic() > deadline:
                raise TimeoutError("the dictionary did not load")
            _wait(20)
        screen.editor.moveCursor(screen.editor.textCursor().MoveOperation.End)
        screen.editor.insertPlainText("\nDe moeder kwam naar de vergadring met de jongere.")
        _wait(200)
        _save(window, args.out, f"meeting-spelling{'' if size == '1366' else '-' + size}{lang}")
        screen.editor.document().setModified(False)  # the screenshot's words are not saved
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
