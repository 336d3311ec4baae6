"""Layering rules: ``vault`` never imports Qt or ``app``; nothing imports Qt networking."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN_IN_VAULT = ("PySide6", "shiboken6", "app")
NETWORK_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtWebEngine",
    "socket",
    "urllib",
    "http",
    "ssl",
    "requests",
    "asyncio",
)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _rel(path: Path) -> str:
    """``path`` relative to the repository, with ``/`` on every OS."""
    return path.relative_to(ROOT).as_posix()


def test_vault_imports_neither_qt_nor_app() -> None:
    offenders = [
        (_rel(p), name)
        for p in sorted((ROOT / "vault").rglob("*.py"))
        for name in _imports(p)
        if any(_matches(name, f) for f in FORBIDDEN_IN_VAULT)
    ]
    assert offenders == []


def test_p11_no_network_module_is_imported_anywhere() -> None:
    offenders = [
        (_rel(p), name)
        for pkg in ("vault", "app")
        for p in sorted((ROOT / pkg).rglob("*.py"))
        for name in _imports(p)
        if any(_matches(name, f) for f in NETWORK_MODULES)
    ]
    assert offenders == []


QT_BENCH_PROBES = ("bench/app_probe.py",)
"""The child process that drives the real client for ``make bench``: it must load Qt."""


def test_only_app_imports_pyside6() -> None:
    offenders = [
        (_rel(p), name)
        for pkg in ("vault", "bench")
        if (ROOT / pkg).is_dir()
        for p in sorted((ROOT / pkg).rglob("*.py"))
        if _rel(p) not in QT_BENCH_PROBES
        for name in _imports(p)
        if _matches(name, "PySide6")
    ]
    assert offenders == []


def test_architecture_test_sees_real_files() -> None:
    # Guard against the checks above passing vacuously.
    assert len(list((ROOT / "vault").rglob("*.py"))) >= 5
    assert "sqlcipher3" in _imports(ROOT / "vault" / "store.py")
    # The exempted probes exist under the names used (on Windows too, where paths have \\).
    for probe in QT_BENCH_PROBES:
        assert (ROOT / probe).is_file(), probe
        assert "PySide6.QtCore" in _imports(ROOT / probe)
