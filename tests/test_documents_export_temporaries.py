"""What an export leaves on disk while it runs and after an interruption (review L6).

* With a password, the PDF is encrypted in memory: no unencrypted byte reaches the disk,
  not even in the temporary file.
* The temporary file is hidden (a leading dot; on Windows also the hidden attribute,
  which is cleared before the rename so the document itself is not hidden).
* An interrupted export's leftover is swept by the next export into that folder.
* The bytes on disk are exactly the document (binary mode on Windows).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from domain_strategies import build_table
from test_documents_support import Scene, scene

import vault.documents.export as export
from vault import Vault
from vault.documents import DocumentKind, DocumentRequest, build_pdf, export_document
from vault.fsutil import TEMP_MARK, is_hidden


@pytest.fixture
def s(vault: Vault) -> Scene:
    return scene(build_table(vault))


def _request(s: Scene) -> DocumentRequest:
    return DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=s.t.colleague)


class _Recorder:
    """Wraps os.fdopen to keep every byte the export writes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.written = bytearray()
        real = os.fdopen
        recorder = self

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            handle = real(fd, *args, **kwargs)
            write = handle.write

            def recording_write(data: bytes) -> int:
                recorder.written += data
                return int(write(data))

            handle.write = recording_write
            return handle

        monkeypatch.setattr(export.os, "fdopen", fdopen)


def test_p2_an_encrypted_export_never_writes_the_plain_document(
    s: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = build_pdf(s.t.vault, _request(s))
    recorder = _Recorder(monkeypatch)
    dest = tmp_path / "fiche.pdf"
    export_document(s.t.vault, _request(s), dest, password="een lang wachtwoord 42")
    assert bytes(recorder.written) == dest.read_bytes()
    assert plain[:2000] not in recorder.written
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(dest)


def test_the_document_on_disk_is_byte_for_byte_what_was_written(
    s: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No newline translation (Windows opens descriptors in text mode by default)."""
    recorder = _Recorder(monkeypatch)
    dest = tmp_path / "fiche.pdf"
    export_document(s.t.vault, _request(s), dest)
    assert b"\n" in recorder.written
    assert dest.read_bytes() == bytes(recorder.written)


def test_the_temporary_file_is_hidden_and_the_document_is_not(
    s: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, bool]] = []
    real_fsync = export.fsync_file

    def fsync(path: Path) -> None:
        seen.append((path.name, is_hidden(path)))
        real_fsync(path)

    monkeypatch.setattr(export, "fsync_file", fsync)
    dest = tmp_path / "fiche.pdf"
    export_document(s.t.vault, _request(s), dest)
    assert len(seen) == 1 and TEMP_MARK in seen[0][0] and seen[0][1] is True
    assert not is_hidden(dest)


def test_an_interrupted_exports_leftover_is_swept_by_the_next_export(
    s: Scene, tmp_path: Path
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    stale = folder / f".oud.pdf{TEMP_MARK}pdf-0123456789ab"
    fresh = folder / f".bezig.pdf{TEMP_MARK}pdf-ba9876543210"
    other = folder / ".mijn-eigen-bestand.pdf"
    for p in (stale, fresh, other):
        p.write_bytes(b"%PDF-1.4 leftover")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    export_document(s.t.vault, _request(s), folder / "fiche.pdf")
    names = sorted(p.name for p in folder.iterdir())
    assert stale.name not in names
    assert fresh.name in names  # maybe another export running right now
    assert other.name in names  # not ours
    assert "fiche.pdf" in names
