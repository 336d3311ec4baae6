"""Hostile and huge text in documents: escaped, wrapped, replaced — never a crash."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest
from domain_strategies import Table
from test_documents_support import pages_text, squash, text_of

from vault import Vault
from vault.cells import add_cell, add_member, represent
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.documents.render import MAX_CHUNK, REPLACEMENT, chunks, clean, markup
from vault.meetings import start_meeting
from vault.model import Role, TableKind
from vault.notes import add_note
from vault.people import add_person, update_person

TODAY = date(2026, 3, 5)

HOSTILE = {
    "markup": "<b>vet</b> & <i>schuin</i> <br/> <font size=40>groot</font>",
    "entities": "&amp; &lt; &#x41; &nbsp; &bogus;",
    "cdata": "]]> <![CDATA[ x ]]> <?xml version='1.0'?> <!-- c -->",
    "para": "<para alignment='right'><img src='/etc/passwd'/></para>",
    "rtl": "שלום עולם — مرحبا بالعالم — \u202eomgekeerd\u202c",
    "emoji": "😀 👍🏽 🇧🇪 ❤️ 👨‍👩‍👧 einde",
    "long_word": "x" * 2000,
    "control": "NUL\x00hier\x01\x07\x1b[31m rood\x7f\x85 einde",
    "lines": "regel1\r\nregel2\rregel3\u2028regel4\u2029regel5\t\ttab",
    "cjk": "漢字かなカナ 한국어",
    "combining": "e\u0301 o\u0308 ĳ ő ç",
    "empty": "",
    "spaces": "   \n\n   \t ",
}


def feedback(t: Table, body: str) -> bytes:
    note = add_note(t.vault, body, agenda_item_id=t.case_item)
    t.release_feedback(note, t.colleague)
    return build_pdf(
        t.vault, DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague), today=TODAY
    )


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_builds_in_every_document_that_holds_text(t: Table, name: str) -> None:
    body = f"BEGIN {HOSTILE[name]} EINDE"
    pdf = feedback(t, body)
    text = text_of(pdf)
    assert "BEGIN" in text and "EINDE" in text
    own = add_note(t.vault, body, agenda_item_id=t.case_item)
    t.release_own(own)
    for request in (
        DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case),
        DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting, language="en"),
    ):
        assert "BEGIN" in text_of(build_pdf(t.vault, request, today=TODAY))


def test_markup_looking_text_prints_literally(t: Table) -> None:
    text = text_of(
        feedback(t, "\n".join([HOSTILE["markup"], HOSTILE["entities"], HOSTILE["cdata"]]))
    )
    for literal in (
        "<b>vet</b>",
        "<i>schuin</i>",
        "<br/>",
        "<font size=40>groot</font>",
        "&amp; &lt; &#x41; &nbsp; &bogus;",
        "]]> <![CDATA[ x ]]>",
    ):
        assert literal in text, literal


def test_control_characters_are_replaced_in_rendering_only(t: Table) -> None:
    text = text_of(feedback(t, HOSTILE["control"]))
    assert "\x00" not in text and "\x1b" not in text and "\x07" not in text
    assert f"NUL{REPLACEMENT}hier" in text and "einde" in text
    # The vault keeps the text exactly as typed.
    stored = t.vault.query("SELECT body FROM note WHERE body LIKE 'NUL%'")[0][0]
    assert stored == HOSTILE["control"]


def test_a_very_long_word_wraps(t: Table) -> None:
    pages = pages_text(feedback(t, "BEGIN " + "x" * 2000 + " EINDE"))
    lines = [line for page in pages for line in page.splitlines()]
    runs = [line for line in lines if line.strip().startswith(("xx", "BEGIN xx"))]
    assert len(runs) > 10, "the word is broken over many lines"
    assert max(len(line) for line in runs) < 150
    assert sum(line.count("x") for line in runs) == 2000


def test_a_100000_character_note_flows_over_pages(t: Table) -> None:
    words = " ".join(f"woord{n:05d}" for n in range(9_100))
    body = ("BEGIN " + words + " EINDE")[:100_000]
    assert len(body) >= 99_000
    started = time.perf_counter()
    pdf = feedback(t, body + " SLOT")
    elapsed = time.perf_counter() - started
    pages = pages_text(pdf)
    assert len(pages) > 15
    whole = squash(" ".join(pages))
    assert "BEGIN" in whole and "SLOT" in whole and "woord04567" in whole
    assert f"pagina {len(pages)} van {len(pages)}" in whole
    assert elapsed < 10


def test_a_100000_character_word_and_name_do_not_break_the_layout(t: Table) -> None:
    v = t.vault
    giant = add_person(
        v, "Lange" + "naam" * 25_000, Role.YOUTH_WELFARE_WORKER, organisation="<b>Org</b> & " * 1000
    )
    update_person(
        v,
        t.me,
        name="Ik Zelf",
        organisation="<b>Org</b> & " * 1000,
        role=Role.YOUTH_OFFICER,
        professional=True,
    )  # the user's organisation (P4)
    represent(v, t.cell, giant)
    t.sit_in(giant)
    note = add_note(v, "y" * 100_000, agenda_item_id=t.case_item)
    t.release_feedback(note, giant)
    pdf = build_pdf(
        v, DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=giant), today=TODAY
    )
    pages = pages_text(pdf)
    assert len(pages) > 5
    assert all("Voor: Lange" in squash(p) for p in pages)  # the header name is cut to fit
    assert sum(p.count("y") for p in pages) >= 100_000


def test_hostile_metadata_is_escaped_too(vault: Vault) -> None:
    me = add_person(vault, "Ik <b>Zelf</b> & \x00co", Role.YOUTH_OFFICER, is_self=True)
    cell = add_cell(vault, "LIVC R <i>Stad</i> & ]]>")
    add_member(vault, cell, me)
    meeting = start_meeting(
        vault,
        cell,
        datetime(2026, 3, 5, 9, 30),
        TableKind.STRATEGIC,
        place="Zaal <font>1</font> " + "z" * 5000,
    )
    text = text_of(
        build_pdf(
            vault, DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=meeting), today=TODAY
        )
    )
    assert "LIVC R <i>Stad</i> & ]]>" in text
    assert "Zaal <font>1</font>" in text


# ---------------------------------------------------------------------------- units


def test_clean_replaces_what_the_font_cannot_draw() -> None:
    assert clean("a\x00b") == f"a{REPLACEMENT}b"
    assert clean("a\u202eb\u200dc\u00adf") == "abcf"  # format characters dropped
    assert clean("😀") == REPLACEMENT  # outside the BMP
    assert clean("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert clean("ő ĳ ç é Ödön") == "ő ĳ ç é Ödön"
    assert clean("שלום مرحبا") == "שלום مرحبا"
    assert markup("<a&b>\nc") == "&lt;a&amp;b&gt;<br/>c"


def test_chunks_keep_every_character_and_stay_small() -> None:
    text = ("woord " * 5000) + "\n\n" + ("z" * 7000) + "\nlaatste"
    pieces = chunks(text)
    assert all(len(p) <= MAX_CHUNK for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )
    assert chunks("  \n\n \t") == []
