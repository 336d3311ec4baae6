"""``tafelboek --self-test``: the real code paths in a temporary folder, nothing else touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import app.care.self_test as self_test
from app.main import parse_args
from vault.api import Hardening

ROOT = Path(__file__).resolve().parents[1]
STEPS = (
    "hardening",
    "translations",
    "create",
    "notes",
    "search",
    "pdf",
    "reopen",
    "window",
    "clean-up",
)
ISOLATED = (
    "LOCALAPPDATA",
    "APPDATA",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "QT_QPA_PLATFORM",
)


Outcome = tuple[subprocess.CompletedProcess[str], dict[str, Path], Path]


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    """One run of ``python -m app --self-test`` from the source tree, shared by the tests."""
    tmp_path = tmp_path_factory.mktemp("self-test")
    names = (
        "HOME",
        "USERPROFILE",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "LOCALAPPDATA",
        "APPDATA",
    )
    homes = {name: tmp_path / "user" / name.lower() for name in names}
    for folder in homes.values():
        folder.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # it must choose
    env.update({name: str(folder) for name, folder in homes.items()})
    for name in ("TMPDIR", "TEMP", "TMP"):  # TEMP and TMP: what Windows programs use
        env[name] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    return result, homes, tmp_path / "tmp"


def test_self_test_passes_headless_with_one_line_per_step(outcome: Outcome) -> None:
    result, _, _ = outcome

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == list(STEPS)
    assert all(line.split()[2] == "ok" for line in lines[:-1])
    assert lines[-1].startswith(f"self-test: passed ({len(STEPS)} steps,")


def test_self_test_touches_no_user_folder_and_leaves_nothing_behind(outcome: Outcome) -> None:
    result, homes, tmp = outcome

    assert result.returncode == 0, result.stdout + result.stderr
    # Neither the vault folder nor the settings file nor any cache appeared in the user's
    # (here: fake) home, data and config folders; the temporary folder is empty again.
    for name, folder in homes.items():
        assert list(folder.rglob("*")) == [], name
    assert list(tmp.iterdir()) == []


def test_self_test_output_shows_no_note_text(outcome: Outcome) -> None:
    result, _, _ = outcome

    output = result.stdout + result.stderr
    for word in ("jeugdhuis", self_test._SEARCH_WORD, "coördinatie", "Aangevuld", "Zelftest"):
        assert word not in output


def test_self_test_is_a_documented_option() -> None:
    assert parse_args(["--self-test"]).self_test is True
    assert parse_args([]).self_test is False


def test_a_failing_step_stops_the_run_and_names_only_the_error_type(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run = self_test._Run()

    def leaks() -> str:
        raise ValueError("GEHEIME notitie")

    assert run.step("notes", leaks) is False
    assert run.step("search", lambda: "never runs") is False
    out = capsys.readouterr().out
    assert "notes" in out and "FAILED: ValueError" in out
    assert "GEHEIME" not in out and "search" not in out
    assert run.passed == 0 and run.failed == "notes"


def test_self_test_exits_1_when_translations_are_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ISOLATED:  # restored after the test; the self-test changes them in-process
        monkeypatch.setenv(name, os.environ.get(name, "offscreen"))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(self_test.tempfile, "tempdir", None)  # re-read TMPDIR
    monkeypatch.setattr(self_test, "install_translators", lambda app, language: [])

    hardened = Hardening({"freed_memory_wiped": True})
    assert self_test.run_self_test(hardened) == 1

    out = capsys.readouterr().out
    assert "translations FAILED" in out
    assert "FAILED at step 'translations' (1 steps passed)" in out
    assert list(tmp_path.iterdir()) == []  # the temporary folder went away all the same


def test_the_self_test_fails_first_when_freed_memory_is_not_wiped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An installation whose SQLCipher cannot wipe freed memory is not fit for notes:
    the self-test stops at its first step (and touches nothing)."""
    hardening = Hardening({"freed_memory_wiped": False, "core_dumps_off": True})
    assert self_test.run_self_test(hardening) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[1:3] == ["hardening", "FAILED:"]
    assert "memory security" in lines[0]
    assert lines[-1] == "self-test: FAILED at step 'hardening' (0 steps passed)"
