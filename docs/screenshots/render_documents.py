"""Render the first page of each of the six documents of the demo vault to PNG.

    .venv/bin/python docs/screenshots/render_documents.py [--lang en] [--out FOLDER]

Builds the fictional demo vault (:data:`vault.demo.DEMO`) in a temporary folder with a
fast key derivation, adds one participation assessment (the demo has none) with its
motivation, picks for each document the subject (from
:func:`vault.documents.document_choices`) that gives the fullest PDF — the letter to the
mayor with the motivation and the questions and answers included, as the user may choose
(P10) —, and turns page 1 of every PDF into ``pdf-<kind>.png`` with ``pdftoppm``
(poppler-utils) at 80 dpi.
Nothing leaves the temporary folder except the PNG files.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from shots import FAST_KDF, FixedClock

from vault import Vault
from vault.cells import list_cells
from vault.demo import DEMO, build_demo
from vault.documents import DocumentKind, DocumentRequest, build_pdf, document_choices, request_for
from vault.model import Answer, Conclusion
from vault.participation import save_assessment
from vault.policy import notice_addressees

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 3, 5)
MOTIVATION = (
    "Het afsprakenkader van de cel is nog niet aan alle deelnemers bezorgd, ook niet aan "
    "wie ad hoc aansluit. Zolang dat zo is, kan ik als jeugdambtenaar het vertrouwen van de "
    "jongeren met wie wij werken niet op het spel zetten. (Fictieve demotekst.)"
)
NOW = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)


def _add_assessment(vault: Vault) -> None:
    cell = list_cells(vault)[0]
    answers = {
        "framework_known": Answer.NO,
        "agenda_clear": Answer.YES,
        "composition_clear": Answer.PARTLY,
        "trust": Answer.PARTLY,
        "right_person": Answer.YES,
    }
    save_assessment(vault, cell.id, dict(answers), Conclusion.DECLINE, MOTIVATION)


def _request(vault: Vault, kind: DocumentKind, subject_id: int, language: str) -> DocumentRequest:
    request = request_for(kind, subject_id, "en" if language == "en" else "nl")
    if kind is DocumentKind.REFUSAL_LETTER:  # the user's own steps (P10)
        request = dataclasses.replace(request, with_motivation=True, with_answers=True)
    if kind is DocumentKind.NOTICE_TO_PERSON:  # for a minor the user chooses (P7): the first
        addressee = notice_addressees(vault, subject_id)[0]
        request = dataclasses.replace(request, addressee=addressee)
    return request


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: apt-get install -y poppler-utils", file=sys.stderr)
        return 2
    kdf = FAST_KDF
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        with Vault.create(tmp / "demo.tafelboek", "demo demo demo demo", kdf=kdf,
                          clock=FixedClock(NOW)) as vault:  # fmt: skip
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
                        (build_pdf(vault, _request(vault, kind, subject_id, args.lang),
                                   today=TODAY), label)
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
