"""Check a finished onedir bundle: nothing that can talk to a network, everything we need.

    python packaging/check_bundle.py dist/Tafelboek

Fails (exit 1, one line per problem) when the folder holds a socket-capable Qt module
(QtNetwork, QtWebEngine, QtWebSockets, ...), a Qt plugin or library that links one, TLS
(``_ssl``, ``libssl``, and a ``libcrypto`` that nothing left in the bundle links, i.e.
one that only came along for TLS), or Qt catalogues of other languages; or when the
executable, our Dutch catalogue, Qt's ``qtbase_nl.qm``, the fonts, the icon or the
offscreen platform plugin (the self-test runs on it) is missing. Python's ``socket``
module is allowed: ``packaging/bundle_rules.py`` says why. Run by ``make package`` after
every build.

A Windows bundle (``Tafelboek.exe``, built under Wine by ``tools/winelane/package.sh``)
is checked for more, because Wine hides what a real Windows would refuse:

* the Windows platform plugin ``qwindows.dll`` is there (the offscreen one is not enough);
* no DLL of Wine's own (Wine marks them "Wine builtin DLL"): they only run under Wine;
* no ICU (``icuuc.dll``...): Windows 10 1703 and later has it in System32, and under
  Wine the lane's stand-in lives in the prefix, never in the bundle;
* every DLL that an ``.exe``, ``.dll`` or ``.pyd`` of the bundle imports is either in the
  bundle or part of Windows (``bundle_rules.WINDOWS_SYSTEM_DLLS``, the API sets): under
  Wine a missing Visual C++ runtime DLL would silently come from Wine's System32.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_rules import (
    is_binary_name,
    is_forbidden_path,
    is_windows_system_dll,
    is_wine_file,
    keep_translation,
    links_forbidden,
    pe_imports,
)

NAME = "Tafelboek"
REQUIRED_RESOURCES = (
    "app/assets/i18n/tafelboek_nl_BE.qm",
    "app/assets/icons/tafelboek.png",
    "app/assets/icons/tafelboek.svg",
    "vault/assets/fonts/DejaVuSans.ttf",
    "vault/assets/fonts/DejaVuSans-Bold.ttf",
    "vault/assets/fonts/DejaVuSans-Oblique.ttf",
    "vault/assets/fonts/DejaVuSans-BoldOblique.ttf",
    "vault/assets/fonts/LICENSE-DejaVu.txt",
    "vault/assets/strength/generator_nl.txt",
    "vault/assets/strength/nl_words.txt",
    "vault/assets/strength/LICENCE-OpenTaal.txt",
    "vault/assets/strength/LICENCE-wordfreq.txt",
    "vault/assets/spelling/nl_words.txt",
    "vault/assets/spelling/compound_parts.txt",
    "vault/assets/spelling/LICENCE-OpenTaal.txt",
)
"""Paths relative to the bundle's contents folder (``_internal``)."""


def executable(bundle: Path) -> Path:
    exe = bundle / f"{NAME}.exe"
    return exe if exe.exists() else bundle / NAME


def bundle_size_bytes(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


_ICU_DLL = re.compile(r"^icu\w*\.dll$", re.IGNORECASE)
_LIBCRYPTO = re.compile(r"^libcrypto\b", re.IGNORECASE)


def is_windows_bundle(bundle: Path) -> bool:
    return (bundle / f"{NAME}.exe").is_file()


def problems(bundle: Path) -> list[str]:
    """Everything wrong with the bundle at ``bundle``; empty when it passes."""
    if not bundle.is_dir():
        return [f"{bundle}: no such folder (build it with `make package`)"]
    found: list[str] = []
    windows = is_windows_bundle(bundle)
    if not executable(bundle).is_file():
        found.append(f"missing: the executable {NAME}[.exe]")
    contents = bundle / "_internal"
    for relative in REQUIRED_RESOURCES:
        if not (contents / relative).is_file():
            found.append(f"missing: {relative}")
    files = [p for p in bundle.rglob("*") if p.is_file()]
    names = {p.name.lower() for p in files}
    if "qtbase_nl.qm" not in names:
        found.append("missing: Qt's own Dutch catalogue qtbase_nl.qm")
    if not names & {"libqoffscreen.so", "qoffscreen.dll", "libqoffscreen.dylib"}:
        found.append("missing: the offscreen platform plugin (needed by --self-test)")
    if windows and "qwindows.dll" not in names:
        found.append("missing: the Windows platform plugin qwindows.dll")

    kept: list[tuple[Path, bytes]] = []  # binaries that pass, with their bytes
    for path in sorted(files):
        relative = path.relative_to(bundle).as_posix()
        if is_forbidden_path(relative):
            found.append(f"forbidden (network-capable): {relative}")
            continue
        if not keep_translation(relative):
            found.append(f"not wanted (other language): {relative}")
        if not (is_binary_name(path.name) or path == executable(bundle)):
            continue
        data = path.read_bytes()
        refs = links_forbidden(data)
        if refs:
            found.append(f"forbidden (links {', '.join(refs)}): {relative}")
            continue
        if is_wine_file(data):
            found.append(f"forbidden (Wine's own DLL, runs only under Wine): {relative}")
            continue
        if windows and _ICU_DLL.match(path.name):
            found.append(f"not wanted (ICU is part of Windows): {relative}")
            continue
        kept.append((path, data))

    found += _orphan_libcrypto(bundle, kept)
    if windows:
        found += _unresolved_imports(bundle, kept, names)
    return found


def _orphan_libcrypto(bundle: Path, kept: list[tuple[Path, bytes]]) -> list[str]:
    """A ``libcrypto`` that no other binary of the bundle links came only for TLS."""
    found = []
    for path, _ in kept:
        if not _LIBCRYPTO.match(path.name):
            continue
        wanted = path.name.encode()
        users = [
            other
            for other, data in kept
            if other != path
            and (wanted in data or path.name.lower() in (name.lower() for name in pe_imports(data)))
        ]
        if not users:
            relative = path.relative_to(bundle).as_posix()
            found.append(f"forbidden (TLS library nothing in the bundle links): {relative}")
    return found


def _unresolved_imports(bundle: Path, kept: list[tuple[Path, bytes]], names: set[str]) -> list[str]:
    """Imports of Windows binaries that neither the bundle nor Windows provides."""
    found = []
    for path, data in kept:
        missing = sorted(
            {
                name
                for name in pe_imports(data)
                if name.lower() not in names and not is_windows_system_dll(name)
            },
            key=str.lower,
        )
        if missing:
            relative = path.relative_to(bundle).as_posix()
            found.append(
                f"missing (imported, neither in the bundle nor part of Windows): "
                f"{', '.join(missing)} <- {relative}"
            )
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0] if args else f"dist/{NAME}")
    found = problems(bundle)
    for line in found:
        print(f"check_bundle: {line}", file=sys.stderr)
    if found:
        print(f"check_bundle: {bundle} FAILED ({len(found)} problem(s))", file=sys.stderr)
        return 1
    count = sum(1 for p in bundle.rglob("*") if p.is_file())
    size = bundle_size_bytes(bundle) / 1e6
    extra = ", every import resolved, no Wine DLL" if is_windows_bundle(bundle) else ""
    print(f"check_bundle: {bundle} ok ({count} files, {size:.1f} MB, no network modules{extra})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
