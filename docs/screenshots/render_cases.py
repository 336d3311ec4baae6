"""Render the case screens of issue 16 offscreen, with the fictional demo vault, to PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_cases.py [--lang en]
        [--out FOLDER] [--size 1366x768]

The case list, the case file, the decision dialog, retention by case and the actions across
meetings (Table › Actions…), at the common laptop size (1366×768, less a title bar and a
task bar) unless ``--size`` says otherwise;
at another size the file names carry it (``case-file-1920x1080.png``). Everything runs in a
temporary folder with a fast key derivation and a catalogue compiled there from the
``.ts`` (so new wording shows before ``make i18n``); only the PNG files leave it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

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

from app.dialogs.actions_overview import ActionsOverviewDialog  # noqa: E402
from app.dialogs.case_decision import CaseDecisionDialog  # noqa: E402
from app.dialogs.case_retention import CaseRetentionDialog  # noqa: E402
from app.platform.i18n import Language, install_translators  # noqa: E402
from app.screens.case_file import CaseFileScreen  # noqa: E402
from app.screens.case_list import CaseListScreen  # noqa: E402
from vault.api import UnlockedVault  # noqa: E402
from vault.model import CaseDecisionKind, CaseStage, ClosureReason  # noqa: E402

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
"""Where the demo's clock stands."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    suffix = ("" if args.size == "1366x768" else f"-{args.size}") + (
        "" if args.lang == "nl" else f"-{args.lang}"
    )

    app = QApplication(sys.argv[:1])
    kdf = FAST_KDF
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        install_translators(app, Language(args.lang), compile_catalogues(tmp))
        vault = UnlockedVault.create(tmp / "Demo.tafelboek", "demo", kdf=kdf, clock=FixedClock(NOW))
        vault.fill_with_demo()

        # A case with a history: the one on the most agendas, with a trajectory (the demo's
        # own, or one recorded here at its latest meeting).
        rows = vault.cases.overview()
        busiest = max(rows, key=lambda r: (r.meetings, r.case.code))
        file = vault.cases.file(busiest.case.id)
        held = [m for m in file.meetings if m.items]
        if held and busiest.case.stage is CaseStage.REFERRAL:
            vault.cases.move(busiest.case.id, CaseStage.DISCUSSED, meeting_id=held[0].meeting.id)
        if held and vault.cases.get(busiest.case.id).stage in (
            CaseStage.DISCUSSED,
            CaseStage.SCREENING,
        ):
            vault.decisions.record_trajectory(
                held[-1].items[0].id,
                "Begeleiding door het CAW; gesprekken met het gezin.",
                lead_organisation="CAW Fictiegem",
                evaluation_on=held[-1].meeting.starts_at.date() + timedelta(days=91),
            )
        screen_size = (width, height - TITLE_AND_TASK_BAR)
        case_list = CaseListScreen(vault)
        case_list.resize(*screen_size)
        case_list.show()
        case_list.stage.setCurrentIndex(1)  # every stage
        settle()
        save(case_list, args.out / f"case-list{suffix}.png")

        case_file = CaseFileScreen(vault, busiest.case.id)
        case_file.resize(*screen_size)
        case_file.show()
        settle()
        save(case_file, args.out / f"case-file{suffix}.png")

        decision = CaseDecisionDialog(
            vault, busiest.case.id, kind=CaseDecisionKind.CLOSURE, parent=None
        )
        decision.reason.setCurrentIndex(decision.reason.findData(ClosureReason.MOVED.value))
        decision.text.setPlainText("Verhuisd naar een andere gemeente; opvolging daar via de LTF.")
        decision.show()
        settle()
        save(decision, args.out / f"case-decision{suffix}.png")
        decision.reject()

        retention = CaseRetentionDialog(vault, NoPrompts(), today=date(2026, 3, 2))  # type: ignore[arg-type]
        retention.resize(min(retention.width(), width), min(retention.height(), height - 80))
        retention.show()
        settle()
        save(retention, args.out / f"case-retention{suffix}.png")
        retention.reject()

        # The user's own actions across both cells, one of them overdue on the clock's day
        # (2 March 2026), and one whose owner is only an organisation (the demo's own
        # actions are done by now).
        me = vault.people.me()
        assert me is not None
        planned = (
            ("Met de school een gesprek plannen over de begeleiding.", me.id, "", True),
            ("Nagaan of het jeugdwerk een aanbod in de wijk heeft.", me.id, "", False),
            ("Een contactpersoon aanduiden voor de opvolging.", None, "CAW Fictiegem", True),
        )
        dues = iter(
            date(2026, m, d) for m, d in ((2, 16), (3, 12), (3, 5), (3, 26), (4, 2), (3, 19))
        )
        for cell in vault.cells.list()[:2]:
            last = [m for m in vault.meetings.list(cell.id) if m.table_kind.value == "operational"]
            item = next((i for i in vault.meetings.agenda(last[-1].id) if i.case_id), None)
            for text, owner, organisation, on_item in planned:
                vault.actions.add(
                    last[-1].id, owner, text, due_date=next(dues),
                    agenda_item_id=item.id if on_item and item else None,
                    owner_organisation=organisation,
                )  # fmt: skip
        overview = ActionsOverviewDialog(vault)
        overview.resize(width - 40, height - 80)
        overview.show()
        settle()
        save(overview, args.out / f"actions-overview{suffix}.png")
        overview.reject()
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
