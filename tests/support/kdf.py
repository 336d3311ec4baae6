"""Key-derivation profiles for tests: one that records its threads, one that blocks."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from conftest import FAST_KDF

from support.waiting import JOB_TIMEOUT_MS
from vault.kdf import FixedKdf, KdfParams, ProgressCallback


@dataclass
class RecordingKdf:
    """Wraps a profile and records the thread each calibration ran on."""

    inner: FixedKdf = FAST_KDF
    threads: list[threading.Thread] = field(default_factory=list)

    @property
    def floor_memory_kib(self) -> int:
        return self.inner.floor_memory_kib

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        self.threads.append(threading.current_thread())
        return self.inner.choose(progress)

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        return self.inner.would_strengthen(params, derive_seconds)


@dataclass
class BlockingKdf:
    """Reports some progress, then waits until the test releases it."""

    release: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)
    inner: FixedKdf = FAST_KDF

    @property
    def floor_memory_kib(self) -> int:
        return self.inner.floor_memory_kib

    def choose(self, progress: ProgressCallback | None = None) -> KdfParams:
        if progress is not None:
            progress(0.3)
        self.started.set()
        if not self.release.wait(timeout=JOB_TIMEOUT_MS / 1000):
            raise TimeoutError("the test never released the key derivation")
        if progress is not None:
            progress(1.0)
        return self.inner.params

    def would_strengthen(self, params: KdfParams, derive_seconds: float) -> bool:
        return self.inner.would_strengthen(params, derive_seconds)
