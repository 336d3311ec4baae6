"""Loading translations: Dutch (Belgium) by default, English on request.

Source strings in ``app/`` are English. ``app/assets/i18n/tafelboek_nl_BE.ts`` holds the
Dutch translation; ``make i18n`` compiles it into the ``.qm`` file loaded here (a wheel
build compiles it too: ``setup.py``).
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vault.resources import assets_dir

log = logging.getLogger(__name__)

I18N_DIR = assets_dir("app") / "i18n"
"""Where the compiled ``.qm`` catalogues live (built by ``make i18n`` or the wheel build;
frozen: bundled)."""

CATALOG = "tafelboek"


class Language(StrEnum):
    DUTCH = "nl"
    ENGLISH = "en"


DEFAULT_LANGUAGE = Language.DUTCH


def ui_language() -> Literal["nl", "en"]:
    """The language the interface speaks now; documents and dates follow it."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def locale_for(language: Language) -> QLocale:
    if language is Language.DUTCH:
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    return QLocale(QLocale.Language.English, QLocale.Country.Belgium)


def install_translators(
    app: QCoreApplication, language: Language, directory: Path = I18N_DIR
) -> list[QTranslator]:
    """Install Qt's and Tafelboek's translators for ``language``; return those installed.

    The translators are parented to ``app`` so they live as long as it does. English needs
    none: it is the source language.
    """
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if language is Language.ENGLISH:
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("Qt's own Dutch translation (qtbase) was not found in %s", qt_dir)
    own = QTranslator(app)
    if own.load(locale, CATALOG, "_", str(directory)):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("No compiled Dutch catalogue in %s; run `make i18n`", directory)
    return installed
