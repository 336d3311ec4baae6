"""Build hook: compile the Dutch catalogue into the wheel (everything else: pyproject.toml).

The translations are kept in git as Qt's ``.ts`` source (``app/assets/i18n``); the ``.qm``
the program loads is a build product. A source checkout gets it from ``make i18n``; a wheel
(``pip install .``) gets it here: ``build_py`` runs PySide6's ``lrelease`` on every ``.ts``
into the build folder, and refuses unfinished translations, as ``make i18n`` does. PySide6
is a build requirement for this (``[build-system]`` in ``pyproject.toml``). ``make
wheel-check`` builds a wheel, installs it into a fresh environment and checks that the
fonts, the catalogue, the icon and the word lists load from there.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
I18N = Path("app", "assets", "i18n")


def lrelease() -> Path:
    """Qt's catalogue compiler, as shipped inside the PySide6 wheel."""
    import PySide6  # a build requirement, needed only here

    folder = Path(PySide6.__file__).resolve().parent
    return folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


class BuildPyWithCatalogues(build_py):
    """``build_py``, then each ``app/assets/i18n/*.ts`` compiled to ``.qm`` beside it."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the source tree (make i18n)
            return
        sources = sorted((HERE / I18N).glob("*.ts"))
        if not sources:
            raise SystemExit(f"no translation sources in {I18N}: the wheel would lack them")
        for ts in sources:
            if 'type="unfinished"' in ts.read_text(encoding="utf-8"):
                raise SystemExit(f"{ts}: unfinished translations; complete them first")
            qm = Path(self.build_lib) / I18N / ts.with_suffix(".qm").name
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
