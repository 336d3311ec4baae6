"""The bundled DejaVu Sans fonts, registered once with reportlab.

reportlab's built-in Helvetica lacks many characters of Dutch, French and other names
(ő, ĳ, ł…), so every document uses DejaVu Sans from ``vault/assets/fonts`` (licence beside
the files). :func:`fonts_dir` is the single place that knows where those files are; it
asks :func:`vault.resources.assets_dir`, which also knows the installed package and the
frozen bundle.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vault.resources import assets_dir

REGULAR = "TafelboekSans"
BOLD = "TafelboekSans-Bold"
ITALIC = "TafelboekSans-Oblique"
BOLD_ITALIC = "TafelboekSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False

# P11, defence in depth (security review L9): reportlab fetches an image or font named
# by URL through urllib unless told not to. All user text is escaped before it reaches
# reportlab, but should an unescaped path ever appear, no scheme and no host is trusted,
# so no URL (not even file: or data:) is opened. Documents use only bundled fonts.
rl_config.trustedSchemes = []
rl_config.trustedHosts = None


def fonts_dir() -> Path:
    """The folder holding the bundled fonts (source tree, installed package or frozen bundle)."""
    return assets_dir("vault") / "fonts"


def register_fonts() -> None:
    """Register the four DejaVu Sans faces and their family mapping (idempotent)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True


@cache
def covered_code_points() -> frozenset[int]:
    """The characters both the regular and the bold face can draw.

    User text is set in these two faces only (never oblique, which covers fewer scripts).
    """
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(int(c) for c in regular if c in bold)
