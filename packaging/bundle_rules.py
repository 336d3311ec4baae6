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
      | libssl(?:[-.].*)?$                      # libssl.so.3, libssl-3.dll, libssl-3-x64.dll
      | (?:lib)?q(?:openssl|schannel|certonly|securetransport)backend(?:\.|$)  # TLS plugins
      | (?:lib)?qnetwork(?:listmanager|manager)\.  # network information: qnetworklistmanager.dll
      | (?:lib)?qmldbg_\w+(?:\.|$)             # QML debugging (qmldbg_tcp opens a port)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_FORBIDDEN_DIRS = frozenset(
    {"tls", "networkinformation", "bearer", "qml", "webengine", "qmltooling"}
)
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
        "libqeglfs.so",
        "libqlinuxfb.so",
        "libqminimalegl.so",
        "libqvkkhrdisplay.so",
        "libqvnc.so",
        "qvnc.dll",
        # Raw input devices and TUIO (touch over UDP).
        "libqevdevkeyboardplugin.so",
        "libqevdevmouseplugin.so",
        "libqevdevtabletplugin.so",
        "libqevdevtouchplugin.so",
        "libqtuiotouchplugin.so",
        "qtuiotouchplugin.dll",
        # Their support libraries.
        "libqeglfs-emu-integration.so",
        "libqeglfs-kms-egldevice-integration.so",
        "libqeglfs-x11-integration.so",
        "libQt6EglFSDeviceIntegration.so.6",
        "libQt6EglFsKmsSupport.so.6",
        # Windows: the experimental Direct2D platform (the app runs on "windows"), and Mesa's
        # software OpenGL (20 MB), which Qt loads only for an OpenGL context when the
        # graphics driver has none: widgets paint in software and the app has no
        # OpenGL or Quick widget.
        "qdirect2d.dll",
        "opengl32sw.dll",
    }
)
"""Qt plugins (and Qt's own helper libraries) a desktop widgets app never loads; dropped by
name to keep the bundle small."""

_UNUSED_LOWER = frozenset(name.lower() for name in UNUSED_QT_PLUGINS)


def is_unused_qt_plugin(path: str | PurePath) -> bool:
    return PurePath(str(path).replace("\\", "/")).name.lower() in _UNUSED_LOWER


def forbidden_references(data: bytes) -> list[str]:
    """The forbidden library names a binary's bytes mention (its link-time dependencies)."""
    return [name.decode() for name in FORBIDDEN_REFERENCES if name in data]


def links_forbidden(data: bytes) -> list[str]:
    """Every forbidden library a binary links: for a Windows binary, each DLL of its import
    tables that :func:`is_forbidden_path` refuses (``Qt6WebChannel.dll``...); then the
    names of :data:`FORBIDDEN_REFERENCES` its bytes mention, unless an import already
    named the library (``libssl-3`` inside ``libssl-3-x64.dll``)."""
    found: list[str] = []
    for name in pe_imports(data):
        if is_forbidden_path(name) and all(name.lower() != f.lower() for f in found):
            found.append(name)
    for reference in forbidden_references(data):
        if not any(reference.lower() in name.lower() for name in found):
            found.append(reference)
    return found


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


# --------------------------------------------------------------------------- Windows
WINDOWS_SYSTEM_DLLS = frozenset(
    {
        "advapi32.dll",
        "authz.dll",
        "bcrypt.dll",
        "cfgmgr32.dll",
        "comctl32.dll",
        "comdlg32.dll",
        "crypt32.dll",
        "d2d1.dll",
        "d3d11.dll",
        "d3d12.dll",
        "d3d9.dll",
        "dbghelp.dll",
        "dwmapi.dll",
        "dwrite.dll",
        "dxgi.dll",
        "gdi32.dll",
        "gdiplus.dll",
        "imagehlp.dll",
        "imm32.dll",
        "iphlpapi.dll",
        "kernel32.dll",
        "mpr.dll",
        "msimg32.dll",
        "msvcrt.dll",
        "ncrypt.dll",
        "netapi32.dll",
        "ntdll.dll",
        "ole32.dll",
        "oleacc.dll",
        "oleaut32.dll",
        "powrprof.dll",
        "propsys.dll",
        "psapi.dll",
        "rpcrt4.dll",
        "secur32.dll",
        "setupapi.dll",
        "shcore.dll",
        "shell32.dll",
        "shlwapi.dll",
        "uiautomationcore.dll",
        "ucrtbase.dll",
        "user32.dll",
        "userenv.dll",
        "uxtheme.dll",
        "version.dll",
        "winmm.dll",
        "winspool.drv",
        "ws2_32.dll",
        "wtsapi32.dll",
        # ICU: part of Windows since Windows 10 1703 (Qt 6 uses it; never shipped by us).
        "icuuc.dll",
        "icuin.dll",
        "icu.dll",
    }
)
"""DLLs every Windows 10/11 x64 has in ``System32``: a bundled binary may import these
without the bundle carrying them. The Visual C++ runtime (``vcruntime140.dll``,
``msvcp140*.dll``...) is deliberately absent: Windows does not ship it, so the bundle must."""

_WINDOWS_API_SET = re.compile(r"^(?:api|ext)-ms-win-[\w.-]+\.dll$", re.IGNORECASE)
"""API sets (``api-ms-win-crt-runtime-l1-1-0.dll``...): resolved by Windows itself; the
``crt`` ones are the Universal C runtime, a system component since Windows 10."""

WINE_MARKERS = (b"Wine builtin DLL", b"Wine placeholder DLL")
"""Wine writes one of these into the DOS header area (offset 0x40) of each of its own DLLs
and programs; such a file works only under Wine."""


def is_windows_system_dll(name: str) -> bool:
    lowered = name.lower()
    return lowered in WINDOWS_SYSTEM_DLLS or bool(_WINDOWS_API_SET.match(lowered))


def is_wine_file(data: bytes) -> bool:
    """True for a DLL or program of Wine itself (collected by mistake from its System32)."""
    head = data[:1024]
    return head[:2] == b"MZ" and any(marker in head for marker in WINE_MARKERS)


def _u16(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 2], "little")


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "little")


def pe_imports(data: bytes) -> list[str]:
    """The DLL names a Windows executable, DLL or ``.pyd`` imports: its import table and its
    delay-load import table, in file order; ``[]`` for anything that is not a PE file.

    A small reader of the PE format (the import directories are entries 1 and 13 of the
    optional header's data directory), so the check needs no Windows and no ``pefile``.
    """
    try:
        if data[:2] != b"MZ":
            return []
        pe = _u32(data, 0x3C)
        if data[pe : pe + 4] != b"PE\0\0":
            return []
        coff = pe + 4
        section_count = _u16(data, coff + 2)
        optional = coff + 20
        optional_size = _u16(data, coff + 16)
        magic = _u16(data, optional)
        if magic == 0x20B:  # PE32+ (x64)
            image_base = int.from_bytes(data[optional + 24 : optional + 32], "little")
            directory_count, directories = _u32(data, optional + 108), optional + 112
        elif magic == 0x10B:  # PE32
            image_base = _u32(data, optional + 28)
            directory_count, directories = _u32(data, optional + 92), optional + 96
        else:
            return []
        sections = [
            (_u32(data, s + 12), max(_u32(data, s + 8), _u32(data, s + 16)), _u32(data, s + 20))
            for s in (optional + optional_size + 40 * i for i in range(section_count))
        ]

        def offset_of(rva: int) -> int | None:
            for address, size, raw in sections:
                if address <= rva < address + size:
                    return rva - address + raw
            return None

        def c_string(rva: int) -> str | None:
            start = offset_of(rva)
            if start is None or start >= len(data):
                return None
            end = data.find(b"\0", start, start + 512)
            return data[start:end].decode("ascii", "replace") if end > start else None

        names: list[str] = []

        def walk(entry: int, size: int, name_at: int, delay: bool) -> None:
            if entry >= directory_count:
                return
            rva = _u32(data, directories + 8 * entry)
            table = offset_of(rva) if rva else None
            while table is not None and table + size <= len(data):
                record = data[table : table + size]
                if not any(record):
                    break
                name_rva = _u32(record, name_at)
                if delay and not _u32(record, 0) & 1:  # old-style delay import: a VA
                    name_rva -= image_base
                name = c_string(name_rva)
                if name is None:
                    break
                names.append(name)
                table += size

        walk(1, 20, 12, delay=False)  # IMAGE_IMPORT_DESCRIPTOR: Name at +12
        walk(13, 32, 4, delay=True)  # IMAGE_DELAYLOAD_DESCRIPTOR: DllNameRVA at +4
        return names
    except (IndexError, ValueError):
        return []
