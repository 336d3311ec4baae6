"""What each of the six documents holds — read back from the PDF with pypdf.

Every test checks both sides: the expected content is there (so an empty document cannot
pass) and the text of notes the policy keeps out — table-only, tightened, released to
someone else or for another purpose — is not.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from domain_strategies import Table
from test_documents_support import (
    CANARY,
    Scene,
    pages_text,
    present_canaries,
    scene,
    squash,
    text_of,
)

from vault import Vault
from vault.cells import represent
from vault.decisions import record_inform_person
from vault.documents import (
    OUTSIDE_VAULT_WARNING,
    DocumentKind,
    DocumentRequest,
    build_pdf,
    document_choices,
    fonts_dir,
    long_date,
    place_of,
    request_for,
    short_date,
)
from vault.documents.strings import STRINGS, Words
from vault.meetings import add_agenda_item
from vault.model import AgendaItemKind, ReleaseKind, Role
from vault.notes import add_note
from vault.people import add_person, update_person
from vault.policy import RevealedFact, document_notes
from vault.releases import make_table_only, release

TODAY = date(2026, 3, 5)
TABLE_MARK = "VERTROUWELIJK — geheim van de tafel, art. 458ter Sw."
DOSSIER_MARK = (
    "VERTROUWELIJK — afkomstig uit de LIVC R (art. 458ter Sw.); met akkoord van de tafel "
    "opgenomen in het dossier van Jeugddienst Fictiegem op donderdag 5 maart 2026; niet "
    "verder verspreiden"
)


@pytest.fixture
def s(t: Table) -> Scene:
    return scene(t)


def make(v: Vault, kind: DocumentKind, **subject: int | str | None) -> str:
    return text_of(build_pdf(v, DocumentRequest(kind, **subject), today=TODAY))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- (1) feedback


def test_feedback_sheet_holds_exactly_what_was_released_to_that_colleague(s: Scene) -> None:
    t = s.t
    text = make(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague)
    assert present_canaries(text) == {"feedback", "feedback_meeting"}
    assert "Terugkoppeling voor Jeugdwerker Collega" in text
    assert "Voor: Jeugdwerker Collega" in text
    assert f"{TABLE_MARK} — enkel voor de geadresseerde" in text
    assert "Casus FIC-001" in text and "Algemeen (geen casus)" in text
    assert "Overleg van donderdag 5 maart 2026 — LIVC R Fictiegem" in text
    assert "Ik Zelf, vaste vertegenwoordiger" in text
    assert "donderdag 5 maart 2026" in text and "pagina 1 van 1" in text
    # Informing the person was allowed for FIC-001: one line, the fact only.
    assert text.count("mag te horen krijgen dat zij op de cel besproken werden") == 1

    other = make(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague2)
    assert present_canaries(other) == {"feedback_other"}
    assert "Voor: Vrijetijd Collega" in other


def test_feedback_sheet_filters_by_case_and_meeting(s: Scene) -> None:
    t = s.t
    by_case = make(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague, case_id=t.case)
    assert present_canaries(by_case) == {"feedback"}
    by_meeting = make(
        t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague, meeting_id=t.earlier_meeting
    )
    assert present_canaries(by_meeting) == set()
    assert "Er werd (nog) niets als terugkoppeling voor u vrijgegeven." in by_meeting


def test_feedback_sheet_tells_about_informing_only_when_allowed(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Terug te koppelen KANFEEDBACK.", agenda_item_id=t.case_item)
    t.release_feedback(note, t.colleague)
    line = "mag te horen krijgen"
    assert line not in make(v, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague)
    record_inform_person(v, t.case_item, all_agree=True, fact_only=False)
    assert line not in make(v, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague)
    record_inform_person(v, t.case_item, all_agree=True, fact_only=True)
    assert line in make(v, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague)


# ---------------------------------------------------------------------------- (2) dossier


def test_dossier_extract_holds_own_dossier_notes_with_when_where_whose(s: Scene) -> None:
    t = s.t
    text = make(t.vault, DocumentKind.DOSSIER_EXTRACT, case_id=t.case)
    assert present_canaries(text) == {"own", "own_reflection", "decision_released"}
    assert "Uittreksel voor het eigen dossier — casus FIC-001" in text
    assert DOSSIER_MARK in " ".join(text.split())  # C11: where it came from, how it went in
    assert "458ter Sw. — vrijgegeven voor het eigen dossier" not in text
    assert "Bestemming: eigen dossier" in text
    assert "Vrijgegeven op donderdag 5 maart 2026" in text
    assert "akkoord op het overleg van donderdag 5 maart 2026" in text
    assert "informatie van Ik Zelf (jeugdambtenaar)" in text
    # The own reflection was released outside a meeting, with the CLB's information.
    assert "vrijgegeven buiten een overleg; informatie van CLB Proefmans (CLB)" in text
    assert "Eigen reflectie van donderdag 5 maart 2026" in text


def test_a_long_dossier_has_markings_and_page_numbers_on_every_page(t: Table) -> None:
    v = t.vault
    sentence = "De jongere vertelde over school, vrienden en de voetbalclub. "
    for n in range(30):
        note = add_note(
            v, f"Notitie {n:03d} KANLONG{n:03d} " + sentence * 12, agenda_item_id=t.case_item
        )
        t.release_own(note)
    hidden = add_note(v, "Niet vrijgegeven KANHIDDEN", agenda_item_id=t.case_item)
    assert hidden
    pages = pages_text(
        build_pdf(v, DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case), today=TODAY)
    )
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert DOSSIER_MARK in flat, number
        assert "Uittreksel voor het eigen dossier" in flat, number
        assert "Bestemming: eigen dossier" in flat, number
        assert "donderdag 5 maart 2026" in flat, number
        assert f"pagina {number} van {total}" in flat, number
    whole = squash(" ".join(pages))
    assert all(f"KANLONG{n:03d}" in whole for n in range(30))
    assert "KANHIDDEN" not in whole


def test_documents_from_the_demo_vault_say_demo_on_every_page(t: Table) -> None:
    v = t.vault
    for n in range(25):
        t.release_own(
            add_note(
                v, f"Notitie {n} " + "Oefentekst over school. " * 30, agenda_item_id=t.case_item
            )
        )
    request = DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case)
    real = pages_text(build_pdf(v, request, today=TODAY))
    assert not any("DEMO" in page for page in real)
    with v.transaction() as db:
        db.execute("INSERT INTO vault_meta(key, value) VALUES ('demo', '1')")
    pages = pages_text(build_pdf(v, request, today=TODAY))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "DEMO — fictieve gegevens, geen echt overleg" in squash(page), number


# ---------------------------------------------------------------------------- (3) letter


def test_letter_to_the_mayor_in_flemish_administrative_style(s: Scene) -> None:
    t = s.t
    text = make(
        t.vault,
        DocumentKind.REFUSAL_LETTER,
        assessment_id=s.assessment,
        with_motivation=True,
        with_answers=True,
    )
    assert present_canaries(text) == {"motivation"}
    for phrase in (
        "Aan de burgemeester Burgemeester Voorbeeld LIVC R Fictiegem",
        "Fictiegem, 5 maart 2026",
        "Betreft: gemotiveerde weigering tot deelname aan de LIVC R Fictiegem",
        "Geachte burgemeester,",
        "Is er een duidelijke agenda? ja",
        "Is de samenstelling van de cel duidelijk? gedeeltelijk",
        "ook wie ad hoc deelneemt? neen",
        "niet beantwoord",
        "Op basis van deze afweging beslis ik niet deel te nemen aan de cel.",
        "Motivering",
        "Met vriendelijke groeten,",
        "VERTROUWELIJK — persoonlijk aan de burgemeester",
        "Aan: de burgemeester, Burgemeester Voorbeeld",
        "pagina 1 van 1",
    ):
        assert phrase in text, phrase
    assert TABLE_MARK not in text  # the user's own assessment: no table content


def test_p10_the_motivation_enters_the_letter_by_its_own_step_not_by_a_release(
    s: Scene,
) -> None:
    """The motivation is the user's own text for the mayor (P10, review C10): it goes in
    when the user includes it, released or not, and never without that step."""
    t = s.t
    make_table_only(t.vault, s.motivation)  # no release at all: it is the user's own text
    text = make(
        t.vault, DocumentKind.REFUSAL_LETTER, assessment_id=s.assessment, with_motivation=True
    )
    assert present_canaries(text) == {"motivation"}
    assert "Motivering" in text and "Geachte burgemeester," in text
    # The questions and answers only when chosen (default: not).
    assert "Is er een duidelijke agenda?" not in text
    assert s.assessment not in document_choices(t.vault).motivation_missing


# ---------------------------------------------------------------------------- (4) notice


def test_notice_to_the_person_holds_only_the_fact(s: Scene) -> None:
    t = s.t
    text = make(t.vault, DocumentKind.NOTICE_TO_PERSON, decision_id=s.inform_allowed)
    assert present_canaries(text) == set()
    assert "Aan: de betrokkene" in text and "Geachte mevrouw, geachte heer," in text
    assert "Hiermee laat ik u weten dat uw situatie besproken werd op het overleg" in text
    assert "(LIVC R) van Fictiegem" in text and "Ik Zelf" in text
    assert "Over de inhoud van de bespreking kan ik niets meedelen." in text
    assert "PERSOONLIJK" in text and "pagina 1 van 1" in text
    # No case content at all: no case code, no other participant, no secrecy marking.
    for absent in (
        "FIC-001",
        "Burgemeester Voorbeeld",
        "Inspecteur Verzinsel",
        "Jeugdwerker Collega",
        "458ter",
        "casus",
        "Casus",
    ):
        assert absent not in text, absent


def test_notice_builder_reads_no_case_at_all() -> None:
    """The notice's builder never touches a case, a note or an agenda item (P7)."""
    source = Path(__file__).resolve().parents[1] / "vault" / "documents" / "builders.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    (fn,) = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef) and n.name == "_notice_to_person"
    ]
    words: list[str] = []
    for statement in fn.body[1:]:  # after the docstring
        for node in ast.walk(statement):
            if isinstance(node, ast.Name):
                words.append(node.id)
            elif isinstance(node, ast.Attribute):
                words.append(node.attr)
            elif isinstance(node, ast.keyword) and node.arg:
                words.append(node.arg)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                words.append(node.value)
    assert words, "the builder was found and read"
    for word in words:
        if word == "note_ids":
            continue  # the export record's (empty) list of notes
        lowered = word.lower()
        for forbidden in ("case", "casus", "agenda", "note", "release", "document_notes"):
            assert forbidden not in lowered, word


def test_p3_builders_read_free_text_only_through_document_versions() -> None:
    source = Path(__file__).resolve().parents[1] / "vault" / "documents" / "builders.py"
    code = source.read_text(encoding="utf-8")
    # Inside _released_notes: the released versions the policy hands out, never a note's
    # current text (P3).
    assert code.count("document_versions(") == 1
    for forbidden in (
        "get_note",
        "list_notes",
        "FROM note",
        "note_revision",
        "note_fts",
        "search",
        ".body FROM",
        "note_version",
    ):
        assert forbidden not in code, forbidden


# ---------------------------------------------------------------------------- (5) LTF


def test_ltf_own_record_names_nobody_and_is_never_addressed_to_the_ltf(s: Scene) -> None:
    """The user is a youth officer: the LTF document is their own record of the
    consensus, for own use (P6, review C4) — roles at most, no names."""
    t = s.t
    text = make(t.vault, DocumentKind.LTF_RECORD, decision_id=s.ltf_decision)
    assert present_canaries(text) == {"ltf_form"}
    assert "Eigen verslag van de consensus over een terugkoppelingsfiche" in text
    assert f"{TABLE_MARK} — voor eigen gebruik" in text and "Voor eigen gebruik" in text
    assert "Consensus van alle effectief deelnemende leden op" in text
    assert "mag geen beroepsgeheimen bevatten die aan tafel werden onthuld" in text
    assert "FIC-001" in text and "information officer" in text and "burgemeester" in text
    assert "Voor: Lokale Task Force" not in text
    names = (
        "Ik Zelf",
        "Burgemeester Voorbeeld",
        "Inspecteur Verzinsel",
        "CLB Proefmans",
        "Directeur School",
        "Jeugdwerker Collega",
        "Politiezone",
        "Scholengroep",
    )
    for name in names:
        assert name not in text, name
    assert "vertegenwoordig" not in text


# ---------------------------------------------------------------------------- (6) overview


def test_meeting_overview_is_metadata_plus_own_dossier_text(s: Scene) -> None:
    t = s.t
    text = text_of(
        build_pdf(
            t.vault,
            DocumentRequest(
                DocumentKind.MEETING_OVERVIEW,
                meeting_id=t.meeting,
                reveal=frozenset(RevealedFact),
            ),
            today=TODAY,
        )
    )  # everything included: the user chose it (P1)
    assert present_canaries(text) == {"own", "decision_released"}
    assert "Jeugdwerker Collega" not in text  # sat in for by the user: never named (P6)
    assert "Dit overzicht bevat op jouw keuze: casuscodes, wie aanwezig was" in " ".join(
        text.split()
    )
    for phrase in (
        "Overzicht van het overleg van donderdag 5 maart 2026",
        "operationele tafel (casusoverleg)",
        f"{TABLE_MARK} — voor eigen gebruik",
        "Voor eigen gebruik",
        # attendance: statuses, ad hoc, item presence (P5) and the briefing tick (P9)
        "Burgemeester Voorbeeld burgemeester aanwezig neen ja",
        "Directeur School school aanwezig (enkel voor punt 3) ja neen",
        "Justitiehuis Afwezig justitiehuis afwezig",
        "verontschuldigd",
        # agenda with kinds and case codes
        "1 Opening (afsprakenkader en geheimhouding)",
        "3 Casus FIC-001",
        "Beslissingen over terugkoppeling aan de LTF",
        # decisions and actions as metadata
        "consensus — doorgegeven",
        "geen consensus — niet doorgegeven",
        "Informeren van de betrokkene toegestaan",
        "niet toegestaan",
        "Ander besluit genoteerd",
        "CLB Proefmans",
        "Notities vrijgegeven voor het eigen dossier",
        "pagina 1 van 2",
    ):
        assert phrase in text, phrase


def test_p1_the_default_overview_reveals_nobody_discussed(s: Scene) -> None:
    t = s.t
    text = make(t.vault, DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting)
    flat = " ".join(text.split())
    assert present_canaries(text) == {"own", "decision_released"}  # own-dossier text stays
    for phrase in (
        "Overzicht van het overleg van donderdag 5 maart 2026",
        "LIVC R Fictiegem",
        "operationele tafel (casusoverleg)",
        "3 Casus",
        "Beslissingen over terugkoppeling aan de LTF",
        "Notities vrijgegeven voor het eigen dossier",
    ):
        assert phrase in flat, phrase
    # case codes, who attended which case item, outcomes, action owners: none of it
    for secret in (
        "FIC-001",
        "Directeur School",
        "Burgemeester Voorbeeld",
        "enkel voor punt",
        "Jeugdwerker Collega",
        "consensus",
        "toegestaan",
        "Aanwezigheid",
        "Uitkomst",
        "Trekker",
    ):
        assert secret not in flat, secret
    assert "Niet in dit overzicht, want ze vallen onder het geheim van de tafel: casuscodes" in flat
    # each fact goes in on its own
    for fact, shows in (
        (RevealedFact.CASE_CODES, "FIC-001"),
        (RevealedFact.ATTENDANCE, "Directeur School"),
        (RevealedFact.DECISIONS, "consensus — doorgegeven"),
    ):
        one = text_of(
            build_pdf(
                t.vault,
                DocumentRequest(
                    DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting, reveal=frozenset({fact})
                ),
                today=TODAY,
            )
        )
        assert shows in " ".join(one.split()), fact
        others = {
            RevealedFact.CASE_CODES: "FIC-001",
            RevealedFact.ATTENDANCE: "Directeur School",
            RevealedFact.DECISIONS: "consensus — doorgegeven",
        }
        for other, phrase in others.items():
            if other is not fact:
                assert phrase not in " ".join(one.split()), (fact, other)


def test_meeting_overview_flags_other_items_on_an_operational_table(t: Table) -> None:
    add_agenda_item(t.vault, t.meeting, AgendaItemKind.OTHER, title="Titel KANTITLE")
    text = make(t.vault, DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting)
    assert "Overig hoort niet op de operationele tafel" in text
    assert "KANTITLE" not in text  # agenda titles are free text: left out


# ---------------------------------------------------------------------------- language


def test_english_documents_use_english_fixed_text(s: Scene) -> None:
    t = s.t
    text = make(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague, language="en")
    assert present_canaries(text) == {"feedback", "feedback_meeting"}
    for phrase in (
        "Feedback to Jeugdwerker Collega",
        "For: Jeugdwerker Collega",
        "CONFIDENTIAL — secret of the table, art. 458ter",
        "Thursday 5 March 2026",
        "page 1 of 1",
        "Case FIC-001",
        "only that fact",
    ):
        assert phrase in text, phrase
    for dutch in ("pagina", "donderdag", "VERTROUWELIJK", "Terugkoppeling"):
        assert dutch not in text, dutch
    letter = make(
        t.vault,
        DocumentKind.REFUSAL_LETTER,
        assessment_id=s.assessment,
        with_motivation=True,
        language="en",
    )
    assert "Dear Mayor," in letter and "Kind regards," in letter and "Subject:" in letter


def test_both_languages_have_every_string() -> None:
    assert set(STRINGS["nl"]) == set(STRINGS["en"])
    assert set(OUTSIDE_VAULT_WARNING) == {"nl", "en"}
    assert "buiten de kluis" in OUTSIDE_VAULT_WARNING["nl"]
    assert "outside the vault" in OUTSIDE_VAULT_WARNING["en"]
    for language in ("nl", "en"):
        w = Words(language)  # type: ignore[arg-type]
        for kind in DocumentKind:
            assert w(f"kind.{kind.value}")
        for role in Role:
            assert w(f"role.{role.value}")


@pytest.mark.parametrize(
    ("day", "nl", "en"),
    [
        (date(2026, 3, 5), "donderdag 5 maart 2026", "Thursday 5 March 2026"),
        (date(2025, 1, 1), "woensdag 1 januari 2025", "Wednesday 1 January 2025"),
        (date(2024, 2, 29), "donderdag 29 februari 2024", "Thursday 29 February 2024"),
        (date(2026, 5, 31), "zondag 31 mei 2026", "Sunday 31 May 2026"),
        (date(2026, 12, 7), "maandag 7 december 2026", "Monday 7 December 2026"),
    ],
)
def test_dates_are_written_out_without_a_locale(day: date, nl: str, en: str) -> None:
    assert long_date(day) == nl and long_date(day, "en") == en
    assert short_date(day) == nl.split(" ", 1)[1]


def test_place_comes_from_the_cell_name() -> None:
    assert place_of("LIVC R Fictiegem") == "Fictiegem"
    assert place_of("LIVC-R Sint-Niklaas (DEMO)") == "Sint-Niklaas"
    assert place_of("Veiligheidscel Gent") == "Veiligheidscel Gent"


# ---------------------------------------------------------------------------- fonts


def test_accented_names_render_with_the_bundled_font(t: Table) -> None:
    v = t.vault
    name = "Ödön Ĳsbrand Bőrcsök-Çelik é à ñ ø ł"
    colleague = add_person(v, name, Role.YOUTH_WELFARE_WORKER, organisation="Façade vzw")
    update_person(
        v,
        t.me,
        name="Ik Zelf",
        organisation="Façade vzw",
        role=Role.YOUTH_OFFICER,
        professional=True,
    )  # the colleague's organisation is the user's (P4)
    represent(v, t.cell, colleague)
    t.sit_in(colleague)
    note = add_note(v, "Crème brûlée, naïef, coördinatie, ĳverig.", agenda_item_id=t.case_item)
    t.release_feedback(note, colleague)
    text = make(v, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague)
    assert name in text and "Façade vzw" in text
    assert "Crème brûlée, naïef, coördinatie, ĳverig." in text
    assert (fonts_dir() / "DejaVuSans.ttf").is_file()
    assert (fonts_dir() / "LICENSE-DejaVu.txt").is_file()


# ---------------------------------------------------------------------------- choices


def test_choices_offer_what_can_be_made_with_labels_free_of_note_text(s: Scene) -> None:
    t = s.t
    choices = document_choices(t.vault)
    assert {c.id for c in choices.feedback_colleagues} == {t.colleague, t.colleague2}
    assert [c.id for c in choices.dossier_cases] == [t.case]
    assert {c.id for c in choices.meetings} == {
        t.meeting,
        t.earlier_meeting,
        t.later_meeting,
        t.other_cell_meeting,
    }
    assert [c.id for c in choices.ltf_decisions] == [s.ltf_decision]
    assert [c.id for c in choices.inform_decisions] == [s.inform_allowed]
    assert [c.id for c in choices.assessments] == [s.assessment]
    assert choices.motivation_missing == frozenset()
    labels = " ".join(label for kind in DocumentKind for _, label in choices.subjects(kind))
    assert not any(word in labels for word in CANARY.values())
    assert "Jeugdwerker Collega (2 vrijgegeven)" in labels
    assert "Casus FIC-001 — LIVC R Fictiegem (3 vrijgegeven)" in labels
    english = document_choices(t.vault, language="en")
    english_labels = " ".join(c.label for c in english.feedback_colleagues)
    assert "Jeugdwerker Collega (2 released)" in english_labels
    # Every offered subject builds, and its counts agree with the policy.
    for kind in DocumentKind:
        for subject_id, _label in choices.subjects(kind):
            request = request_for(kind, subject_id)
            if kind is DocumentKind.REFUSAL_LETTER:  # a decline: with its motivation (P10)
                request = replace(request, with_motivation=True)
            assert build_pdf(t.vault, request, today=TODAY)
    for colleague_id, label in choices.feedback_colleagues:
        count = len(document_notes(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague_id))
        assert f"({count} vrijgegeven)" in label


def test_choices_follow_tightening(t: Table) -> None:
    v = t.vault
    note = add_note(v, "x", agenda_item_id=t.case_item)
    t.release_feedback(note, t.colleague)
    own = add_note(v, "y", agenda_item_id=t.case_item)
    release(v, own, ReleaseKind.OWN_DOSSIER, info_owner_id=t.me, agreed_meeting_id=t.meeting)
    choices = document_choices(v)
    assert [c.id for c in choices.feedback_colleagues] == [t.colleague]
    assert [c.id for c in choices.dossier_cases] == [t.case]
    make_table_only(v, note)
    make_table_only(v, own)
    choices = document_choices(v)
    assert choices.feedback_colleagues == () and choices.dossier_cases == ()
