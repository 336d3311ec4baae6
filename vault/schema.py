"""Schema of the vault database and its migrations, driven by ``PRAGMA user_version``.

Each migration runs in its own transaction together with the ``user_version`` bump, so a
crash leaves the vault at exactly one schema version. Before migrating a vault that
already holds data, :class:`vault.Vault` writes an encrypted backup next to it.
"""

from __future__ import annotations

from collections.abc import Sequence

MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        """
        CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE audit_event (
            id      INTEGER PRIMARY KEY,
            at      TEXT NOT NULL,
            kind    TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            detail  TEXT NOT NULL DEFAULT ''
        )
        """,
        """
        CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END
        """,
        """
        CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END
        """,
        """
        CREATE TABLE note (
            id         INTEGER PRIMARY KEY,
            body       TEXT NOT NULL,
            label      TEXT NOT NULL DEFAULT 'table_only',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    ),
}

LATEST_VERSION = max(MIGRATIONS)
"""Schema version this program writes; a vault with a higher one is refused."""
