"""Assertions for hidden suites, with failure messages written for students.

A suite gets an :class:`Expect` as the ``expect`` fixture. Each check takes the
value a student function returned and names the call that produced it, so a
failure reads like "add([1., 2.], [3., 4.]) returned an array of shape (1, 2);
expected shape (2,)" instead of a traceback. Type, dtype and shape are checked
before values, so a student reads "wrong shape" rather than a broadcasting
error. Every value comparison states its tolerance.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import functools

import numpy as np

from grader.outcomes import ImportFailed, StudentCodeError, StudentRaised
from grader.proxy import StudentFunction, StudentModule, describe_value
from grader.syntax import function_node
from grader.syntax import parse as _parse

_SCALAR_KINDS = {
    float: ((float, np.floating), "a float"),
    int: ((int, np.integer), "an int"),
    bool: ((bool, np.bool_), "a bool"),
    str: ((str,), "a str"),
}


class CheckFailed(AssertionError):
    """A check failed; the message is meant for the student."""


def type_words(value) -> str:
    """Python's words for the type of ``value``: "an int", "a float", "a numpy float64"."""
    if isinstance(value, np.generic):
        return f"a numpy {value.dtype}"
    name = type(value).__name__
    article = "an" if name[:1].lower() in "aeiou" else "a"
    return f"{article} {name}"


def _kind_of(value) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    if value is None:
        return "None"
    return f"{describe_value(value)} ({type_words(value)})"


def _labelled(error: StudentCodeError, name: str) -> StudentCodeError:
    """A copy of ``error`` whose message starts with ``[name]`` (the original is left alone)."""
    labelled = copy.copy(error)
    labelled.args = (f"[{name}] {error}", *error.args[1:])
    return labelled


class Expect:
    """Checks on the values returned by the student's functions.

    ``only_case`` (from ``la4ml grade --case NAME``) makes every other case of a
    test run without consequence: its failures are ignored, so that the named
    case runs whatever happens before it. ``cases`` records each case entered
    and ``case_outcomes`` how each ended (None when it passed).
    """

    def __init__(self, student: StudentModule, only_case: str | None = None):
        self.student = student
        self.only_case = only_case
        self._case = ""
        self.case_outcomes: dict[str, str | None] = {}

    def _call(self) -> str:
        return str(self.student.last_call) if self.student.last_call else "the call"

    @contextlib.contextmanager
    def case(self, name: str):
        """Name the case being checked; a failure inside starts with ``[name]``."""
        self._case = name
        ignored = self.only_case is not None and name != self.only_case
        try:
            yield
        except ImportFailed:
            raise  # the module did not import: no case is to blame, none is named
        except (StudentCodeError, AssertionError) as error:
            if ignored:
                return
            self.case_outcomes[name] = str(error)
            if isinstance(error, StudentCodeError) and not str(error).startswith(f"[{name}] "):
                raise _labelled(error, name) from None
            raise
        except Exception:
            if ignored:
                return
            raise
        else:
            self.case_outcomes.setdefault(name, None)
        finally:
            self._case = ""

    def fail(self, problem: str) -> None:
        """Fail the test with ``[case] <call> <problem>``."""
        prefix = f"[{self._case}] " if self._case else ""
        raise CheckFailed(f"{prefix}{self._call()} {problem}")

    def value_of(self, thunk, expected):
        """The value of a call; if the student's code raised instead, say what was expected."""
        try:
            return thunk()
        except StudentRaised as error:
            prefix = f"[{self._case}] " if self._case else ""
            raise CheckFailed(
                f"{prefix}{error}; expected it to return {describe_value(expected)}"
            ) from None

    def that(self, condition, problem: str) -> None:
        """Fail with ``<call> <problem>`` unless ``condition`` holds."""
        if not bool(condition):
            self.fail(problem)

    # ------------------------------------------------------------ arrays

    def array(self, got, *, shape=None, dtype=np.float64) -> np.ndarray:
        """``got`` is an ndarray of this dtype and shape (a tuple, or None for any shape)."""
        if not isinstance(got, np.ndarray):
            self.fail(f"returned {_kind_of(got)}; expected a numpy array")
        if dtype is not None and got.dtype != np.dtype(dtype):
            self.fail(f"returned an array of dtype {got.dtype}; expected {np.dtype(dtype)}")
        if shape is not None and got.shape != tuple(shape):
            self.fail(f"returned an array of shape {got.shape}; expected shape {tuple(shape)}")
        return got

    def close(self, got, expected, *, rtol: float, atol: float, dtype=np.float64) -> np.ndarray:
        """``got`` is an array like ``expected`` in type, shape and, within tolerance, values."""
        expected = np.asarray(expected)
        self.array(got, shape=expected.shape, dtype=dtype)
        if got.dtype.kind in "fc":
            bad_nan = np.isnan(got) != np.isnan(expected)
        else:
            bad_nan = np.zeros(got.shape, dtype=bool)
        with np.errstate(invalid="ignore"):
            wrong = ~np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True) | bad_nan
        if wrong.any():
            self.fail(_difference(got, expected, wrong, rtol, atol))
        return got

    def equal(self, got, expected, *, dtype=None) -> np.ndarray:
        """``got`` is an array exactly equal to ``expected`` (for integer or boolean results)."""
        expected = np.asarray(expected)
        self.array(got, shape=expected.shape, dtype=dtype if dtype is not None else expected.dtype)
        if not np.array_equal(got, expected):
            self.fail(f"returned {describe_value(got)}; expected {describe_value(expected)}")
        return got

    def new_array(self, got) -> None:
        """The returned array does not share memory with any argument (judged by the harness)."""
        if self.student.returned_a_view():
            self.fail(
                "returned an array that shares memory with an argument (a view); "
                "return a new array"
            )

    # ------------------------------------------------------------ scalars

    def scalar(self, got, expected=None, *, kind=float, rtol: float = 0.0, atol: float = 0.0):
        """``got`` is a scalar of ``kind`` (float, int, bool or str), equal to ``expected``.

        Floats compare within ``rtol``/``atol``; the other kinds compare exactly.
        numpy scalars of the matching kind are accepted.
        """
        accepted, name = _SCALAR_KINDS[kind]
        if kind in (float, int) and isinstance(got, (bool, np.bool_)):
            self.fail(f"returned {_kind_of(got)}; expected {name}")
        if kind is float and isinstance(got, (int, np.integer)):
            got = float(got)
        if not isinstance(got, accepted):
            self.fail(f"returned {_kind_of(got)}; expected {name}")
        if expected is None:
            return got
        if kind is float:
            if not _scalar_close(float(got), float(expected), rtol, atol):
                self.fail(
                    f"returned {float(got)!r}; expected {float(expected)!r} "
                    f"(tolerance rtol={rtol:g}, atol={atol:g})"
                )
        elif got != expected:
            self.fail(f"returned {describe_value(got)}; expected {describe_value(expected)}")
        return got

    # ------------------------------------------------------------ errors

    def raises(self, exception_type: type, function, *args, reason: str = "", **kwargs):
        """Calling ``function(*args, **kwargs)`` raises ``exception_type``; return the error."""
        why = f" ({reason})" if reason else ""
        try:
            got = function(*args, **kwargs)
        except exception_type as error:
            return error
        except StudentRaised as error:
            prefix = f"[{self._case}] " if self._case else ""
            raise CheckFailed(
                f"{prefix}{error}; expected {exception_type.__name__}{why}"
            ) from None
        except StudentCodeError:
            raise
        self.fail(f"returned {_kind_of(got)}; expected it to raise {exception_type.__name__}{why}")


def _scalar_close(got: float, expected: float, rtol: float, atol: float) -> bool:
    if np.isnan(expected):
        return bool(np.isnan(got))
    if np.isinf(expected):
        return got == expected
    return bool(abs(got - expected) <= atol + rtol * abs(expected))


def _difference(got, expected, wrong, rtol: float, atol: float) -> str:
    tolerance = f"(tolerance rtol={rtol:g}, atol={atol:g})"
    count, total = int(wrong.sum()), wrong.size
    if total <= 8:
        return f"returned {describe_value(got)}; expected {describe_value(expected)} {tolerance}"
    with np.errstate(invalid="ignore"):
        gaps = np.where(wrong, np.abs(got - expected), -np.inf)
    worst = (
        np.unravel_index(int(np.nanargmax(gaps)), got.shape)
        if np.isfinite(gaps).any()
        else tuple(int(i[0]) for i in np.nonzero(wrong))
    )
    index = tuple(int(i) for i in worst)
    return (
        f"returned values that differ from the expected ones at {count} of {total} entries "
        f"{tolerance}; for example at index {index}: got {describe_value(got[index])}, "
        f"expected {describe_value(expected[index])}"
    )


def calls(student: StudentModule, function, arguments: list[tuple[tuple, dict]]) -> list:
    """One thunk per call of ``function``; a student function makes them in one round trip.

    A thunk returns the call's value or raises what it raised, and names the
    call in failure messages, exactly as if the call were made when the thunk
    is called. Anything else (a lambda) is called when its thunk is.
    """
    if isinstance(function, StudentFunction) and len(arguments) > 1:
        outcomes = function.batch(arguments)
        return [functools.partial(outcome.result, student) for outcome in outcomes]
    return [functools.partial(function, *args, **kwargs) for args, kwargs in arguments]


def check_errors(expect: Expect, call, cases, exception: type = ValueError, reason: str = ""):
    """Each case is ``(name, args)`` or ``(name, args, kwargs)``; the call must raise."""
    arguments = [(tuple(case[1]), dict(case[2]) if len(case) > 2 else {}) for case in cases]
    for case, thunk in zip(cases, calls(expect.student, call, arguments), strict=True):
        with expect.case(case[0]):
            expect.raises(exception, thunk, reason=reason)


def check_unmodified(expect: Expect, arrays, originals) -> None:
    """The arrays a test passed to a call still equal the copies taken before it."""
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; return a new array instead",
    )


# ------------------------------------------------------------------ the rule "vectorised"

# What the course calls vectorised (docs/conventions.md): the phrase a docstring uses,
# and the loops that break the rule.
VECTORISED = "Vectorised (see conventions)"
LOOP_NODES = {
    ast.For: "a for loop",
    ast.AsyncFor: "a for loop",
    ast.While: "a while loop",
    ast.ListComp: "a list comprehension",
    ast.SetComp: "a set comprehension",
    ast.DictComp: "a dict comprehension",
    ast.GeneratorExp: "a generator expression",
}
LOOP_CALLS = ("map", "vectorize", "apply_along_axis", "fromiter", "frompyfunc")


def _written_out(iterable: ast.expr, star_args: set[str]) -> bool:
    """A tuple or list written in the code, a ``*args`` parameter, or zip/enumerate of them."""
    if isinstance(iterable, (ast.Tuple, ast.List, ast.Set)):
        return True
    if isinstance(iterable, ast.Name):
        return iterable.id in star_args
    if isinstance(iterable, ast.Call) and getattr(iterable.func, "id", "") in ("zip", "enumerate"):
        return bool(iterable.args) and all(_written_out(a, star_args) for a in iterable.args)
    return False


def _is_fixed_loop(node: ast.AST, star_args: set[str]) -> bool:
    """A loop over a fixed number of things written in the code (``for a in (X, y)``)."""
    if isinstance(node, (ast.For, ast.AsyncFor)):
        return _written_out(node.iter, star_args)
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        return all(_written_out(g.iter, star_args) for g in node.generators)
    return False


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    """name -> value of the module's top-level assignments (a dict of helpers, say)."""
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value
    return constants


def python_loops(source: str, name: str, also=()) -> list[tuple[str, int, str]]:
    """(function, line, what) for each loop that breaks the rule "vectorised".

    Looks at function ``name`` and at every top-level function of the module that it
    uses (calls or names, directly, through a top-level constant such as
    ``{"euclidean": _euclidean}``, or through another such function). A loop is a
    ``for`` or ``while`` statement, a comprehension, a generator expression or a call
    of ``map``, ``np.vectorize``, ``np.apply_along_axis``, ``np.fromiter`` or
    ``np.frompyfunc`` (or of a name in ``also``). A loop over a tuple or list written
    in the code, or over a helper's ``*args``, is allowed: ``for a in (X, y):``.
    """
    tree = _parse(source)
    if tree is None:
        return []
    constants = _module_constants(tree)
    calls = set(LOOP_CALLS) | set(also)
    found, seen, todo = [], set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        node = function_node(source, current)
        if node is None:
            if current in constants:
                todo += [n.id for n in ast.walk(constants[current]) if isinstance(n, ast.Name)]
            continue
        star_args = {node.args.vararg.arg} if node.args.vararg else set()
        for inner in ast.walk(node):
            if type(inner) in LOOP_NODES and not _is_fixed_loop(inner, star_args):
                found.append((current, inner.lineno, LOOP_NODES[type(inner)]))
            elif isinstance(inner, ast.Name):
                todo.append(inner.id)
            elif isinstance(inner, ast.Call):
                callee = inner.func
                called = callee.attr if isinstance(callee, ast.Attribute) else None
                if isinstance(callee, ast.Name):
                    called = callee.id
                if called in calls:
                    found.append((current, inner.lineno, f"a call of {called}()"))
    return list(dict.fromkeys(found))


def describe_loops(loops: list[tuple[str, int, str]]) -> str:
    """ "a for loop in f() at line 3; ..." for a student's message."""
    return "; ".join(f"{what} in {function}() at line {line}" for function, line, what in loops)
