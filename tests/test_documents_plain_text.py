"""Notes are plain text (issue 17 item 5): what you type is what the PDF holds.

No markup at all — the lead's decision: ``**``, ``_``, ``*``, ``#`` and ``- `` are
characters, never formatting, in the editor, in search snippets and in every document.
Each test builds a real document and reads its text layer back (pypdf), as the other
document tests do; line breaks and indentation survive, nothing is bold or italic.
"""

from __future__ import annotations

from datetime import date

from domain_strategies import Table, build_table
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph
from test_documents_support import pages_text

from vault import Vault
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.documents.render import plain_line, styles, text_block
from vault.notes import add_note
from vault.search import search

TODAY = date(2026, 3, 5)

TYPED = (
    "**Afspraak:** de school volgt op\n"
    "- een *klein* punt\n"
    "## Geen kop\n"
    "snake_case_name en 2*3*4 en _nadruk_\n"
    "<b>vet</b> & co\n"
    "    ingesprongen regel\n"
    "twee  spaties"
)
"""Everything a Markdown reader would have turned into formatting or swallowed."""


def _dossier(t: Table) -> DocumentRequest:
    return DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case)


def _dossier_lines(vault: Vault, t: Table, body: str) -> list[str]:
    """The own-dossier extract of ``t``'s case with one released note ``body``: the text
    layer's lines (no-break spaces read as spaces)."""
    note = add_note(vault, body, agenda_item_id=t.case_item)
    t.release_own(note)
    pdf = build_pdf(
        vault, DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case), today=TODAY
    )
    text = "\n".join(pages_text(pdf)).replace("\u00a0", " ")
    # pypdf puts one space before a paragraph's first line (the text's position jumps
    # back): not ours. Typed indentation is more than one space and stays.
    return [
        (line[1:] if line.startswith(" ") and not line.startswith("  ") else line).rstrip()
        for line in text.splitlines()
    ]


def _fonts_used(vault: Vault, t: Table, body: str) -> set[str]:
    """The fonts the page showing ``body`` draws text with."""
    from io import BytesIO

    from pypdf import PdfReader

    note = add_note(vault, body, agenda_item_id=t.case_item)
    t.release_own(note)
    pdf = build_pdf(
        vault, DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case), today=TODAY
    )
    fonts: set[str] = set()
    for page in PdfReader(BytesIO(pdf)).pages:

        def visit(text: str, _cm: object, _tm: object, font: object, _size: float) -> None:
            if body.split()[0] in text and isinstance(font, dict):
                fonts.add(str(font.get("/BaseFont")))

        page.extract_text(visitor_text=visit)
    return fonts


def test_what_you_type_is_what_the_pdf_holds(vault: Vault) -> None:
    t = build_table(vault)
    lines = _dossier_lines(vault, t, TYPED)
    typed = TYPED.split("\n")
    start = lines.index(typed[0])
    # Every line as typed, in order, each on its own line: the marks are characters.
    assert lines[start : start + len(typed)] == typed


def test_marks_make_nothing_bold_or_italic(vault: Vault) -> None:
    t = build_table(vault)
    fonts = _fonts_used(vault, t, "**Vetgedrukt** niets _schuin_ hier")
    assert fonts, "the note's text was not found on the page"
    assert all("Bold" not in f and "Oblique" not in f for f in fonts), fonts


def test_a_line_starting_with_a_dash_keeps_its_dash(vault: Vault) -> None:
    t = build_table(vault)
    lines = _dossier_lines(vault, t, "- eerste\n* tweede\n+ derde\n# vierde")
    for line in ("- eerste", "* tweede", "+ derde", "# vierde"):
        assert line in lines
    assert not any(line.startswith("•") for line in lines)


def test_search_snippets_show_the_text_as_typed(vault: Vault) -> None:
    """Search (vault/search.py) gives the note's own characters back, marks included."""
    t = build_table(vault)
    add_note(vault, "**Afspraak:** de _school_ volgt op", agenda_item_id=t.case_item)
    hits = search(vault, "school")
    assert hits
    snippet = hits[0].snippet_text
    assert "**Afspraak:**" in snippet and "_school_" in snippet
    assert [piece for piece, matched in hits[0].snippet if matched] == ["school"]


def test_plain_line_keeps_spaces_and_reads_no_marks() -> None:
    assert plain_line("**a** _b_ # c") == "**a** _b_ # c"
    assert plain_line("  twee") == "\u00a0\u00a0twee"
    assert plain_line("a   b") == "a \u00a0\u00a0b"


@given(st.text(alphabet="*_-#+ ab<>&\n", max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_makes_valid_paragraph_markup(text: str) -> None:
    style = styles().note
    for flowable in text_block(text, style):
        assert isinstance(flowable, Paragraph)
        flowable.wrap(400, 800)  # parsing errors would raise here or in the constructor
