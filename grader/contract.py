"""One contract: what a hidden suite enforces, the docstring of the function states.

Three kinds of demand are read from a part's suite and its manifest entry, and
each must be written in the docstring of the function it applies to (the stub's,
which the lesson page shows):

- a rule on how the function is written, read from the student's source: every
  test that asks for the ``student_source`` fixture carries
  ``@pytest.mark.rule(phrase, ...)``, and each phrase appears in the docstring
  word for word (ignoring case; a run of white space counts as one space);
- a library routine that the manifest ``forbids``: the docstring names it
  (``np.linalg.solve`` or ``numpy.linalg.solve``), or forbids its whole module
  with the words "no ``np.linalg`` routine";
- inputs left unchanged: when a test of the function calls ``check_unmodified``,
  the docstring says that the inputs are left unchanged;
- a new array: when a test calls ``expect.new_array`` (the result shares no memory
  with an argument), the docstring says that the result is a new array.

The suite is imported to read its markers (it is the grader's own code; no student
code is involved) and parsed to find those calls.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from grader.manifest import Part

# How a docstring says that a function does not modify its arguments.
UNCHANGED = re.compile(r"\b(left unchanged|not modified|never modified|never changed)\b")
NEW_ARRAY = re.compile(r"\ba new array\b", re.IGNORECASE)
SOURCE_FIXTURE = "student_source"
UNMODIFIED_CHECK = "check_unmodified"
NEW_ARRAY_CHECK = "new_array"


@dataclass
class Demands:
    """What a suite asks of one function beyond the values it returns."""

    rules: list[str] = field(default_factory=list)  # phrases of @rule markers
    unchanged: bool = False  # a test checks that the arguments are left unchanged
    new_array: bool = False  # a test checks that the result shares no memory with them
    unmarked: list[str] = field(default_factory=list)  # source-reading tests without @rule


def squash(text: str) -> str:
    """``text`` with every run of white space as one space."""
    return " ".join(text.split())


def _import_suite(path: Path):
    name = f"_la4ml_contract_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and the like look their module up by name
    try:
        with warnings.catch_warnings():  # markers unknown outside the grading session
            warnings.simplefilter("ignore")
            spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    return module


def _marks(test, name: str) -> list:
    return [mark for mark in getattr(test, "pytestmark", []) if mark.name == name]


def _calls(function: ast.FunctionDef, name: str) -> bool:
    """Whether ``function`` calls ``name(...)`` or ``something.name(...)``."""
    return any(
        isinstance(node, ast.Call)
        and name in (getattr(node.func, "id", None), getattr(node.func, "attr", None))
        for node in ast.walk(function)
    )


def suite_demands(path: Path) -> dict[str, Demands]:
    """function name -> the demands of the suite at ``path`` on that function."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    definitions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    module = _import_suite(path)
    demands: dict[str, Demands] = {}
    for name, definition in definitions.items():
        test = getattr(module, name, None)
        if not name.startswith("test_") or test is None:
            continue
        function_marks = _marks(test, "function")
        if not function_marks or not function_marks[0].args:
            continue  # the grader refuses such a suite with its own message
        entry = demands.setdefault(function_marks[0].args[0], Demands())
        rules = [phrase for mark in _marks(test, "rule") for phrase in mark.args]
        entry.rules += [p for p in rules if p not in entry.rules]
        if SOURCE_FIXTURE in {a.arg for a in definition.args.args} and not rules:
            entry.unmarked.append(name)
        entry.unchanged = entry.unchanged or _calls(definition, UNMODIFIED_CHECK)
        entry.new_array = entry.new_array or _calls(definition, NEW_ARRAY_CHECK)
    return demands


def names_routine(docstring: str, routine: str) -> bool:
    """Whether ``docstring`` names ``routine`` (``numpy.linalg.solve``) or forbids its module."""
    module = routine.rpartition(".")[0]
    spellings = {routine, "np." + routine.removeprefix("numpy.")}
    for spelling in spellings:
        if re.search(rf"(?<![\w.]){re.escape(spelling)}(?!\w)", docstring):
            return True
    modules = {module, "np." + module.removeprefix("numpy.")}
    return any(f"no ``{m}`` routine" in squash(docstring).lower() for m in modules)


def contract_problems(part: Part, docstrings: dict[str, str | None]) -> list[str]:
    """Every demand of the part's suite and manifest that a docstring does not state."""
    where = f"part {part.number} ({part.module})"
    problems = []
    demands = suite_demands(part.suite_path) if part.suite_path.is_file() else {}
    for function in part.functions:
        docstring = docstrings.get(function.name) or ""
        text = squash(docstring)
        entry = demands.get(function.name, Demands())
        for test in entry.unmarked:
            problems.append(
                f"{where}: {test} reads the student's source but has no "
                "@pytest.mark.rule(...) naming the rule that the docstring states"
            )
        for phrase in entry.rules:
            if squash(phrase).lower() not in text.lower():
                problems.append(
                    f"{where}: the suite enforces a rule on {function.name} that its "
                    f"docstring does not state: {phrase!r}"
                )
        for routine in function.forbids:
            if not names_routine(docstring, routine):
                problems.append(
                    f"{where}: the manifest forbids {routine} in {function.name}, but its "
                    "docstring does not name it"
                )
        if entry.unchanged and not UNCHANGED.search(text):
            problems.append(
                f"{where}: the suite checks that {function.name} leaves its inputs unchanged, "
                "but its docstring does not say so (write 'left unchanged')"
            )
        if entry.new_array and not NEW_ARRAY.search(text):
            problems.append(
                f"{where}: the suite checks that {function.name} returns a new array (no view "
                "of an argument), but its docstring does not say so (write 'a new array')"
            )
    return problems
