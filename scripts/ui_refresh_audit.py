"""List hand-written refreshes in the UI: one part telling another to read the store again.

Widgets learn of changes from the ``ChangeHub`` (``hub.subscribe(widget, slot)``); a part
that, after a save or a step, calls ``other.refresh()`` itself is the pattern issue 13
removed (19 such calls when it was filed). This finds them by reading the code (``ast``):

A *refresh call* is a call without positional arguments of a method named ``refresh``,
``reload`` or ``load`` + ``_something`` (with or without a leading underscore, any suffix:
``refresh_now``, ``reload_articles``, ``_load_categories``). It is *hand-written* unless

- it is inside a hub subscriber: a method passed to ``….subscribe(…, self.method)`` or
  connected to ``….changed`` in the same class, or a lambda passed there;
- a widget refreshes itself: the receiver is ``self`` and the class defines the method
  (its own view after its own control or write; a mixin calling another part's method
  does count);
- it is in ``__init__``: the first load of a widget being built.

    python scripts/ui_refresh_audit.py [folder ...]   # default editor/ui; exit 1 if any
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFRESH = re.compile(r"^_?(refresh|reload)(_\w+)?$|^_?load_\w+$")


@dataclass(frozen=True)
class Refresh:
    path: Path
    line: int
    code: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code}"


def _subscribers(cls: ast.ClassDef) -> tuple[set[str], set[int]]:
    """Method names and lambda node ids the class hands to the hub."""
    methods: set[str] = set()
    lambdas: set[int] = set()
    for node in ast.walk(cls):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        func = node.func
        is_subscribe = func.attr == "subscribe"
        is_hub_connect = (func.attr == "connect" and isinstance(func.value, ast.Attribute)
                          and func.value.attr == "changed")
        if not (is_subscribe or is_hub_connect):
            continue
        for arg in node.args:
            if isinstance(arg, ast.Lambda):
                lambdas.add(id(arg))
            elif (isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
                  and arg.value.id == "self"):
                methods.add(arg.attr)
    return methods, lambdas


def _walk(node: ast.AST, inside_allowed: bool, allowed_lambdas: set[int], *,
          direct_allowed: bool = False) -> Iterator[tuple[ast.Call, bool]]:
    """Every call under ``node`` with whether it is allowed: a subscriber (lambda) encloses
    it, or ``direct_allowed`` and it runs right away (not in a lambda or nested function
    left behind to run later, such as a slot connected in ``__init__``)."""
    for child in ast.iter_child_nodes(node):
        allowed = inside_allowed or id(child) in allowed_lambdas
        deferred = isinstance(child, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef))
        direct = direct_allowed and not deferred
        if isinstance(child, ast.Call):
            yield child, allowed or direct
        yield from _walk(child, allowed, allowed_lambdas, direct_allowed=direct)


def _is_refresh(call: ast.Call) -> bool:
    return (isinstance(call.func, ast.Attribute) and bool(REFRESH.match(call.func.attr))
            and not call.args)


def refreshes_in(path: Path) -> list[Refresh]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Refresh] = []
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    in_class: set[int] = set()
    for cls in classes:
        own = {n.name for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        methods, lambdas = _subscribers(cls)
        for item in cls.body:
            if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            in_class.add(id(item))
            for call, allowed in _walk(item, item.name in methods, lambdas,
                                       direct_allowed=item.name == "__init__"):
                if allowed or not _is_refresh(call):
                    continue
                func = call.func
                assert isinstance(func, ast.Attribute)
                if (isinstance(func.value, ast.Name) and func.value.id == "self"
                        and func.attr in own):
                    continue
                found.append(Refresh(path, call.lineno, lines[call.lineno - 1].strip()))
    # Free functions (``build_*`` helpers wiring a window) have no subscriber of their own.
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and id(node) not in in_class:
            for call, _ in _walk(node, False, set()):
                if _is_refresh(call):
                    found.append(Refresh(path, call.lineno, lines[call.lineno - 1].strip()))
    return sorted(found, key=lambda r: r.line)


def audit(folders: list[Path]) -> list[Refresh]:
    return [r for folder in folders for path in sorted(folder.rglob("*.py"))
            for r in refreshes_in(path)]


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT / "editor" / "ui"]
    found = audit(folders)
    for refresh in found:
        print(refresh)
    print(f"{len(found)} hand-written refresh call(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
