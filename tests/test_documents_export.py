"""Writing a document out: atomic, owner-only, recorded without path or text, encrypted."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from conftest import assert_owner_only
from domain_strategies import build_table
from pikepdf.models.encryption import EncryptionMethod
from test_documents_support import CANARY, Scene, decrypted, present_canaries, scene, text_of

from vault import Vault
from vault.documents import DocumentKind, DocumentRequest, build_pdf, export_document
from vault.errors import ErrorCode, TargetExists, VaultError
from vault.exports import get_export, list_exports
from vault.fsutil import TEMP_MARK
from vault.policy import document_notes

PASSWORD = "Wachtwoord vóór de fiche ĳ"


@pytest.fixture
def s(vault: Vault) -> Scene:
    return scene(build_table(vault))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for documents (the vault itself lives in ``tmp_path``)."""
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def feedback(s: Scene, **kw: Any) -> DocumentRequest:
    return DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=s.t.colleague, **kw)


def dump_vault(v: Vault) -> str:
    """Every row of every table, as text: where a path could hide inside the vault."""
    tables = [str(r[0]) for r in v.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(repr(row) for name in tables for row in v.query(f'SELECT * FROM "{name}"'))


def test_export_writes_the_final_file_only_owner_only_and_records_it(
    s: Scene, tmp_path: Path
) -> None:
    v = s.t.vault
    folder = tmp_path / "Mapje-KANPATH"
    folder.mkdir()
    dest = folder / "terugkoppeling-KANFILE.pdf"
    export_id = export_document(v, feedback(s), dest)

    assert sorted(p.name for p in folder.iterdir()) == [dest.name]  # no temporary left
    assert_owner_only(dest)
    assert present_canaries(text_of(dest.read_bytes())) == {"feedback", "feedback_meeting"}

    record = get_export(v, export_id)
    assert record.kind == DocumentKind.FEEDBACK_SHEET.value
    assert record.recipient_id == s.t.colleague
    assert sorted(n for n in record.note_ids if n is not None) == sorted(
        document_notes(v, DocumentKind.FEEDBACK_SHEET, colleague_id=s.t.colleague)
    )
    (audit,) = v.query("SELECT kind, subject, detail FROM audit_event WHERE kind = 'exported'")
    assert audit[1] == f"export:{export_id}"
    assert f"kind:feedback_sheet recipient:{s.t.colleague} notes:2" == audit[2]

    everything = dump_vault(v)
    for secret in ("KANPATH", "KANFILE", str(tmp_path), "terugkoppeling-"):
        assert secret not in everything, secret


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_kind_is_recorded_with_its_recipient(s: Scene, out: Path, kind: DocumentKind) -> None:
    subject = {
        DocumentKind.FEEDBACK_SHEET: {"colleague_id": s.t.colleague},
        DocumentKind.DOSSIER_EXTRACT: {"case_id": s.t.case},
        DocumentKind.REFUSAL_LETTER: {"assessment_id": s.assessment, "with_motivation": True},
        DocumentKind.NOTICE_TO_PERSON: {"decision_id": s.inform_allowed},
        DocumentKind.LTF_RECORD: {"decision_id": s.ltf_decision},
        DocumentKind.MEETING_OVERVIEW: {"meeting_id": s.t.meeting},
    }[kind]
    request = DocumentRequest(kind, **subject)  # type: ignore[arg-type]
    record = get_export(s.t.vault, export_document(s.t.vault, request, out / "d.pdf"))
    assert record.kind == kind.value
    expected_recipient = {
        DocumentKind.FEEDBACK_SHEET: s.t.colleague,
        DocumentKind.REFUSAL_LETTER: s.t.mayor,
    }.get(kind)
    assert record.recipient_id == expected_recipient
    if kind is DocumentKind.NOTICE_TO_PERSON:
        assert record.note_ids == () and record.case_id is None
    if kind is DocumentKind.LTF_RECORD:
        assert record.note_ids == (s.ltf_form,)


def test_an_existing_file_is_not_overwritten_without_asking(s: Scene, out: Path) -> None:
    v = s.t.vault
    dest = out / "fiche.pdf"
    dest.write_bytes(b"not mine")
    with pytest.raises(TargetExists) as caught:
        export_document(v, feedback(s), dest)
    assert caught.value.code is ErrorCode.EXISTS
    assert dest.read_bytes() == b"not mine"
    assert list_exports(v) == []
    assert sorted(p.name for p in out.iterdir()) == ["fiche.pdf"]
    export_document(v, feedback(s), dest, overwrite=True)
    assert dest.read_bytes().startswith(b"%PDF")
    assert len(list_exports(v)) == 1
    assert_owner_only(dest)


def test_a_failed_write_maps_the_error_and_leaves_nothing(s: Scene, out: Path) -> None:
    v = s.t.vault
    with pytest.raises(VaultError) as caught:
        export_document(v, feedback(s), out / "no-such-folder" / "fiche.pdf")
    assert caught.value.code is ErrorCode.WRITE_FAILED
    assert list(out.iterdir()) == []
    assert list_exports(v) == []


def test_a_disk_full_write_is_reported_as_such(
    s: Scene, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("vault.documents.export.fsync_file", full)
    with pytest.raises(VaultError) as caught:
        export_document(s.t.vault, feedback(s), out / "fiche.pdf")
    assert caught.value.code is ErrorCode.DISK_FULL
    assert list(out.iterdir()) == []  # the temporary file is cleaned up
    assert list_exports(s.t.vault) == []


def test_p3_export_is_recorded_before_the_file_appears_and_withdrawn_if_it_never_does(
    s: Scene, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = s.t.vault
    seen: list[int] = []

    def publish_after_checking(tmp: Path, dest: Path, *, overwrite: bool) -> None:
        seen.append(len(list_exports(v)))  # the record exists before the file is published
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("vault.documents.export.publish", publish_after_checking)
    with pytest.raises(VaultError) as caught:
        export_document(v, feedback(s), out / "fiche.pdf")
    assert caught.value.code is ErrorCode.DISK_FULL
    assert seen == [1]
    assert list_exports(v) == []  # known not to have left: the record is taken back
    assert list(out.iterdir()) == []
    kinds = [row[0] for row in v.query("SELECT kind FROM audit_event ORDER BY id")]
    assert kinds[-2:] == ["exported", "export_withdrawn"]


def test_password_gives_aes_256_and_no_plain_byte_reaches_the_disk(
    s: Scene, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[bytes] = []
    real_fdopen = os.fdopen

    def recording_fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, mode, *args, **kwargs)
        original = handle.write

        def write(data: bytes) -> int:
            written.append(bytes(data))
            return original(data)

        handle.write = write  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr("vault.documents.export.os.fdopen", recording_fdopen)
    dest = out / "fiche.pdf"
    export_document(s.t.vault, feedback(s), dest, password=PASSWORD)
    raw = dest.read_bytes()
    assert b"".join(written) == raw  # everything written went through the recorder

    # pypdf cannot even open an AES file without the optional ``cryptography`` package
    # (not a dependency here); the encryption dictionary itself is plain PDF, so read it
    # raw, and let pikepdf (qpdf) prove that the password is needed and which cipher.
    assert raw.startswith(b"%PDF") and b"/Encrypt" in raw
    at = raw.index(b"/Filter /Standard")
    dictionary = raw[raw.rindex(b" obj", 0, at) : raw.index(b"endobj", at)]
    for entry in (b"/R 6", b"/V 5", b"/Length 256", b"/CFM /AESV3"):
        assert entry in dictionary, entry
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(raw))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(raw), password="verkeerd wachtwoord")
    with pikepdf.open(io.BytesIO(raw), password=PASSWORD) as doc:
        assert (doc.encryption.R, doc.encryption.V, doc.encryption.bits) == (6, 5, 256)
        assert doc.encryption.stream_method is EncryptionMethod.aesv3
        assert doc.encryption.string_method is EncryptionMethod.aesv3
    assert present_canaries(text_of(raw, PASSWORD)) == {"feedback", "feedback_meeting"}
    for plain in (CANARY["feedback"], "Jeugdwerker Collega", "VERTROUWELIJK", "Terugkoppeling"):
        for encoding in ("utf-8", "utf-16-be", "latin-1"):
            try:
                needle = plain.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert needle not in raw, (plain, encoding)
    plain_pdf = decrypted(raw, PASSWORD)
    assert b"/Encrypt" not in plain_pdf and b"/Encrypt" in raw


def test_an_empty_password_is_refused_before_anything_is_written(s: Scene, out: Path) -> None:
    with pytest.raises(ValueError, match="password"):
        export_document(s.t.vault, feedback(s), out / "fiche.pdf", password="")
    assert list(out.iterdir()) == []
    assert list_exports(s.t.vault) == []


def test_build_pdf_records_nothing(s: Scene) -> None:
    assert build_pdf(s.t.vault, feedback(s)).startswith(b"%PDF")
    assert list_exports(s.t.vault) == []


def test_no_temporary_file_is_left_next_to_the_destination(s: Scene, out: Path) -> None:
    for n in range(3):
        export_document(s.t.vault, feedback(s), out / f"f{n}.pdf")
    assert not [p for p in out.iterdir() if TEMP_MARK in p.name]
    assert len(list_exports(s.t.vault)) == 3
