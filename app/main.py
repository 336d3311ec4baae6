"""Entry point: ``tafelboek`` (or ``python -m app``) starts the desktop client."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.platform.i18n import DEFAULT_LANGUAGE, Language, install_translators
from app.platform.settings import AppSettings
from app.session.context import APP_NAME, AppContext
from app.window import MainWindow
from vault.api import harden_process
from vault.resources import assets_dir


def app_icon() -> QIcon:
    """The window icon: the SVG (sharp at any scale) and the 256 px PNG as a fallback
    where Qt's SVG icon engine is missing."""
    icons = assets_dir("app") / "icons"
    icon = QIcon()
    icon.addFile(str(icons / "tafelboek.png"))
    icon.addFile(str(icons / "tafelboek.svg"))
    return icon


def parse_args(
    argv: list[str], default_language: Language = DEFAULT_LANGUAGE
) -> argparse.Namespace:
    """``--lang`` wins; without it the language is ``default_language`` (the preference)."""
    parser = argparse.ArgumentParser(prog="tafelboek", description="Tafelboek notebook")
    parser.add_argument(
        "--lang",
        type=Language,
        choices=list(Language),
        default=default_language,
        help="language of the user interface (default: the preference, else nl)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (no window), then exit: 0 = ok",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    # First, before any vault content or key is in memory: freed memory wiped, no core
    # dumps, no same-user memory reading, no crash-dump upload (vault/process.py).
    hardening = harden_process()
    if parse_args(sys.argv[1:] if argv is None else argv).self_test:
        from app.care.self_test import run_self_test  # loads the PDF machinery: only here

        return run_self_test(hardening)  # before Qt and settings: touches nothing of the user's
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    settings = AppSettings.for_production()
    args = parse_args(sys.argv[1:] if argv is None else argv, settings.language)
    install_translators(app, args.lang)
    window = MainWindow(AppContext.for_production(settings))
    window.show()
    return app.exec()
