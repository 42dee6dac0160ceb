"""The ``student`` object a suite calls: it looks like the student's module, runs nothing.

``student.add(u, v)`` sends the call to the module's sandbox and returns the
decoded plain value. Arguments the student's code changed in place are changed
the same way here, so a suite checks "inputs unmodified" just as it would
in-process. Every call is recorded in :attr:`StudentModule.last_call` so that
failure messages can say what was called with what.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from grader.outcomes import FunctionMissing, NotStarted, raised_class
from grader.sandbox.module import ModuleSandbox, describe_error


def describe_value(value, limit: int = 8) -> str:
    """A short description of an argument or result for a failure message."""
    if isinstance(value, np.ndarray):
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
    shares_memory: list = field(default_factory=list)

    def __str__(self) -> str:
        parts = [describe_value(a) for a in self.args]
        parts += [f"{k}={describe_value(v)}" for k, v in self.kwargs.items()]
        return f"{self.function}({', '.join(parts)})"


def _mirror(target, new) -> None:
    """Apply the sandbox's in-place change to the harness's copy of an argument."""
    if isinstance(target, np.ndarray) and isinstance(new, np.ndarray):
        if target.shape == new.shape and target.flags.writeable:
            np.copyto(target, new, casting="unsafe")
    elif isinstance(target, list) and isinstance(new, list):
        target[:] = new


class StudentFunction:
    """A callable that runs one of the student's functions in the sandbox."""

    def __init__(self, module: StudentModule, name: str):
        self.module = module
        self.name = name

    def __call__(self, *args, **kwargs):
        record = CallRecord(self.name, args, kwargs)
        self.module.last_call = record
        self.module.calls += 1
        reply = self.module.sandbox.call(self.name, list(args), dict(kwargs))
        record.output = reply.get("output", "")
        for key, new in reply.get("mutated", {}).items():
            if key.isdigit() and int(key) < len(args):
                _mirror(args[int(key)], new)
            elif key in kwargs:
                _mirror(kwargs[key], new)
        if reply["ok"]:
            shared = reply.get("shares_memory", [])
            record.shares_memory = [k for k in shared if isinstance(k, str)]
            return reply["value"]
        if reply.get("missing"):
            raise FunctionMissing(
                f"{self.module.sandbox.display_path} has no function {self.name}()"
            )
        error = reply["error"]
        if error["type"] == "NotImplementedError":
            raise NotStarted(
                f"{self.name}() is not implemented yet: it raises NotImplementedError"
            )
        exception_class = raised_class([m for m in error["mro"] if isinstance(m, str)])
        message = f"{record} raised {describe_error(error, self.module.sandbox.display_path)}"
        exception = exception_class(message)
        exception.type_name = error["type"]
        raise exception


class StudentModule:
    """Attribute access gives a :class:`StudentFunction`; nothing is imported here."""

    def __init__(self, sandbox: ModuleSandbox):
        self.sandbox = sandbox
        self.last_call: CallRecord | None = None
        self.calls = 0

    def __getattr__(self, name: str) -> StudentFunction:
        if name.startswith("_"):
            raise AttributeError(name)
        return StudentFunction(self, name)
