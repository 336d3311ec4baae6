"""Deleted and replaced text leaves the full-text index at once (security review L1).

The probe of the review: a note with a unique word, deleted; the raw FTS5 segments
(``note_fts_data``, decrypted pages) still held the word twice. With FTS5's
secure-delete (schema 4) they hold it no more — after a deletion, after an edit that
removes the word, and after the upgrade of a vault that already had such remnants.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock

import vault.store as store
from vault import Vault
from vault.notes import add_note, delete_note, update_note
from vault.schema import MIGRATIONS
from vault.search import search

TOKEN = "zwqkanarie"


def _blocks_with(vault: Vault, word: str) -> int:
    return sum(
        1 for (block,) in vault.query("SELECT block FROM note_fts_data") if word.encode() in block
    )


def _filled(vault: Vault) -> int:
    for i in range(50):
        add_note(vault, f"Gewone notitie {i} over de tafel en de afspraken.")
    return add_note(vault, f"Een notitie met {TOKEN} erin.")


def test_l1_a_deleted_note_leaves_the_index(vault: Vault) -> None:
    note_id = _filled(vault)
    assert _blocks_with(vault, TOKEN) >= 1
    delete_note(vault, note_id)
    assert _blocks_with(vault, TOKEN) == 0


def test_l1_replaced_text_leaves_the_index(vault: Vault) -> None:
    note_id = _filled(vault)
    update_note(vault, note_id, "Een notitie zonder dat woord.")
    assert _blocks_with(vault, TOKEN) == 0
    assert _blocks_with(vault, "zonder") >= 1


def test_l1_the_upgrade_purges_what_earlier_deletions_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "oud.tafelboek"
    with monkeypatch.context() as old_program:
        old_program.setattr(store, "MIGRATIONS", {v: s for v, s in MIGRATIONS.items() if v <= 3})
        old_program.setattr(store, "LATEST_VERSION", 3)
        with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as old:
            note_id = _filled(old)
            delete_note(old, note_id)
            assert _blocks_with(old, TOKEN) >= 1  # the remnant the review found
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as upgraded:
        assert upgraded.schema_version() == store.LATEST_VERSION >= 4
        assert _blocks_with(upgraded, TOKEN) == 0
        kinds = [k for (k,) in upgraded.query("SELECT kind FROM audit_event")]
        assert "search_index_purged" in kinds
        # Search still finds what is there.
        assert search(upgraded, "tafel")


def test_a_new_vault_records_no_purge(vault: Vault) -> None:
    kinds = [k for (k,) in vault.query("SELECT kind FROM audit_event")]
    assert "search_index_purged" not in kinds
