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
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shots import FAST_KDF, FixedClock, compile_catalogues, save, settle  # noqa: E402

from app.dialogs.agenda_edit import AgendaEditDialog  # noqa: E402
from app.dialogs.practice_meeting import PracticeMeetingDialog  # noqa: E402
from app.platform.i18n import Language, install_translators  # noqa: E402
from vault.api import UnlockedVault  # noqa: E402
from vault.model import MeetingStatus, TableKind  # noqa: E402

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
"""Where the demo's clock stands."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    suffix = "" if args.lang == "nl" else f"-{args.lang}"

    app = QApplication(sys.argv[:1])
    kdf = FAST_KDF
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        install_translators(app, Language(args.lang), compile_catalogues(tmp))
        vault = UnlockedVault.create(tmp / "Demo.tafelboek", "demo", kdf=kdf, clock=FixedClock(NOW))
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
        settle()
        save(dialog, args.out / f"agenda-edit{suffix}.png")
        dialog.reject()

        practice = PracticeMeetingDialog(
            vault, vault.cells.list(), meeting.cell_id, datetime(2026, 3, 16, 14, 0)
        )
        practice.practice.setChecked(True)
        practice.resize(620, practice.sizeHint().height())
        practice.show()
        settle()
        save(practice, args.out / f"agenda-practice{suffix}.png")
        practice.reject()
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
