"""The register of deleted cases as a file (P13; domain review C14, M7): what
:func:`vault.retention.deletion_register_csv` holds — codes, dates, counts and the
selection list's reference, never content — written where the user chose, atomically and
owner-only, like every file the vault writes.

The deletion record holds no content, so it is not an export of the table (P1-P3): no
release is asked and no export record is kept; the file is the organisation's register.

Usable from a Python shell::

    >>> from vault.case_register import write_deletion_register
    >>> write_deletion_register(vault, Path("verwijderde-casussen.csv"))
"""

from __future__ import annotations

import os
from pathlib import Path

from vault.errors import TargetExists
from vault.fsutil import (
    fsync_file,
    os_error_to_vault_error,
    owner_only,
    publish,
    remove_quietly,
    temp_sibling,
)
from vault.retention import deletion_records, deletion_register_csv
from vault.store import Vault

__all__ = ["write_deletion_register"]


def write_deletion_register(vault: Vault, dest: Path, *, overwrite: bool = False) -> int:
    """Write the deletion register (CSV, UTF-8 with a byte-order mark so spreadsheets read
    the accents) to ``dest``; return how many deleted cases it lists.

    Raises :class:`~vault.errors.TargetExists` when ``dest`` exists and ``overwrite`` is
    false, and the vault's file errors (disk full, read-only, …) for ``OSError``.
    """
    dest = Path(dest)
    if not overwrite and dest.exists():
        raise TargetExists("target file already exists", path=dest)
    data = ("\ufeff" + deletion_register_csv(vault)).encode("utf-8")
    count = len(deletion_records(vault))
    tmp = temp_sibling(dest, "csv")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        owner_only(tmp)
        fsync_file(tmp)
        publish(tmp, dest, overwrite=overwrite)
    except OSError as exc:
        remove_quietly(tmp)
        raise os_error_to_vault_error(exc, dest) from exc
    except BaseException:
        remove_quietly(tmp)
        raise
    return count
