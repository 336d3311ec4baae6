"""Packaging: resources found when frozen, the bundle check, and the build recipe (P11)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.i18n import I18N_DIR
from vault.documents.fonts import fonts_dir
from vault.resources import resources_dir

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    """Import a script of ``packaging/`` (a folder of scripts, not a package)."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")
check = _load("check_bundle")


# --------------------------------------------------------------------------- resources
def test_source_tree_resources_are_found() -> None:
    assert resources_dir() == ROOT / "resources"
    assert (fonts_dir() / "DejaVuSans.ttf").is_file()
    assert resources_dir() / "i18n" == I18N_DIR
    assert (resources_dir() / "icons" / "tafelboek.png").is_file()
    assert (resources_dir() / "icons" / "tafelboek.ico").is_file()


def test_frozen_program_finds_resources_in_its_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resources_dir() == tmp_path / "resources"
    assert fonts_dir() == tmp_path / "resources" / "fonts"


def test_meipass_alone_does_not_count_as_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resources_dir() == ROOT / "resources"


# --------------------------------------------------------------------------- rules
@pytest.mark.parametrize(
    "path",
    [
        "_internal/PySide6/Qt/lib/libQt6Network.so.6",
        "_internal/PySide6/QtNetwork.abi3.so",
        "_internal/PySide6/QtNetwork.pyd",
        "_internal/PySide6/Qt6Network.dll",
        "_internal/PySide6/Qt6WebEngineCore.dll",
        "_internal/PySide6/Qt/lib/libQt6WebSockets.so.6",
        "_internal/PySide6/QtWebSockets.abi3.so",
        "_internal/PySide6/Qt/lib/libQt6Qml.so.6",
        "_internal/PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "_internal/PySide6/plugins/networkinformation/qnetworklistmanager.dll",
        "_internal/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
        "_internal/_ssl.pyd",
        "_internal/libssl.so.3",
        "_internal/libssl-3-x64.dll",
    ],
)
def test_p11_network_capable_files_are_forbidden(path: str) -> None:
    assert rules.is_forbidden_path(path)
    assert rules.is_forbidden_path(path.replace("/", "\\"))


@pytest.mark.parametrize(
    "path",
    [
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/PySide6/QtDBus.abi3.so",
        "_internal/PySide6/Qt6Widgets.dll",
        "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "_internal/python3.11/lib-dynload/_socket.cpython-311-x86_64-linux-gnu.so",
        "_internal/libcrypto.so.3",
        "_internal/PySide6/Qt/translations/qtbase_nl.qm",
    ],
)
def test_what_the_app_needs_is_allowed(path: str) -> None:
    assert not rules.is_forbidden_path(path)


def test_only_dutch_qt_catalogues_are_kept() -> None:
    assert rules.keep_translation("PySide6/Qt/translations/qtbase_nl.qm")
    assert rules.keep_translation("resources/i18n/tafelboek_nl_BE.qm")
    assert not rules.keep_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not rules.keep_translation("PySide6/Qt/translations/qt_pt_BR.qm")


def test_a_binary_that_links_qtnetwork_is_found_by_its_bytes() -> None:
    assert rules.forbidden_references(b"\x7fELF...libQt6Network.so.6\x00libQt6Gui.so.6") == [
        "libQt6Network.so"
    ]
    assert rules.forbidden_references(b"MZ...Qt6Gui.dll\x00KERNEL32.dll") == []


# --------------------------------------------------------------------------- check_bundle
def _fake_bundle(root: Path) -> Path:
    bundle = root / "Tafelboek"
    contents = bundle / "_internal"
    (bundle / "Tafelboek").parent.mkdir(parents=True)
    (bundle / "Tafelboek").write_bytes(b"\x7fELF boot loader")
    for relative in check.REQUIRED_RESOURCES:
        (contents / relative).parent.mkdir(parents=True, exist_ok=True)
        (contents / relative).write_bytes(b"x")
    qt = contents / "PySide6" / "Qt"
    (qt / "translations").mkdir(parents=True)
    (qt / "translations" / "qtbase_nl.qm").write_bytes(b"qm")
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "plugins" / "platforms" / "libqoffscreen.so").write_bytes(b"\x7fELF libQt6Gui.so.6")
    (qt / "lib").mkdir()
    (qt / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF")
    return bundle


def test_a_complete_bundle_passes(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    assert check.problems(bundle) == []
    assert check.main([str(bundle)]) == 0


def test_p11_check_fails_on_qtnetwork_in_the_bundle(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Network.so.6").write_bytes(b"x")

    assert check.problems(bundle) == [
        "forbidden (network-capable): _internal/PySide6/Qt/lib/libQt6Network.so.6"
    ]
    assert check.main([str(bundle)]) == 1


def test_p11_check_fails_on_a_plugin_that_links_qtnetwork(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    vnc = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqvnc.so"
    vnc.write_bytes(b"\x7fELF\x00libQt6Network.so.6\x00libQt6Gui.so.6\x00")

    assert check.problems(bundle) == [
        "forbidden (links libQt6Network.so): _internal/PySide6/Qt/plugins/platforms/libqvnc.so"
    ]


def test_check_fails_when_the_dutch_qt_catalogue_or_a_font_is_missing(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    (bundle / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").unlink()
    (bundle / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf").unlink()
    (bundle / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").write_bytes(b"")

    found = check.problems(bundle)
    assert "missing: resources/fonts/DejaVuSans.ttf" in found
    assert "missing: Qt's own Dutch catalogue qtbase_nl.qm" in found
    assert "not wanted (other language): _internal/PySide6/Qt/translations/qtbase_de.qm" in found


def test_check_fails_without_a_bundle(tmp_path: Path) -> None:
    assert check.main([str(tmp_path / "nothing")]) == 1


# --------------------------------------------------------------------------- recipe
def test_spec_builds_a_windowed_onedir_bundle_without_upx() -> None:
    spec = (PACKAGING / "tafelboek.spec").read_text(encoding="utf-8")
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec  # onedir, never onefile
    assert re.search(r"^\s*console=False", spec, re.MULTILINE)
    assert len(re.findall(r"^\s*upx=False", spec, re.MULTILINE)) == 2
    assert "version=" in spec and "icon=" in spec
    for name in ("QtNetwork", "QtWebEngineCore", "QtWebSockets"):
        assert name in rules.FORBIDDEN_QT_MODULES
    assert "ssl" in rules.EXCLUDED_PYTHON_MODULES


def test_make_package_checks_and_self_tests_the_bundle_and_ci_runs_it() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    package = makefile[makefile.index("\npackage:") :].split("\n\n")[0]
    assert "packaging/check_bundle.py" in package
    assert "--self-test" in package
    assert re.search(r"^bench: .*\$\(BUNDLE\)", makefile, re.MULTILINE)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in ci if line.strip() and not line.startswith("#")]
    assert commands.index("make test") < commands.index("exec make package")


def _pins(lock: Path) -> dict[str, str]:
    """``name==version ; marker`` lines of a uv lock file, by package name."""
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9._-]+)==(\S+)(.*?)\s*\\?$", line)
        if match:
            pins[match.group(1).lower()] = match.group(2) + match.group(3).strip()
    return pins


def test_package_lock_pins_what_the_dev_lock_pins_plus_pyinstaller() -> None:
    # make package installs requirements-package.lock into the same .venv as make test:
    # it must not move any version the tests ran with.
    dev = _pins(ROOT / "requirements.lock")
    package = _pins(ROOT / "requirements-package.lock")
    assert dev, "no pins read from requirements.lock"
    assert {name: package.get(name) for name in dev} == dev
    assert "pyinstaller" in package and "pyinstaller" not in dev
    hashes = (ROOT / "requirements-package.lock").read_text(encoding="utf-8")
    assert hashes.count("--hash=sha256:") >= len(package)
