"""Library routines an exercise forbids, made to fail while that exercise's function runs.

A suite also reads the student's source for the same rule, but source can hide
a call (``getattr(np.linalg, "so" + "lve")``, an alias bound at import). While
the worker runs a function whose manifest entry lists ``forbids``, each listed
routine raises :class:`ForbiddenRoutine` instead of computing, however it is
reached: the code object of a Python implementation is swapped (so aliases
trip too), and a routine written in C is replaced in its module for the call.
Everything is restored when the call returns.
"""

from __future__ import annotations

import importlib
import types

MARKER = "la4ml-forbidden:"


class ForbiddenRoutine(RuntimeError):
    """The student's function reached a routine its exercise forbids."""


def _raise_forbidden(*args, **kwargs):
    raise RuntimeError("la4ml-forbidden: this routine is not allowed in this exercise")


def _resolve(dotted: str):
    module_name, _, attribute = dotted.rpartition(".")
    module = importlib.import_module(module_name)
    return module, attribute, getattr(module, attribute)


def _replacement(dotted: str):
    message = f"{MARKER} {dotted} is not allowed in this exercise"

    def forbidden(*args, **kwargs):
        raise ForbiddenRoutine(message)

    return forbidden


class Tripwires:
    """Arm and disarm the routines of one call."""

    def __init__(self):
        self._codes: list[tuple[types.FunctionType, types.CodeType]] = []
        self._attributes: list[tuple[object, str, object]] = []

    def arm(self, names) -> None:
        for dotted in names:
            try:
                module, attribute, routine = _resolve(dotted)
            except (ImportError, AttributeError, ValueError):
                continue
            implementation = getattr(routine, "_implementation", routine)
            if isinstance(implementation, types.FunctionType) and not (
                implementation.__code__.co_freevars
            ):
                code = _raise_forbidden.__code__.replace(
                    co_consts=tuple(
                        f"{MARKER} {dotted} is not allowed in this exercise"
                        if isinstance(c, str) and c.startswith(MARKER)
                        else c
                        for c in _raise_forbidden.__code__.co_consts
                    )
                )
                self._codes.append((implementation, implementation.__code__))
                implementation.__code__ = code
            self._attributes.append((module, attribute, routine))
            setattr(module, attribute, _replacement(dotted))
            private = getattr(module, "_umath_linalg", None)
            if private is not None and hasattr(private, attribute):
                self._attributes.append((private, attribute, getattr(private, attribute)))
                setattr(private, attribute, _replacement(dotted))

    def disarm(self) -> None:
        for function, code in reversed(self._codes):
            function.__code__ = code
        for module, attribute, value in reversed(self._attributes):
            setattr(module, attribute, value)
        self._codes.clear()
        self._attributes.clear()
