"""Hostile text through every domain kind of free text: stored and returned exactly.

Empty, markup, right-to-left with an override, NUL characters, emoji with joiners and
combining accents, lone surrogates refused cleanly, and ten megabytes — through notes,
decision texts, action descriptions, prepared input, LTF forms and motivations, and
through updates, revisions and a close/reopen of the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE, FakeClock
from domain_strategies import Table, build_table

from vault import Vault
from vault.actions import add_action, get_action
from vault.cases import CaseCodeRejected, add_case
from vault.cells import add_cell, get_cell
from vault.decisions import get_decision, record_ltf_form, record_other
from vault.model import NoteKind, Position, Role
from vault.notes import add_note, get_note, note_label, revisions, update_note
from vault.participation import get_assessment, save_assessment
from vault.people import add_person, get_person
from vault.releases import add_prepared_input, prepared_inputs

BODIES = {
    "empty": "",
    "markup": "<b>vet</b> & 'quotes' \"dubbel\" ]]> <!-- --> <script>alert(1)</script> %s {0}",
    "rtl": "עברית ועוד \u202e omgekeerd \u200f العربية",
    "nul": "nul\x00teken\x00midden\x00",
    "emoji": "emoji 👩🏽‍⚕️🇧🇪 en combinerend e\u0301 \ufeff",
    "control": "tab\tcr\rlf\nff\x0cesc\x1b[31m",
    "sql": "'); DROP TABLE note; -- \" OR 1=1",
    "fts": 'NEAR("a" "b") AND body:* OR ^x',
    "ten_mb": "x" * (10 * 1024 * 1024),
}

Writer = Callable[[Table, str], int]
"""Writes a text of one kind through the domain API and returns its note id."""


def _note(t: Table, body: str) -> int:
    return add_note(t.vault, body, agenda_item_id=t.case_item)


def _reflection(t: Table, body: str) -> int:
    return add_note(t.vault, body)


def _decision(t: Table, body: str) -> int:
    note = get_decision(t.vault, record_other(t.vault, t.case_item, body)).text_note_id
    assert note is not None
    return note


def _action(t: Table, body: str) -> int:
    note = get_action(t.vault, add_action(t.vault, t.meeting, t.clb, body)).description_note_id
    assert note is not None
    return note


def _prepared(t: Table, body: str) -> int:
    add_prepared_input(t.vault, t.colleague, t.meeting, body, case_id=t.case)
    return prepared_inputs(t.vault, t.colleague)[-1][1]


def _ltf_form(t: Table, body: str) -> int:
    decision, _ = record_ltf_form(
        t.vault, t.case_item, body, {t.me: Position.APPROVE}, info_owner_id=t.me
    )
    note = get_decision(t.vault, decision).text_note_id
    assert note is not None
    return note


def _motivation(t: Table, body: str) -> int:
    # An empty motivation is no motivation: write a placeholder, then the body.
    assessment = save_assessment(t.vault, t.cell, {}, None, "-")
    save_assessment(t.vault, t.cell, {}, None, body, assessment_id=assessment)
    note = get_assessment(t.vault, assessment).motivation_note_id
    assert note is not None
    return note


WRITERS: dict[NoteKind | str, Writer] = {
    NoteKind.NOTE: _note,
    "own_reflection": _reflection,
    NoteKind.DECISION_TEXT: _decision,
    NoteKind.ACTION_DESCRIPTION: _action,
    NoteKind.PREPARED_INPUT: _prepared,
    NoteKind.LTF_FORM_TEXT: _ltf_form,
    NoteKind.MOTIVATION: _motivation,
}


@pytest.mark.parametrize("body", list(BODIES.values()), ids=list(BODIES))
@pytest.mark.parametrize("kind", list(WRITERS), ids=[str(k) for k in WRITERS])
def test_free_text_of_every_kind_round_trips_exactly(
    vault: Vault, vault_path: Path, kind: NoteKind | str, body: str
) -> None:
    t = build_table(vault)
    note = WRITERS[kind](t, body)
    assert get_note(vault, note).body == body
    assert note_label(vault, note).table_only, "P1 holds whatever the text"
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert get_note(again, note).body == body


@pytest.mark.parametrize("body", list(BODIES.values()), ids=list(BODIES))
def test_updates_and_revisions_keep_hostile_text_exactly(
    vault: Vault, clock: FakeClock, body: str
) -> None:
    t = build_table(vault)
    note = _action(t, "gewoon")
    update_note(vault, note, body)
    assert get_note(vault, note).body == body
    clock.advance(minutes=3)
    update_note(vault, note, "weer gewoon")
    assert [b for _, b in revisions(vault, note)] == ["gewoon", body]
    update_note(vault, note, body)
    assert get_note(vault, note).body == body


def test_lone_surrogates_are_refused_and_nothing_is_written(vault: Vault) -> None:
    t = build_table(vault)
    before = vault.query("SELECT count(*) FROM note")[0][0]
    with pytest.raises(ValueError, match="cannot be stored"):
        add_note(vault, "half \ud800 teken", agenda_item_id=t.case_item)
    with pytest.raises(ValueError, match="cannot be stored"):
        record_other(vault, t.case_item, "half \udfff teken")
    note = add_note(vault, "heel", agenda_item_id=t.case_item)
    with pytest.raises(ValueError, match="cannot be stored"):
        update_note(vault, note, "half \ud800")
    assert get_note(vault, note).body == "heel"
    before += 1
    assert vault.query("SELECT count(*) FROM note")[0][0] == before


@pytest.mark.parametrize("text", [b for k, b in BODIES.items() if k not in ("empty", "ten_mb")])
def test_names_round_trip_exactly(vault: Vault, text: str) -> None:
    person = add_person(vault, text, Role.OTHER, organisation=text)
    cell = add_cell(vault, text, framework_text=text, local_definition=text)
    assert (get_person(vault, person).name, get_person(vault, person).organisation) == (text, text)
    c = get_cell(vault, cell)
    assert (c.name, c.framework_text, c.local_definition) == (text, text, text)


@pytest.mark.parametrize("text", list(BODIES.values()), ids=list(BODIES))
def test_hostile_case_codes_are_refused(vault: Vault, text: str) -> None:
    cell = add_cell(vault, "Cel")
    with pytest.raises(CaseCodeRejected):
        add_case(vault, cell, text)
