"""The design's rules on imports, read from the source itself (AST), lazy imports included.

core never imports Qt or the ui (design card), and the modules of core and of ui import each
other without cycles, so each can be read, tested and moved on its own. Every import counts:
inside functions (lazy) and under `if TYPE_CHECKING:` too, since a cycle dodged that way is
still two modules that need each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, modules: frozenset[str] = frozenset()) -> set[str]:
    """Every module the file imports, anywhere in it (functions and TYPE_CHECKING blocks too).

    `from package import module` names the module only, when it is one of `modules`.
    """
    package = ""
    if path.is_relative_to(ROOT):  # what a relative import starts from
        package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = {f"{base}.{alias.name}" for alias in node.names}
            submodules = names & modules
            found.update(submodules)  # `from core import contract`
            if submodules != names:
                found.add(base)
    return found


def import_graph(*folders: str) -> dict[str, set[str]]:
    """The modules under the folders and the modules of theirs each one imports."""
    files = {module_name(path): path for folder in folders for path in (ROOT / folder).rglob("*.py")}
    known = frozenset(files)
    return {name: {m for m in imported(path, known) if m in files and m != name} for name, path in files.items()}


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The same graph between core's packages (core.catalogue, core.figures, ...) and top modules."""
    def package(module: str) -> str:
        return ".".join(module.split(".")[:2])

    packages: dict[str, set[str]] = {}
    for module, needs in graph.items():
        packages.setdefault(package(module), set()).update(package(m) for m in needs if package(m) != package(module))
    return packages


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_core_never_imports_qt_or_the_ui() -> None:
    """No module under core/ imports PySide6 or ui, even lazily inside a function."""
    offending = {module_name(path): sorted(m for m in imported(path) if m.split(".")[0] in {"PySide6", "ui"})
                 for path in CORE.rglob("*.py")}
    assert {name: found for name, found in offending.items() if found} == {}


def test_core_has_no_import_cycles() -> None:
    """core's modules import each other without cycles, and so do its packages: the catalogue does not
    need the figures that draw it, the result does not need the catalogue."""
    graph = import_graph("core")
    assert cycles(graph) == []
    assert cycles(package_graph(graph)) == []


def test_ui_has_no_import_cycles() -> None:
    """ui's modules import each other without cycles (the wizard's pages do not import the wizard)."""
    assert cycles(import_graph("ui")) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The checks above can fail: a two-module loop and a longer one are both reported."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(cycles(graph)) == [["a", "b"], ["c", "d", "e"]]


def test_lazy_and_type_checking_imports_are_read(tmp_path: Path) -> None:
    """An import inside a function or under TYPE_CHECKING counts, so neither can hide a forbidden one."""
    source = tmp_path / "core" / "probe.py"
    source.parent.mkdir()
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import ui.app\n"
                      "def later() -> None:\n    from PySide6 import QtCore\n", encoding="utf-8")
    assert {"typing", "ui.app", "PySide6"} <= imported(source)
