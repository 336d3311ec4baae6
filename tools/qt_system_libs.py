"""Does this Linux machine have the system libraries Qt needs to show a window?

PySide6's wheels bring Qt itself but link the X11/xcb, OpenGL, font and D-Bus
libraries of the system. A fresh Debian or Ubuntu lacks some of them (at least
libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1), and Qt then names only the first
one it trips over. ``make run`` calls this before launching:

    python tools/qt_system_libs.py            # exit 1 with one line naming every package
    python tools/qt_system_libs.py --install  # as root with apt-get: install them instead

It asks the dynamic linker (``ldd``) which libraries of the Qt modules Tafelboek loads
and of the xcb platform plugin are not found, and names their Debian/Ubuntu packages.
Off Linux, or when nothing is missing, it says nothing and exits 0.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

#: soname → Debian/Ubuntu package, for every system library that the Qt modules below
#: and the xcb plugin link directly (tests/test_qt_system_libs.py keeps it complete).
PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

#: Part of every Linux system (glibc and the C++ runtime): never missing.
BASE = frozenset(
    {
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "libgcc_s.so.1",
        "libstdc++.so.6",
    }
)

#: The Qt libraries Tafelboek loads (QtCore, QtGui, QtWidgets, QtSvg, QtDBus for the
#: session-lock hooks) and what the xcb platform plugin adds.
QT_LIBS = (
    "lib/libQt6Core.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6Svg.so.6",
    "lib/libQt6DBus.so.6",
    "lib/libQt6XcbQpa.so.6",
    "plugins/platforms/libqxcb.so",
)


def qt_dir() -> Path:
    """PySide6's Qt folder, found without importing Qt (which would fail here)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is not installed in this Python")
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def qt_files(base: Path) -> list[Path]:
    return [base / rel for rel in QT_LIBS if (base / rel).exists()]


def needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of an ELF64 little-endian shared object."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path.name}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    header = "<IIQQQQIIQQ"  # Elf64_Shdr
    sections = [struct.unpack_from(header, data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next((s for s in sections if s[1] == 6), None)  # SHT_DYNAMIC
    if dynamic is None:
        return []
    strtab = sections[dynamic[6]]  # sh_link: the string table of the dynamic section
    names = []
    for off in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, off)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(data[start : data.index(b"\0", start)].decode())
    return names


def missing_sonames(files: list[Path]) -> list[str]:
    """Libraries the dynamic linker cannot find for any of ``files`` (their whole closure)."""
    missing: set[str] = set()
    for f in files:
        ldd = [shutil.which("ldd") or "ldd", str(f)]
        out = subprocess.run(ldd, capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            name, sep, where = line.strip().partition(" => ")
            if sep and where.strip() == "not found":
                missing.add(name.strip())
    return sorted(missing)


def packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages to install, sonames with no known package)."""
    known = sorted({PACKAGES[s] for s in sonames if s in PACKAGES})
    unknown = [s for s in sonames if s not in PACKAGES]
    return known, unknown


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    missing = missing_sonames(qt_files(qt_dir()))
    if not missing:
        return 0
    packages, unknown = packages_for(missing)
    can_install = "--install" in argv and os.geteuid() == 0 and shutil.which("apt-get")
    if can_install and packages and not unknown:
        print(f"Installing the system libraries Qt needs: {' '.join(packages)}", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        apt = shutil.which("apt-get") or "apt-get"
        for cmd in (
            [apt, "update", "-qq"],
            [apt, "install", "-y", "-qq", "--no-install-recommends", *packages],
        ):
            subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        still = missing_sonames(qt_files(qt_dir()))
        if not still:
            return 0
        packages, unknown = packages_for(still)
    what = " ".join(packages + unknown)
    print(
        f"Tafelboek cannot open a window: Qt needs system libraries that are missing. "
        f"Install them with: sudo apt-get install {' '.join(packages)}"
        + (f" (and the packages providing {' '.join(unknown)})" if unknown else "")
        if packages
        else f"Tafelboek cannot open a window: missing system libraries: {what}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
