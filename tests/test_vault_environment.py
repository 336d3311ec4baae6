"""Hostile surroundings: vault in use, read-only location, full disk, network share.

CI runs as root, and root ignores file permissions. Read-only cases therefore run the
vault in a child process that has dropped to the 'nobody' user; full-disk cases use a
file-size limit (RLIMIT_FSIZE, which binds root too), SQLite's own page limit (any OS)
and, where the machine allows mounting, a real tiny tmpfs.

On Windows the read-only attribute of a file binds every user, folders have no
permission bits (their ACLs decide), there is no RLIMIT_FSIZE and no tmpfs to mount:
the tests that need those are skipped there and name what covers the case instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from vault_proc import Child, as_nobody, run

from vault import Vault, VaultError, VaultInUse
from vault.errors import ErrorCode
from vault.location import is_network_location
from vault.notes import add_note, list_notes


def test_second_process_is_refused_while_vault_is_open(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    holder = Child("hold", vault_path, [PASSPHRASE], "30")
    try:
        holder.wait_for("open")
        with pytest.raises(VaultInUse):
            Vault.open(vault_path, PASSPHRASE)
    finally:
        holder.kill()
    Vault.open(vault_path, PASSPHRASE).close()  # free again once the holder is gone


def test_open_vault_refuses_another_process(vault: Vault, vault_path: Path) -> None:
    code, lines, _ = run("open", vault_path, [PASSPHRASE])
    assert lines == ["error in_use"]
    assert code == 10


def _writable_then_retry(func: Callable[[str], object], name: str, _exc: object) -> None:
    """``rmtree`` help: Windows refuses to delete a file with the read-only attribute."""
    os.chmod(name, stat.S_IWRITE | stat.S_IREAD)
    func(name)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A temporary folder that the unprivileged child can reach."""
    folder = Path(tempfile.mkdtemp(prefix="tafelboek-env-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, onerror=_writable_then_retry)


READ_ONLY_FOLDER_IS_POSIX = pytest.mark.skipif(
    sys.platform == "win32",
    reason="folder permission bits: Windows ignores the read-only attribute of a folder "
    "(ACLs decide there); on Windows test_read_only_vault_file_is_a_clear_error covers a "
    "read-only location, with the read-only attribute that binds every user",
)


@READ_ONLY_FOLDER_IS_POSIX
def test_read_only_folder_create_is_a_clear_error(shared_dir: Path) -> None:
    ro = shared_dir / "alleen-lezen"
    ro.mkdir(mode=0o555)
    ro.chmod(0o555)
    _code, lines, err = run("create", ro / "nieuw.tafelboek", [PASSPHRASE], preexec=as_nobody())
    assert lines == ["error read_only"], err
    assert list(ro.iterdir()) == []


@READ_ONLY_FOLDER_IS_POSIX
def test_read_only_folder_open_is_a_clear_error_and_loses_nothing(shared_dir: Path) -> None:
    folder = shared_dir / "kluizen"
    folder.mkdir()
    path = folder / "v.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as v:
        add_note(v, "bewaren")
    path.chmod(0o644)
    before = path.read_bytes()
    folder.chmod(0o555)
    _code, lines, err = run("open", path, [PASSPHRASE], preexec=as_nobody())
    assert lines == ["error read_only"], err
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["v.tafelboek"]
    folder.chmod(0o755)
    with Vault.open(path, PASSPHRASE) as v:
        assert [n.body for n in list_notes(v)] == ["bewaren"]


def test_read_only_vault_file_is_a_clear_error(shared_dir: Path) -> None:
    folder = shared_dir / "kluizen"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    path = folder / "v.tafelboek"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    path.chmod(0o444)  # on Windows: the read-only attribute
    before = path.read_bytes()
    _code, lines, err = run("open", path, [PASSPHRASE], preexec=as_nobody())
    assert lines == ["error read_only"], err
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["v.tafelboek"]


def _acked(lines: list[str]) -> int:
    return max((int(x.split()[1]) for x in lines if x.startswith("ack ")), default=0)


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="RLIMIT_FSIZE is POSIX; on Windows "
    "test_page_limit_during_saves_keeps_every_acknowledged_note fills the vault instead",
)
def test_file_size_limit_during_saves_keeps_every_acknowledged_note(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    limit = 2 * 1024 * 1024
    _code, lines, err = run("fill", vault_path, [PASSPHRASE], str(limit))
    assert lines[-1] in ("error disk_full", "error write_failed"), (lines[-3:], err[-500:])
    acked = _acked(lines)
    assert acked > 10
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.integrity_check().ok
        numbers = {int(w[1]) for n in list_notes(v) if (w := n.body.split())[1].isdigit()}
    assert set(range(1, acked + 1)) <= numbers


def test_page_limit_during_saves_keeps_every_acknowledged_note(vault_path: Path) -> None:
    """The vault may not grow (SQLITE_FULL, what a full disk gives): on every OS."""
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    _code, lines, err = run("fill-pages", vault_path, [PASSPHRASE], "400")
    assert lines[-1] == "error disk_full", (lines[-3:], err[-500:])
    acked = _acked(lines)
    assert acked > 10
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.integrity_check().ok
        numbers = {int(w[1]) for n in list_notes(v) if (w := n.body.split())[1].isdigit()}
        assert set(range(1, acked + 1)) <= numbers
        add_note(v, "opruimen 0 gelukt")  # without the limit the vault grows again


TMPFS_IS_LINUX = pytest.mark.skipif(
    sys.platform == "win32",
    reason="a tmpfs mount is Linux's; on Windows "
    "test_page_limit_during_saves_keeps_every_acknowledged_note fills the vault instead",
)


@contextlib.contextmanager
def tiny_tmpfs(size: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="tafelboek-full-"))
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        folder.rmdir()
        pytest.skip(
            "cannot mount a tmpfs here (needs root with mount rights); the file-size-limit "
            "test above covers a full disk on every machine"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        folder.rmdir()


@TMPFS_IS_LINUX
def test_real_full_disk_keeps_every_acknowledged_note() -> None:
    with tiny_tmpfs("3m") as folder:
        path = folder / "vol.tafelboek"
        Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
        ballast = folder / "ander-bestand.bin"
        ballast.write_bytes(b"\0" * 1024 * 1024)
        _code, lines, err = run("fill", path, [PASSPHRASE])
        assert lines[-1] == "error disk_full", (lines[-3:], err[-500:])
        acked = _acked(lines)
        assert acked > 10
        # While the disk is still full, the vault opens and every note reads; a new save
        # is refused with a clear error and does not damage what is there.
        with Vault.open(path, PASSPHRASE) as v:
            numbers = {int(w[1]) for n in list_notes(v) if (w := n.body.split())[1].isdigit()}
            assert set(range(1, acked + 1)) <= numbers
            with pytest.raises(VaultError) as info:
                for i in range(200):
                    add_note(v, f"vulling extra {i} " + "y" * 4000)
            assert info.value.code in (ErrorCode.DISK_FULL, ErrorCode.WRITE_FAILED)
        # Make room the way a user would (delete another file), then reopen and save.
        ballast.unlink()
        with Vault.open(path, PASSPHRASE) as v:
            add_note(v, "opruimen 0 gelukt")
            numbers = {int(w[1]) for n in list_notes(v) if (w := n.body.split())[1].isdigit()}
            assert v.integrity_check().ok
        assert set(range(1, acked + 1)) <= numbers


MOUNTINFO = """\
22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 22 0:40 / /mnt/gemeente rw,relatime - cifs //server/share rw
41 22 0:41 / /mnt/nfs\\040map rw - nfs4 server:/export rw
42 40 0:42 / /mnt/gemeente/lokaal rw - ext4 /dev/sdb1 rw
"""


NETWORK_CASES = (
    # Windows: UNC paths are shares; a drive letter asks GetDriveTypeW (mountinfo unused).
    [
        (r"\\server\share\Tafel.tafelboek", True),
        (r"\\gemeente.local\dossiers$\jeugd\x.tafelboek", True),
        (r"C:\Users\jan\Tafel.tafelboek", False),
    ]
    if sys.platform == "win32"
    else [
        ("/home/jan/Tafel.tafelboek", False),
        ("/mnt/gemeente/Tafel.tafelboek", True),
        ("/mnt/nfs map/x.tafelboek", True),
        ("/mnt/gemeente/lokaal/x.tafelboek", False),
        ("/mnt/gemeentehuis/x.tafelboek", False),
    ]
)


@pytest.mark.parametrize(("path", "network"), NETWORK_CASES)
def test_network_share_is_recognised(path: str, network: bool) -> None:
    assert is_network_location(Path(path), mountinfo=MOUNTINFO) is network


def test_local_temp_folder_is_not_a_network_share(tmp_path: Path) -> None:
    assert not is_network_location(tmp_path)


def test_fill_child_really_hits_the_limit_not_something_else() -> None:
    # Sanity check of the tool the full-disk tests rely on.
    assert os.path.exists(Path(__file__).with_name("vault_child.py"))
