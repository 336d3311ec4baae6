"""Helpers to run ``tests/vault_child.py`` in another process (crash, lock, environment)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

CHILD = Path(__file__).with_name("vault_child.py")


class Child:
    """A running child process whose stdout lines are collected by a reader thread."""

    def __init__(
        self,
        mode: str,
        path: Path,
        stdin_lines: list[str],
        *args: str,
        preexec: Callable[[], None] | None = None,
        script: Path = CHILD,
        env: dict[str, str] | None = None,
    ) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(script), mode, str(path), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            preexec_fn=preexec,
            env=env,
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n".join(stdin_lines) + "\n")
        self.proc.stdin.close()
        self.lines: list[str] = []
        self.stderr = ""
        self._changed = threading.Condition()
        self._out = threading.Thread(target=self._read_out, daemon=True)
        self._err = threading.Thread(target=self._read_err, daemon=True)
        self._out.start()
        self._err.start()

    def _read_out(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()

    def wait_for(self, wanted: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while wanted not in self.lines:
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._out.is_alive()):
                    raise AssertionError(
                        f"child never said {wanted!r}; said {self.lines[-5:]}; "
                        f"stderr: {self.stderr[-2000:]}"
                    )
                self._changed.wait(min(left, 0.2))

    def kill(self) -> None:
        """Kill the child without a chance to clean up: SIGKILL on POSIX, TerminateProcess
        on Windows (both are what ``Popen.kill`` sends)."""
        self.proc.kill()
        self.finish()

    def finish(self, timeout: float = 60) -> int:
        code = self.proc.wait(timeout=timeout)
        self._out.join(timeout)
        self._err.join(timeout)
        return code


def run(
    mode: str,
    path: Path,
    stdin_lines: list[str],
    *args: str,
    preexec: Callable[[], None] | None = None,
    timeout: float = 60,
) -> tuple[int, list[str], str]:
    child = Child(mode, path, stdin_lines, *args, preexec=preexec)
    code = child.finish(timeout)
    return code, child.lines, child.stderr


def as_nobody() -> Callable[[], None] | None:
    """A pre-exec hook that makes file permissions bind for a root child (CI is root).

    It drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the capability bounding set
    before exec; root's capabilities after exec are limited to that set, so the child
    is still uid 0 (and can run the interpreter under /root) but obeys permission bits.
    """
    if sys.platform == "win32" or os.geteuid() != 0:
        return None  # Windows has no euid; there file permissions bind the test's user as is
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    cap_dac_override, cap_dac_read_search = 1, 2

    def drop() -> None:
        for cap in (cap_dac_override, cap_dac_read_search):
            if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")

    return drop
