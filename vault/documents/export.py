"""Building a document and writing it out: atomically, owner-only, recorded.

The PDF is built (and, with a password, encrypted) in memory; the finished bytes go to
a hidden temporary sibling of the destination, are flushed to disk and then published
under the final name (:func:`vault.fsutil.publish`), so no half-written or unencrypted
file ever carries the destination's name. The export is then recorded in the vault —
kind, recipient and note ids, never the path or the text — which also writes the audit
event (:func:`vault.exports.record_export`).
"""

from __future__ import annotations

import contextlib
import os
import time
from datetime import date
from pathlib import Path

from vault.documents.builders import DocumentRequest, build_document
from vault.documents.render import encrypt
from vault.errors import TargetExists, VaultError
from vault.exports import record_export, withdraw_export
from vault.fsutil import (
    TEMP_MARK,
    fsync_file,
    os_error_to_vault_error,
    owner_only,
    publish,
    remove_quietly,
    set_hidden,
    temp_sibling,
)
from vault.store import Vault


def build_pdf(vault: Vault, request: DocumentRequest, *, today: date | None = None) -> bytes:
    """The document as PDF bytes, in memory (for a preview, or the client's own writing).

    Nothing is recorded: only :func:`export_document` records an export.
    """
    return build_document(vault, request, today=today).pdf


def export_document(
    vault: Vault,
    request: DocumentRequest,
    dest: Path,
    *,
    password: str | None = None,
    overwrite: bool = False,
    today: date | None = None,
) -> int:
    """Write the document to ``dest`` and record the export; return the record's id.

    Raises :class:`~vault.documents.DocumentRefused` when the policy refuses (nothing is
    written), :class:`~vault.errors.TargetExists` when ``dest`` exists and ``overwrite`` is
    false, and the vault's file errors (disk full, read-only, …) for ``OSError``.
    """
    dest = Path(dest)
    if not overwrite and dest.exists():
        raise TargetExists("target file already exists", path=dest)
    built = build_document(vault, request, today=today)
    # Encrypted in memory: with a password, no unencrypted byte ever reaches the disk.
    data = encrypt(built.pdf, password) if password is not None else built.pdf
    sweep_stale_exports(dest.parent)
    tmp = temp_sibling(dest, "pdf")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        set_hidden(tmp, True)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        owner_only(tmp)
        fsync_file(tmp)
    except OSError as exc:
        remove_quietly(tmp)
        raise os_error_to_vault_error(exc, dest) from exc
    # Record first, publish second: a crash in between leaves a record of an export that
    # never appeared (the safe side of P3), never a document that left unrecorded.
    try:
        export_id = record_export(
            vault,
            built.kind.value,
            built.note_ids,
            recipient_id=built.recipient_id,
            meeting_id=built.meeting_id,
            case_id=built.case_id,
            revealed=built.revealed,
        )
    except BaseException:
        remove_quietly(tmp)
        raise
    try:
        publish(tmp, dest, overwrite=overwrite)
        set_hidden(dest, False)  # the temporary file's attribute travelled with the rename
    except (OSError, VaultError) as exc:
        remove_quietly(tmp)
        # Known not to have left: take the record back (if that fails too, the record
        # stays — over-reporting an export is the safe side).
        with contextlib.suppress(VaultError, OSError):
            withdraw_export(vault, export_id)
        if isinstance(exc, OSError):
            raise os_error_to_vault_error(exc, dest) from exc
        raise
    return export_id


STALE_AFTER_SECONDS = 600.0
"""A temporary export older than this was left by an interrupted export (a kill or a
power cut between writing and publishing): a running export takes a second or two."""


def sweep_stale_exports(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete what interrupted exports left in ``folder``; return what was deleted.

    Such a file holds a finished document under a hidden temporary name (unencrypted
    when the export had no password). Every export sweeps its destination folder first,
    so a leftover lives at most until the next export there; a folder is never
    remembered for a later sweep (P2: no paths outside the vault).
    """
    moment = time.time() if now is None else now
    removed: list[Path] = []
    marker = f"{TEMP_MARK}pdf-"
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if not (entry.name.startswith(".") and marker in entry.name):
                continue
            with contextlib.suppress(OSError):
                if moment - entry.stat().st_mtime > STALE_AFTER_SECONDS:
                    entry.unlink()
                    removed.append(entry)
    return removed
