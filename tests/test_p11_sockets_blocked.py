"""P11: the suite itself runs with network sockets blocked, so no code can slip one in."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError

pytestmark = pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")


def test_p11_inet_socket_creation_is_blocked_in_tests() -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_p11_inet6_socket_creation_is_blocked_in_tests() -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)


def test_p11_no_qt_network_module_is_loaded_by_the_client() -> None:
    import subprocess
    import sys

    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import app.main, app.window, app.screens.unlock, app.screens.notebook\n"
        "import app.session.workers\n"
        "import vault.search, vault.policy, vault.demo\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtNetwork',"
        " 'PySide6.QtWebEngine', 'PySide6.QtWebSockets', 'requests', 'http.client')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
