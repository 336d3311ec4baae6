"""Entry point: ``tafelboek`` (or ``python -m app``) starts the desktop client."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from app.context import APP_NAME, AppContext
from app.i18n import DEFAULT_LANGUAGE, Language, install_translators
from app.window import MainWindow


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tafelboek", description="Tafelboek notebook")
    parser.add_argument(
        "--lang",
        type=Language,
        choices=list(Language),
        default=DEFAULT_LANGUAGE,
        help="language of the user interface (default: nl)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    install_translators(app, args.lang)
    window = MainWindow(AppContext.for_production())
    window.show()
    return app.exec()
