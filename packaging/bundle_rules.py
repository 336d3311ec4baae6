"""What may and may not be in the bundle: one list for the spec, the check and the tests.

Rule P11 (no network): the program never talks to a network, so the bundle carries no
module that could. Qt's socket-capable modules and the standard library's TLS are kept out
by the spec (``excludes``, then a filter on what hooks collected) and looked for again in
the finished folder by ``packaging/check_bundle.py``, which fails the build if one is there.

Stays, on purpose: Python's ``socket`` module (``_socket``). The standard library imports it
in many places (``email``, ``logging``, ``urllib``, ``uuid``...) and removing it breaks
imports; it is inert unless called, and no code of ours calls it
(``tests/test_architecture.py`` fails on any import of ``socket`` in ``app/`` or
``vault/``; ``tests/test_p11_sockets_blocked.py`` shows the vault works with sockets
blocked).
"""

from __future__ import annotations

import re
from pathlib import PurePath

FORBIDDEN_QT_MODULES = (
    "QtNetwork",
    "QtNetworkAuth",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebChannelQuick",
    "QtWebSockets",
    "QtWebView",
    "QtHttpServer",
    "QtRemoteObjects",
    "QtMqtt",
    "QtCoap",
    "QtOpcUa",
    "QtGrpc",
    "QtBluetooth",
    "QtNfc",
    "QtSerialBus",
    "QtLocation",
    "QtPositioning",
    "QtMultimedia",
    "QtMultimediaWidgets",
    # QML can load URLs and its engine links QtNetwork; the app uses widgets only.
    "QtQml",
    "QtQuick",
    "QtQuickWidgets",
    "QtQuick3D",
    "QtQuickControls2",
)
"""Qt modules that can open a network connection (or pull in QtNetwork)."""

EXCLUDED_PYTHON_MODULES = (
    # TLS: nothing of ours speaks it; urllib/http.client import it optionally.
    "ssl",
    "_ssl",
    # Development and test tools that must never ship.
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_socket",
    "hypothesis",
    "mypy",
    "ruff",
    "PyInstaller",
    "pypdf",
    # Not used by the app, large, or both.
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "xmlrpc",
    "ftplib",
    "imaplib",
    "poplib",
    "smtplib",
    "telnetlib",
    "nntplib",
    "IPython",
    "numpy",
    # pikepdf needs lxml only for XMP metadata, which we never read or write.
    "lxml",
    # Pillow (imported by reportlab) image formats and Tk glue no document uses.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
)
"""Python modules the spec excludes."""

_QT_FAMILIES = (
    r"Network\w*|Web\w*|Qml\w*|Quick\w*|HttpServer|RemoteObjects|Mqtt|Coap|OpcUa|Grpc"
    r"|Protobuf\w*|Bluetooth|Nfc|SerialBus|Location|Positioning\w*|Multimedia\w*"
)
"""Name stems of the forbidden Qt libraries (``Web\\w*`` covers WebEngine, WebSockets...)."""
_FORBIDDEN_NAME = re.compile(
    rf"""^(?:
        (?:lib)?Qt6?(?:{_QT_FAMILIES})(?:\.|$)   # libQt6Network.so.6, Qt6Network.dll, QtNetwork.pyd
      | _ssl(?:\.|$)                            # _ssl.cpython-311-x86_64-linux-gnu.so, _ssl.pyd
      | libssl(?:[-.].*)?$                      # libssl.so.3, libssl-3-x64.dll
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_FORBIDDEN_DIRS = frozenset({"tls", "networkinformation", "bearer", "qml", "webengine"})
"""Qt plugin and data folders that exist only for network or QML modules."""

FORBIDDEN_REFERENCES = (
    b"libQt6Network.so",
    b"Qt6Network.dll",
    b"QtNetwork.framework",
    b"libQt6WebEngine",
    b"Qt6WebEngine",
    b"libQt6WebSockets",
    b"Qt6WebSockets.dll",
    b"libssl.so",
    b"libssl-3",
)
"""Library names that, found inside a binary, mean it links (loads) a forbidden library."""

BINARY_SUFFIXES = (".so", ".dll", ".pyd", ".dylib", ".exe")


UNUSED_QT_PLUGINS = frozenset(
    {
        # Platforms for embedded boards, framebuffers and remote (VNC) displays.
        "libqeglfs.so", "libqlinuxfb.so", "libqminimalegl.so", "libqvkkhrdisplay.so",
        "libqvnc.so", "qvnc.dll",
        # Raw input devices and TUIO (touch over UDP).
        "libqevdevkeyboardplugin.so", "libqevdevmouseplugin.so", "libqevdevtabletplugin.so",
        "libqevdevtouchplugin.so", "libqtuiotouchplugin.so", "qtuiotouchplugin.dll",
        # Their support libraries.
        "libqeglfs-emu-integration.so", "libqeglfs-kms-egldevice-integration.so",
        "libqeglfs-x11-integration.so", "libQt6EglFSDeviceIntegration.so.6",
        "libQt6EglFsKmsSupport.so.6",
    }
)  # fmt: skip
"""Qt plugins a desktop app never loads; dropped by name to keep the bundle small."""


def is_unused_qt_plugin(path: str | PurePath) -> bool:
    return PurePath(str(path).replace("\\", "/")).name in UNUSED_QT_PLUGINS


def forbidden_references(data: bytes) -> list[str]:
    """The forbidden library names a binary's bytes mention (its link-time dependencies)."""
    return [name.decode() for name in FORBIDDEN_REFERENCES if name in data]


def is_forbidden_path(path: str | PurePath) -> bool:
    """True when ``path`` names a socket-capable Qt module, a network plugin or TLS."""
    p = PurePath(str(path).replace("\\", "/"))
    if _FORBIDDEN_NAME.match(p.name):
        return True
    parts = [part.lower() for part in p.parts]
    return any(
        part in _FORBIDDEN_DIRS and index > 0 and parts[index - 1] in ("plugins", "qt", "qt6")
        for index, part in enumerate(parts)
    )


def is_binary_name(name: str) -> bool:
    """True for a shared library, extension module or executable by its file name."""
    lowered = name.lower()
    return lowered.endswith(BINARY_SUFFIXES) or ".so." in lowered


_QT_TRANSLATION = re.compile(r"^(qt\w*?)_([a-z]{2}(?:_[a-z]{2})?)\.qm$", re.IGNORECASE)


def keep_translation(path: str | PurePath) -> bool:
    """Keep Qt's catalogues for Dutch only (``qtbase_nl.qm``...); any other file is kept."""
    name = PurePath(str(path).replace("\\", "/")).name
    match = _QT_TRANSLATION.match(name)
    if match is None or not match.group(1).lower().startswith("qt"):
        return True
    return match.group(2).lower().split("_")[0] == "nl"
