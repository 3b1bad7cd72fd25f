"""Print the import graph between Redaksi's packages and any cycle in it (exit 1 if one).

A "package" is ``editor.<name>`` (``editor.cli`` and ``editor.commands`` count as ``cli``);
every ``import``/``from … import`` in every module is counted, including imports inside
functions, since a lazy import is still a dependency.

    python scripts/import_graph.py
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "editor"
ALIASES = {"commands": "cli", "cli": "cli", "resources": "resources", "__init__": "editor"}


def package_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "editor":
        return None
    if len(parts) == 1:
        return "editor"
    return ALIASES.get(parts[1], parts[1])


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT.parent).with_suffix("")
        source = package_of(".".join(rel.parts))
        if source is None:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
                if node.module == "editor":  # from editor import ops: a package, not a name
                    names = [f"editor.{a.name}" for a in node.names
                             if (ROOT / a.name).is_dir() or (ROOT / f"{a.name}.py").is_file()]
            for name in names:
                target = package_of(name)
                if target and target not in (source, "editor"):
                    edges[source].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def main() -> int:
    edges = graph()
    for source in sorted(edges):
        print(f"{source:12} -> {', '.join(sorted(edges[source]))}")
    found = cycles(edges)
    for cycle in found:
        print("cycle: " + " -> ".join(cycle))
    print("no cycles between packages" if not found else f"{len(found)} cycle(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
