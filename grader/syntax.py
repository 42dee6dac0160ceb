"""A student's source as syntax: parsed once per text, read but never run.

Nothing here imports numpy, so the command line can decide what a run needs
(which parts are still stubs) before the numerical libraries load.
"""

from __future__ import annotations

import ast
import functools


@functools.lru_cache(maxsize=64)
def parse(source: str) -> ast.Module | None:
    """The module's syntax tree, parsed once per source text (None if it does not parse)."""
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def parses(source: str) -> bool:
    """Whether ``source`` parses as a module (results are cached)."""
    return parse(source) is not None


def _only_raises_not_implemented(node: ast.FunctionDef) -> bool:
    body = node.body[1:] if ast.get_docstring(node) is not None else node.body
    if node.decorator_list or len(body) != 1 or not isinstance(body[0], ast.Raise):
        return False
    raised = body[0].exc
    if isinstance(raised, ast.Call):
        raised = raised.func
    return isinstance(raised, ast.Name) and raised.id == "NotImplementedError"


def untouched_stubs(source: str, part) -> set[str]:
    """The part's functions that the module defines once, with a body that only raises.

    Such a function can only raise NotImplementedError, so its tests need not
    run. A name bound anywhere else at module level (assigned, imported,
    redefined) is not counted: the grader then runs its tests as usual.
    """
    tree = parse(source)
    if tree is None:
        return set()
    bindings: dict[str, list[ast.AST]] = {}
    for node in tree.body:
        for name in _bound_names(node):
            bindings.setdefault(name, []).append(node)
    return {
        f.name
        for f in part.functions
        if len(bindings.get(f.name, [])) == 1
        and isinstance(bindings[f.name][0], ast.FunctionDef)
        and _only_raises_not_implemented(bindings[f.name][0])
    }


def _bound_names(node: ast.AST) -> list[str]:
    """Names a top-level statement binds (any statement other than a plain def binds all)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    return [n.id for n in ast.walk(node) if isinstance(n, ast.Name)]


def function_node(source: str, name: str) -> ast.FunctionDef | None:
    """The top-level definition of ``name`` in a student's source, parsed but never run.

    Suites use it to enforce rules of an exercise ("written with loops, not ``@``");
    it returns None when the source does not parse or has no such function.
    """
    tree = parse(source)
    if tree is None:
        return None
    found = None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            found = node  # the last definition wins, as at import
    return found
