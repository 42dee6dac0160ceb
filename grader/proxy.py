"""The ``student`` object a suite calls: it looks like the student's module, runs nothing.

``student.add(u, v)`` sends the call to the module's sandbox and returns the
decoded plain value. Array arguments travel through memory the harness shares
with the sandbox; the harness reads them back after the call, and an argument
the student's code changed in place is changed the same way here, so a suite
checks "inputs unmodified" just as it would in-process, from data the harness
owns. Every call is recorded in :attr:`StudentModule.last_call` so that
failure messages can say what was called with what.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from grader.outcomes import FunctionMissing, NotStarted, StudentCodeError, raised_class
from grader.sandbox.module import ModuleSandbox, describe_error
from grader.sandbox.tripwire import MARKER

FORBIDDEN = "ForbiddenRoutine"


def describe_value(value, limit: int = 8) -> str:
    """A short description of an argument or result for a failure message."""
    if isinstance(value, np.generic) and value.dtype.kind in "biufc":
        value = value.item()  # plain Python numbers read better than np.float64(0.1)
    if isinstance(value, np.ndarray):
        if value.size == 0:
            return f"<empty array of shape {value.shape}>"
        if value.size <= limit and value.ndim <= 2:
            text = np.array2string(value, separator=", ", precision=6)
            return text.replace("\n", "")
        return f"<array of shape {value.shape}, dtype {value.dtype}>"
    if isinstance(value, (list, tuple)) and len(value) > limit:
        return f"<{type(value).__name__} of length {len(value)}>"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass
class CallRecord:
    """One call of a student function, as a failure message names it."""

    function: str
    args: tuple
    kwargs: dict
    output: str = ""
    value: object = None
    returned: bool = False

    def __str__(self) -> str:
        parts = [describe_value(a) for a in self.args]
        parts += [f"{k}={describe_value(v)}" for k, v in self.kwargs.items()]
        return f"{self.function}({', '.join(parts)})"

    def reproduction(self, module: str) -> tuple[str, dict]:
        """Python that makes this exact call, and the arrays too large to write out.

        The code runs from the workspace folder; large arrays are referred to as
        ``case["a0"]`` … and must be saved beside it (see :data:`LARGE_ARRAY`).
        """
        arrays: dict = {}
        arguments = [python_literal(a, arrays) for a in self.args]
        arguments += [f"{k}={python_literal(v, arrays)}" for k, v in self.kwargs.items()]
        if sum(map(len, arguments)) > MAX_CALL_CHARS:  # too long to read: save every array
            arrays = {}
            arguments = [python_literal(a, arrays, 0) for a in self.args]
            arguments += [f"{k}={python_literal(v, arrays, 0)}" for k, v in self.kwargs.items()]
        lines = [
            "import numpy as np",
            'np.set_printoptions(floatmode="unique")  # every digit that matters',
            f"from {module} import {self.function}",
        ]
        if arrays:
            lines.append('case = np.load("CASE_FILE")')
        lines.append(f"print(repr({self.function}({', '.join(arguments)})))")
        return "\n".join(lines), arrays


LARGE_ARRAY = 48  # entries; larger arrays are saved to a .npz file instead of written out
MAX_CALL_CHARS = 4000  # a call written out at more length saves all its arrays instead


def python_literal(value, arrays: dict, large: int = LARGE_ARRAY) -> str:
    """Python source that evaluates to ``value`` exactly (floats round-trip through repr).

    Arrays of more than ``large`` entries go into ``arrays`` and are referred to by name.
    """
    if isinstance(value, np.ndarray):
        if value.size > large:
            name = f"a{len(arrays)}"
            arrays[name] = value
            return f'case["{name}"]'
        if value.size == 0:
            return f"np.empty({value.shape}, dtype=np.{value.dtype.name})"
        body = python_literal(value.tolist(), arrays, large)
        return f"np.array({body}, dtype=np.{value.dtype.name})"
    if isinstance(value, np.generic):
        return f"np.{value.dtype.name}({python_literal(value.item(), arrays, large)})"
    if isinstance(value, float):
        if value != value:
            return 'float("nan")'
        if value in (float("inf"), float("-inf")):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, (bool, int, str, bytes, type(None))):
        return repr(value)
    if isinstance(value, complex):
        return (
            f"complex({python_literal(value.real, arrays)}, {python_literal(value.imag, arrays)})"
        )
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v, arrays, large) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(python_literal(v, arrays, large) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        items = ", ".join(f"{k!r}: {python_literal(v, arrays, large)}" for k, v in value.items())
        return "{" + items + "}"
    return repr(value)


def _mirror(target: np.ndarray, new: np.ndarray) -> None:
    """Apply the call's in-place change, read from the arena, to the test's array."""
    if target.shape == new.shape and target.flags.writeable:
        np.copyto(target, new, casting="unsafe")


@dataclass
class Outcome:
    """One call of a batch: its record, and the value it returned or the error it raised."""

    record: CallRecord
    value: object = None
    error: BaseException | None = None

    def result(self, module: StudentModule):
        """The value, or raise the error, as if the call were made now (it names the call)."""
        module.last_call = self.record
        if self.error is not None:
            raise self.error
        return self.value


class StudentFunction:
    """A callable that runs one of the student's functions in the sandbox."""

    def __init__(self, module: StudentModule, name: str):
        self.module = module
        self.name = name

    def __call__(self, *args, **kwargs):
        record = CallRecord(self.name, args, kwargs)
        module = self.module
        module.last_call = record
        module.calls += 1
        sandbox = module.sandbox
        reply = sandbox.call(
            self.name, list(args), dict(kwargs), module.forbids.get(self.name, ())
        )
        return self._settle(record, reply, sandbox.arena.changed())

    def batch(self, calls: list[tuple[tuple, dict]]) -> list[Outcome]:
        """Make several calls in one round trip of the sandbox; an Outcome for each.

        Every call is judged on its own (arguments changed in place, errors,
        output). If the batch as a whole does not come back (a hang, a crash),
        the calls are made again one by one, each with its own time limit.
        """
        module, sandbox = self.module, self.module.sandbox
        records = [CallRecord(self.name, tuple(args), dict(kwargs)) for args, kwargs in calls]
        sent = sandbox.call_batch(
            self.name,
            [(list(args), dict(kwargs)) for args, kwargs in calls],
            module.forbids.get(self.name, ()),
        )
        outcomes = []
        for index, record in enumerate(records):
            try:
                if sent is None:
                    module.last_call = record
                    module.calls += 1
                    reply = sandbox.call(
                        self.name,
                        list(record.args),
                        dict(record.kwargs),
                        module.forbids.get(self.name, ()),
                    )
                    changed = sandbox.arena.changed()
                else:
                    module.calls += 1
                    reply, changed = sent[0][index], sandbox.arena.changed_among(sent[1][index])
                outcomes.append(Outcome(record, self._settle(record, reply, changed)))
            except StudentCodeError as error:
                outcomes.append(Outcome(record, error=error))
        return outcomes

    def _settle(self, record: CallRecord, reply: dict, changed):
        """Mirror in-place changes, then return the value or raise what the call raised."""
        module = self.module
        record.output = reply.get("output", "")
        for original, now in changed:
            _mirror(original, now)
        if reply["ok"]:
            module.returned += 1
            record.value, record.returned = reply.get("value"), True
            return record.value
        if reply.get("missing"):
            raise FunctionMissing(
                f"{self.module.sandbox.display_path} has no function {self.name}()"
            )
        module.raised += 1
        error = reply["error"]
        if error["type"] == "NotImplementedError":
            raise NotStarted(
                f"{self.name}() is not implemented yet: it raises NotImplementedError"
            )
        exception_class = raised_class([m for m in error["mro"] if isinstance(m, str)])
        message = f"{record} raised {describe_error(error, self.module.sandbox.display_path)}"
        if error["type"] == FORBIDDEN and error["message"].startswith(MARKER):
            routine = error["message"][len(MARKER) :].split()[0] if error["message"] else "?"
            module.forbidden_hits.append((self.name, routine, error["where"].get("line")))
            message = (
                f"{record} called {routine}, which this exercise forbids: the point is to "
                "write that computation yourself"
            )
        exception = exception_class(message)
        exception.type_name = error["type"]
        raise exception


class StudentModule:
    """Attribute access gives a :class:`StudentFunction`; nothing is imported here.

    ``forbids`` maps a function name to the library routines that fail while it
    runs (from the manifest). ``returned`` and ``raised`` count the calls that
    returned a value or raised, for the plugin's per-test bookkeeping.
    """

    def __init__(self, sandbox: ModuleSandbox, forbids: dict | None = None):
        self.sandbox = sandbox
        self.forbids = forbids or {}
        self.last_call: CallRecord | None = None
        self.calls = 0
        self.returned = 0
        self.raised = 0
        self.forbidden_hits: list[tuple[str, str, int | None]] = []

    def returned_a_view(self) -> bool:
        """Whether the last call's array result shares memory with one of its arguments."""
        call = self.last_call
        if call is None or not call.returned:
            return False
        return self.sandbox.returned_a_view(call.value)

    def __getattr__(self, name: str) -> StudentFunction:
        if name.startswith("_"):
            raise AttributeError(name)
        return StudentFunction(self, name)
