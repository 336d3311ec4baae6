"""P11: reportlab never opens a URL, whatever reaches it (security review L9)."""

from __future__ import annotations

import sys

import pytest
from reportlab import rl_config
from reportlab.lib.utils import open_for_read

import vault.documents.fonts  # noqa: F401 - sets the policy; every document imports it

_SOCKETS: list[tuple[object, ...]] = []
_WATCHING = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _WATCHING and event in ("socket.__new__", "socket.connect", "urllib.Request"):
        _SOCKETS.append((event, *args))


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one only records


def test_p11_no_scheme_and_no_host_is_trusted() -> None:
    assert list(rl_config.trustedSchemes) == []
    assert not rl_config.trustedHosts


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.invalid/font.ttf",
        "ftp://127.0.0.1/x",
        "file://localhost/etc/hostname",
        "data:text/plain;base64,aGFsbG8=",
    ],
)
def test_p11_reportlab_opens_no_url(url: str) -> None:
    global _WATCHING
    _SOCKETS.clear()
    _WATCHING = True
    try:
        with pytest.raises(OSError):
            open_for_read(url)
    finally:
        _WATCHING = False
    assert [e for e in _SOCKETS if e[0] != "urllib.Request"] == []
