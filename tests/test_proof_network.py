"""P11 end to end: the real client, traced, opens no AF_INET or AF_INET6 socket.

``tests/proof/net_session.py`` builds the window as ``app.main`` does (production context,
calibrated key derivation, real D-Bus/WTS hooks, real settings) and drives a whole
session through its forms. It runs under ``strace -f -e trace=socket,connect``, which
sees every socket the process and its threads create — C++ code in Qt and D-Bus too —
while its own audit hook on ``socket.__new__`` counts the Python ones. Local AF_UNIX
sockets (the D-Bus bus, the name-service cache) are allowed by P11 and listed. The
packaged entry point's ``--self-test`` (vault, search, PDF, window) is traced the same way.

strace is Linux's. On Windows (and on Linux too) the same session runs under its audit
hook alone: every Python socket counted, no Qt network module loaded; what C++ code
does there is out of that hook's sight.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from proof.figures import record

from app.session.context import default_vault_dir

SESSION = Path(__file__).with_name("proof") / "net_session.py"
SOCKET_CALL = re.compile(r"^\d+\s+socket\((AF_\w+|\d+)")
CONNECT_CALL = re.compile(r"^\d+\s+connect\(\d+, \{sa_family=(AF_\w+)(?:, sun_path=\"([^\"]*)\")?")
STRACE = shutil.which("strace") or "/usr/bin/strace"


def _user_env(home: Path) -> dict[str, str]:
    """A disposable user: POSIX (HOME, XDG_*) and Windows (profile, AppData, TEMP) folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        USERPROFILE=str(home),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        APPDATA=str(home / "AppData" / "Roaming"),
        TMPDIR=str(home),
        TEMP=str(home),
        TMP=str(home),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


STRACE_IS_LINUX = pytest.mark.skipif(
    sys.platform == "win32",
    reason="strace is Linux's; on Windows test_p11_session_opens_no_python_inet_socket runs "
    "the same session under its audit hook, and test_p11_sockets_blocked.py checks that no "
    "Qt network module is loaded",
)


def _session(home: Path, *trace: str) -> dict[str, object]:
    """Run the scripted session (under ``trace``, a command prefix, if given); its summary."""
    result = subprocess.run(
        [*trace, sys.executable, str(SESSION)],
        env=_user_env(home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    # The session really happened, through the real forms, in the disposable home.
    assert summary["steps"] == ["created", "saved", "locked", "unlocked", "closed"]
    assert summary["note_kept"] is True
    vault_dir = default_vault_dir(_user_env(home), sys.platform, home)
    assert vault_dir.is_relative_to(home)
    assert (vault_dir / "Tafelboek.tafelboek").exists()
    return summary


def _socket_families(trace: Path) -> list[str]:
    return [m.group(1) for line in trace.read_text().splitlines() if (m := SOCKET_CALL.match(line))]


@STRACE_IS_LINUX
def test_p11_self_test_of_the_real_entry_point_opens_no_inet_socket(tmp_path: Path) -> None:
    """``python -m app --self-test`` (vault, search, PDF, window) under strace."""
    trace = tmp_path / "self-test.strace"
    assert Path(STRACE).exists(), "this proof needs strace (apt-get install strace)"
    result = subprocess.run(
        [
            STRACE,
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "app",
            "--self-test",
        ],
        env=_user_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "self-test: passed" in result.stdout
    families = _socket_families(trace)
    print("self-test socket() families:", families)
    assert not {"AF_INET", "AF_INET6"} & set(families), families


@STRACE_IS_LINUX
def test_p11_traced_session_opens_no_inet_socket(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    trace = tmp_path / "socket.strace"
    assert Path(STRACE).exists(), "this proof needs strace (apt-get install strace)"
    summary = _session(home, STRACE, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace))
    assert (home / ".local" / "share" / "Tafelboek" / "Tafelboek.tafelboek").exists()

    lines = trace.read_text().splitlines()
    families = _socket_families(trace)
    connects = [(m.group(1), m.group(2)) for line in lines if (m := CONNECT_CALL.match(line))]
    inet = [f for f in families if f in ("AF_INET", "AF_INET6")]
    unix = [f for f in families if f == "AF_UNIX"]
    print("socket() families:", families)
    print("connect() targets:", connects)
    record("network.strace", socket_calls=len(families), inet=len(inet), unix=len(unix))
    record("network.audit_hook", sockets=summary["sockets"], inet=summary["inet"])
    assert lines, "strace wrote nothing: the trace would prove nothing"
    assert inet == []
    assert set(families) <= {"AF_UNIX", "AF_NETLINK"}, families
    assert all(family == "AF_UNIX" for family, _ in connects), connects
    assert summary["inet"] == 0
    assert summary["network_modules"] == []


def test_p11_session_opens_no_python_inet_socket(tmp_path: Path) -> None:
    """The session untraced, on every OS: its audit hook sees no AF_INET/AF_INET6 socket."""
    home = tmp_path / "home"
    home.mkdir()
    summary = _session(home)
    assert summary["inet"] == 0
    assert summary["network_modules"] == []
