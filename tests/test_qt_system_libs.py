"""`make run` on a fresh Linux: every system library Qt links is named by its package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import qt_system_libs as libs

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="Linux only: Windows' Qt brings its own platform plugin and needs no system "
    "libraries (the Windows lane's self-test opens a window instead)",
)


def test_every_system_library_qt_links_has_a_package() -> None:
    """The table cannot fall behind Qt: checked against the libraries' own DT_NEEDED."""
    base = libs.qt_dir()
    files = libs.qt_files(base)
    assert {f.name for f in files} >= {"libqxcb.so", "libQt6XcbQpa.so.6", "libQt6Gui.so.6"}
    bundled = {p.name for p in (base / "lib").iterdir()}
    system = {n for f in files for n in libs.needed(f)} - bundled - libs.BASE
    assert system, "the parser found no system library at all"
    assert sorted(system - libs.PACKAGES.keys()) == []
    # The three the newcomer met on a fresh Debian are among them.
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= system


def test_the_elf_reader_agrees_with_the_dynamic_linker() -> None:
    plugin = libs.qt_dir() / "plugins/platforms/libqxcb.so"
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    listed = {line.split()[0] for line in out.splitlines() if line.strip()}
    direct = set(libs.needed(plugin))
    assert direct and direct <= listed


def test_what_is_missing_here_is_all_known() -> None:
    missing = libs.missing_sonames(libs.qt_files(libs.qt_dir()))
    _, unknown = libs.packages_for(missing)
    assert unknown == []


def test_one_line_names_every_missing_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    monkeypatch.setattr(libs, "missing_sonames", lambda files: fresh)
    assert libs.main([]) == 1  # without --install it only says what to do
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")


def test_an_unknown_library_is_named_not_hidden(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    some = ["libxcb-icccm.so.4", "libnieuw.so.3"]
    monkeypatch.setattr(libs, "missing_sonames", lambda files: some)
    assert libs.main([]) == 1
    err = capsys.readouterr().err
    assert "libxcb-icccm4" in err and "libnieuw.so.3" in err


def test_nothing_missing_says_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(libs, "missing_sonames", lambda files: [])
    assert libs.main(["--install"]) == 0
    assert capsys.readouterr().err == ""
