"""Mutation testing of the hidden suites: do one-line faults in the solutions lose points?

Each mutant is a reference solution with one seeded fault of the kind students
make: a comparison flipped or moved across its boundary, ``+`` and ``-``
swapped, a term or a factor dropped, an integer (an index, an axis, a range
bound) off by one, a slice bound moved, a transpose or an ``abs`` dropped,
``max`` for ``min``, ``and`` for ``or``, a ``not`` dropped. Error messages are
never mutated. Every mutant is graded in-process with ``grader.runner.grade``,
one warm parent for the whole run; a mutant is *killed* when its part loses
points.

A survivor that behaves like the solution on every valid input (an equivalent
mutant) is listed in a comment of its part's suite, in this form (several
changes of one function may share a reason; lines wrap at spaces)::

    # Equivalent mutants (tools/mutants.py):
    # - function: `original line` -> `mutated line`, `original` -> `mutated`: why no
    #   valid input tells them apart.

and reported as such; the kill rate is given over all mutants and over the
mutants that are not listed as equivalent. ``--as-comments`` prints the
survivors in that form, with a placeholder for the reason.

    python tools/mutants.py                      # every mutant of every part
    python tools/mutants.py --parts 13 15        # some parts
    python tools/mutants.py --sample 200 --seed 1  # a seeded sample
    python tools/mutants.py --list --parts 8     # the mutants, without grading
"""

from __future__ import annotations

import argparse
import ast
import copy
import random
import re
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from grader.manifest import Course, Part, load_course  # noqa: E402
from grader.runner import GradeOptions, grade  # noqa: E402
from grader.sandbox.host import WarmParent  # noqa: E402
from grader.sandbox.isolation import choose  # noqa: E402
from grader.sandbox.limits import Limits  # noqa: E402

SOLUTIONS = REPO / "solutions"

COMPARISONS: dict[type, tuple[type, ...]] = {
    ast.Lt: (ast.LtE, ast.GtE),
    ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.LtE),
    ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
}
OPERATORS: dict[type, tuple[type, ...]] = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div,),
    ast.Div: (ast.Mult,),
    ast.FloorDiv: (ast.Mult,),
    ast.Pow: (ast.Mult,),
}
SWAPPED_CALLS = {
    "max": "min",
    "min": "max",
    "argmax": "argmin",
    "argmin": "argmax",
    "maximum": "minimum",
    "minimum": "maximum",
    "sum": "mean",
    "mean": "sum",
    "any": "all",
    "all": "any",
}
DROPPED_CALLS = {"abs", "sqrt", "copy"}
ENTRY = re.compile(r"(?:^|\s)- (\w+): (?=`)")
CHANGE = re.compile(r"`([^`]+)` -> `([^`]+)`")


@dataclass(frozen=True)
class Mutant:
    """One fault in one part's solution."""

    part: int
    filename: str
    function: str
    line: int
    kind: str
    original: str  # the changed line(s) of the solution, stripped
    mutated: str  # the same line(s) in the mutant, stripped
    source: str

    @property
    def key(self) -> tuple[int, str, str, str]:
        return (self.part, self.function, squash(self.original), squash(self.mutated))

    def describe(self) -> str:
        return (
            f"{self.filename}:{self.line} {self.function} [{self.kind}]\n"
            f"    - {self.original}\n    + {self.mutated}"
        )


def squash(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------ generating


def _variants(node: ast.AST) -> Iterator[tuple[str, ast.AST]]:
    """(kind, replacement) for each one-node fault of ``node``."""
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            for other in COMPARISONS.get(type(op), ()):
                new = copy.deepcopy(node)
                new.ops[index] = other()
                yield "comparison", new
    elif isinstance(node, ast.BinOp):
        for other in OPERATORS.get(type(node.op), ()):
            yield "operator", ast.BinOp(node.left, other(), node.right)
        if isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
            yield "drop-term", node.left
            if isinstance(node.op, (ast.Add, ast.Mult)):
                yield "drop-term", node.right
        if isinstance(node.op, (ast.Sub, ast.Div, ast.MatMult)):
            yield "swap-operands", ast.BinOp(node.right, node.op, node.left)
    elif isinstance(node, ast.AugAssign):
        for other in OPERATORS.get(type(node.op), ()):
            yield "operator", ast.AugAssign(node.target, other(), node.value)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not)):
        yield "drop-unary", node.operand
    elif isinstance(node, ast.BoolOp):
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield "boolean", ast.BoolOp(other, node.values)
        for index in range(len(node.values)):
            rest = node.values[:index] + node.values[index + 1 :]
            yield "drop-condition", rest[0] if len(rest) == 1 else ast.BoolOp(node.op, rest)
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            yield "boolean", ast.Constant(not node.value)
        elif isinstance(node.value, int):
            yield "off-by-one", ast.Constant(node.value + 1)
            yield "off-by-one", ast.Constant(node.value - 1)
    elif isinstance(node, ast.Slice):
        for bound in ("lower", "upper"):
            value = getattr(node, bound)
            if value is not None and not isinstance(value, ast.Constant):
                for op in (ast.Add(), ast.Sub()):
                    new = copy.deepcopy(node)
                    setattr(new, bound, ast.BinOp(value, op, ast.Constant(1)))
                    yield "slice-bound", new
    elif isinstance(node, ast.Attribute) and node.attr == "T":
        yield "drop-transpose", node.value
    elif isinstance(node, ast.Call):
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        if name in SWAPPED_CALLS:
            new = copy.deepcopy(node)
            if isinstance(new.func, ast.Attribute):
                new.func.attr = SWAPPED_CALLS[name]
            else:
                new.func.id = SWAPPED_CALLS[name]
            yield "swap-call", new
        if name in DROPPED_CALLS and len(node.args) == 1 and not node.keywords:
            yield "drop-call", node.args[0]
        if name in DROPPED_CALLS and isinstance(node.func, ast.Attribute) and not node.args:
            yield "drop-call", node.func.value


def _mutable_nodes(function: ast.FunctionDef) -> Iterator[ast.AST]:
    """The nodes of a function's body that may be mutated: not its docstring, no messages."""
    body = function.body
    if ast.get_docstring(function) is not None:
        body = body[1:]
    todo = list(reversed(body))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Raise, ast.JoinedStr, ast.Assert)):
            continue
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("print",):
            continue
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            todo.extend(reversed(node.body if isinstance(node, ast.FunctionDef) else [node.body]))
            continue
        yield node
        todo.extend(reversed(list(ast.iter_child_nodes(node))))


class _Source:
    """A module's text with byte offsets for ast positions (they count UTF-8 bytes)."""

    def __init__(self, text: str):
        self.text = text
        self.data = text.encode("utf-8")
        self.starts = [0]
        for line in self.data.splitlines(keepends=True):
            self.starts.append(self.starts[-1] + len(line))

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column

    def replace(self, node: ast.AST, text: str) -> str:
        start = self.offset(node.lineno, node.col_offset)
        end = self.offset(node.end_lineno, node.end_col_offset)
        return (self.data[:start] + text.encode("utf-8") + self.data[end:]).decode("utf-8")

    def lines(self, first: int, last: int) -> str:
        chunk = self.data[self.starts[first - 1] : self.starts[last]].decode("utf-8")
        return " ".join(line.strip() for line in chunk.splitlines())


def _replacement_text(original: ast.AST, new: ast.AST) -> str:
    text = ast.unparse(new)
    if isinstance(original, (ast.stmt, ast.Slice)):
        return text
    return f"({text})"


def mutants_of(part: Part, text: str) -> list[Mutant]:
    """Every one-node mutant of a part's solution ``text``, in source order, deduplicated."""
    tree = ast.parse(text)
    source = _Source(text)
    reference = ast.dump(tree)
    found, seen = [], set()
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        for node in _mutable_nodes(function):
            for kind, new in _variants(node):
                mutated_text = source.replace(node, _replacement_text(node, new))
                try:
                    mutated_tree = ast.parse(mutated_text)
                except SyntaxError:
                    continue
                dump = ast.dump(mutated_tree)
                if dump == reference or dump in seen:
                    continue
                seen.add(dump)
                shift = mutated_text.count("\n") - text.count("\n")
                mutated_lines = _Source(mutated_text).lines(node.lineno, node.end_lineno + shift)
                found.append(
                    Mutant(
                        part=part.number,
                        filename=part.filename,
                        function=function.name,
                        line=node.lineno,
                        kind=kind,
                        original=source.lines(node.lineno, node.end_lineno),
                        mutated=mutated_lines,
                        source=mutated_text,
                    )
                )
    return found


def course_mutants(course: Course, numbers: tuple[int, ...] = ()) -> list[Mutant]:
    """The mutants of the selected parts (all parts when ``numbers`` is empty)."""
    parts = [p for p in course.parts if not numbers or p.number in numbers]
    found = []
    for part in parts:
        path = SOLUTIONS / part.filename
        found += mutants_of(part, path.read_text(encoding="utf-8"))
    return found


def listed_equivalents(part: Part) -> dict[tuple[int, str, str, str], str]:
    """key -> reason for the equivalent mutants listed in comments of the part's suite."""
    if not part.suite_path.is_file():
        return {}
    comments, block = [], []
    for line in part.suite_path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped.lstrip("#").strip())
        elif block:
            comments.append(" ".join(block))
            block = []
    comments.append(" ".join(block))
    listed = {}
    for comment in comments:
        starts = list(ENTRY.finditer(comment))
        for match, following in zip(starts, [*starts[1:], None], strict=False):
            entry = comment[match.end() : following.start() if following else None]
            changes = list(CHANGE.finditer(entry))
            if not changes:
                continue
            reason = entry[changes[-1].end() :].lstrip(":,; ").strip()
            for change in changes:
                original, mutated = change.groups()
                key = (part.number, match.group(1), squash(original), squash(mutated))
                listed[key] = reason
    return listed


def as_comment(mutants: list[Mutant]) -> str:
    """The survivors as entries of an "Equivalent mutants" comment, one per function."""
    lines = []
    by_function: dict[str, list[Mutant]] = {}
    for mutant in mutants:
        by_function.setdefault(mutant.function, []).append(mutant)
    for function, group in by_function.items():
        changes = ", ".join(f"`{m.original}` -> `{m.mutated}`" for m in group)
        text = f"- {function}: {changes}: REASON."
        wrapped = textwrap.wrap(text, width=88, break_long_words=False, break_on_hyphens=False)
        lines += [f"# {wrapped[0]}", *(f"#   {line}" for line in wrapped[1:])]
    return "\n".join(lines)


# ------------------------------------------------------------------ grading


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    killed: bool
    detail: str  # the functions that lost points, or why the mutant survived


def grade_mutants(course: Course, mutants: list[Mutant], timeout: float) -> Iterator[Outcome]:
    """Grade each mutant in its part, reusing one warm parent; yield as they finish."""
    limits = Limits(call_timeout=timeout)
    parent = WarmParent(limits, choose("auto"))
    try:
        with tempfile.TemporaryDirectory(prefix="la4ml-mutants-") as directory:
            for index, mutant in enumerate(mutants):
                workspace = Path(directory) / f"m{index}"
                workspace.mkdir()
                (workspace / mutant.filename).write_text(mutant.source, encoding="utf-8")
                options = GradeOptions(workspace=workspace, parts=(mutant.part,), limits=limits)
                result = grade(course, options, parent=parent).parts[0]
                lost = [f.name for f in result.functions if f.score < f.max_score]
                killed = result.score < result.max_score
                yield Outcome(mutant, killed, ", ".join(lost) if killed else "full marks")
    finally:
        parent.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", type=int, nargs="*", default=[], help="parts (default all)")
    parser.add_argument("--sample", type=int, help="grade a seeded sample of this many mutants")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per call")
    parser.add_argument("--list", action="store_true", help="list the mutants, do not grade")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    parser.add_argument(
        "--as-comments", action="store_true", help="print the survivors as suite comments"
    )
    args = parser.parse_args(argv)

    course = load_course()
    mutants = course_mutants(course, tuple(args.parts))
    if args.sample is not None and args.sample < len(mutants):
        mutants = sorted(
            random.Random(args.seed).sample(mutants, args.sample),
            key=lambda m: (m.part, m.line),
        )
    if args.list:
        for mutant in mutants:
            print(mutant.describe())
        print(f"{len(mutants)} mutants")
        return 0

    equivalents = {}
    for part in course.parts:
        equivalents.update(listed_equivalents(part))
    started = time.perf_counter()
    survivors, listed, killed = [], [], 0
    per_part: dict[int, list[int]] = {}
    for count, outcome in enumerate(grade_mutants(course, mutants, args.timeout), 1):
        tally = per_part.setdefault(outcome.mutant.part, [0, 0])
        tally[1] += 1
        if outcome.killed:
            killed += 1
            tally[0] += 1
        elif outcome.mutant.key in equivalents:
            listed.append(outcome.mutant)
        else:
            survivors.append(outcome.mutant)
        if not args.quiet:
            print(f"\r{count}/{len(mutants)} graded, {killed} killed", end="", file=sys.stderr)
    if not args.quiet:
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started

    for number, (dead, total) in sorted(per_part.items()):
        print(f"part {number:2d}: {dead}/{total} killed")
    if listed:
        print(f"\nSurvivors listed as equivalent in the suites ({len(listed)}):")
        for mutant in listed:
            print(mutant.describe())
            print(f"    equivalent: {equivalents[mutant.key]}")
    if survivors:
        print(f"\nSurvivors ({len(survivors)}):")
        for mutant in survivors:
            print(mutant.describe())
        if args.as_comments:
            print("\n" + as_comment(survivors))
    total = len(mutants)
    real = total - len(listed)
    print(
        f"\n{total} mutants, {killed} killed: kill rate {100 * killed / max(total, 1):.1f} %; "
        f"{len(listed)} listed as equivalent, so {killed}/{real} = "
        f"{100 * killed / max(real, 1):.1f} % of the others; "
        f"{len(survivors)} unexplained survivors ({elapsed:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
