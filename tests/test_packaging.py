"""Packaging: the packages' assets, the bundle check, and the build recipe (P11)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from app.platform.i18n import I18N_DIR
from vault import resources
from vault.documents.fonts import fonts_dir
from vault.resources import assets_dir

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
def test_each_package_finds_its_assets_beside_its_code() -> None:
    assert assets_dir("vault") == ROOT / "vault" / "assets"
    assert assets_dir("app") == ROOT / "app" / "assets"
    assert fonts_dir() == ROOT / "vault" / "assets" / "fonts"
    assert (fonts_dir() / "DejaVuSans.ttf").is_file()
    assert assets_dir("app") / "i18n" == I18N_DIR
    assert (assets_dir("app") / "icons" / "tafelboek.png").is_file()
    assert (assets_dir("app") / "icons" / "tafelboek.ico").is_file()


def test_a_package_that_is_not_files_on_disk_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Fonts and catalogues are read by name (reportlab, Qt): a zip import cannot serve them.
    with zipfile.ZipFile(tmp_path / "vault.zip", "w") as zipped:
        zipped.writestr("vault/assets/fonts/DejaVuSans.ttf", b"f")
    monkeypatch.setattr(
        resources, "files", lambda package: zipfile.Path(tmp_path / "vault.zip", f"{package}/")
    )

    with pytest.raises(RuntimeError, match="not installed as files"):
        assets_dir("vault")


def _package_data() -> dict[str, list[str]]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data: dict[str, list[str]] = pyproject["tool"]["setuptools"]["package-data"]
    return data


def test_every_asset_is_package_data_so_a_wheel_carries_it() -> None:
    # make wheel-check (tools/wheel_check.py) proves it on a real wheel; this names the
    # file a pattern would miss. The .ts is the catalogue's source: the build compiles it.
    data = _package_data()
    for package in ("app", "vault"):
        for path in (ROOT / package / "assets").rglob("*"):
            if not path.is_file() or path.suffix == ".ts":
                continue
            relative = path.relative_to(ROOT / package)
            assert any(relative.match(pattern) for pattern in data[package]), relative
    assert "assets/i18n/*.qm" in data["app"]


def test_the_bundle_keeps_assets_where_the_packages_look() -> None:
    # Frozen, importlib.resources answers with _internal/<package>: the bundle's layout
    # must be the source tree's (the .qm is built from the .ts beside it).
    for relative in check.REQUIRED_RESOURCES:
        source = ROOT / relative
        assert source.is_file() or source.with_suffix(".ts").is_file(), relative


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
    assert rules.keep_translation("app/assets/i18n/tafelboek_nl_BE.qm")
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
    (bundle / "_internal" / "vault" / "assets" / "fonts" / "DejaVuSans.ttf").unlink()
    (bundle / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").write_bytes(b"")

    found = check.problems(bundle)
    assert "missing: vault/assets/fonts/DejaVuSans.ttf" in found
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
    stages = [line.split('"')[1] for line in ci if line.startswith('stage "')]
    assert stages.index("make test") < stages.index("make package")
    assert stages.index("make package") < stages.index("make package-windows")


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


# --------------------------------------------------------------------------- Windows
def _pe(imports: list[str], delayed: list[str] = (), *, marker: bytes = b"") -> bytes:  # type: ignore[assignment]
    """A minimal PE32+ DLL whose import and delay-load tables name ``imports``/``delayed``."""
    section_rva, section_raw = 0x1000, 0x200
    descriptors = b""
    strings = b""
    base = 20 * (len(imports) + 1) + 32 * (len(delayed) + 1)
    for name in imports:
        descriptors += b"\0" * 12 + (section_rva + base + len(strings)).to_bytes(4, "little")
        descriptors += b"\0" * 4
        strings += name.encode() + b"\0"
    descriptors += b"\0" * 20
    delay_at = len(descriptors)
    for name in delayed:  # attributes 1: RVAs, not VAs
        descriptors += (1).to_bytes(4, "little")
        descriptors += (section_rva + base + len(strings)).to_bytes(4, "little") + b"\0" * 24
        strings += name.encode() + b"\0"
    descriptors += b"\0" * 32
    section = descriptors + strings
    dos = b"MZ" + b"\0" * 0x3A + (0x80).to_bytes(4, "little")
    dos = (dos + marker).ljust(0x80, b"\0")
    coff = (0x8664).to_bytes(2, "little") + (1).to_bytes(2, "little") + b"\0" * 12
    coff += (240).to_bytes(2, "little") + (0x2022).to_bytes(2, "little")
    optional = bytearray(240)
    optional[0:2] = (0x20B).to_bytes(2, "little")
    optional[24:32] = (0x180000000).to_bytes(8, "little")
    optional[108:112] = (16).to_bytes(4, "little")
    optional[112 + 8 : 112 + 16] = section_rva.to_bytes(4, "little") + (20).to_bytes(4, "little")
    if delayed:
        delay_rva = (section_rva + delay_at).to_bytes(4, "little")
        optional[112 + 8 * 13 : 112 + 8 * 14] = delay_rva + (32).to_bytes(4, "little")
    header = bytearray(40)
    header[0:6] = b".idata"
    header[8:12] = len(section).to_bytes(4, "little")
    header[12:16] = section_rva.to_bytes(4, "little")
    header[16:20] = len(section).to_bytes(4, "little")
    header[20:24] = section_raw.to_bytes(4, "little")
    head = dos + b"PE\0\0" + coff + bytes(optional) + bytes(header)
    return head.ljust(section_raw, b"\0") + section


def test_pe_imports_reads_the_import_and_delay_load_tables() -> None:
    dll = _pe(["KERNEL32.dll", "Qt6Core.dll"], ["d3d12.dll"])
    assert rules.pe_imports(dll) == ["KERNEL32.dll", "Qt6Core.dll", "d3d12.dll"]
    assert rules.pe_imports(b"\x7fELF not a PE file") == []
    assert rules.pe_imports(b"MZ" + b"\xff" * 100) == []  # broken header: nothing, no error
    assert rules.pe_imports(dll[:300]) == []  # cut short


def test_a_windows_binary_that_imports_any_network_module_is_found() -> None:
    # Not in FORBIDDEN_REFERENCES by name: found through the import table and the rules.
    assert rules.links_forbidden(_pe(["Qt6WebChannel.dll", "KERNEL32.dll"])) == [
        "Qt6WebChannel.dll"
    ]
    assert rules.links_forbidden(_pe(["kernel32.dll"], ["libssl-3-x64.dll"])) == [
        "libssl-3-x64.dll"
    ]
    assert rules.links_forbidden(_pe(["Qt6Network.dll"])) == ["Qt6Network.dll"]  # once
    assert rules.links_forbidden(_pe(["Qt6Gui.dll", "WS2_32.dll", "libcrypto-3.dll"])) == []


@pytest.mark.parametrize(
    "path",
    [
        "_internal/PySide6/plugins/tls/qschannelbackend.dll",
        "_internal/PySide6/qopensslbackend.dll",  # by name, in whatever folder
        "_internal/qcertonlybackend.dll",
        "_internal/qnetworklistmanager.dll",
        "_internal/PySide6/plugins/qmltooling/qmldbg_tcp.dll",
        "_internal/qmldbg_server.dll",
        "_internal/PySide6/QtWebChannel.pyd",
        "_internal/libssl-3.dll",
        "_internal/_ssl.pyd",
    ],
)
def test_p11_windows_network_plugins_and_tls_are_forbidden(path: str) -> None:
    assert rules.is_forbidden_path(path)
    assert rules.is_forbidden_path(path.replace("/", "\\"))


def test_windows_extras_qt_never_needs_are_dropped_whatever_their_case() -> None:
    assert rules.is_unused_qt_plugin("PySide6\\opengl32sw.dll")
    assert rules.is_unused_qt_plugin("PySide6/plugins/platforms/qdirect2d.dll")
    assert rules.is_unused_qt_plugin("PySide6/plugins/generic/QTUIOTOUCHPLUGIN.DLL")
    assert not rules.is_unused_qt_plugin("PySide6/plugins/platforms/qwindows.dll")
    assert not rules.is_unused_qt_plugin("PySide6/plugins/platforms/qoffscreen.dll")


def _windows_bundle(root: Path) -> Path:
    """A fake Windows onedir folder that passes: every import resolves."""
    bundle = root / "Tafelboek"
    contents = bundle / "_internal"
    contents.mkdir(parents=True)
    (bundle / "Tafelboek.exe").write_bytes(_pe(["KERNEL32.dll", "USER32.dll"]))
    for relative in check.REQUIRED_RESOURCES:
        (contents / relative).parent.mkdir(parents=True, exist_ok=True)
        (contents / relative).write_bytes(b"x")
    qt = contents / "PySide6"
    (qt / "translations").mkdir(parents=True)
    (qt / "translations" / "qtbase_nl.qm").write_bytes(b"qm")
    crt = ["VCRUNTIME140.dll", "api-ms-win-crt-runtime-l1-1-0.dll"]
    (qt / "Qt6Core.dll").write_bytes(_pe(["KERNEL32.dll", "icuuc.dll", "MSVCP140.dll", *crt]))
    (qt / "Qt6Gui.dll").write_bytes(_pe(["Qt6Core.dll", "d3d11.dll", *crt], ["d3d12.dll"]))
    (qt / "MSVCP140.dll").write_bytes(_pe(["KERNEL32.dll", *crt]))
    (contents / "VCRUNTIME140.dll").write_bytes(_pe(["KERNEL32.dll"]))
    (contents / "python311.dll").write_bytes(_pe(["KERNEL32.dll", "WS2_32.dll", *crt]))
    (contents / "_hashlib.pyd").write_bytes(_pe(["libcrypto-3.dll", "python311.dll"]))
    (contents / "libcrypto-3.dll").write_bytes(_pe(["KERNEL32.dll", "CRYPT32.dll", *crt]))
    (qt / "plugins" / "platforms").mkdir(parents=True)
    for name in ("qoffscreen.dll", "qwindows.dll"):
        (qt / "plugins" / "platforms" / name).write_bytes(_pe(["Qt6Gui.dll", "Qt6Core.dll"]))
    return bundle


def test_a_complete_windows_bundle_passes(tmp_path: Path) -> None:
    bundle = _windows_bundle(tmp_path)
    assert check.is_windows_bundle(bundle)
    assert check.problems(bundle) == []
    assert check.main([str(bundle)]) == 0


@pytest.mark.parametrize(
    ("relative", "content", "problem"),
    [
        ("_internal/PySide6/Qt6Network.dll", b"MZ", "forbidden (network-capable)"),
        ("_internal/_ssl.pyd", b"MZ", "forbidden (network-capable)"),
        ("_internal/libssl-3.dll", b"MZ", "forbidden (network-capable)"),
        ("_internal/PySide6/QtNetwork.pyd", b"MZ", "forbidden (network-capable)"),
        (
            "_internal/PySide6/plugins/tls/qschannelbackend.dll",
            b"MZ",
            "forbidden (network-capable)",
        ),
        (
            "_internal/PySide6/plugins/networkinformation/qnetworklistmanager.dll",
            b"MZ",
            "forbidden (network-capable)",
        ),
    ],
)
def test_p11_windows_check_refuses_network_files(
    tmp_path: Path, relative: str, content: bytes, problem: str
) -> None:
    bundle = _windows_bundle(tmp_path)
    (bundle / relative).parent.mkdir(parents=True, exist_ok=True)
    (bundle / relative).write_bytes(content)

    assert check.problems(bundle) == [f"{problem}: {relative}"]
    assert check.main([str(bundle)]) == 1


def test_p11_windows_check_refuses_a_plugin_that_imports_a_network_module(
    tmp_path: Path,
) -> None:
    bundle = _windows_bundle(tmp_path)
    plugin = bundle / "_internal" / "PySide6" / "plugins" / "imageformats" / "qfancy.dll"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(_pe(["Qt6Gui.dll"], ["Qt6WebSockets.dll"]))

    assert check.problems(bundle) == [
        "forbidden (links Qt6WebSockets.dll): _internal/PySide6/plugins/imageformats/qfancy.dll"
    ]


def test_p11_libcrypto_is_refused_when_only_tls_needed_it(tmp_path: Path) -> None:
    bundle = _windows_bundle(tmp_path)
    (bundle / "_internal" / "_hashlib.pyd").unlink()  # hashlib falls back to its own code

    assert check.problems(bundle) == [
        "forbidden (TLS library nothing in the bundle links): _internal/libcrypto-3.dll"
    ]


def test_windows_check_refuses_wine_dlls_and_icu(tmp_path: Path) -> None:
    bundle = _windows_bundle(tmp_path)
    # What PyInstaller could pick up from the prefix's System32 under Wine.
    (bundle / "_internal" / "msvcp140_1.dll").write_bytes(
        _pe(["KERNEL32.dll"], marker=b"Wine builtin DLL")
    )
    (bundle / "_internal" / "icuuc.dll").write_bytes(_pe(["KERNEL32.dll"]))

    assert check.problems(bundle) == [
        "not wanted (ICU is part of Windows): _internal/icuuc.dll",
        "forbidden (Wine's own DLL, runs only under Wine): _internal/msvcp140_1.dll",
    ]


def test_windows_check_finds_an_import_that_neither_the_bundle_nor_windows_has(
    tmp_path: Path,
) -> None:
    # Under Wine the missing Visual C++ runtime DLL would come from Wine's System32 and
    # the self-test would pass; a real Windows without the redistributable would not start.
    bundle = _windows_bundle(tmp_path)
    (bundle / "_internal" / "PySide6" / "MSVCP140.dll").unlink()
    widgets = bundle / "_internal" / "PySide6" / "Qt6Widgets.dll"
    widgets.write_bytes(_pe(["Qt6Gui.dll", "MSVCP140_1.dll", "UxTheme.dll"]))

    assert check.problems(bundle) == [
        "missing (imported, neither in the bundle nor part of Windows): MSVCP140.dll"
        " <- _internal/PySide6/Qt6Core.dll",
        "missing (imported, neither in the bundle nor part of Windows): MSVCP140_1.dll"
        " <- _internal/PySide6/Qt6Widgets.dll",
    ]


def test_windows_check_wants_the_windows_platform_plugin(tmp_path: Path) -> None:
    bundle = _windows_bundle(tmp_path)
    (bundle / "_internal" / "PySide6" / "plugins" / "platforms" / "qwindows.dll").unlink()

    assert check.problems(bundle) == ["missing: the Windows platform plugin qwindows.dll"]


def test_linux_bundle_keeps_a_libcrypto_that_a_module_links(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    contents = bundle / "_internal"
    (contents / "libcrypto.so.3").write_bytes(b"\x7fELF")
    assert check.problems(bundle) == [
        "forbidden (TLS library nothing in the bundle links): _internal/libcrypto.so.3"
    ]
    (contents / "_hashlib.cpython-311-x86_64-linux-gnu.so").write_bytes(
        b"\x7fELF\0libcrypto.so.3\0"
    )
    assert check.problems(bundle) == []


# --------------------------------------------------------------------------- MSI (wixl)
WINDOWS = PACKAGING / "windows"


def _load_msi_files() -> ModuleType:
    spec = importlib.util.spec_from_file_location("msi_files", WINDOWS / "msi_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["msi_files"] = module
    spec.loader.exec_module(module)
    return module


msi = _load_msi_files()


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_the_wixl_fragment_lists_every_file_of_the_bundle(tmp_path: Path) -> None:
    bundle = _windows_bundle(tmp_path)
    (bundle / "_internal" / "vault" / "assets" / "fonts" / "Naam met spatie é.ttf").write_bytes(
        b"f"
    )
    out = tmp_path / "build" / "msi"
    out.mkdir(parents=True)

    listed = msi.listed_files(msi.fragment_text(bundle, out))

    assert set(listed) == _tree(bundle)
    for path, source in listed.items():
        # wixl refuses absolute sources and reads them from the .wxs file's folder.
        assert not source.startswith("/")
        assert (out / source).resolve() == (bundle / path).resolve()


def test_the_fragment_gives_each_file_its_own_stable_component(tmp_path: Path) -> None:
    bundle = _windows_bundle(tmp_path)
    text = msi.fragment_text(bundle, tmp_path)
    root = ET.fromstring(text)
    ns = {"w": msi.WIX3}
    components = root.findall(".//w:Component", ns)
    ids = [e.attrib["Id"] for e in root.iter() if "Id" in e.attrib and not e.tag.endswith("Ref")]

    assert len(components) == len(_tree(bundle))
    assert all(len(c.findall("w:File", ns)) == 1 for c in components)
    assert all(c.findall("w:File", ns)[0].attrib["KeyPath"] == "yes" for c in components)
    assert all(c.attrib["Win64"] == "yes" for c in components)
    assert len({c.attrib["Guid"] for c in components}) == len(components)
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,71}", i) for i in ids)
    group = root.find(".//w:ComponentGroup", ns)
    assert group is not None and group.attrib["Id"] == "BundleFiles"
    assert {r.attrib["Id"] for r in group} == {c.attrib["Id"] for c in components}
    # The same tree gives the same fragment: reruns and other build machines agree.
    assert msi.fragment_text(bundle, tmp_path) == text


def test_component_guids_follow_the_path_and_product_codes_the_version() -> None:
    guid = msi.component_guid("_internal/PySide6/Qt6Core.dll")
    assert guid == msi.component_guid("_internal\\PySide6\\QT6CORE.DLL")  # Windows paths
    assert guid != msi.component_guid("_internal/PySide6/Qt6Gui.dll")
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", guid)
    assert msi.product_code("0.1.0") == msi.product_code("0.1.0")
    assert msi.product_code("0.1.0") != msi.product_code("0.2.0")


def _wxs(name: str) -> ET.Element:
    return ET.parse(WINDOWS / name).getroot()


def _first(root: ET.Element, tag: str, **attrs: str) -> ET.Element:
    for element in root.iter():
        if element.tag.endswith("}" + tag) and all(
            element.attrib.get(k) == v for k, v in attrs.items()
        ):
            return element
    raise AssertionError(f"no <{tag} {attrs}>")


def test_the_wixl_and_the_wix_v5_recipes_make_the_same_installer() -> None:
    # tafelboek.wxs (WiX v5, build.ps1 on Windows) and tafelboek-wixl.wxs (wixl, Linux):
    # the same product, upgrade code, folder, shortcut and registry marker.
    v5, wixl = _wxs("tafelboek.wxs"), _wxs("tafelboek-wixl.wxs")
    package, product = _first(v5, "Package"), _first(wixl, "Product")
    assert package.attrib["UpgradeCode"] == product.attrib["UpgradeCode"] == msi.UPGRADE_CODE
    for key in ("Name", "Manufacturer", "Language"):
        assert package.attrib[key] == product.attrib[key]
    assert package.attrib["Scope"] == "perMachine"
    assert _first(wixl, "Package").attrib["InstallScope"] == "perMachine"
    for root in (v5, wixl):
        folder = _first(root, "Directory", Id="INSTALLFOLDER")
        assert folder.attrib["Name"] == "Tafelboek"
        assert _first(root, "Component", Id="StartMenuShortcut").attrib["Guid"] == (
            "78E0EB5A-C2C5-4A26-80CE-C373334F93C3"
        )
        shortcut = _first(root, "Shortcut", Id="TafelboekShortcut")
        assert shortcut.attrib["Target"] == "[INSTALLFOLDER]Tafelboek.exe"
        marker = _first(root, "RegistryValue", KeyPath="yes")
        assert (marker.attrib["Root"], marker.attrib["Key"]) == ("HKLM", "Software\\Tafelboek")
        assert _first(root, "MajorUpgrade").attrib["DowngradeErrorMessage"]
    parent = {child: p for p in wixl.iter() for child in p}
    assert parent[_first(wixl, "Directory", Id="INSTALLFOLDER")].attrib["Id"] == (
        "ProgramFiles64Folder"
    )
    assert _first(wixl, "ComponentGroupRef").attrib["Id"] == "BundleFiles"


@pytest.mark.skipif(
    not (shutil.which("wixl") and shutil.which("msiinfo")), reason="needs msitools (wixl)"
)
def test_wixl_builds_an_msi_that_installs_exactly_the_bundle(tmp_path: Path) -> None:
    bundle = _windows_bundle(tmp_path)
    out = tmp_path / "msi"
    fragment = out / "bundle-files.wxs"
    assert msi.main(["fragment", str(bundle), str(fragment)]) == 0
    built = tmp_path / "Tafelboek-9.8.7.msi"
    code = msi.product_code("9.8.7")
    wixl = [shutil.which("wixl") or "wixl", "-a", "x64", "-D", "Version=9.8.7"]
    wixl += ["-D", f"ProductCode={code}", "-o", str(built)]
    subprocess.run(
        [*wixl, str(WINDOWS / "tafelboek-wixl.wxs"), str(fragment)], check=True, capture_output=True
    )

    assert msi.check(built, bundle, "9.8.7") == []
    assert len(msi.installed_files(built)) == len(_tree(bundle))
    (bundle / "_internal" / "later.dll").write_bytes(b"MZ")
    (bundle / "_internal" / "VCRUNTIME140.dll").write_bytes(b"MZ bigger now")
    assert msi.check(built, bundle, "9.8.8") == [
        "property ProductVersion is '9.8.7', not '9.8.8'",
        f"property ProductCode is '{{{code}}}', not '{{{msi.product_code('9.8.8')}}}'",
        "not in the MSI: _internal/later.dll",
        f"size differs: _internal/VCRUNTIME140.dll ({len(_pe(['KERNEL32.dll']))} in the MSI, 13)",
    ]


# --------------------------------------------------------------------------- bench
def test_bench_includes_the_windows_figures_and_skips_them_without_a_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench import bench_windows
    from bench.common import available_groups, check_figures

    assert "windows" in available_groups()
    monkeypatch.setattr(bench_windows, "EXE", tmp_path / "Tafelboek" / "Tafelboek.exe")
    assert bench_windows.run(tmp_path) == {}
    assert "skipped the Windows figures" in capsys.readouterr().err
    check_figures(
        dict.fromkeys(("windows_bundle_mb", "windows_msi_mb", "windows_frozen_self_test_s"), 1.0)
    )
