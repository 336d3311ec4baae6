"""Render the living agenda of issue 16 offscreen, with the fictional demo vault, to PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_agenda.py [--lang en]
        [--out FOLDER]

"Agenda bewerken…" over the demo's latest operational meeting with a case that came up,
a theme and a code being typed that looks like a name (``agenda-edit.png``), and a new
meeting with the practice's agenda and the proposed cases ticked (``agenda-practice.png``).
Everything runs in a temporary folder with a fast key derivation and a catalogue compiled
there from the ``.ts``; only the PNG files leave it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from app.dialogs.agenda_edit import AgendaEditDialog  # noqa: E402
from app.dialogs.practice_meeting import PracticeMeetingDialog  # noqa: E402
from app.platform.i18n import Language, install_translators  # noqa: E402
from vault.api import UnlockedVault  # noqa: E402
from vault.kdf import FixedKdf, KdfParams  # noqa: E402
from vault.model import MeetingStatus, TableKind  # noqa: E402


class _Clock:
    def now(self) -> datetime:
        return datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, out: Path, name: str, suffix: str) -> None:
    path = out / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    suffix = "" if args.lang == "nl" else f"-{args.lang}"

    app = QApplication(sys.argv[:1])
    kdf = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for ts in (ROOT / "app" / "assets" / "i18n").glob("*.ts"):
            subprocess.run(
                [str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                 str(tmp / ts.with_suffix(".qm").name)],
                check=True,
            )  # fmt: skip
        install_translators(app, Language(args.lang), tmp)
        vault = UnlockedVault.create(tmp / "Demo.tafelboek", "demo", kdf=kdf, clock=_Clock())
        vault.fill_with_demo()

        meeting = [m for m in vault.meetings.list() if m.table_kind is TableKind.OPERATIONAL][-1]
        if meeting.status is MeetingStatus.CLOSED:
            vault.meetings.open(meeting.id)  # reopened, as if the table were still sitting
        elif meeting.status is MeetingStatus.PLANNED:
            vault.meetings.open(meeting.id)
        vault.meetings.add_case_by_code(meeting.id, "LIVCR-2026-000031")
        vault.meetings.add_theme_item(meeting.id, "Signalen voor de strategische tafel")
        dialog = AgendaEditDialog(vault, meeting.id)
        dialog.code.setText("Yassine.B")
        dialog.show()
        _settle(app)
        _save(dialog, args.out, "agenda-edit", suffix)
        dialog.reject()

        practice = PracticeMeetingDialog(
            vault, vault.cells.list(), meeting.cell_id, datetime(2026, 3, 16, 14, 0)
        )
        practice.practice.setChecked(True)
        practice.resize(620, practice.sizeHint().height())
        practice.show()
        _settle(app)
        _save(practice, args.out, "agenda-practice", suffix)
        practice.reject()
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
