"""PDF documents through the policy gate: a feedback sheet and a 100-page dossier extract.

Figures (see ``docs/benchmarks.md``):

* ``pdf_feedback_sheet_s``: :func:`vault.documents.build_pdf` of the feedback sheet for
  the demo colleague with the most released feedback (goal ≤ 0.3 s); median of 5.
* ``pdf_dossier_100_pages_s``: an own-dossier extract of at least 100 pages (goal ≤ 3 s);
  median of 3. ``pdf_dossier_pages_count`` is its real page count.
* ``pdf_dossier_encrypted_s``: the same extract exported with a password (AES-256 by
  pikepdf, in memory) to a file: what protecting a large document adds.

The key derivation is not part of these workloads (tiny Argon2 settings).
"""

from __future__ import annotations

import io
import random
import time
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from bench.bench_vault import FAST_KDF, PASSPHRASE
from bench.common import Figures, log, median, significant
from vault import Vault
from vault.cases import add_case
from vault.cells import add_cell
from vault.demo import DEMO, build_demo
from vault.documents import DocumentKind, DocumentRequest, build_pdf, export_document
from vault.meetings import agenda, start_meeting
from vault.model import AgendaItemKind, ReleaseKind, Role, TableKind
from vault.people import add_person
from vault.releases import release

DESCRIPTION = "PDF documents: feedback sheet and a 100-page dossier extract"

TODAY = date(2026, 3, 5)
DOSSIER_NOTES = 110
"""About 2,000 characters each, with their release facts: a little over 100 pages."""

_SENTENCES = (
    "de jongere vertelt over school en vrienden, de begeleider volgt het traject op; "
    "het gezin krijgt ondersteuning van de sociale dienst en het CLB bekijkt de situatie."
)
_WORDS = tuple(_SENTENCES.split(" "))


def _text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(_WORDS))
    return " ".join(words)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def bench_feedback_sheet(vault: Vault, figures: Figures) -> None:
    rows = vault.query(
        "SELECT colleague_id, count(*) FROM release WHERE kind = 'feedback'"
        " AND revoked_at IS NULL GROUP BY colleague_id ORDER BY count(*) DESC LIMIT 1"
    )
    colleague, released = int(rows[0][0]), int(rows[0][1])
    request = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=colleague)
    build_pdf(vault, request, today=TODAY)  # warm-up: fonts, reportlab caches
    times = []
    for _ in range(5):
        start = time.perf_counter()
        pdf = build_pdf(vault, request, today=TODAY)
        times.append(time.perf_counter() - start)
    figures["pdf_feedback_sheet_s"] = significant(median(times))
    log(f"feedback sheet: {released} released notes, {_pages(pdf)} page(s), {len(pdf)} bytes")


def bench_dossier(vault: Vault, workdir: Path, figures: Figures) -> None:
    rng = random.Random(100)
    me = add_person(vault, "Bench Gebruiker", Role.YOUTH_OFFICER)
    cell = add_cell(vault, "LIVC R Benchgem (DEMO)")
    case = add_case(vault, cell, "BG-2026-0100")
    meeting = start_meeting(
        vault, cell, datetime(2026, 2, 12, 14), TableKind.OPERATIONAL, case_ids=[case]
    )
    item = next(i.id for i in agenda(vault, meeting) if i.kind is AgendaItemKind.CASE)
    with vault.transaction() as db:
        db.executemany(
            "INSERT INTO note(body, kind, meeting_id, agenda_item_id, case_id, created_at,"
            " updated_at) VALUES (?, 'note', ?, ?, ?, '2026-02-12T14:00:00+00:00',"
            " '2026-02-12T14:00:00+00:00')",
            [(_text(rng, 2000), meeting, item, case) for _ in range(DOSSIER_NOTES)],
        )
    note_ids = [int(r[0]) for r in vault.query("SELECT id FROM note WHERE case_id = ?", (case,))]
    for note_id in note_ids:
        release(
            vault, note_id, ReleaseKind.OWN_DOSSIER, info_owner_id=me, agreed_meeting_id=meeting
        )
    request = DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=case)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        pdf = build_pdf(vault, request, today=TODAY)
        times.append(time.perf_counter() - start)
    pages = _pages(pdf)
    figures["pdf_dossier_100_pages_s"] = significant(median(times))
    figures["pdf_dossier_pages_count"] = pages
    log(f"dossier extract: {len(note_ids)} notes, {pages} pages, {len(pdf)} bytes")
    if pages < 100:
        log("WARNING: fewer than 100 pages; raise DOSSIER_NOTES")
    dest = workdir / "uittreksel.pdf"
    start = time.perf_counter()
    export_document(vault, request, dest, password="bench wachtwoord", today=TODAY)
    figures["pdf_dossier_encrypted_s"] = significant(time.perf_counter() - start)


def run(workdir: Path) -> Figures:
    figures: Figures = {}
    vault = Vault.create(workdir / "pdf.tafelboek", PASSPHRASE, kdf=FAST_KDF)
    try:
        build_demo(vault, DEMO)
        bench_feedback_sheet(vault, figures)
        bench_dossier(vault, workdir, figures)
    finally:
        vault.close()
    return figures
