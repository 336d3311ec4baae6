"""Render the first page of each of the six documents of the demo vault to PNG.

    .venv/bin/python docs/screenshots/render_documents.py [--lang en] [--out FOLDER]

Builds the fictional demo vault (:data:`vault.demo.DEMO`) in a temporary folder with a
fast key derivation, adds one participation assessment (the demo has none) with its
motivation released to the own dossier, picks for each document the subject (from
:func:`vault.documents.document_choices`) that gives the fullest PDF, and turns page 1
of every PDF into ``pdf-<kind>.png`` with ``pdftoppm`` (poppler-utils) at 80 dpi.
Nothing leaves the temporary folder except the PNG files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from vault import FixedKdf, KdfParams, Vault
from vault.cells import list_cells
from vault.demo import DEMO, build_demo
from vault.documents import DocumentKind, build_pdf, document_choices, request_for
from vault.model import Answer, Conclusion, ReleaseKind
from vault.participation import get_assessment, save_assessment
from vault.people import self_person
from vault.releases import release

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 3, 5)
MOTIVATION = (
    "Het afsprakenkader van de cel is nog niet aan alle deelnemers bezorgd, ook niet aan "
    "wie ad hoc aansluit. Zolang dat zo is, kan ik als jeugdambtenaar het vertrouwen van de "
    "jongeren met wie wij werken niet op het spel zetten. (Fictieve demotekst.)"
)


class _Clock:
    def now(self) -> datetime:
        return datetime(2026, 3, 5, 9, 30, tzinfo=UTC)


def _add_assessment(vault: Vault) -> None:
    cell = list_cells(vault)[0]
    me = self_person(vault)
    assert me is not None
    answers = {
        "framework_known": Answer.NO,
        "agenda_clear": Answer.YES,
        "composition_clear": Answer.PARTLY,
        "trust": Answer.PARTLY,
        "right_person": Answer.YES,
    }
    assessment = save_assessment(vault, cell.id, dict(answers), Conclusion.DECLINE, MOTIVATION)
    note = get_assessment(vault, assessment).motivation_note_id
    assert note is not None
    release(vault, note, ReleaseKind.OWN_DOSSIER, info_owner_id=me.id, agreed_meeting_id=None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: apt-get install -y poppler-utils", file=sys.stderr)
        return 2
    kdf = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        with Vault.create(tmp / "demo.tafelboek", "demo demo demo demo", kdf=kdf,
                          clock=_Clock()) as vault:  # fmt: skip
            build_demo(vault, DEMO)
            _add_assessment(vault)
            choices = document_choices(vault, language=args.lang)
            for kind in DocumentKind:
                subjects = choices.subjects(kind)
                if not subjects:
                    print(f"{kind.value}: nothing to make in the demo vault", file=sys.stderr)
                    continue
                # The subject with the fullest document shows the most of the layout.
                pdf, label = max(
                    (
                        (build_pdf(vault, request_for(kind, subject_id, args.lang), today=TODAY),
                         label)
                        for subject_id, label in subjects
                    ),
                    key=lambda built: len(built[0]),
                )  # fmt: skip
                source = tmp / f"{kind.value}.pdf"
                source.write_bytes(pdf)
                suffix = "" if args.lang == "nl" else f"-{args.lang}"
                target = args.out / f"pdf-{kind.value}{suffix}"
                subprocess.run(
                    [pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                     str(source), str(target)],
                    check=True,
                )  # fmt: skip
                print(f"{kind.value}: {label} -> {target.name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
