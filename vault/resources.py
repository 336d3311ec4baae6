"""Where the files shipped inside the packages live: fonts, word lists, translations, icons.

Each package keeps the files it needs in its own ``assets`` folder, beside its code:
``vault/assets`` holds the PDF fonts (``fonts/``) and the passphrase gate's word lists
(``strength/``); ``app/assets`` holds the translations (``i18n/``) and the icon
(``icons/``). They are package data (``pyproject.toml``), found through
:mod:`importlib.resources`, so one call works from a source checkout, an editable or a
plain wheel install, and in the frozen (PyInstaller onedir) program, whose spec
(``packaging/tafelboek.spec``) copies them to ``_internal/vault/assets`` and
``_internal/app/assets``, where PyInstaller's importer answers ``files()`` with the
package's folder. This module is the one place that knows how they are found.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def assets_dir(package: str = "vault") -> Path:
    """The ``assets`` folder of the installed package ``package`` (``vault`` or ``app``).

    A real folder on disk: reportlab and Qt read these files by name, so a package that
    is not installed as files (a zip import) is refused instead of half-working.
    """
    found = files(package) / "assets"
    if not isinstance(found, Path):
        raise RuntimeError(f"the package {package!r} is not installed as files on disk")
    return found
