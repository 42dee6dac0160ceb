"""What can happen when the harness calls a student's function, as exceptions.

A suite sees the student's own exceptions as subclasses of the matching
built-in type (``pytest.raises(ValueError)`` works) and every other way a call
can go wrong as a :class:`StudentCodeError` whose message is written for the
student. None of these classes comes from the sandbox: they are made here,
from the type names the sandbox reports.
"""

from __future__ import annotations

import builtins

import numpy as np


class StudentCodeError(Exception):
    """The student's code did not return a value; ``str()`` explains it to the student."""


class NotStarted(StudentCodeError):
    """The function still raises NotImplementedError."""


class FunctionMissing(StudentCodeError):
    """The module has no function of that name."""


class ImportFailed(StudentCodeError):
    """The student's module could not be imported."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


class CallTimeout(StudentCodeError):
    """The call did not return within the time limit."""


class SandboxCrashed(StudentCodeError):
    """The sandbox process died during the call."""


class BadReply(StudentCodeError):
    """The sandbox sent something that is not a valid reply."""


class StudentRaised(StudentCodeError):
    """The student's function raised an exception; subclasses add the built-in type."""

    type_name = "Exception"


_RAISED_CLASSES: dict[type, type] = {}


def _known_base(mro: list[str]) -> type | None:
    """The most derived exception class in ``mro`` that the harness knows by name."""
    for qualified in mro:
        module, _, name = qualified.rpartition(".")
        if module.startswith("numpy.linalg") and name == "LinAlgError":
            return np.linalg.LinAlgError
        if module == "builtins":
            candidate = getattr(builtins, name, None)
            if isinstance(candidate, type) and issubclass(candidate, Exception):
                return candidate
    return None


def raised_class(mro: list[str]) -> type:
    """A StudentRaised subclass that is also an instance of the student's built-in type."""
    base = _known_base(mro)
    if base is None or base is Exception:
        return StudentRaised
    if base not in _RAISED_CLASSES:
        _RAISED_CLASSES[base] = type(f"Student{base.__name__}", (StudentRaised, base), {})
    return _RAISED_CLASSES[base]
