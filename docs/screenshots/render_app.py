"""Render the client's main screens offscreen, with the fictional demo vault, to PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_app.py [--lang en]
        [--out FOLDER] [--dark]

``make screenshots`` runs it (and ``render_documents.py`` for the PDFs). Everything runs
in a temporary folder with a fast key derivation; only the PNG files leave it. The
screens are reached the way a user reaches them — menu actions triggered, forms filled —
and each dialog is grabbed as it opens.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shots import FAST_KDF, FixedClock, NoPrompts  # noqa: E402

from app.platform.i18n import Language, install_translators  # noqa: E402
from app.session.context import AppContext  # noqa: E402
from app.window import MainWindow  # noqa: E402

NOW = datetime(2027, 4, 15, 13, 55, tzinfo=UTC)
"""Late enough for the demo's first notes to be due for review."""


def _wait(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for(condition: Callable[[], bool], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not appear")
        _wait(20)


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, text = QColor("#1e1f22"), QColor("#e6e6e6")
    for role, colour in (
        (QPalette.ColorRole.Window, QColor("#2b2d30")),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#323438")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#3a3c40")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d7cc9")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Mid, QColor("#55585d")),
        (QPalette.ColorRole.Midlight, QColor("#4a4d52")),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a")),
        (QPalette.ColorRole.ToolTipBase, QColor("#3a3c40")),
        (QPalette.ColorRole.ToolTipText, text),
    ):
        palette.setColor(role, colour)
    disabled = QColor("#7a7d82")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


class Renderer:
    def __init__(self, out: Path, suffix: str, only: list[str] | None = None) -> None:
        self.out = out
        self.suffix = suffix
        self.only = set(only or [])
        self.saved: list[str] = []

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def save(self, widget: QWidget, name: str) -> None:
        if not self.wanted(name):
            return
        _wait(80)
        widget.repaint()
        path = self.out / f"{name}{self.suffix}.png"
        widget.grab().save(str(path))
        self.saved.append(path.name)
        print(f"{name} -> {path.name}")

    def dialog_after(
        self,
        trigger: Callable[[], object],
        name: str,
        prepare: Callable[[QDialog], object] | None = None,
    ) -> None:
        """Run ``trigger``; grab the dialog it opens (after ``prepare``); close it again."""
        if not self.wanted(name):
            return
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        trigger()
        _wait_for(lambda: self._new_dialog(before) is not None, 10)
        dialog = self._new_dialog(before)
        assert dialog is not None
        if prepare is not None:
            prepare(dialog)
            _wait(400)
        self.save(dialog, name)
        dialog.reject()
        _wait(30)

    @staticmethod
    def _new_dialog(before: set[int]) -> QDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                return widget
        return None


def _changed_since_release(screen: Any, vault: Any, meeting_id: int) -> None:
    """Release the note in the editor to the own dossier (when it is not released yet),
    then type on in it and save: the band says the new text stays at the table."""
    from vault.model import ReleaseKind
    from vault.notes import get_note, note_label
    from vault.people import self_person
    from vault.releases import release

    note_id = screen.current_note_id
    me = self_person(vault)
    if note_id is None or me is None:
        return
    if not note_label(vault, note_id).current_text_released:
        release(vault, note_id, ReleaseKind.OWN_DOSSIER, info_owner_id=me.id,
                agreed_meeting_id=meeting_id)  # fmt: skip
        screen._refresh_scope()
    screen.editor.setFocus()
    screen.editor.moveCursor(screen.editor.textCursor().MoveOperation.End)
    screen.editor.insertPlainText(" Later bijgetypt: de moeder belde nog na het overleg.")
    screen.save_pending()
    assert note_label(vault, get_note(vault, note_id).id).changed
    _wait(100)


def _search_for_school(dialog: QDialog) -> None:
    dialog.query.setText("school")  # type: ignore[attr-defined]


PREPARE: dict[str, Callable[[QDialog], object]] = {"search_action": _search_for_school}
"""What to do in a dialog before it is grabbed (results worth showing)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--dark", action="store_true", help="a dark system palette")
    parser.add_argument("--only", action="append", metavar="NAME", help="render only these")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    install_translators(app, Language(args.lang))
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
    suffix = ("" if args.lang == "nl" else f"-{args.lang}") + ("-dark" if args.dark else "")
    render = Renderer(args.out, suffix, args.only)
    kdf = FAST_KDF
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        home = tmp / "home" / "jan"
        (home / "Documents").mkdir(parents=True)
        os.environ["HOME"] = str(home)  # file suggestions show a made-up home, not ours
        context = AppContext(kdf=kdf, vault_dir=tmp / "data", prompts=NoPrompts(),
                             clock=FixedClock(NOW))  # type: ignore[arg-type]  # fmt: skip
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        _wait(100)
        form = window.create_form
        form.set_personal_words(["Jan Voorbeeld", "Fictiegem"])
        form.passphrase.setText("fictiegem2025")
        render.save(window, "create")

        window.open_demo()
        _wait_for(lambda: window.vault is not None)
        vault = window.vault.store if window.vault is not None else None  # storage, for set-up
        assert vault is not None
        window.show_meetings()
        screen = window.meeting_screen
        from vault.meetings import list_meetings
        from vault.model import TableKind

        operational = [m for m in list_meetings(vault) if m.table_kind is TableKind.OPERATIONAL]
        meeting = operational[-1]
        screen.open_meeting(meeting.id)
        screen.move_item(1)
        screen.move_item(1)
        render.save(window, "meeting")

        render.dialog_after(screen.open_release, "release-dialog")
        if render.wanted("meeting-changed"):
            # The label band of a note typed on after its release (P3), at 1366x768.
            window.resize(1366, 768)
            _changed_since_release(screen, vault, meeting.id)
            render.save(window, "meeting-changed")
            window.resize(1280, 800)
        for name in (
            "make_document_action",
            "search_action",
            "representation_action",
            "cells_action",
            "participation_action",
            "retention_action",
            "change_passphrase_action",
            "backup_action",
            "check_action",
            "preferences_action",
        ):
            action = getattr(window, name, None)
            if action is None:
                print(f"{name}: not in this build", file=sys.stderr)
                continue
            render.dialog_after(
                action.trigger, name.removesuffix("_action").replace("_", "-"), PREPARE.get(name)
            )

        window.lock()
        render.save(window, "unlock")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
