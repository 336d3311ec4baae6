"""Issue 13, items 5–7: the outgoing LTF form, the notice to the person, the letter to the
mayor and the participation assessment (domain review C4, C6, C10, C11, C19; §3 rows 11
and 13). Read back from the PDF; each rule is cited by number.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from conftest import FakeClock
from domain_strategies import Table
from test_documents_support import CONTACT, Scene, present_canaries, scene, text_of

from vault import Vault
from vault.cases import update_case
from vault.cells import CellContact, cell_contact, set_cell_contact
from vault.decisions import record_ltf_form
from vault.documents import (
    DocumentKind,
    DocumentRefused,
    DocumentRequest,
    build_pdf,
    refusal_of,
)
from vault.model import Answer, Conclusion, Position, Role
from vault.participation import (
    needs_openness,
    reassessment_due,
    save_assessment,
    suggested_conclusion,
)
from vault.people import get_person, update_person
from vault.policy import (
    Addressee,
    LtfDocument,
    Reason,
    document_notes,
    ltf_document_for,
    may_make_document,
    notice_addressees,
)

TODAY = date(2026, 3, 5)
OUTGOING_MARK = (
    "Terugkoppelingsfiche LIVC R — bevat geen informatie die onder het beroepsgeheim aan "
    "tafel werd gedeeld (art. 458ter, § 2 Sw.) — beperkte verspreiding"
)
NAMES = (
    "Ik Zelf",
    "Burgemeester Voorbeeld",
    "Inspecteur Verzinsel",
    "CLB Proefmans",
    "Directeur School",
    "Jeugdwerker Collega",
    "Vrijetijd Collega",
)
ORGANISATIONS = ("Jeugddienst Fictiegem", "Politiezone Fictiegem", "CLB Fictiegem", "Scholengroep")


@pytest.fixture
def s(t: Table) -> Scene:
    return scene(t)


def make(v: Vault, request: DocumentRequest) -> str:
    return " ".join(text_of(build_pdf(v, request, today=TODAY)).split())


def refused(v: Vault, request: DocumentRequest) -> Reason:
    with pytest.raises(DocumentRefused) as caught:
        build_pdf(v, request, today=TODAY)
    assert refusal_of(v, request) is caught.value.reason  # asked before a file is chosen
    return caught.value.reason


def become(t: Table, role: Role) -> None:
    me = get_person(t.vault, t.me)
    update_person(
        t.vault, t.me, name=me.name, organisation=me.organisation, role=role, professional=True
    )


# ---------------------------------------------------------------------------- P6 (item 5)


def test_p6_only_the_information_officer_makes_the_outgoing_ltf_form(s: Scene) -> None:
    """A youth officer's outgoing "LTF form" is refused with its reason (review C4)."""
    t, v = s.t, s.t.vault
    assert ltf_document_for(v) is LtfDocument.OWN_RECORD
    outgoing = DocumentRequest(
        DocumentKind.LTF_RECORD, decision_id=s.ltf_decision, ltf_document=LtfDocument.OUTGOING
    )
    verdict = may_make_document(
        v, DocumentKind.LTF_RECORD, decision_id=s.ltf_decision, ltf_document=LtfDocument.OUTGOING
    )
    assert not verdict and verdict.reason is Reason.NOT_INFORMATION_OFFICER
    assert refused(v, outgoing) is Reason.NOT_INFORMATION_OFFICER
    for role in (Role.POLICE, Role.POLICE_CHIEF, Role.MAYOR, Role.PREVENTION_OFFICER):
        become(t, role)  # police, but not the bridge to the LTF: still no outgoing form
        assert refused(v, outgoing) is Reason.NOT_INFORMATION_OFFICER, role
    become(t, Role.INFORMATION_OFFICER)
    assert ltf_document_for(v) is LtfDocument.OUTGOING
    assert may_make_document(
        v, DocumentKind.LTF_RECORD, decision_id=s.ltf_decision, ltf_document=LtfDocument.OUTGOING
    )
    text = make(v, outgoing)
    assert present_canaries(text) == {"ltf_form"}


def test_p6_the_consensus_is_dated_by_its_meeting_not_by_when_it_was_typed_in(
    t: Table, clock: FakeClock
) -> None:
    """Xvfb walk: a form recorded days after its meeting said "consensus … op <that later
    day>"; the consensus was reached at the meeting (5 March 2026)."""
    clock.moment = clock.moment + timedelta(days=12)
    everyone = dict.fromkeys((t.me, t.mayor, t.police, t.clb, t.adhoc), Position.APPROVE)
    decision, result = record_ltf_form(
        t.vault, t.case_item, "Fiche, later ingetypt.", everyone, info_owner_id=t.me
    )
    assert result.agreed
    text = make(t.vault, DocumentRequest(DocumentKind.LTF_RECORD, decision_id=decision))
    assert "Consensus van alle effectief deelnemende leden op donderdag 5 maart 2026." in text
    assert "17 maart" not in text


def test_p6_outgoing_form_is_marked_and_names_approvers_only_as_the_consensus(s: Scene) -> None:
    """The information officer's form: the marking of review C4/C11, addressed to the
    LTF, approvers as "consensus van alle effectief deelnemende leden op <datum>" — no
    names, no organisations."""
    t, v = s.t, s.t.vault
    become(t, Role.INFORMATION_OFFICER)
    text = make(v, DocumentRequest(DocumentKind.LTF_RECORD, decision_id=s.ltf_decision))
    assert OUTGOING_MARK in text
    assert "Voor: Lokale Task Force (LTF)" in text
    assert "Consensus van alle effectief deelnemende leden op donderdag 5 maart 2026." in text
    assert "Terugkoppelingsfiche LIVC R aan de Lokale Task Force (LTF)" in text
    assert "FIC-001" in text and present_canaries(text) == {"ltf_form"}
    for name in (*NAMES, *ORGANISATIONS):
        assert name not in text, name
    for wrong in ("Eigen verslag", "voor eigen gebruik", "geheim van de tafel", "vrijgegeven"):
        assert wrong not in text, wrong  # it holds no table secret, and is no own record
    # The information officer may keep an own record too; it is never addressed to the LTF.
    own = make(
        v,
        DocumentRequest(
            DocumentKind.LTF_RECORD, decision_id=s.ltf_decision, ltf_document=LtfDocument.OWN_RECORD
        ),
    )
    assert "Eigen verslag van de consensus over een terugkoppelingsfiche" in own
    assert "Voor: Lokale Task Force" not in own and OUTGOING_MARK not in own


def test_p6_own_record_shows_roles_at_most(s: Scene) -> None:
    v = s.t.vault
    text = make(v, DocumentRequest(DocumentKind.LTF_RECORD, decision_id=s.ltf_decision))
    assert "Akkoord gegeven door de leden met deze rollen:" in text
    for role in ("burgemeester", "information officer", "CLB", "school", "jeugdambtenaar"):
        assert role in text, role
    for name in (*NAMES, *ORGANISATIONS):
        assert name not in text, name
    english = make(
        v, DocumentRequest(DocumentKind.LTF_RECORD, decision_id=s.ltf_decision, language="en")
    )
    assert "Own record of the consensus on a feedback form" in english
    assert "For: Local Task Force" not in english


# ---------------------------------------------------------------------------- P7 (item 6)


def notice(s: Scene, **options: object) -> DocumentRequest:
    return replace(
        DocumentRequest(DocumentKind.NOTICE_TO_PERSON, decision_id=s.inform_allowed), **options
    )  # type: ignore[arg-type]


def test_p7_notice_letter_speaks_as_the_signatory_and_names_a_contact_point(s: Scene) -> None:
    """Review C6 and §3 row 11: "ik", a proper opening, the LIVC R of the municipality, a
    contact point and the right to ask what is processed; the date line is not the
    cell's name used as a place; no case content."""
    v = s.t.vault
    text = make(v, notice(s))
    assert "Geachte mevrouw, geachte heer," in text and "Beste," not in text
    assert (
        "Hiermee laat ik u weten dat uw situatie besproken werd op het overleg van de lokale "
        "integrale veiligheidscel inzake radicalisme, extremisme en terrorisme (LIVC R) van "
        "Fictiegem."
    ) in text
    assert f"kunt u terecht bij {CONTACT}." in text
    assert "U hebt het recht te vragen welke gegevens over u verwerkt worden." in text
    assert "Fictiegem, 5 maart 2026" in text and "LIVC R Fictiegem, 5 maart" not in text
    assert "ondertekenaar" not in text
    for we in (" wij ", " we ", " ons "):
        assert we not in f" {text} ", we
    assert "……" in text  # a line for the name and address, written in by hand
    assert present_canaries(text) == set()
    for absent in ("FIC-001", "Burgemeester Voorbeeld", "Inspecteur Verzinsel", "458ter"):
        assert absent not in text, absent


def test_p7_notice_as_a_script_for_a_conversation(s: Scene) -> None:
    v = s.t.vault
    text = make(v, notice(s, script=True))
    assert "Gesprek met de betrokkene: wat je zegt" in text
    assert "Wat je zegt" in text and "Wat je niet zegt" in text
    assert "besproken werd op het overleg van de LIVC R van Fictiegem" in text
    assert "Wat de LIVC R is:" in text
    assert f"Bij wie men terecht kan met vragen: {CONTACT}." in text
    assert "het recht heeft te vragen welke gegevens verwerkt worden" in text
    assert "Niets van wat aan tafel gezegd werd" in text
    assert "Geachte" not in text and "Met vriendelijke groeten" not in text
    assert present_canaries(text) == set()
    for absent in ("FIC-001", "Burgemeester Voorbeeld", "Inspecteur Verzinsel", "458ter"):
        assert absent not in text, absent
    assert document_notes(v, DocumentKind.NOTICE_TO_PERSON, decision_id=s.inform_allowed) == []


def test_p7_notice_about_a_minor_addresses_whom_the_user_chooses(s: Scene) -> None:
    t, v = s.t, s.t.vault
    assert notice_addressees(v, s.inform_allowed) == (Addressee.PERSON,)
    update_case(v, t.case, subject_is_minor=True)
    assert notice_addressees(v, s.inform_allowed) == (
        Addressee.YOUNG_PERSON,
        Addressee.PARENTS,
        Addressee.BOTH,
    )
    assert refused(v, notice(s)) is Reason.ADDRESSEE_REQUIRED  # never assumed
    assert refused(v, notice(s, addressee=Addressee.PERSON)) is Reason.ADDRESSEE_REQUIRED
    young = make(v, notice(s, addressee=Addressee.YOUNG_PERSON))
    assert "Aan: de jongere" in young and "Beste ……" in young
    parents = make(v, notice(s, addressee=Addressee.PARENTS))
    assert "Aan de ouders van" in parents and "de situatie van uw kind" in parents
    assert "welke gegevens over uw kind verwerkt worden" in parents
    both = make(v, notice(s, addressee=Addressee.BOTH))
    assert "Aan: de jongere en de ouders" in both
    assert "Geachte mevrouw, geachte heer, beste ……" in both
    # Addressed, not talked about (Xvfb walk): "u", never "de jongere en de ouders hebben".
    assert "laat ik u, de jongere en de ouders, weten" in both
    assert "U hebt het recht te vragen welke gegevens over de jongere" in both
    assert "ouders hebben het recht" not in both and "laat ik de jongere" not in both
    script = make(v, notice(s, addressee=Addressee.PARENTS, script=True))
    assert "Gesprek met de ouders" in script and "de situatie van de jongere" in script
    for text in (young, parents, both, script):
        assert "FIC-001" not in text and present_canaries(text) == set()


def test_p7_notice_needs_the_municipality_and_a_contact_point(s: Scene) -> None:
    t, v = s.t, s.t.vault
    set_cell_contact(v, t.cell, municipality="", contact="")
    assert cell_contact(v, t.cell) == CellContact("", "")
    assert refused(v, notice(s)) is Reason.NOTICE_DETAILS_MISSING
    set_cell_contact(v, t.cell, municipality="Fictiegem", contact="")
    assert refused(v, notice(s, script=True)) is Reason.NOTICE_DETAILS_MISSING
    set_cell_contact(v, t.cell, municipality=" Fictiegem ", contact="de DPO van Fictiegem")
    assert cell_contact(v, t.cell) == CellContact("Fictiegem", "de DPO van Fictiegem")
    assert "kunt u terecht bij de DPO van Fictiegem." in make(v, notice(s))


def test_p7_superseded_or_refused_informing_still_makes_no_notice(s: Scene) -> None:
    """The new forms change nothing in when a notice may be made (the policy's)."""
    v = s.t.vault
    for form in (False, True):
        request = DocumentRequest(
            DocumentKind.NOTICE_TO_PERSON, decision_id=s.inform_refused, script=form
        )
        assert refused(v, request) is not None
        assert (
            refusal_of(v, request)
            is may_make_document(
                v, DocumentKind.NOTICE_TO_PERSON, decision_id=s.inform_refused
            ).reason
        )


# ---------------------------------------------------------------------------- P10 (item 7)


def letter(s: Scene, **options: object) -> DocumentRequest:
    return replace(
        DocumentRequest(DocumentKind.REFUSAL_LETTER, assessment_id=s.assessment), **options
    )  # type: ignore[arg-type]


def test_p10_a_decline_letter_without_motivation_is_refused(s: Scene) -> None:
    t, v = s.t, s.t.vault
    assert refused(v, letter(s)) is Reason.MOTIVATION_REQUIRED  # the step was not taken
    text = make(v, letter(s, with_motivation=True))
    assert present_canaries(text) == {"motivation"}
    assert "gemotiveerde weigering" in text
    # A decline saved without any motivation: no letter, even with the step.
    bare = save_assessment(v, t.cell, {}, Conclusion.DECLINE, "")
    request = DocumentRequest(DocumentKind.REFUSAL_LETTER, assessment_id=bare, with_motivation=True)
    assert refused(v, request) is Reason.MOTIVATION_REQUIRED
    # Another conclusion needs no motivation.
    other = save_assessment(v, t.cell, {}, Conclusion.PARTICIPATE, "")
    assert "Op basis van deze afweging neem ik deel aan de cel." in make(
        v, DocumentRequest(DocumentKind.REFUSAL_LETTER, assessment_id=other)
    )


def test_p10_motivation_is_the_users_own_text_not_a_table_release(s: Scene) -> None:
    """No release is asked for or recorded: the letter holds the motivation as written
    when the user includes it (review C10)."""
    t, v = s.t, s.t.vault
    assessment = save_assessment(
        v,
        t.cell,
        {},
        Conclusion.PARTICIPATE_WITH_CONDITIONS,
        "Alleen met een afsprakenkader KANOWNMOTIVATION.",
    )
    releases = v.query("SELECT count(*) FROM release")[0][0]
    audit = v.query("SELECT count(*) FROM audit_event WHERE kind = 'note_released'")[0][0]
    without = make(v, DocumentRequest(DocumentKind.REFUSAL_LETTER, assessment_id=assessment))
    assert "KANOWNMOTIVATION" not in without and "Motivering" not in without
    with_step = make(
        v,
        DocumentRequest(
            DocumentKind.REFUSAL_LETTER, assessment_id=assessment, with_motivation=True
        ),
    )
    assert "Motivering" in with_step and "KANOWNMOTIVATION" in with_step
    assert v.query("SELECT count(*) FROM release")[0][0] == releases
    assert v.query("SELECT count(*) FROM audit_event WHERE kind = 'note_released'")[0][0] == audit


def test_p10_questions_and_answers_only_when_the_user_chooses(s: Scene) -> None:
    v = s.t.vault
    plain = make(v, letter(s, with_motivation=True))
    assert "Is er een duidelijke agenda?" not in plain and "Mijn afweging" not in plain
    full = make(v, letter(s, with_motivation=True, with_answers=True))
    assert "Mijn afweging" in full and "Is er een duidelijke agenda? ja" in full


def test_p10_not_taking_part_is_proposed_only_without_openness() -> None:
    """The seed (C19): discuss doubts, then "Ga na of er binnen de LIVC R openheid is om
    ze aan te kaarten. Indien niet, stap je beter niet in het overleg." """
    doubts: dict[str, Answer | None] = {
        "framework_known": Answer.NO,
        "agenda_clear": Answer.YES,
        "composition_clear": Answer.YES,
        "trust": Answer.YES,
        "right_person": Answer.YES,
    }
    assert needs_openness(doubts)
    assert suggested_conclusion(doubts) is None  # the openness question comes first
    assert suggested_conclusion(doubts, Answer.NO) is Conclusion.DECLINE
    assert suggested_conclusion(doubts, Answer.YES) is Conclusion.PARTICIPATE_WITH_CONDITIONS
    assert suggested_conclusion(doubts, Answer.PARTLY) is (Conclusion.PARTICIPATE_WITH_CONDITIONS)
    partly = {**doubts, "framework_known": Answer.YES, "trust": Answer.PARTLY}
    assert needs_openness(partly) and suggested_conclusion(partly, Answer.NO) is (
        Conclusion.DECLINE
    )
    fine = {**doubts, "framework_known": Answer.YES}
    assert not needs_openness(fine)
    assert suggested_conclusion(fine) is Conclusion.PARTICIPATE
    assert suggested_conclusion({**fine, "right_person": Answer.NO}) is (
        Conclusion.SEND_REPRESENTATIVE
    )


def test_p10_a_yearly_reassessment_is_offered(t: Table, clock: FakeClock) -> None:
    v = t.vault
    today = clock.now().date()
    assert reassessment_due(v, t.cell, today) is None  # never assessed: nothing to renew
    save_assessment(v, t.cell, {}, Conclusion.PARTICIPATE, "")
    assert reassessment_due(v, t.cell, today) is None
    clock.advance(days=364)
    assert reassessment_due(v, t.cell, clock.now().date()) is None
    clock.advance(days=1)
    assert reassessment_due(v, t.cell, clock.now().date()) == today
    save_assessment(v, t.cell, {}, Conclusion.PARTICIPATE, "")  # assessed again
    assert reassessment_due(v, t.cell, clock.now().date()) is None
    assert reassessment_due(v, t.other_cell, clock.now().date()) is None
