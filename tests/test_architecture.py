"""The direction of the plugin's dependencies, read from its sources with ``ast``.

registry <- analysis / exchange / reintroduction <- project <- processing <- gui, with the
foundation modules (errors, i18n, qgis_compat, settings, ...) under all of them and the entry
points (cli, demo) above. A module imports only from its own layer or the ones below, and no
modules import each other in a cycle, even through an import inside a function. See
docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[1] / "plugin"

#: Rank of each part of the plugin: a module may import from its own rank or a lower one.
RANKS = {
    # foundation: imports nothing from the plugin but other foundation modules
    "errors": 0, "i18n": 0, "qgis_compat": 0, "settings": 0, "dependencies": 0,
    "qgis_runtime": 0, "argparse_translation": 0,
    "registry": 1,
    "analysis": 2, "exchange": 2, "reintroduction": 2,
    "project": 3,
    "processing": 4,
    "gui": 5,
    # entry points
    "cli": 6, "demo": 6, "demo_commands": 6, "__main__": 6, "__init__": 6,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PLUGIN.parent).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def plugin_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PLUGIN.rglob("*.py"))
            if "__pycache__" not in path.parts}


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> dict[str, int]:
    """Modules of the plugin that ``name`` imports (anywhere in it), with the line."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            targets = [f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules
                       else target for alias in node.names]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        for imported in targets:
            target = imported
            while target and target not in modules:  # plugin.registry.store.X -> the module
                target = target.rpartition(".")[0]
            if target.startswith("plugin") and target != name:
                found.setdefault(target, node.lineno)
    return found


def import_graph() -> dict[str, dict[str, int]]:
    modules = plugin_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def rank(name: str) -> int:
    part = name.split(".")[1] if "." in name else "__init__"
    assert part in RANKS, f"{name}: place plugin/{part} in a layer of RANKS"
    return RANKS[part]


def test_the_graph_sees_the_imports():
    graph = import_graph()
    assert "plugin.registry.catalogue" in graph["plugin.registry.model"]
    assert "plugin.registry.store" in graph["plugin.analysis.commands"]
    assert "plugin.errors" in graph["plugin.cli"]


def test_every_import_goes_down_the_layers():
    against = [f"{name} (line {line}) imports {target}"
               for name, targets in import_graph().items()
               for target, line in targets.items() if rank(target) > rank(name)]
    assert against == []


def test_foundation_modules_import_only_the_foundation():
    graph = import_graph()
    against = [f"{name} imports {target}" for name, targets in graph.items()
               if rank(name) == 0 for target in targets if rank(target) != 0]
    assert against == []


def find_cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_cycle_between_modules():
    assert find_cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycles({"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}) == [
        ["a", "b", "c"]]
