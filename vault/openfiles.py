"""Which vault files this process has open.

On POSIX, closing *any* descriptor of a file drops every lock this process holds on
it — including SQLite's exclusive lock on an open vault. So before Tafelboek reads a
vault file with an ordinary descriptor (its header, its first page), it asks here
whether this process already has that file open, and refuses instead.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from vault.errors import VaultInUse

_lock = threading.Lock()
_open: dict[tuple[int, int], int] = {}


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def ensure_not_open_here(path: Path) -> None:
    """Raise :class:`VaultInUse` when this process has ``path`` open as a vault."""
    ident = _identity(path)
    with _lock:
        if ident is not None and ident in _open:
            raise VaultInUse("this vault is already open in this program", path=path)


def register(path: Path) -> tuple[int, int] | None:
    """Record that ``path`` is now open; returns the token for :func:`unregister`."""
    ident = _identity(path)
    if ident is not None:
        with _lock:
            _open[ident] = _open.get(ident, 0) + 1
    return ident


def unregister(token: tuple[int, int] | None) -> None:
    if token is None:
        return
    with _lock:
        left = _open.get(token, 0) - 1
        if left > 0:
            _open[token] = left
        else:
            _open.pop(token, None)
