"""P2 end to end: a scripted session leaves no trace of table-only text anywhere.

HOME, the XDG folders and TMPDIR (on Windows USERPROFILE, LOCALAPPDATA, APPDATA, TEMP and
TMP) point into one temporary tree before the window exists (the client takes its default
vault folder from them), and Python logging writes every
DEBUG record to a file in that tree. The session types canary strings into table-only
notes (notebook and meeting screen), locks and unlocks, searches, makes PDFs of the kinds
that may leave (meeting overview, feedback sheet), makes a backup, and lets a second copy
of the client be killed mid-save. Afterwards every file in the tree — PDFs decompressed,
the encrypted vaults and their logs included — the log, the settings and the clipboard
are searched for the canary in UTF-8, UTF-16-LE and lower case: zero hits.
"""

from __future__ import annotations

import logging
import os
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from proof.figures import record
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from support.windows import make_context, make_window, unlock
from vault_proc import Child

from app.session.context import default_vault_dir
from vault import Vault
from vault.cells import list_cells
from vault.demo import DemoSpec, build_demo
from vault.documents import document_choices
from vault.documents.choices import request_for
from vault.documents.export import export_document
from vault.meetings import agenda, list_meetings
from vault.notes import note_label
from vault.policy import DocumentKind
from vault.search import search

CANARY = "Zwanenhals-q7Xk-Geheim"
NEEDLES = [
    CANARY.encode("utf-8"),
    CANARY.encode("utf-16-le"),
    CANARY.lower().encode("utf-8"),
    CANARY.lower().encode("utf-16-le"),
    b"q7Xk",
    b"q7xk",
]
GUI_CHILD = Path(__file__).with_name("gui_child.py")


@pytest.fixture
def user_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """A fake user: home, config, data, cache and temp folders, all under ``tmp_path``."""
    home = tmp_path / "home"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "TMPDIR": home / "tmp",
        "USERPROFILE": home,
        "LOCALAPPDATA": home / "AppData" / "Local",
        "APPDATA": home / "AppData" / "Roaming",
        "TEMP": home / "tmp",
        "TMP": home / "tmp",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    log_file = folders["XDG_STATE_HOME"] / "tafelboek-debug.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield {**folders, "log": log_file}
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
        QSettings().sync()


def _streams_of_pdf(path: Path) -> list[bytes]:
    """Every stream of a PDF decompressed, and its extracted text.

    A raw byte scan misses Flate-compressed text, and text in an embedded font subset
    is glyph numbers: pypdf maps those back to characters.
    """
    reader = PdfReader(path)
    out = [" ".join(page.extract_text() or "" for page in reader.pages).encode("utf-8")]
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    out.append(obj.read_bytes())
                except pikepdf.PdfError:
                    out.append(obj.read_raw_bytes())
    return out


def scan(root: Path) -> tuple[int, int, list[str]]:
    """(files, bytes, hits) for every file below ``root``."""
    files = size = 0
    hits: list[str] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
        data = path.read_bytes()
        files += 1
        size += len(data)
        chunks = [data, *(_streams_of_pdf(path) if data.startswith(b"%PDF") else [])]
        for chunk in chunks:
            for needle in NEEDLES:
                if needle in chunk:
                    hits.append(f"{path.relative_to(root)}: {needle!r}")
    return files, size, hits


def _clipboard_texts() -> list[str]:
    mime = QGuiApplication.clipboard().mimeData()
    texts = [QGuiApplication.clipboard().text()]
    if mime is not None:
        texts += [bytes(mime.data(f).data()).decode("utf-8", "replace") for f in mime.formats()]
    return texts


def test_p2_scripted_session_leaves_no_canary_anywhere(
    qtbot: QtBot, user_tree: dict[str, Path]
) -> None:
    home = user_tree["HOME"]
    vault_dir = default_vault_dir()
    assert vault_dir.is_relative_to(home)  # the client follows XDG_DATA_HOME / LOCALAPPDATA
    context = make_context(vault_dir)
    vault_dir.mkdir(parents=True)
    with Vault.create(
        context.default_vault_path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
    ) as vault:
        build_demo(vault, DemoSpec(cells=1, years=1, meetings=8, cases=4, notes=80))

    window = make_window(qtbot, context)
    unlock(qtbot, window)
    vault = window.vault.store
    assert vault is not None
    # Table-only notes in the notebook (own reflection) and on an agenda item.
    window.notebook.new_note()
    window.notebook.editor.insertPlainText(f"Eigen reflectie {CANARY} éé 👩🏽‍⚕️")
    assert window.notebook.save_pending()
    meeting = list_meetings(vault)[0]
    item = agenda(vault, meeting.id)[0]
    window.meetings_action.trigger()
    screen = window.meeting_screen
    screen.open_meeting(meeting.id, item.id)
    screen.new_note()
    screen.editor.insertPlainText(f"Aan tafel gezegd: {CANARY}\nנוסח {CANARY.lower()}")
    assert screen.save_pending()
    note_id = screen.current_note_id
    assert note_id is not None and note_label(vault, note_id).table_only

    # Lock and unlock; the clipboard held our content (the guard's copy) until the lock.
    window.lock_guard.clipboard.copy(CANARY)
    window.lock()
    assert not any(CANARY.lower() in t.lower() for t in _clipboard_texts())
    unlock(qtbot, window)
    vault = window.vault.store
    assert vault is not None

    # Search finds the canary inside the vault (so it is really there, and searchable).
    assert len(search(vault, CANARY)) == 2
    assert search(vault, 'NEAR("' + CANARY + '" *') is not None

    # Documents of the kinds that may leave, about the very meeting with the canary.
    documents = home / "Documenten"
    documents.mkdir()
    choices = document_choices(vault)
    export_document(
        vault, request_for(DocumentKind.MEETING_OVERVIEW, meeting.id), documents / "overzicht.pdf"
    )
    assert choices.feedback_colleagues, "the demo must hold feedback to export"
    for colleague in choices.feedback_colleagues[:2]:
        export_document(
            vault,
            request_for(DocumentKind.FEEDBACK_SHEET, colleague.id),
            documents / f"terugkoppeling-{colleague.id}.pdf",
        )
    # Positive control: the PDF scan reads real document text (the cell's name).
    cell_name = list_cells(vault)[0].name.encode("utf-8")
    assert any(cell_name in chunk for chunk in _streams_of_pdf(documents / "overzicht.pdf"))
    vault.backup(home / "reserve.tafelboek")

    # A second copy of the client, killed while saving the canary.
    crash_vault = vault_dir / "crash.tafelboek"
    Vault.create(crash_vault, PASSPHRASE, kdf=FAST_KDF).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = Child("notebook", crash_vault, [PASSPHRASE], CANARY, script=GUI_CHILD, env=env)
    child.wait_for("open")
    time.sleep(random.Random(5).uniform(0.4, 0.9))
    child.kill()
    assert any(line.startswith("ack ") for line in child.lines)
    assert CANARY not in child.stderr

    # Quit the way a user does: the window closes and locks.
    window.close()
    assert not vault.is_open
    QSettings().sync()

    files, size, hits = scan(home)
    logged = user_tree["log"].read_text(encoding="utf-8")
    clipboard = _clipboard_texts()
    record("leak.scan", files=files, bytes=size, hits=len(hits))
    assert files >= 7, "the scan must see the vaults, PDFs, log and the crashed vault's log"
    assert (vault_dir / "crash.tafelboek-wal").exists(), "the crash left its log to scan"
    assert hits == []
    assert CANARY.lower() not in logged.lower()
    assert not any(CANARY.lower() in t.lower() for t in clipboard)
