"""Check a finished onedir bundle: nothing that can talk to a network, everything we need.

    python packaging/check_bundle.py dist/Tafelboek

Fails (exit 1, one line per problem) when the folder holds a socket-capable Qt module
(QtNetwork, QtWebEngine, QtWebSockets, ...), a Qt plugin or library that links one, TLS
(``_ssl``, ``libssl``), or Qt catalogues of other languages; or when the executable, our
Dutch catalogue, Qt's ``qtbase_nl.qm``, the fonts, the icon or the offscreen platform
plugin (the self-test runs on it) is missing. Python's ``socket`` module is allowed:
``packaging/bundle_rules.py`` says why. Run by ``make package`` after every build.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_rules import (
    forbidden_references,
    is_binary_name,
    is_forbidden_path,
    keep_translation,
)

NAME = "Tafelboek"
REQUIRED_RESOURCES = (
    "resources/i18n/tafelboek_nl_BE.qm",
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/DejaVuSans-Oblique.ttf",
    "resources/fonts/DejaVuSans-BoldOblique.ttf",
    "resources/fonts/LICENSE-DejaVu.txt",
    "resources/icons/tafelboek.png",
    "resources/icons/tafelboek.svg",
)
"""Paths relative to the bundle's contents folder (``_internal``)."""


def executable(bundle: Path) -> Path:
    exe = bundle / f"{NAME}.exe"
    return exe if exe.exists() else bundle / NAME


def bundle_size_bytes(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def problems(bundle: Path) -> list[str]:
    """Everything wrong with the bundle at ``bundle``; empty when it passes."""
    if not bundle.is_dir():
        return [f"{bundle}: no such folder (build it with `make package`)"]
    found: list[str] = []
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
    for path in sorted(files):
        relative = path.relative_to(bundle).as_posix()
        if is_forbidden_path(relative):
            found.append(f"forbidden (network-capable): {relative}")
            continue
        if not keep_translation(relative):
            found.append(f"not wanted (other language): {relative}")
        if is_binary_name(path.name) or path == executable(bundle):
            refs = forbidden_references(path.read_bytes())
            if refs:
                found.append(f"forbidden (links {', '.join(refs)}): {relative}")
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
    print(f"check_bundle: {bundle} ok ({count} files, {size:.1f} MB, no network modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
