"""Notes are Markdown: documents render the small subset notes use, and nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from vault.documents.render import escape_markup, markdown_line, styles, text_block


def test_bold_italic_bullets_and_headings() -> None:
    assert markdown_line(escape_markup("**Afspraak:** morgen")) == "<b>Afspraak:</b> morgen"
    assert markdown_line(escape_markup("- een *klein* punt")) == "• een <i>klein</i> punt"
    assert markdown_line(escape_markup("## Kop")) == "<b>Kop</b>"


def test_text_that_only_looks_like_markdown_prints_as_typed() -> None:
    for text in ("2*3*4", "snake_case_name", "**open", "a ** b", "<b>vet</b>", "x_y en y_z"):
        assert markdown_line(escape_markup(text)) == escape_markup(text)


@given(st.text(alphabet="*_-#+ ab<>&\n", max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_markdown_like_text_makes_valid_paragraph_markup(text: str) -> None:
    style = styles().note
    for flowable in text_block(text, style):
        assert isinstance(flowable, Paragraph)
        flowable.wrap(400, 800)  # parsing errors would raise here or in the constructor
