"""Turning user text and a story into PDF bytes: escaping, wrapping, page frame, encryption.

Everything here works in memory: the PDF is built into a ``BytesIO`` and, with a
password, encrypted by pikepdf (AES-256, revision 6) before any byte reaches a disk.

User text is made safe for reportlab in two steps, in rendering only (the vault keeps
the text exactly as typed):

* :func:`clean` — NUL and other control characters become U+FFFD; invisible format
  characters (bidi overrides, zero-width joiners, soft hyphens) are dropped; characters
  the bundled font cannot draw — among them every character outside the Basic
  Multilingual Plane, such as emoji, which reportlab would otherwise map wrongly in the
  PDF's text layer — become U+FFFD, so a missing glyph shows as a visible mark.
* :func:`markup` — ``&``, ``<`` and ``>`` are escaped, so text that looks like markup
  (``<b>``, ``&amp;``, ``]]>``) prints literally; line breaks become ``<br/>``.

Very long text is cut into paragraphs of at most :data:`MAX_CHUNK` characters (at a line
break or space where possible) and very long words wrap (reportlab's ``splitLongWords``),
so a 100,000-character note flows over pages instead of failing.
"""

from __future__ import annotations

import io
import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pikepdf
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vault.documents.fonts import BOLD, REGULAR, covered_code_points, register_fonts

Flowable = Any
"""A reportlab flowable (reportlab ships no type information)."""

REPLACEMENT = "\ufffd"
MAX_CHUNK = 2000
"""Longest run of text in one paragraph; longer text is split over several."""
MAX_NAME = 200
"""Names, places and other short metadata are cut to this length for display."""

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = RIGHT = 20 * mm
TOP = 28 * mm
BOTTOM = 22 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT

MARK_COLOUR = colors.HexColor("#8b0000")
RULE_COLOUR = colors.HexColor("#888888")
HEAD_COLOUR = colors.HexColor("#333333")
GRID_COLOUR = colors.HexColor("#b0b0b0")
SHADE_COLOUR = colors.HexColor("#eeeeee")


# ---------------------------------------------------------------------------- text

_translation: dict[int, str] = {}
"""Characters that change on the way to the PDF (identity ones are in ``_unchanged``)."""
_unchanged: set[int] = set()


def _map_char(code: int) -> str | None:
    """How one character is rendered; ``None`` when it stays as it is."""
    ch = chr(code)
    if ch == "\n":
        return None
    if ch == "\t":
        return "    "
    category = unicodedata.category(ch)
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Cf":
        return ""
    if category in ("Cc", "Cs") or code > 0xFFFF or code not in covered_code_points():
        return REPLACEMENT
    if category == "Zs" and ch != " " and ch != "\u00a0":
        return " "
    return None


def clean(text: str) -> str:
    """Text the bundled font can draw and reportlab can lay out (rendering only)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in set(text):
        code = ord(ch)
        if code in _translation or code in _unchanged:
            continue
        mapped = _map_char(code)
        if mapped is None:
            _unchanged.add(code)
        else:
            _translation[code] = mapped
    return text.translate(_translation)


def escape_markup(text: str) -> str:
    """Escape already-cleaned text for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """User text as paragraph markup: cleaned, escaped, line breaks kept."""
    return escape_markup(clean(text)).replace("\n", "<br/>")


def short(text: str, limit: int = MAX_NAME) -> str:
    """Metadata cut to a displayable length (the vault keeps the full text)."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chunks(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """Cleaned text cut into blocks: at blank lines, and into pieces of at most ``limit``."""
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", clean(text)):
        block = block.strip("\n")
        while len(block) > limit:
            cut = block.rfind("\n", limit // 2, limit)
            if cut < 0:
                cut = block.rfind(" ", limit // 2, limit)
            if cut < 0:
                cut = limit
            out.append(block[:cut])
            block = block[cut:].lstrip("\n ")
        if block.strip():
            out.append(block)
    return out


# ---------------------------------------------------------------------------- styles


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    note: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    notice: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "tb-body",
        fontName=REGULAR,
        fontSize=10,
        leading=14,
        spaceAfter=6,
        splitLongWords=1,
        allowWidows=1,
        allowOrphans=1,
    )
    return Styles(
        body=body,
        note=ParagraphStyle("tb-note", parent=body, leftIndent=4 * mm, spaceAfter=3),
        small=ParagraphStyle("tb-small", parent=body, fontSize=8.5, leading=11),
        meta=ParagraphStyle(
            "tb-meta",
            parent=body,
            fontSize=8.5,
            leading=11,
            leftIndent=4 * mm,
            textColor=HEAD_COLOUR,
            spaceAfter=8,
        ),
        cell=ParagraphStyle("tb-cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_head=ParagraphStyle(
            "tb-cell-head", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        title=ParagraphStyle(
            "tb-title", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=10
        ),
        h2=ParagraphStyle(
            "tb-h2",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "tb-h3",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        notice=ParagraphStyle(
            "tb-notice",
            parent=body,
            fontSize=9,
            leading=12,
            borderColor=MARK_COLOUR,
            borderWidth=0.6,
            borderPadding=5,
            leftIndent=5,
            rightIndent=5,
            spaceBefore=8,
            spaceAfter=12,
            backColor=colors.HexColor("#fbf3f3"),
        ),
    )


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text (user text or a fixed string), escaped."""
    return Paragraph(markup(text), style)


def rich(trusted_markup: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of trusted markup; every user value in it must already be escaped."""
    return Paragraph(trusted_markup, style)


_SPACE_RUN = re.compile(r"(?<= ) +|^ +", re.MULTILINE)


def plain_line(escaped: str) -> str:
    """One already-escaped line of user text, kept as typed.

    Notes are plain text (issue 17 item 5): ``**``, ``_``, ``#`` and ``- `` are
    characters, never formatting, so the PDF holds what the editor showed. Paragraph
    layout would fold runs of spaces and drop a line's leading ones; those become
    no-break spaces, so an indented line stays indented.
    """
    return _SPACE_RUN.sub(lambda m: "\u00a0" * len(m.group(0)), escaped)


def text_block(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A (possibly very long) user text as plain paragraphs: cut at blank lines (and
    into blocks of at most :data:`MAX_CHUNK`), every line break kept, no markup read."""
    pieces = chunks(text)
    if not pieces:
        return [Paragraph("—", style)]
    return [
        Paragraph("<br/>".join(plain_line(line) for line in escape_markup(p).split("\n")), style)
        for p in pieces
    ]


def table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    st: Styles,
    *,
    header: bool = True,
) -> Flowable:
    """A grid of short plain-text cells (metadata only; long values are cut)."""
    data = [
        [
            Paragraph(markup(short(value, 400)), st.cell_head if header and r == 0 else st.cell)
            for value in row
        ]
        for r, row in enumerate(rows)
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR))
    return Table(
        data,
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        style=TableStyle(style),
        hAlign="LEFT",
    )


def spacer(height_mm: float) -> Flowable:
    return Spacer(1, height_mm * mm)


# ---------------------------------------------------------------------------- page frame


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What every page shows in its header and footer."""

    kind: str
    marking: str
    recipient: str | None
    date: str
    page_template: str
    """E.g. ``pagina {page} van {pages}``."""
    demo: str | None = None
    """Set for a document from the fictional demo vault: drawn across every page."""


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = short(text, 300)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def marking_lines(marking: str) -> tuple[list[str], float]:
    """The marking on one line (8.5 pt down to 7 pt), or else on two lines split at a
    "; " or " — " nearest the middle (a full sentence, such as the dossier extract's,
    must be read whole, not cut off), down to 6 pt."""
    marking = short(marking, 300)
    size = 8.5
    while size > 7 and stringWidth(marking, BOLD, size) > TEXT_WIDTH:
        size -= 0.25
    if stringWidth(marking, BOLD, size) <= TEXT_WIDTH:
        return [marking], size
    cuts = [i + 1 for i, ch in enumerate(marking) if marking[i : i + 2] == "; "]
    cuts += [i for i in range(len(marking)) if marking[i : i + 3] == " — "]
    if not cuts:
        while size > 6 and stringWidth(marking, BOLD, size) > TEXT_WIDTH:
            size -= 0.25
        return [marking], size
    cut = min(cuts, key=lambda i: abs(len(marking) / 2 - i))
    lines = [marking[:cut].strip(), marking[cut:].strip()]
    size = 8.5
    while size > 6 and max(stringWidth(line, BOLD, size) for line in lines) > TEXT_WIDTH:
        size -= 0.25
    return lines, size


def _draw_frame(c: Any, frame: PageFrame, page: int, pages: int) -> None:
    top = PAGE_HEIGHT - 12 * mm
    right = PAGE_WIDTH - RIGHT
    c.saveState()
    # Header: the marking, then the document kind and the recipient.
    lines, size = marking_lines(frame.marking)
    c.setFillColor(MARK_COLOUR)
    c.setFont(BOLD, size)
    if len(lines) == 1:
        c.drawCentredString(PAGE_WIDTH / 2, top, _fit(lines[0], BOLD, size, TEXT_WIDTH))
    else:
        c.drawCentredString(PAGE_WIDTH / 2, top + 2 * mm, _fit(lines[0], BOLD, size, TEXT_WIDTH))
        c.drawCentredString(PAGE_WIDTH / 2, top - 1.3 * mm, _fit(lines[1], BOLD, size, TEXT_WIDTH))
    c.setFillColor(HEAD_COLOUR)
    c.setFont(REGULAR, 8)
    c.drawString(LEFT, top - 5 * mm, _fit(frame.kind, REGULAR, 8, TEXT_WIDTH * 0.45))
    if frame.recipient:
        c.drawRightString(right, top - 5 * mm, _fit(frame.recipient, REGULAR, 8, TEXT_WIDTH * 0.53))
    c.setStrokeColor(RULE_COLOUR)
    c.setLineWidth(0.5)
    c.line(LEFT, top - 7 * mm, right, top - 7 * mm)
    # Footer: date and page x of y.
    c.line(LEFT, 16 * mm, right, 16 * mm)
    c.drawString(LEFT, 11 * mm, _fit(frame.date, REGULAR, 8, TEXT_WIDTH * 0.6))
    c.drawRightString(right, 11 * mm, frame.page_template.format(page=page, pages=pages))
    if frame.demo:
        # Fictional data must never pass for a real record: say so across the page.
        c.setFillColor(MARK_COLOUR)
        c.setFont(BOLD, 9)
        above = top + (4.5 if len(lines) == 1 else 6.5) * mm
        c.drawCentredString(PAGE_WIDTH / 2, above, _fit(frame.demo, BOLD, 9, TEXT_WIDTH))
        c.setFillAlpha(0.12)
        c.setFont(BOLD, 96)
        c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        c.rotate(55)
        c.drawCentredString(0, -30, "DEMO")
    c.restoreState()


def _canvas_class(frame: PageFrame) -> type[Any]:
    """A canvas that holds its pages until the end, so each knows the page count."""

    class FramedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_frame(self, frame, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FramedCanvas


def render(story: Iterable[Flowable], frame: PageFrame, *, title: str, lang: str) -> bytes:
    """Lay out a story on A4 pages with the frame on every page; return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author="",
        subject="",
        creator="Tafelboek",
        producer="Tafelboek",
        lang=lang,
        initialFontName=REGULAR,
    )
    doc.build(list(story), canvasmaker=_canvas_class(frame))
    return buffer.getvalue()


# ---------------------------------------------------------------------------- encryption


def encrypt(pdf: bytes, password: str) -> bytes:
    """Encrypt a PDF in memory with AES-256 (security handler revision 6).

    The owner password is random and thrown away: only the user password opens it.
    """
    if not password:
        raise ValueError("an empty password would not protect the document")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.save(
            out,
            encryption=pikepdf.Encryption(
                owner=secrets.token_urlsafe(32), user=password, aes=True, R=6
            ),
        )
    return out.getvalue()
