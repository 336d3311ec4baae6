"""The file list of the wixl MSI, and a check of the MSI that wixl built.

    python packaging/windows/msi_files.py fragment BUNDLE OUT.wxs
    python packaging/windows/msi_files.py product-code VERSION
    python packaging/windows/msi_files.py check MSI BUNDLE VERSION

``fragment`` writes a WiX 3 fragment that puts every file of the onedir folder BUNDLE
(``dist-windows/Tafelboek``) under the directory ``INSTALLFOLDER`` of
``tafelboek-wixl.wxs``, one component per file, all in the component group
``BundleFiles``. wixl has no equivalent of WiX v5's ``<Files Include=...>`` glob, hence
the list. Component GUIDs are derived from the file's path inside the folder (UUID 5 in
the namespace of the upgrade code), so a file keeps its component across versions, as
Windows Installer's component rules want; identifiers are derived the same way.

``product-code`` prints the product code of a version (also UUID 5 of the upgrade code):
every build of one version is the same product, a new version a new one (MajorUpgrade).

``check`` reads the built MSI back with ``msiinfo`` (msitools) and fails unless it
installs exactly the bundle's files (same paths, same sizes) into Program Files, per
machine, as this version, with the upgrade code and the Start-menu shortcut.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

UPGRADE_CODE = "BAF8E347-BEC9-4090-8736-4E9D5715D47A"
"""Never change it: it ties every version of Tafelboek together (MajorUpgrade). The same
value is in tafelboek.wxs and tafelboek-wixl.wxs; tests/test_packaging.py compares them."""

INSTALL_DIRECTORY = "INSTALLFOLDER"
COMPONENT_GROUP = "BundleFiles"
WIX3 = "http://schemas.microsoft.com/wix/2006/wi"
_NAMESPACE = uuid.UUID(UPGRADE_CODE)


def bundle_files(bundle: Path) -> list[PurePosixPath]:
    """Every file of the folder, relative to it, sorted; the MSI can hold no symlink."""
    found = []
    for path in bundle.rglob("*"):
        if path.is_symlink():
            raise ValueError(f"{path}: a symbolic link cannot go into an MSI")
        if path.is_file():
            found.append(PurePosixPath(path.relative_to(bundle).as_posix()))
    return sorted(found, key=lambda p: str(p).lower())


def _key(relative: PurePosixPath | str) -> str:
    # Windows paths are case-insensitive: one component per path whatever its case.
    return str(relative).replace("\\", "/").lower()


def component_guid(relative: PurePosixPath | str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "file:" + _key(relative))).upper()


def product_code(version: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "product:" + version)).upper()


def _identifier(kind: str, relative: PurePosixPath | str) -> str:
    # MSI identifiers: at most 72 characters of [A-Za-z0-9_.], not starting with a digit.
    return f"{kind}_{hashlib.sha256(_key(relative).encode()).hexdigest()[:24]}"


def fragment(bundle: Path, base: Path, files: Iterable[PurePosixPath] | None = None) -> ET.Element:
    """The ``<Wix>`` element of the fragment for the folder ``bundle``, to be written into
    the folder ``base``: wixl takes a ``Source`` relative to the ``.wxs`` file's folder
    (it refuses absolute paths)."""
    listed = bundle_files(bundle) if files is None else sorted(files, key=_key)
    source_root = PurePosixPath(Path(os.path.relpath(bundle.resolve(), base.resolve())).as_posix())
    wix = ET.Element("Wix", xmlns=WIX3)
    ref = ET.SubElement(ET.SubElement(wix, "Fragment"), "DirectoryRef", Id=INSTALL_DIRECTORY)
    folders: dict[PurePosixPath, ET.Element] = {PurePosixPath("."): ref}

    def folder(relative: PurePosixPath) -> ET.Element:
        if relative not in folders:
            parent = folder(relative.parent)
            folders[relative] = ET.SubElement(
                parent, "Directory", Id=_identifier("d", relative), Name=relative.name
            )
        return folders[relative]

    group = ET.SubElement(ET.SubElement(wix, "Fragment"), "ComponentGroup", Id=COMPONENT_GROUP)
    for relative in listed:
        component = ET.SubElement(
            folder(relative.parent),
            "Component",
            Id=_identifier("c", relative),
            Guid=component_guid(relative),
            Win64="yes",
        )
        ET.SubElement(
            component,
            "File",
            Id=_identifier("f", relative),
            Name=relative.name,
            Source=str(source_root / relative),
            KeyPath="yes",
        )
        ET.SubElement(group, "ComponentRef", Id=component.attrib["Id"])
    return wix


def fragment_text(bundle: Path, base: Path) -> str:
    wix = fragment(bundle, base)
    ET.indent(wix)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(wix, encoding="unicode") + "\n"


def listed_files(text: str) -> dict[str, str]:
    """What a fragment installs: path inside INSTALLFOLDER → source file, for the check
    and the tests (the fragment is ours, never foreign XML)."""
    root = ET.fromstring(text)  # noqa: S314 - our own generated file
    ns = {"w": WIX3}
    found: dict[str, str] = {}

    def walk(element: ET.Element, prefix: PurePosixPath) -> None:
        for child in element:
            tag = child.tag.removeprefix(f"{{{WIX3}}}")
            if tag == "Directory":
                walk(child, prefix / child.attrib["Name"])
            elif tag == "Component":
                for file in child.findall("w:File", ns):
                    found[str(prefix / file.attrib["Name"])] = file.attrib["Source"]

    for ref in root.iter(f"{{{WIX3}}}DirectoryRef"):
        if ref.attrib.get("Id") == INSTALL_DIRECTORY:
            walk(ref, PurePosixPath("."))
    return found


# --------------------------------------------------------------------------- check
def _table(msi: Path, name: str) -> list[list[str]]:
    """Rows of one table of the MSI (``msiinfo export``; the three header lines dropped)."""
    msiinfo = shutil.which("msiinfo")
    if msiinfo is None:
        raise FileNotFoundError("msiinfo (Debian package msitools) is not installed")
    out = subprocess.run(
        [msiinfo, "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:] if line]


def _long_name(default_dir: str) -> str:
    target = default_dir.split(":")[0]  # "target:source"
    return target.split("|")[-1]  # "SHORT~1|long name"


def installed_files(msi: Path) -> dict[str, int]:
    """Path under INSTALLFOLDER → size, of every file the MSI installs there."""
    directories = {row[0]: (row[1], _long_name(row[2])) for row in _table(msi, "Directory")}
    component_dirs = {row[0]: row[2] for row in _table(msi, "Component")}

    def path_of(directory: str) -> PurePosixPath | None:
        parts = []
        while directory != INSTALL_DIRECTORY:
            if directory not in directories or not directories[directory][0]:
                return None  # not under INSTALLFOLDER
            parent, name = directories[directory]
            parts.append(name)
            directory = parent
        return PurePosixPath(".", *reversed(parts))

    found = {}
    for row in _table(msi, "File"):
        folder = path_of(component_dirs[row[1]])
        if folder is not None:
            found[str(folder / _long_name(row[2]))] = int(row[3])
    return found


def check(msi: Path, bundle: Path, version: str) -> list[str]:
    """Everything in which the MSI differs from what it should be; empty when it is right."""
    problems = []
    properties = {row[0]: row[1] for row in _table(msi, "Property") if len(row) > 1}
    expected = {
        "ProductName": "Tafelboek",
        "ProductVersion": version,
        "ProductCode": "{" + product_code(version) + "}",
        "UpgradeCode": "{" + UPGRADE_CODE + "}",
        "ALLUSERS": "1",
        "ProductLanguage": "2067",
    }
    for name, value in expected.items():
        if properties.get(name) != value:
            problems.append(f"property {name} is {properties.get(name)!r}, not {value!r}")
    directories = {row[0]: row[1] for row in _table(msi, "Directory")}
    if directories.get(INSTALL_DIRECTORY) != "ProgramFiles64Folder":
        problems.append(f"{INSTALL_DIRECTORY} is not in ProgramFiles64Folder")
    shortcuts = [row for row in _table(msi, "Shortcut") if row[1] == "ProgramMenuFolder"]
    if not any(row[4] == f"[{INSTALL_DIRECTORY}]Tafelboek.exe" for row in shortcuts):
        problems.append("no Start-menu shortcut to Tafelboek.exe")
    in_msi = installed_files(msi)
    on_disk = {
        str(PurePosixPath(".") / p): (bundle / p).stat().st_size for p in bundle_files(bundle)
    }
    for path in sorted(on_disk.keys() - in_msi.keys()):
        problems.append(f"not in the MSI: {path}")
    for path in sorted(in_msi.keys() - on_disk.keys()):
        problems.append(f"in the MSI but not in the bundle: {path}")
    for path in sorted(on_disk.keys() & in_msi.keys()):
        if on_disk[path] != in_msi[path]:
            problems.append(f"size differs: {path} ({in_msi[path]} in the MSI, {on_disk[path]})")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 3 and args[0] == "fragment":
        out = Path(args[2])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(fragment_text(Path(args[1]), out.parent), encoding="utf-8")
        return 0
    if len(args) == 2 and args[0] == "product-code":
        print(product_code(args[1]))
        return 0
    if len(args) == 4 and args[0] == "check":
        msi, bundle = Path(args[1]), Path(args[2])
        problems = check(msi, bundle, args[3])
        for line in problems:
            print(f"msi_files: {line}", file=sys.stderr)
        if problems:
            print(f"msi_files: {msi} FAILED ({len(problems)} problem(s))", file=sys.stderr)
            return 1
        count = len(installed_files(msi))
        print(f"msi_files: {msi} ok ({count} files, per machine, version {args[3]})")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
