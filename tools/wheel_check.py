"""Prove that a plain wheel install has everything the program loads from its packages.

    .venv/bin/python tools/wheel_check.py      (make wheel-check; make test runs it too)

1. Copies the working tree's packaging inputs (``pyproject.toml``, ``setup.py``,
   ``MANIFEST.in``, ``README.md``, ``app/``, ``vault/``; no caches, no compiled catalogue)
   to a temporary folder, so a stale ``.qm`` or ``build/`` of the checkout cannot help.
2. Builds a wheel there, offline, with this environment's setuptools and PySide6
   (``pip wheel --no-build-isolation --no-index``): the build compiles the Dutch catalogue.
3. Installs it into a fresh virtual environment with ``--no-index --no-deps``, then lends
   that environment the lock's packages already installed in ``.venv`` by a ``.pth`` line
   naming ``.venv``'s site-packages. A plain path line runs none of ``.venv``'s own
   ``.pth`` files, so the editable install of this checkout stays out of sight.
4. In that environment (``python -I``, outside the checkout) checks that ``app`` and
   ``vault`` come from the installed wheel, that the four fonts register with reportlab,
   the word lists and the generator's list load, the spell checker's dictionary (with its
   compound parts and licence) loads, the Dutch catalogue translates a message
   of ``app/assets/i18n/tafelboek_nl_BE.ts``, the window icon loads, and the console
   scripts ``tafelboek --self-test`` and ``tafelboek-vault --help`` run.

Exit status 0 when all holds; otherwise what failed is printed. Nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "app" / "assets" / "i18n" / "tafelboek_nl_BE.ts"
INPUTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "app", "vault")

CHECK = r"""
import json, sys
from pathlib import Path

expected = json.loads(sys.argv[1])
prefix = Path(sys.prefix).resolve()

import app, vault
for package in (app, vault):
    where = Path(package.__file__).resolve()
    assert prefix in where.parents, f"{package.__name__} comes from {where}, not the wheel"

from vault.resources import assets_dir
for package in ("app", "vault"):
    assert prefix in assets_dir(package).parents, assets_dir(package)

from vault.documents.fonts import fonts_dir, register_fonts
from reportlab.pdfbase import pdfmetrics
register_fonts()
for name in ("TafelboekSans", "TafelboekSans-Bold", "TafelboekSans-Oblique",
             "TafelboekSans-BoldOblique"):
    pdfmetrics.getFont(name)
assert (fonts_dir() / "LICENSE-DejaVu.txt").is_file(), "the fonts' licence is missing"

from vault.strength_data import GENERATOR_SIZE, generator_words, ranked_dictionaries
lists = ranked_dictionaries()
assert all(lists.values()) and len(lists) == 8, sorted(lists)
assert len(generator_words()) == GENERATOR_SIZE

from vault.spelling import Speller, bundled_dictionary
speller = Speller(bundled_dictionary())
assert len(speller.dictionary) > 400_000, "the spelling dictionary is missing words"
assert speller.is_correct("vergaderingsruimte") and not speller.is_correct("vergadring")
assert (assets_dir("vault") / "spelling" / "LICENCE-OpenTaal.txt").is_file()

from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QCoreApplication
from app.platform.i18n import I18N_DIR, Language, install_translators
from app.main import app_icon
qt_app = QApplication([])
assert prefix in I18N_DIR.parents, I18N_DIR
assert (I18N_DIR / "tafelboek_nl_BE.qm").is_file(), "no compiled Dutch catalogue"
install_translators(qt_app, Language.DUTCH)
context, source, dutch = expected["message"]
got = QCoreApplication.translate(context, source)
assert got == dutch, f"{source!r} -> {got!r}, not {dutch!r}"
icon = app_icon()
assert not icon.isNull() and not icon.pixmap(64, 64).isNull(), "the icon does not load"
print(f"wheel-check: fonts, {len(lists)} word lists, the spelling dictionary, catalogue and "
      f"icon load from {prefix}")
"""


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(a) for a in args], check=True, cwd=cwd, env=env)


def a_translated_message() -> tuple[str, str, str]:
    """One finished (context, source, translation) of the Dutch catalogue's source."""
    root = ET.parse(TS_FILE).getroot()  # noqa: S314 (our own catalogue)
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is not None
                and translation.get("type") is None
                and translation.text
                and message.get("numerus") is None
            ):
                return (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    (translation.text),
                )
    raise SystemExit(f"{TS_FILE}: no translated message")


def copy_inputs(dest: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=ignore)
        else:
            shutil.copy2(source, dest / name)


def venv_path(python: Path, name: str) -> Path:
    out = subprocess.run(
        [str(python), "-c", f"import sysconfig; print(sysconfig.get_path({name!r}))"],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(out.stdout.strip())


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="tafelboek-wheel-check-") as tmp:
        work = Path(tmp)
        source, wheels, env_dir = work / "src", work / "wheels", work / "env"
        source.mkdir()
        copy_inputs(source)
        pip = (sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet")
        run(*pip, "wheel", "--no-build-isolation", "--no-index", "--no-deps", "-w", wheels, source)
        (wheel,) = wheels.glob("tafelboek-*.whl")
        run(sys.executable, "-m", "venv", "--without-pip", env_dir)
        scripts = Path(sysconfig.get_path("scripts", vars={"base": str(env_dir)}))
        python = scripts / ("python.exe" if os.name == "nt" else "python")
        run(*pip, "--python", python, "install", "--no-index", "--no-deps", wheel)
        # Only now lend the lock's packages: pip above must not see the editable install.
        lent = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
        site = venv_path(python, "purelib")
        (site / "zz_lent_from_dot_venv.pth").write_text("\n".join(sorted(lent)) + "\n")

        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        expected = json.dumps({"message": a_translated_message()})
        run(python, "-I", "-c", CHECK, expected, cwd=work, env=env)
        subprocess.run(
            [str(scripts / "tafelboek-vault"), "--help"],
            check=True,
            cwd=work,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        run(scripts / "tafelboek", "--self-test", cwd=work, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
