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


QT_BENCH_PROBES = ("bench/app_probe.py", "bench/spelling_probe.py")
"""The child processes that drive the real client and its spell check for ``make bench``:
they must load Qt."""


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


# ---------------------------------------------------------------------------- the door
# app/ reaches the vault through one door, ``vault/api.py`` (docs/ARCHITECTURE.md, "The
# door"). Besides it, app/ may import record and type modules only.
DOOR_ALLOWED = (
    "vault",
    "vault.api",
    "vault.model",
    "vault.errors",
    "vault.policy",  # its enums and Verdict only; its functions are asked through the door
    "vault.kdf",
    "vault.clock",
    "vault.dates",
    "vault.documents",  # the package face, itself a facade; not its submodules
    "vault.resources",
    "vault.strength",
)
TYPES_ONLY = ("vault.policy",)
"""Modules app/ may import types from (a name starting with a capital), not functions."""

REPORT = ROOT / "build" / "architecture-report.txt"


def _vault_imports(path: Path) -> dict[str, set[str]]:
    """vault module → the names ``path`` imports from it (``*`` for ``import vault.x``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _matches(alias.name, "vault"):
                    found.setdefault(alias.name, set()).add("*")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            module = node.module
            if _matches(module, "vault"):
                found.setdefault(module, set()).update(a.name for a in node.names)
    return found


def _app_vault_edges() -> dict[tuple[str, str], set[str]]:
    """(app file, vault module) → imported names, for every file under app/."""
    return {
        (_rel(p), module): names
        for p in sorted((ROOT / "app").rglob("*.py"))
        for module, names in _vault_imports(p).items()
    }


def _takes_the_storage_vault(module: str, name: str) -> bool:
    """Whether ``module.name`` is a function whose first parameter is the storage
    :class:`vault.store.Vault`: a domain call that belongs behind the door."""
    import importlib
    import inspect

    target = getattr(importlib.import_module(module), name, None)
    if not inspect.isfunction(target):
        return False
    parameters = list(inspect.signature(target).parameters.values())
    return bool(parameters) and str(parameters[0].annotation) in {"Vault", "storage.Vault"}


def _outside_the_door(module: str, names: set[str]) -> bool:
    if module not in DOOR_ALLOWED:
        return True
    if module == "vault.api":
        return False
    if module in TYPES_ONLY and any(not n[:1].isupper() for n in names):
        return True
    return any(_takes_the_storage_vault(module, n) for n in names if n != "*")


def door_report() -> tuple[list[tuple[str, str]], str]:
    """The offending (app file, vault module) edges, and the report quoted in notes."""
    edges = _app_vault_edges()
    offending = sorted(edge for edge, names in edges.items() if _outside_the_door(edge[1], names))
    vault_modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "vault").rglob("*.py")
    }
    imported = {module for _, module in edges}
    files = sorted({f for f, _ in offending})
    modules = sorted({m for _, m in offending})
    lines = [
        "app/ -> vault/ imports (tests/test_architecture.py)",
        f"vault modules imported by app/: {len(imported)} of {len(vault_modules)}",
        f"app file -> vault module edges: {len(edges)}",
        f"edges outside the door: {len(offending)}",
        f"app files with such an edge: {len(files)}",
        f"vault modules imported outside the door: {len(modules)}: {' '.join(modules)}",
        "",
        *(f"{f} -> {m} ({', '.join(sorted(edges[f, m]))})" for f, m in offending),
    ]
    return offending, "\n".join(lines) + "\n"


def test_app_reaches_the_vault_only_through_its_api() -> None:
    # app/ imports the door (vault/api.py) and record, type and error modules, nothing else
    # (docs/ARCHITECTURE.md, "The door"); the report is written to build/ for the notes.
    offending, report = door_report()
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(report, encoding="utf-8")
    assert ("app/wording/messages.py", "vault.errors") in _app_vault_edges()  # the walk sees app/
    assert offending == [], (
        "app/ imports from the vault outside vault/api.py and the record/type modules: go "
        f"through the door instead (see docs/ARCHITECTURE.md)\n{report}"
    )


def test_the_door_check_tells_types_from_functions() -> None:
    assert not _outside_the_door("vault.policy", {"Reason", "Verdict", "Channel"})
    assert _outside_the_door("vault.policy", {"Reason", "may_leave"})
    assert _outside_the_door("vault.notes", {"Note"})
    assert _outside_the_door("vault.documents.strings", {"long_date"})
    assert not _outside_the_door("vault.documents", {"DocumentRequest"})
    assert not _outside_the_door("vault.api", {"UnlockedVault"})
    # an allowed module's function that takes the storage vault is a domain call
    assert _outside_the_door("vault.strength", {"vault_personal_words"})
    assert not _outside_the_door("vault.strength", {"assess", "PDF_POLICY"})
    assert _outside_the_door("vault.documents", {"export_document"})
    assert not _outside_the_door("vault.documents", {"request_for", "DocumentRequest"})


def test_only_vault_imports_sqlcipher3() -> None:
    offenders = [
        (_rel(p), name)
        for p in sorted((ROOT / "app").rglob("*.py"))
        for name in _imports(p)
        if _matches(name, "sqlcipher3")
    ]
    assert offenders == []


# ---------------------------------------------------------------------------- import circles
def _app_module_graph() -> dict[str, set[str]]:
    """Every module of app/ and the app/ modules it imports — at the top, in a function
    or under ``TYPE_CHECKING`` alike: a deferred import is still a circle in the design."""
    modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
        for p in sorted((ROOT / "app").rglob("*.py"))
    }
    return {
        name: {m for m in _imports(path) if m in modules and m != name}
        for name, path in modules.items()
    }


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            step = next(successors, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph.get(step, ())))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return sorted(circles)


def test_the_circle_walk_finds_circles_and_nothing_else() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d", "f"}, "f": {"e"}}
    assert import_circles(graph) == [["a", "b", "c"], ["e", "f"]]
    assert import_circles({"a": {"b"}, "b": set()}) == []
    graph = _app_module_graph()  # the walk sees app/'s real imports, deferred ones too
    assert "app.wording.messages" in graph["app.dialogs.inform"]
    assert "app.dialogs.consensus" in graph["app.screens.decisions_panel"]


def test_app_has_no_import_circle() -> None:
    # Issue 15: the words shared by screens and dialogs live in app/wording/, presentation
    # mode talks to the meeting screen through a protocol, vault care to a session.
    circles = import_circles(_app_module_graph())
    assert circles == [], f"import circles in app/: {circles}"


# ---------------------------------------------------------------------------- small files
LONG_FILE_LINES = 550
"""~500 lines with some slack: a module longer than this says at its top why (issue 15)."""


def test_a_long_module_says_at_its_top_why_it_is_long() -> None:
    unexplained = []
    for package in ("app", "vault"):
        for path in sorted((ROOT / package).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            head = "\n".join(lines[:40]).casefold()
            if len(lines) > LONG_FILE_LINES and "longer than ~500 lines" not in head:
                unexplained.append(f"{_rel(path)} ({len(lines)} lines)")
    assert unexplained == [], (
        "split these modules, or write at the top of each why it is longer than ~500 lines"
    )
