"""Flags for the instructor: code that reaches around the exercise or into the grader.

A flag never changes a score by itself (the tests and the run-time tripwires
do that); it tells an instructor where to look. Flags come from two places:
the harness's own reading of the student's source (parsed, never run) and what
the harness saw during the calls (a forbidden routine reached at run time).
"""

from __future__ import annotations

import ast

from grader.results import Flag
from grader.syntax import parse as syntax_tree

# Names that honest numerical code has no reason to touch.
_SUSPICIOUS_ATTRIBUTES = {
    "__code__": "swaps a function's code",
    "__globals__": "reaches into a function's globals",
    "__builtins__": "reaches into the builtins",
    "__subclasses__": "walks the class hierarchy",
    "_umath_linalg": "calls numpy's private linear-algebra kernels",
    "modules": None,  # only sys.modules, checked below
}
_SUSPICIOUS_IMPORTS = {
    "ctypes": "loads C code",
    "gc": "walks the interpreter's objects",
    "inspect": "inspects the interpreter's frames",
    "importlib": "imports modules by computed name",
    "grader": "imports the grader",
    "pytest": "imports the test framework",
    "signal": "sends or handles signals",
    "subprocess": "starts processes",
    "socket": "opens sockets",
    "threading": "starts threads",
    "multiprocessing": "starts processes",
}
_SUSPICIOUS_CALLS = {
    "exec": "runs code built at run time",
    "eval": "runs code built at run time",
    "compile": "compiles code at run time",
    "__import__": "imports modules by computed name",
}
MAX_FLAGS_PER_PART = 20


def _enclosing_functions(tree: ast.Module) -> dict[int, str]:
    """Line -> name of the top-level function that contains it."""
    lines: dict[int, str] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                lines[line] = node.name
    return lines


def source_flags(part: int, source: str | None, parsed: bool = True) -> list[Flag]:
    """Flags from reading the module; ``source`` None means it could not be decoded."""
    if source is None:
        return [Flag(part, "unreadable-source", "the module's bytes are not valid Python source")]
    tree = syntax_tree(source)
    if tree is None:
        if not parsed:
            return []  # a syntax error: the part is already an error, not a bypass
        return [Flag(part, "unreadable-source", "the grader could not parse the module")]
    owners = _enclosing_functions(tree)
    flags: list[Flag] = []

    def add(node: ast.AST, detail: str) -> None:
        line = getattr(node, "lineno", None)
        flags.append(Flag(part, "suspicious-code", detail, owners.get(line), line))

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in _SUSPICIOUS_ATTRIBUTES:
            reason = _SUSPICIOUS_ATTRIBUTES[node.attr]
            if node.attr == "modules":
                if isinstance(node.value, ast.Name) and node.value.id == "sys":
                    add(node, "uses sys.modules: replaces or looks up loaded modules")
            else:
                add(node, f"uses .{node.attr}: {reason}")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
            for name in names:
                root = name.split(".")[0]
                if root in _SUSPICIOUS_IMPORTS:
                    add(node, f"imports {name}: {_SUSPICIOUS_IMPORTS[root]}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in _SUSPICIOUS_CALLS:
                add(node, f"calls {node.func.id}(): {_SUSPICIOUS_CALLS[node.func.id]}")
            elif (
                node.func.id in ("getattr", "setattr")
                and len(node.args) >= 2
                and not isinstance(node.args[1], ast.Constant)
            ):
                add(node, f"calls {node.func.id}() with a computed name")
    return flags[:MAX_FLAGS_PER_PART]


def _names_routine(tree: ast.Module | None, name: str) -> bool:
    """Whether the module names ``name`` as an attribute or an imported name."""
    if tree is None:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == name:
            return True
        if isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names):
            return True
    return False


def forbidden_flags(part: int, hits, source: str | None) -> list[Flag]:
    """One flag per (function, routine) reached at run time; ``hidden`` if the source hides it."""
    tree = syntax_tree(source) if source is not None else None
    flags, seen = [], set()
    for function, routine, line in hits:
        if (function, routine) in seen:
            continue
        seen.add((function, routine))
        hidden = not _names_routine(tree, routine.rsplit(".", 1)[-1])
        detail = f"{function}() reached {routine}, which its exercise forbids"
        if hidden:
            detail += "; the source does not name it (a hidden call: look at this by hand)"
        flags.append(Flag(part, "forbidden-routine", detail, function, line))
    return flags[:MAX_FLAGS_PER_PART]
