"""Process hardening: no core dumps, no same-user memory reading, no crash dumps, freed
memory wiped.

A Tafelboek process holds the vault key and decrypted notes in memory. Whatever copies
that memory to disk or hands it to another program is a leak the vault's encryption
cannot prevent (security review M4: a real core dump held the raw key and note text).
:func:`harden_process` is called first thing by the program's entry points (the desktop
client and ``tafelboek-vault``), never by library code, so tests and a Python shell keep
their normal process.

* **Everywhere**: SQLCipher's memory security on (:func:`vault.store.wipe_freed_memory`):
  every allocation SQLite frees is overwritten, so a locked or closed vault leaves no
  decrypted page in the process.
* **Linux and other POSIX**: no further pages locked in RAM (``RLIMIT_MEMLOCK`` lowered
  to 0 after SQLCipher's private key heap is locked, and on Linux ``CAP_IPC_LOCK``
  dropped, so the limit holds for root too). With memory security on, SQLCipher
  locks and unlocks every allocation in RAM (``mlock``); a lock that succeeds splits the
  process's memory mappings, which made statements 7-15x slower and dearer the longer
  the process ran (bench group ``memory``). A lock refused at once costs a system call.
  What this gives up: SQLite's page cache could be swapped out, as it could before
  memory security was on; the keys stay in the locked private heap.
* **Linux**: core dumps off (``RLIMIT_CORE`` = 0) and the process made non-dumpable
  (``PR_SET_DUMPABLE`` = 0), which also refuses ``ptrace`` attach and
  ``/proc/<pid>/mem`` to other processes of the same user.
* **Other POSIX**: core dumps off.
* **Windows**: the process object's DACL gives the user — and OWNER RIGHTS, so the
  owner's implicit right to rewrite the DACL is gone too — only ``SYNCHRONIZE``,
  ``PROCESS_QUERY_LIMITED_INFORMATION`` and ``PROCESS_TERMINATE`` (so a program of the
  same user without admin rights cannot ``ReadProcessMemory`` or write a minidump), no
  Windows Error Reporting dialog (``SEM_NOGPFAULTERRORBOX``), and, for the installed
  program only, an exclusion from Windows Error Reporting, which can upload crash dumps
  off the machine (``WerAddExcludedApplication``; never for ``python.exe``, which would
  exclude every Python program of the user).
  SQLCipher's own page locking (``VirtualLock`` per allocation, within the process's
  working-set quota) is left as it is: Windows has no limit to lower, and its cost on a
  real Windows machine is not measured yet (under Wine it is Linux's ``mlock``).

Every step is best effort: a step that fails is reported in :class:`Hardening`, never
raised, because a program that cannot harden itself must still open the user's notes.
An administrator, the kernel and a hibernation file remain out of reach of any of this
(see ``docs/threat-model.md``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

__all__ = ["Hardening", "harden_process"]


@dataclass(slots=True)
class Hardening:
    """What :func:`harden_process` did: each step by name, True when it took effect."""

    steps: dict[str, bool] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return all(self.steps.values())


def harden_process(*, frozen: bool | None = None) -> Hardening:
    """Harden the current process (see the module text). Call once, at start-up.

    ``frozen`` says whether this is the installed program (default: ``sys.frozen``);
    only then is the executable excluded from Windows Error Reporting.
    """
    result = Hardening()
    _wipe_freed_memory(result)
    if sys.platform == "win32":
        _harden_windows(result, getattr(sys, "frozen", False) if frozen is None else frozen)
    else:
        _refuse_page_locks(result)
        _no_core_dumps(result)
        if sys.platform.startswith("linux"):
            _not_dumpable(result)
    return result


def _wipe_freed_memory(result: Hardening) -> None:
    from vault.store import wipe_freed_memory

    try:
        result.steps["freed_memory_wiped"] = wipe_freed_memory()
    except Exception:  # best effort (module text): the vault must still open
        result.steps["freed_memory_wiped"] = False


_CAP_IPC_LOCK = 14
_LINUX_CAPABILITY_VERSION_3 = 0x20080522


def _refuse_page_locks(result: Hardening) -> None:
    import resource

    try:
        hard = resource.getrlimit(resource.RLIMIT_MEMLOCK)[1]
        resource.setrlimit(resource.RLIMIT_MEMLOCK, (0, hard))
    except (OSError, ValueError):
        result.steps["page_locks_refused"] = False
        return
    if sys.platform.startswith("linux"):
        _drop_ipc_lock_capability()
    result.steps["page_locks_refused"] = not _can_lock_a_page()


def _drop_ipc_lock_capability() -> None:
    """Take CAP_IPC_LOCK (which ignores RLIMIT_MEMLOCK) out of the effective, permitted
    and inheritable sets, if the process has it (root); a no-op for a normal user."""
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [
            ("effective", ctypes.c_uint32),
            ("permitted", ctypes.c_uint32),
            ("inheritable", ctypes.c_uint32),
        ]

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        header = Header(_LINUX_CAPABILITY_VERSION_3, 0)
        data = (Data * 2)()
        if libc.capget(ctypes.byref(header), data) != 0:
            return
        bit = 1 << _CAP_IPC_LOCK
        if not (data[0].effective | data[0].permitted) & bit:
            return
        data[0].effective &= ~bit
        data[0].permitted &= ~bit
        data[0].inheritable &= ~bit
        libc.capset(ctypes.byref(header), data)
    except (OSError, AttributeError):
        return


def _can_lock_a_page() -> bool:
    """Whether ``mlock`` of one fresh page still succeeds (it is unlocked again)."""
    import ctypes
    import mmap

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        page = mmap.mmap(-1, mmap.PAGESIZE)
    except (OSError, AttributeError):
        return True
    try:
        view = ctypes.c_char.from_buffer(page)
        address = ctypes.addressof(view)
        locked = bool(libc.mlock(ctypes.c_void_p(address), ctypes.c_size_t(1)) == 0)
        if locked:
            libc.munlock(ctypes.c_void_p(address), ctypes.c_size_t(1))
        del view
        return locked
    finally:
        page.close()


def _no_core_dumps(result: Hardening) -> None:
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        result.steps["core_dumps_off"] = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    except (OSError, ValueError):
        result.steps["core_dumps_off"] = False


_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


def _not_dumpable(result: Hardening) -> None:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        result.steps["not_dumpable"] = libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        result.steps["not_dumpable"] = False


# ---------------------------------------------------------------------- Windows
_SYNCHRONIZE = 0x00100000
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_PROCESS_TERMINATE = 0x0001
USER_PROCESS_RIGHTS = _SYNCHRONIZE | _PROCESS_QUERY_LIMITED_INFORMATION | _PROCESS_TERMINATE
"""All the current user may do to a hardened Tafelboek process (KeePassXC's choice)."""

_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002
ERROR_MODE = _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX


def _harden_windows(result: Hardening, frozen: bool) -> None:  # pragma: no cover - Windows
    result.steps["process_dacl"] = _restrict_process_dacl()
    result.steps["no_fault_dialog"] = _set_error_mode()
    if frozen:
        result.steps["wer_excluded"] = _exclude_from_wer(os.path.basename(sys.executable))


def _set_error_mode() -> bool:  # pragma: no cover - Windows
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    previous = kernel32.SetErrorMode(ERROR_MODE)
    kernel32.SetErrorMode(previous | ERROR_MODE)
    return bool(kernel32.GetErrorMode() & ERROR_MODE == ERROR_MODE)


def _exclude_from_wer(exe_name: str) -> bool:  # pragma: no cover - Windows
    import ctypes

    try:
        wer = ctypes.WinDLL("wer")  # type: ignore[attr-defined,unused-ignore]
        add = wer.WerAddExcludedApplication
    except (OSError, AttributeError):
        return False
    add.argtypes = (ctypes.c_wchar_p, ctypes.c_int)
    add.restype = ctypes.c_long
    return bool(add(exe_name, 0) == 0)  # per user (HKCU); S_OK


def _restrict_process_dacl() -> bool:  # pragma: no cover - Windows
    """Replace the process object's DACL with one ACE: the user, USER_PROCESS_RIGHTS."""
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    advapi32.OpenProcessToken.argtypes = (
        wintypes.HANDLE,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.HANDLE),
    )
    advapi32.GetTokenInformation.argtypes = (
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    )
    advapi32.GetLengthSid.argtypes = (ctypes.c_void_p,)
    advapi32.InitializeAcl.argtypes = (ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD)
    advapi32.AddAccessAllowedAce.argtypes = (
        ctypes.c_void_p,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.c_void_p,
    )
    advapi32.SetSecurityInfo.argtypes = (
        wintypes.HANDLE,
        ctypes.c_int,
        wintypes.DWORD,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
    )
    advapi32.SetSecurityInfo.restype = wintypes.DWORD

    token_query, token_user, acl_revision = 0x0008, 1, 2
    se_kernel_object, dacl_security_information = 6, 0x00000004
    protected_dacl = 0x80000000  # no inherited ACEs may be added back

    process = kernel32.GetCurrentProcess()
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(process, token_query, ctypes.byref(token)):
        return False
    try:
        size = wintypes.DWORD(0)
        advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, token_user, buffer, size, ctypes.byref(size)):
            return False
    finally:
        kernel32.CloseHandle(token)
    # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first member is the SID pointer.
    sid = ctypes.c_void_p.from_buffer(buffer).value
    # OWNER RIGHTS (S-1-3-4): without an ACE for it, the owner of the process object —
    # the same user — keeps READ_CONTROL and WRITE_DAC implicitly and could rewrite this
    # DACL, then read the memory. With it, the owner gets only these rights too.
    owner_rights = ctypes.c_void_p()
    advapi32.ConvertStringSidToSidW.argtypes = (ctypes.c_wchar_p, ctypes.POINTER(ctypes.c_void_p))
    if not advapi32.ConvertStringSidToSidW("S-1-3-4", ctypes.byref(owner_rights)):
        return False
    try:
        # ACL header (8 bytes) + per ACE: ACCESS_ALLOWED_ACE without SidStart (8) + SID.
        sids = (sid, owner_rights.value)
        acl_size = (8 + sum(8 + advapi32.GetLengthSid(x) for x in sids) + 3) & ~3
        acl = ctypes.create_string_buffer(acl_size)
        if not advapi32.InitializeAcl(acl, acl_size, acl_revision):
            return False
        for ace_sid in sids:
            if not advapi32.AddAccessAllowedAce(acl, acl_revision, USER_PROCESS_RIGHTS, ace_sid):
                return False
    finally:
        kernel32.LocalFree(owner_rights)
    status = advapi32.SetSecurityInfo(
        process,
        se_kernel_object,
        dacl_security_information | protected_dacl,
        None,
        None,
        acl,
        None,
    )
    return bool(status == 0)
