"""Where the files shipped beside the code live: fonts, translations, icons.

From a source checkout or an editable install that is ``<repository>/resources``. In the
frozen (PyInstaller onedir) program, ``packaging/tafelboek.spec`` copies the same tree to
``<bundle>/_internal/resources``, and PyInstaller's boot loader sets ``sys.frozen`` and
``sys._MEIPASS`` (the ``_internal`` folder). This module is the one place that knows both.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding ``fonts/``, ``i18n/`` and ``icons/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
