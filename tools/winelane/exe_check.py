"""Check what PyInstaller wrote into Tafelboek.exe: windowed, icon, version resource.

Runs under the lane's Windows python (``pefile`` is in its site-packages, as a dependency
of PyInstaller on Windows)::

    tools/winelane/lane.sh py tools/winelane/exe_check.py dist-windows/Tafelboek/Tafelboek.exe 0.1.0

One line per finding; exit 1 when the executable is a console program, has no icon, or its
version resource does not name Tafelboek and the version (Explorer's Details tab and
AppLocker's publisher rules read product name and version from it).
"""

from __future__ import annotations

import re
import sys

import pefile  # type: ignore[import-not-found,import-untyped,unused-ignore]  # lane only

RT_GROUP_ICON = 14
SUBSYSTEM_WINDOWS_GUI = 2


def _strings(pe: pefile.PE) -> dict[str, str]:
    found: dict[str, str] = {}
    for info in getattr(pe, "FileInfo", None) or []:
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                for key, value in table.entries.items():
                    found[key.decode("utf-8", "replace")] = value.decode("utf-8", "replace")
    return found


def problems(path: str, version: str) -> list[str]:
    pe = pefile.PE(path)
    found = []
    if pe.OPTIONAL_HEADER.Subsystem != SUBSYSTEM_WINDOWS_GUI:
        found.append(f"subsystem {pe.OPTIONAL_HEADER.Subsystem}, not a windowed (GUI) program")
    resources = getattr(pe, "DIRECTORY_ENTRY_RESOURCE", None)
    kinds = {entry.id for entry in resources.entries} if resources else set()
    if RT_GROUP_ICON not in kinds:
        found.append("no icon resource")
    strings = _strings(pe)
    expected = {
        "ProductName": "Tafelboek",
        "FileDescription": "Tafelboek",
        "OriginalFilename": "Tafelboek.exe",
        "ProductVersion": version,
        "FileVersion": version,
    }
    for key, value in expected.items():
        if strings.get(key) != value:
            found.append(f"version resource {key} is {strings.get(key)!r}, not {value!r}")
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]] + [0]
    numbers += [0] * (4 - len(numbers))
    fixed = pe.VS_FIXEDFILEINFO[0] if getattr(pe, "VS_FIXEDFILEINFO", None) else None
    if fixed is None:
        found.append("no fixed file version")
    else:
        packed = (numbers[0] << 16 | numbers[1], numbers[2] << 16 | numbers[3])
        if (fixed.FileVersionMS, fixed.FileVersionLS) != packed:
            found.append("fixed file version differs from " + ".".join(map(str, numbers)))
    return found


def main(argv: list[str]) -> int:
    path, version = argv
    found = problems(path, version)
    for line in found:
        print(f"exe_check: {line}")
    if found:
        print(f"exe_check: {path} FAILED")
        return 1
    print(f"exe_check: {path} ok (windowed, icon, version resource Tafelboek {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
