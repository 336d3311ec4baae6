"""Windows file semantics the vault relies on, proven on every platform.

* ``FlushFileBuffers`` (what ``os.fsync`` is on Windows) refuses a handle opened
  read-only (EBADF); every flush path must open for writing. On POSIX hosts the fake
  below refuses the same way, so a regression fails here too; on Windows (the Wine
  lane) the real call does.
* ``os.link`` on FAT32/exFAT: Windows says ``ERROR_INVALID_FUNCTION`` (WinError 1,
  errno EINVAL); Wine on a FAT drive ``ERROR_ACCESS_DENIED`` (5, EACCES); Linux vfat
  EPERM. Each means "no hard links here": the publish falls back to check-then-rename.
* ``chmod`` on FAT: EPERM (kernel vfat) or ENOSYS (FUSE): nothing to restrict there.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from domain_strategies import build_table
from test_documents_support import scene

from vault import Vault, fsutil
from vault.documents import DocumentKind, DocumentRequest, export_document
from vault.errors import ReadOnlyLocation, TargetExists, TargetInUse

_real_fsync = os.fsync
_ACCESS_MODE = os.O_RDONLY | os.O_WRONLY | os.O_RDWR
"""``os.O_ACCMODE``, which Windows' ``os`` lacks (the same three bits there)."""


def _windows_like_fsync(fd: int) -> None:
    """``os.fsync`` with Windows' rule: the handle must be open for writing."""
    if sys.platform != "win32":
        import fcntl
        import stat

        # Folders: POSIX-only (fsync_dir does nothing on Windows), so not Windows' rule.
        is_file = stat.S_ISREG(os.fstat(fd).st_mode)
        if is_file and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "FlushFileBuffers needs a handle open for writing")
    _real_fsync(fd)


@pytest.fixture
def windows_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _windows_like_fsync)


def test_fsync_file_uses_a_handle_windows_can_flush(tmp_path: Path, windows_fsync: None) -> None:
    target = tmp_path / "f.bin"
    target.write_bytes(b"x" * 100)
    fsync_calls = []
    real_open = os.open

    def spy_open(path: object, flags: int, *args: object) -> int:
        fsync_calls.append(flags & _ACCESS_MODE)
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "open", spy_open)
        fsync_file = fsutil.fsync_file
        fsync_file(target)
    assert fsync_calls == [os.O_RDWR]
    assert target.read_bytes() == b"x" * 100  # opened for writing, nothing written


def test_create_backup_restore_and_passwd_with_windows_flush_rules(
    tmp_path: Path, windows_fsync: None
) -> None:
    """The four operations bug 1 broke on Windows (CLI exit 7, 'read-only location')."""
    from vault.store import restore

    clock = FakeClock()
    path = tmp_path / "kluis.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=clock) as v:
        v.backup(tmp_path / "kopie.tafelboek")
        v.change_passphrase(PASSPHRASE, "een ander lang wachtwoord", kdf=FAST_KDF)
    restore(
        tmp_path / "kopie.tafelboek", tmp_path / "terug.tafelboek", PASSPHRASE, keep_previous=True
    )
    with Vault.open(tmp_path / "terug.tafelboek", PASSPHRASE, clock=clock):
        pass
    with Vault.open(path, "een ander lang wachtwoord", clock=clock):
        pass


def _link_refused(err: int, winerror: int | None) -> object:
    def link(src: object, dst: object) -> None:
        exc = OSError(err, os.strerror(err))
        if winerror is not None:
            exc.winerror = winerror  # type: ignore[attr-defined]
        raise exc

    return link


# (errno, winerror): what os.link says on a FAT/exFAT stick on each platform.
NO_LINKS = [
    pytest.param(errno.EINVAL, 1, id="windows-fat-exfat-winerror-1"),
    pytest.param(errno.EINVAL, None, id="einval"),
    pytest.param(errno.EACCES, 5, id="wine-fat-access-denied"),
    pytest.param(errno.EPERM, None, id="linux-vfat-eperm"),
    pytest.param(errno.EOPNOTSUPP, 50, id="not-supported-winerror-50"),
]


@pytest.mark.parametrize(("err", "winerror"), NO_LINKS)
def test_publish_without_hard_links_renames_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int, winerror: int | None
) -> None:
    monkeypatch.setattr(os, "link", _link_refused(err, winerror))
    tmp, final = tmp_path / ".x.tbtmp-a", tmp_path / "x.tafelboek"
    tmp.write_bytes(b"nieuw")
    fsutil.publish(tmp, final, overwrite=False)
    assert final.read_bytes() == b"nieuw" and not tmp.exists()

    tmp.write_bytes(b"tweede")
    with pytest.raises(TargetExists):
        fsutil.publish(tmp, final, overwrite=False)
    assert final.read_bytes() == b"nieuw"  # never replaced without overwrite


def test_publish_other_link_errors_are_not_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "link", _link_refused(errno.EIO, None))
    if os.name == "nt":  # Windows moves without links: the move's own error must surface

        def move(src: object, dst: object, **kwargs: object) -> None:
            raise OSError(errno.EIO, "I/O error")

        monkeypatch.setattr(fsutil, "_move_file_write_through", move)
    tmp = tmp_path / ".x.tbtmp-a"
    tmp.write_bytes(b"x")
    with pytest.raises(OSError) as caught:
        fsutil.publish(tmp, tmp_path / "x", overwrite=False)
    assert caught.value.errno == errno.EIO


@pytest.mark.parametrize(("err", "winerror"), NO_LINKS[:3])
def test_vault_create_backup_and_pdf_on_a_stick_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int, winerror: int | None
) -> None:
    """Bug 2: creating a vault on, or backing up to, a FAT/exFAT stick failed with EINVAL."""

    monkeypatch.setattr(os, "link", _link_refused(err, winerror))
    stick = tmp_path / "E"
    stick.mkdir()
    with Vault.create(stick / "kluis.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as v:
        v.backup(stick / "kopie.tafelboek")
        with pytest.raises(TargetExists):
            v.backup(stick / "kopie.tafelboek")
        s = scene(build_table(v))
        request = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=s.t.colleague)
        export_document(v, request, stick / "terugkoppeling.pdf")
        with pytest.raises(TargetExists):
            export_document(v, request, stick / "terugkoppeling.pdf")
    assert (stick / "terugkoppeling.pdf").read_bytes().startswith(b"%PDF")
    with Vault.open(stick / "kopie.tafelboek", PASSPHRASE, clock=FakeClock()):
        pass


@pytest.mark.parametrize("err", [errno.EPERM, errno.ENOSYS, errno.ENOTSUP])
def test_owner_only_on_a_file_system_without_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int
) -> None:
    def chmod(path: object, mode: int) -> None:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "chmod", chmod)
    target = tmp_path / "f"
    target.write_bytes(b"")
    fsutil.owner_only(target)  # FAT has no mode bits: nothing to restrict, not an error


def test_a_really_read_only_folder_still_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Falling back on EACCES must not hide a folder that refuses every write."""
    monkeypatch.setattr(os, "link", _link_refused(errno.EACCES, 5))

    def replace(src: object, dst: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Access denied")

    monkeypatch.setattr(fsutil, "rename_over", replace)
    monkeypatch.setattr(fsutil, "_renameat2_noreplace", lambda a, b: errno.EACCES)
    if os.name == "nt":  # Windows moves without links; the move itself is refused
        monkeypatch.setattr(fsutil, "_move_file_write_through", replace)
    tmp = tmp_path / ".x.tbtmp-a"
    tmp.write_bytes(b"x")
    with pytest.raises(OSError) as caught:
        fsutil.publish(tmp, tmp_path / "x", overwrite=False)
    assert isinstance(fsutil.os_error_to_vault_error(caught.value, None), ReadOnlyLocation)


# ---------------------------------------------------------------------------------------
# A real FAT file system. The kernel here has no vfat module, so Linux runs mount an
# image with fusefat (FUSE; .ci/run installs it, root only); the Windows lane maps that
# same mount to a drive letter and names it in TAFELBOEK_FAT_DIR. fusefat cannot grow a
# file with ftruncate, which SQLite's checkpoint needs, so a whole vault cannot live on
# it (real FAT can: Windows and the kernel's vfat grow files); what is proven on it for
# real is the publish step, the permissions step and a PDF written to the stick.


@pytest.fixture(scope="module")
def fat_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    given = os.environ.get("TAFELBOEK_FAT_DIR")
    if given:
        yield Path(given)
        return
    import shutil
    import subprocess

    tools = [shutil.which(t) for t in ("fusefat", "mkfs.vfat", "fusermount3", "fusermount")]
    fuse = os.path.exists("/dev/fuse")
    if sys.platform != "linux" or os.geteuid() != 0 or not (tools[0] and tools[1] and fuse):
        pytest.skip(
            "needs a FAT file system: fusefat, mkfs.vfat and /dev/fuse as root on Linux "
            "(.ci/run installs them), or TAFELBOEK_FAT_DIR (the Windows lane maps one)"
        )
    base = tmp_path_factory.mktemp("fat")
    image, mount = base / "stick.img", base / "stick"
    mount.mkdir()
    with open(image, "wb") as f:
        f.truncate(16 * 1024 * 1024)
    subprocess.run(["mkfs.vfat", "-n", "STICK", str(image)], check=True, capture_output=True)
    subprocess.run([tools[0], "-o", "rw+", str(image), str(mount)], check=True, capture_output=True)
    try:
        yield mount
    finally:
        unmount = tools[2] or tools[3] or "umount"
        subprocess.run([unmount, "-u", str(mount)] if "fuser" in unmount else [unmount, str(mount)])


def test_fat_publish_without_replacing_and_without_hard_links(fat_folder: Path) -> None:
    folder = fat_folder / f"publish-{os.getpid()}"
    folder.mkdir()
    tmp = fsutil.temp_sibling(folder / "kopie.tafelboek", "backup")
    tmp.write_bytes(b"eerste")
    fsutil.owner_only(tmp)
    fsutil.fsync_file(tmp)
    fsutil.publish(tmp, folder / "kopie.tafelboek", overwrite=False)
    tmp.write_bytes(b"tweede")
    with pytest.raises(TargetExists):
        fsutil.publish(tmp, folder / "kopie.tafelboek", overwrite=False)
    fsutil.publish(tmp, folder / "kopie.tafelboek", overwrite=True)
    assert (folder / "kopie.tafelboek").read_bytes() == b"tweede"
    assert sorted(p.name for p in folder.iterdir()) == ["kopie.tafelboek"]


def test_fat_pdf_export_onto_the_stick(fat_folder: Path, vault: Vault) -> None:

    folder = fat_folder / f"pdf-{os.getpid()}"
    folder.mkdir()
    s = scene(build_table(vault))
    request = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=s.t.colleague)
    export_document(vault, request, folder / "terugkoppeling.pdf")
    with pytest.raises(TargetExists):
        export_document(vault, request, folder / "terugkoppeling.pdf")
    assert (folder / "terugkoppeling.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["terugkoppeling.pdf"]


def _feedback_request(v: Vault) -> DocumentRequest:
    colleague = scene(build_table(v)).t.colleague
    return DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=colleague)


def _earlier_files(tmp_path: Path, pdf_name: str) -> tuple[Path, Path, Path]:
    """A folder with a PDF and a backup from before: (folder, pdf, backup)."""
    out = tmp_path / "uit"
    out.mkdir()
    pdf, backup = out / pdf_name, out / "kopie.tafelboek"
    pdf.write_bytes(b"oude pdf")
    backup.write_bytes(b"oude kopie")
    return out, pdf, backup


def test_overwriting_a_file_another_program_holds_open(tmp_path: Path) -> None:
    """A PDF still open in a viewer, a backup still open elsewhere, then saved over.

    Windows refuses to replace a file that another handle holds without FILE_SHARE_DELETE
    (``MoveFileExW``: WinError 5): the save fails with a vault error, the old file stays
    as it was, no temporary file is left and the export is not recorded. POSIX replaces
    the name and the reader keeps the old contents; both are recorded as done.
    """
    from vault.exports import list_exports

    with Vault.create(
        tmp_path / "kluis.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
    ) as v:
        request = _feedback_request(v)
        out, pdf, backup = _earlier_files(tmp_path, "terugkoppeling.pdf")
        exports_before = len(list_exports(v))
        with open(pdf, "rb") as viewer, open(backup, "rb") as other:
            if sys.platform == "win32":
                with pytest.raises(TargetInUse):
                    export_document(v, request, pdf, overwrite=True)
                with pytest.raises(TargetInUse):
                    v.backup(backup, overwrite=True)
                assert len(list_exports(v)) == exports_before  # withdrawn: it never left
            else:
                export_document(v, request, pdf, overwrite=True)
                v.backup(backup, overwrite=True)
                assert len(list_exports(v)) == exports_before + 1
            assert viewer.read() == b"oude pdf" and other.read() == b"oude kopie"
        assert sorted(p.name for p in out.iterdir()) == ["kopie.tafelboek", "terugkoppeling.pdf"]
        # Once the other program lets go, the same save goes through.
        export_document(v, request, pdf, overwrite=True)
        v.backup(backup, overwrite=True)
    assert pdf.read_bytes().startswith(b"%PDF")
    with Vault.open(backup, PASSPHRASE, clock=FakeClock()):
        pass


def _rename_refused(winerror: int) -> object:
    """``rename_over`` as Windows answers it for a file another program holds open."""

    def refused(src: object, dst: object) -> None:
        exc = PermissionError(errno.EACCES, "Access is denied")
        exc.winerror = winerror  # type: ignore[attr-defined]
        raise exc

    return refused


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_file_held_open_elsewhere_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int
) -> None:
    """What Windows says when a PDF viewer holds the file to be replaced: not "read-only
    location" (the folder is fine) but "open in another program"; nothing changes."""
    from vault.exports import list_exports

    monkeypatch.setattr(fsutil, "rename_over", _rename_refused(winerror))
    with Vault.create(
        tmp_path / "kluis.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
    ) as v:
        request = _feedback_request(v)
        out, pdf, backup = _earlier_files(tmp_path, "fiche.pdf")
        before = len(list_exports(v))
        with pytest.raises(TargetInUse) as caught:
            export_document(v, request, pdf, overwrite=True)
        assert caught.value.path == pdf
        with pytest.raises(TargetInUse):
            v.backup(backup, overwrite=True)
        assert len(list_exports(v)) == before
    assert pdf.read_bytes() == b"oude pdf" and backup.read_bytes() == b"oude kopie"
    assert sorted(p.name for p in out.iterdir()) == ["fiche.pdf", "kopie.tafelboek"]


def test_a_refused_rename_without_a_file_there_stays_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsutil, "rename_over", _rename_refused(5))
    tmp = tmp_path / ".x.tbtmp-a"
    tmp.write_bytes(b"x")
    with pytest.raises(PermissionError):  # mapped to "read-only location" by the callers
        fsutil.publish(tmp, tmp_path / "nieuw.pdf", overwrite=True)


def test_publish_without_replacing_is_atomic_where_there_are_no_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review M3: without hard links the name was checked, then replaced: a file another
    program made in between was overwritten. Now the rename itself refuses a taken name
    (Linux RENAME_NOREPLACE; Windows MoveFileExW without REPLACE_EXISTING)."""
    monkeypatch.setattr(os, "link", _link_refused(errno.EPERM, None))
    final = tmp_path / "x.pdf"
    tmp = tmp_path / ".x.tbtmp-a"
    tmp.write_bytes(b"van ons")
    if os.name == "nt":
        final.write_bytes(b"van een ander programma")  # the race's outcome: name taken
        with pytest.raises(TargetExists):
            fsutil.publish(tmp, final, overwrite=False)
        assert final.read_bytes() == b"van een ander programma"
        return
    competitor: list[Path] = []
    real_exists = Path.exists

    def racing_exists(self: Path) -> bool:
        seen = real_exists(self)
        if self == final and not seen:
            final.write_bytes(b"van een ander programma")  # right after the check
            competitor.append(final)
        return seen

    monkeypatch.setattr(Path, "exists", racing_exists)
    try:
        fsutil.publish(tmp, final, overwrite=False)
    except TargetExists:
        assert final.read_bytes() == b"van een ander programma"
    else:
        # Published: then no check-then-replace window was used, or nobody was there.
        assert not competitor, "a file made between the check and the rename was replaced"
        assert final.read_bytes() == b"van ons"


def test_a_published_document_keeps_its_record_when_tidying_fails(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review M2: after the name exists, removing the temporary link failed (a scanner
    holding it on Windows) and the export was withdrawn although the PDF was there."""
    from vault.exports import list_exports

    s = scene(build_table(vault))
    request = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=s.t.colleague)
    real_unlink = os.unlink

    def scanner_holds_it(path: object, *args: object, **kwargs: object) -> None:
        if fsutil.TEMP_MARK in str(path):
            raise PermissionError(errno.EACCES, "held by a scanner")
        real_unlink(path, *args, **kwargs)  # type: ignore[arg-type]

    before = len(list_exports(vault))
    dest = tmp_path / "fiche.pdf"
    with monkeypatch.context() as mp:
        mp.setattr(os, "unlink", scanner_holds_it)
        export_document(vault, request, dest)
    assert dest.read_bytes().startswith(b"%PDF")
    assert len(list_exports(vault)) == before + 1
