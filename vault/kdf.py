"""Key derivation: passphrase → Argon2id → 256-bit SQLCipher key.

Parameters travel inside the vault file (see :mod:`vault.header`), so a vault made on a
fast desktop opens on a slow laptop. *Choosing* parameters is the job of a
:class:`KdfProfile`: production uses :class:`CalibratedKdf` (about one second on the
machine at hand, 256 MiB where the machine has it, never below 64 MiB); tests inject a
:class:`FixedKdf` with tiny settings. No test flag exists in this module.

Derivation is deliberately slow: never call :func:`derive_key` on a GUI thread.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from argon2.low_level import Type, hash_secret_raw

from vault.errors import WeakKdf
from vault.passphrase import passphrase_bytes

KEY_BYTES = 32
"""Length of the derived SQLCipher key (256 bits)."""

ARGON2_VERSION = 0x13
"""Argon2 version 1.3, the only one argon2-cffi produces."""

FLOOR_MEMORY_KIB = 64 * 1024
"""Least Argon2 memory a new vault may use (64 MiB)."""

FLOOR_ITERATIONS = 3
"""Fewest Argon2 passes a new vault gets, however slow calibration finds the machine
(RFC 9106's second recommendation uses 3 passes at 64 MiB). A vault made while the
machine was busy would otherwise keep a cheaper key derivation for years; existing
vaults below it are offered the strengthening (same passphrase)."""

PREFERRED_MEMORY_KIB = 256 * 1024
"""Argon2 memory for new vaults where the machine has it (256 MiB)."""

DEFAULT_PARALLELISM = 4
MAX_ITERATIONS = 255
"""Iterations are stored in one byte of the vault header."""

CEILING_MEMORY_KIB = 1024 * 1024
"""Most Argon2 memory a vault may ask for (1 GiB). Calibration never chooses more than
:data:`PREFERRED_MEMORY_KIB`; a header asking for more is refused before deriving, so a
tampered header cannot make an unlock take minutes or exhaust memory."""

CEILING_ITERATIONS = 64
"""Most Argon2 iterations calibration chooses for a new vault."""

QUICK_UNLOCK_FRACTION = 0.5
"""An unlock whose key derivation takes less than this share of the calibration target
time offers strengthening (security review L2): the vault is cheaper to attack than
this machine needs it to be."""

CEILING_WORK_KIB = PREFERRED_MEMORY_KIB * MAX_ITERATIONS
"""Most work (memory in KiB × iterations) a vault's header may ask for: what the largest
vault earlier versions could calibrate needs (256 MiB × 255 passes, a minute or so on a
slow laptop) — such a vault must still open — and far below the ten minutes a tampered
header could otherwise demand (1 GiB × 255)."""

CEILING_PARALLELISM = 16
"""Most Argon2 lanes a vault may ask for."""

ProgressCallback = Callable[[float], None]
"""Receives a fraction between 0.0 and 1.0."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters of one vault.

    ``memory_kib`` is always a power of two (it is stored as its base-2 logarithm).
    """

    memory_kib: int
    iterations: int
    parallelism: int

    def __post_init__(self) -> None:
        m = self.memory_kib
        if m < 8 or m & (m - 1):
            raise ValueError("memory_kib must be a power of two of at least 8")
        if m > 2**31:
            raise ValueError("memory_kib is too large")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError(f"iterations must be between 1 and {MAX_ITERATIONS}")
        if not 1 <= self.parallelism <= 255:
            raise ValueError("parallelism must be between 1 and 255")
        if m < 8 * self.parallelism:
            raise ValueError("Argon2 needs at least 8 KiB of memory per lane")

    @property
    def below_floor(self) -> bool:
        """True when the memory cost is below :data:`FLOOR_MEMORY_KIB` or the passes
        below :data:`FLOOR_ITERATIONS`: a vault worth strengthening."""
        return self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the 32-byte raw SQLCipher key (slow by design)."""
    if len(salt) != 16:
        raise ValueError("salt must be 16 bytes")
    return hash_secret_raw(
        secret=passphrase_bytes(passphrase),
        salt=salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


class KdfProfile(Protocol):
    """Chooses the Argon2id parameters for a new vault or a new passphrase."""

    @property
    def floor_memory_kib(self) -> int:
        """Creation refuses parameters below this memory cost."""
        ...

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        """Return parameters for a new key."""
        ...

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        """Whether a vault with ``params``, whose key just took ``derive_seconds`` to
        derive, is clearly cheaper than what this profile would choose now."""
        ...


def check_floor(params: KdfParams, profile: KdfProfile) -> None:
    """Raise :class:`WeakKdf` when ``params`` fall below the profile's floor."""
    if params.memory_kib < profile.floor_memory_kib:
        raise WeakKdf(
            f"Argon2 memory {params.memory_kib} KiB is below the floor of "
            f"{profile.floor_memory_kib} KiB"
        )


@dataclass(frozen=True, slots=True)
class FixedKdf:
    """A profile that always returns the same parameters (tests, pre-set policy)."""

    params: KdfParams
    floor_memory_kib: int = FLOOR_MEMORY_KIB

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        if progress is not None:
            progress(1.0)
        return self.params

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        """A pre-set policy offers nothing beyond its floor (see ``below_floor``)."""
        return False


def physical_memory_bytes() -> int | None:
    """Total physical memory of this machine, or None when it cannot be read."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        class _MemoryStatus(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = _MemoryStatus()
        status.dwLength = ctypes.sizeof(_MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.ullTotalPhys)
        return None
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


@dataclass(frozen=True, slots=True)
class CalibratedKdf:
    """Production profile: about ``target_seconds`` per derivation on this machine.

    Memory is ``preferred_memory_kib`` when physical memory is at least eight times
    that, otherwise halved down to ``floor_memory_kib``; below that the machine cannot
    make a vault and :class:`WeakKdf` is raised. Iterations are then measured.
    """

    target_seconds: float = 1.0
    preferred_memory_kib: int = PREFERRED_MEMORY_KIB
    floor_memory_kib: int = FLOOR_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM
    memory_probe: Callable[[], int | None] = physical_memory_bytes
    timer: Callable[[], float] = time.perf_counter

    def choose_memory_kib(self) -> int:
        total = self.memory_probe()
        memory = self.preferred_memory_kib
        if total is None:
            return memory
        while memory > self.floor_memory_kib and memory * 1024 * 8 > total:
            memory //= 2
        if memory * 1024 * 2 > total:
            raise WeakKdf("this machine has too little memory for a safe key derivation")
        return memory

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        """True when a vault with ``params``, whose key took ``derive_seconds`` to derive
        here, is clearly cheaper than what calibration would give it on this machine:
        the derivation took under :data:`QUICK_UNLOCK_FRACTION` of the target time
        (with passes left below the ceiling), or this machine affords more memory.

        A slow derivation says nothing (the machine may be busy); a quick one is proof.
        Vaults made while the machine was busy, or on an older computer, are found so.
        """
        if params.memory_kib < self.choose_memory_kib():
            return True
        return (
            derive_seconds < QUICK_UNLOCK_FRACTION * self.target_seconds
            and params.iterations < CEILING_ITERATIONS
        )

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        memory = self.choose_memory_kib()
        salt = os.urandom(16)
        secret = "calibration"  # noqa: S105 - a throw-away input for timing

        def run(iterations: int) -> float:
            params = KdfParams(memory, iterations, self.parallelism)
            start = self.timer()
            derive_key(secret, salt, params)
            return self.timer() - start

        # Each cost is timed three times and the fastest run kept: a busy machine only
        # ever makes a run slower, and a vault keeps its parameters for years. However
        # busy the machine, never fewer than FLOOR_ITERATIONS passes.
        if progress is not None:
            progress(0.0)
        timings: dict[int, float] = {}
        steps = (1, 2, 1, 2, 1, 2)
        for done, iterations in enumerate(steps, start=1):
            elapsed = run(iterations)
            timings[iterations] = min(timings.get(iterations, elapsed), elapsed)
            if progress is not None:
                progress(0.9 * done / len(steps))
        one, two = timings[1], timings[2]
        per_iteration = max(two - one, one / 2, 1e-4)
        fixed = max(one - per_iteration, 0.0)
        iterations = round((self.target_seconds - fixed) / per_iteration)
        iterations = max(FLOOR_ITERATIONS, min(CEILING_ITERATIONS, iterations))
        params = KdfParams(memory, iterations, self.parallelism)
        if progress is not None:
            progress(1.0)
        return params
