"""Markings (domain review C11, P2): the dossier extract says it came from the LIVC R under
art. 458ter Sw. and was taken into the organisation's dossier with the table's agreement on
a date; text from the strategic table is "vertrouwelijk — strategische tafel", not 458ter."""

from __future__ import annotations

from datetime import date, datetime

from domain_strategies import Table
from test_documents_support import pages_text, squash, text_of

from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.documents.render import TEXT_WIDTH, marking_lines
from vault.meetings import agenda, start_meeting
from vault.model import AgendaItemKind, ReleaseKind, Role, TableKind
from vault.notes import add_note
from vault.people import update_person
from vault.releases import release

DAY = date(2026, 4, 9)


def test_p2_the_dossier_extract_says_where_it_came_from_and_how_it_went_in(t: Table) -> None:
    note = add_note(t.vault, "Voor het dossier.", agenda_item_id=t.case_item)
    t.release_own(note)
    pdf = build_pdf(
        t.vault, DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case), today=DAY
    )
    flat = squash(text_of(pdf))
    assert (
        "VERTROUWELIJK — afkomstig uit de LIVC R (art. 458ter Sw.); met akkoord van de tafel "
        "opgenomen in het dossier van Jeugddienst Fictiegem op donderdag 9 april 2026; niet "
        "verder verspreiden"
    ) in flat
    english = squash(
        text_of(
            build_pdf(
                t.vault,
                DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case, language="en"),
                today=DAY,
            )
        )
    )
    assert (
        "CONFIDENTIAL — from the LIVC R (art. 458ter Belgian Criminal Code); taken into "
        "the case file of Jeugddienst Fictiegem with the table's agreement on Thursday "
        "9 April 2026; do not pass on"
    ) in english
    # Without a recorded organisation the marking still reads as a sentence.
    update_person(
        t.vault, t.me, name="Ik Zelf", organisation="", role=Role.YOUTH_OFFICER, professional=True
    )
    flat = squash(
        text_of(
            build_pdf(
                t.vault, DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case), today=DAY
            )
        )
    )
    assert "opgenomen in het dossier van de eigen organisatie op donderdag 9 april 2026" in flat


def test_p2_a_long_marking_is_printed_whole_on_two_lines() -> None:
    long = (
        "VERTROUWELIJK — afkomstig uit de LIVC R (art. 458ter Sw.); met akkoord van de tafel "
        "opgenomen in het dossier van Stedelijke Jeugddienst en Preventie op donderdag "
        "30 september 2026; niet verder verspreiden"
    )
    lines, size = marking_lines(long)
    assert len(lines) == 2 and " ".join(lines) == long and size >= 6
    short_lines, short_size = marking_lines("VERTROUWELIJK — strategische tafel")
    assert short_lines == ["VERTROUWELIJK — strategische tafel"] and short_size == 8.5
    assert TEXT_WIDTH > 0


def test_p2_strategic_table_text_is_confidential_not_458ter(t: Table) -> None:
    v = t.vault
    strategic = start_meeting(v, t.cell, datetime(2026, 3, 19, 14, 0), TableKind.STRATEGIC)
    t.sit_in(t.colleague, strategic)
    theme = next(i.id for i in agenda(v, strategic) if i.kind is AgendaItemKind.THEME)
    note = add_note(v, "Thema: online signalen, geen personen.", agenda_item_id=theme)
    release(
        v,
        note,
        ReleaseKind.FEEDBACK,
        info_owner_id=t.me,
        agreed_meeting_id=strategic,
        colleague_id=t.colleague,
    )
    release(v, note, ReleaseKind.OWN_DOSSIER, info_owner_id=t.me, agreed_meeting_id=strategic)

    overview = squash(
        text_of(
            build_pdf(
                v, DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=strategic), today=DAY
            )
        )
    )
    assert "VERTROUWELIJK — strategische tafel — voor eigen gebruik" in overview
    assert "458ter" not in overview
    sheet = squash(
        text_of(
            build_pdf(
                v, DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague), today=DAY
            )
        )
    )
    assert "VERTROUWELIJK — strategische tafel — enkel voor de geadresseerde" in sheet
    assert "458ter" not in sheet

    # Once the sheet also holds case-consultation text, 458ter governs the whole sheet.
    operational = add_note(v, "Casus: afgesproken.", agenda_item_id=t.case_item)
    t.release_feedback(operational, t.colleague)
    pages = pages_text(
        build_pdf(
            v, DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague), today=DAY
        )
    )
    assert all("geheim van de tafel, art. 458ter Sw." in squash(p) for p in pages)
    operational_overview = squash(
        text_of(
            build_pdf(
                v, DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting), today=DAY
            )
        )
    )
    assert "art. 458ter Sw. — voor eigen gebruik" in operational_overview
