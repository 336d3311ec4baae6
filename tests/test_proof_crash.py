"""kill -9 through the paths the client really uses: GUI saves, backups and PDF exports.

The child (``tests/gui_child.py``) runs the real main window offscreen and prints a line
each time the screen shows a save as done; the parent kills it at a random moment and then
checks that every acknowledged line is in the vault, that the vault opens with its one
passphrase, and that no half-written file carries a final name. Backups and PDF exports
run in a loop until the kill; every file under a final name must be complete.

Rounds: a few in ``make test``; ``TAFELBOEK_PROOF_ROUNDS`` (``make proof``: 200) each.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import time
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from proof.figures import record
from pypdf import PdfReader
from vault_proc import Child

from vault import Vault, WrongPassphrase
from vault.demo import DemoSpec, build_demo
from vault.exports import list_exports
from vault.fsutil import TEMP_MARK
from vault.notes import list_notes
from vault.store import side_files

GUI_CHILD = Path(__file__).with_name("gui_child.py")
ROUNDS = int(os.environ.get("TAFELBOEK_PROOF_ROUNDS", "2"))
SMALL = DemoSpec(cells=1, years=1, meetings=2, cases=2, notes=10)
LINE = re.compile(r"regel (\d+) ")
WRONG = "niet de juiste zin"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash-template") / "demo.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as vault:
        build_demo(vault, SMALL)
    return path


def _copy(template: Path, folder: Path) -> Path:
    path = folder / "Tafelboek.tafelboek"
    shutil.copyfile(template, path)
    return path


def _acked(lines: list[str], word: str) -> int:
    return max((int(x.split()[1]) for x in lines if x.startswith(word + " ")), default=0)


def _opens_with_exactly_one_passphrase(path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open(path, WRONG)
    with Vault.open(path, PASSPHRASE) as v:
        assert v.integrity_check().ok


def _final_names(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if TEMP_MARK not in p.name)


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_kill_during_gui_saves_loses_no_acknowledged_text(
    tmp_path: Path, demo_template: Path, round_no: int
) -> None:
    mode = ("notebook", "meeting")[round_no % 2]
    rng = random.Random(4200 + round_no)
    path = _copy(demo_template, tmp_path)
    child = Child(mode, path, [PASSPHRASE], script=GUI_CHILD)
    # From the first save on, at a random moment (startup is no save path).
    child.wait_for("ack 1")
    time.sleep(rng.uniform(0.0, 1.2))
    child.kill()
    acked = _acked(child.lines, "ack")
    assert not [x for x in child.lines if x.startswith("error")], child.lines
    with Vault.open(path, PASSPHRASE) as v:
        assert v.integrity_check().ok
        stored = {int(m) for n in list_notes(v) for m in LINE.findall(n.body)}
    lost = sorted(set(range(1, acked + 1)) - stored)
    record(f"crash.gui_{mode}", rounds=1, acknowledged=acked, lost=len(lost))
    assert acked > 0, f"the child saved nothing; stderr: {child.stderr[-1500:]}"
    assert lost == []
    _opens_with_exactly_one_passphrase(path)
    assert _final_names(tmp_path) == [path]


def _kill_loop(mode: str, path: Path, out: Path, seed: int) -> tuple[int, list[Path], Child]:
    """Run ``mode`` (backup/export) into ``out`` until a random kill; (acked, finals, child)."""
    out.mkdir()
    child = Child(mode, path, [PASSPHRASE], str(out), script=GUI_CHILD)
    child.wait_for(f"{mode} 1")
    time.sleep(random.Random(seed).uniform(0.0, 0.6))
    child.kill()
    return _acked(child.lines, mode), _final_names(out), child


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_kill_during_backup_leaves_only_complete_backups(
    tmp_path: Path, demo_template: Path, round_no: int
) -> None:
    path = _copy(demo_template, tmp_path)
    with Vault.open(path, PASSPHRASE) as v:
        notes = len(list_notes(v))
    out = tmp_path / "reserve"
    acked, finals, child = _kill_loop("backup", path, out, 5200 + round_no)
    complete = 0
    for backup in finals:
        with Vault.open(backup, PASSPHRASE) as copy:
            if copy.integrity_check().ok and len(list_notes(copy)) == notes:
                complete += 1
        for side in side_files(backup):
            side.unlink(missing_ok=True)
    names = {p.name for p in finals}
    missing = [n for n in range(1, acked + 1) if f"backup-{n}.tafelboek" not in names]
    record(
        "crash.backup",
        rounds=1,
        acknowledged=acked,
        lost=len(missing),
        final_files=len(finals),
        partial=len(finals) - complete,
    )
    assert acked > 0, child.stderr[-1500:]
    assert missing == []
    assert complete == len(finals)
    _opens_with_exactly_one_passphrase(path)
    assert _final_names(tmp_path) == sorted([path, out])  # Windows sorts paths caselessly


def _complete_pdf(path: Path) -> bool:
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        return False
    reader = PdfReader(path, strict=True)
    return len(reader.pages) > 0 and all(page.extract_text() is not None for page in reader.pages)


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_kill_during_pdf_export_leaves_no_partial_pdf(
    tmp_path: Path, demo_template: Path, round_no: int
) -> None:
    path = _copy(demo_template, tmp_path)
    acked, finals, child = _kill_loop("export", path, tmp_path / "documenten", 6200 + round_no)
    partial = [p.name for p in finals if not _complete_pdf(p)]
    names = {p.name for p in finals}
    missing = [n for n in range(1, acked + 1) if f"doc-{n}.pdf" not in names]
    with Vault.open(path, PASSPHRASE) as v:
        recorded = len(list_exports(v))
    # The export is recorded before its file is published: a kill in between leaves at
    # most one record of a PDF that never appeared (the safe side of P3), never a PDF
    # without its record.
    unrecorded = max(0, len(finals) - recorded)
    record(
        "crash.pdf_export",
        rounds=1,
        acknowledged=acked,
        lost=len(missing),
        final_files=len(finals),
        partial=len(partial),
        unrecorded=unrecorded,
    )
    assert acked > 0, child.stderr[-1500:]
    assert missing == []
    assert partial == []
    assert recorded >= acked
    assert unrecorded == 0
    assert len(finals) <= recorded <= len(finals) + 1
    _opens_with_exactly_one_passphrase(path)
