"""The sandbox process: imports one student module and serves calls to it.

This module runs only inside a sandbox, after :mod:`grader.sandbox.zygote` has
forked it, limited it and dropped its privileges. Everything it sends back
goes through :mod:`grader.codec`, so the student's code can influence the
grade only through the plain values its functions return.
"""

from __future__ import annotations

import io
import os
import sys
import traceback
import types

import numpy as np

from grader.sandbox import channel


class CappedOutput(io.TextIOBase):
    """A text stream that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[str] = []
        self.kept = 0
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text) -> int:
        text = str(text)
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def text(self) -> str:
        kept = "".join(self.parts)
        return kept + (f"\n... [{self.dropped} more characters]" if self.dropped else "")


def _where(error: BaseException, path: str) -> dict:
    """The innermost frame of the student's file in the error's traceback."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == path]
    if isinstance(error, SyntaxError) and error.filename == path:
        return {"line": int(error.lineno or 0), "function": "", "code": error.text or ""}
    if not frames:
        return {}
    frame = frames[-1]
    return {"line": int(frame.lineno or 0), "function": frame.name, "code": frame.line or ""}


def _describe_error(error: BaseException, path: str) -> dict:
    try:
        message = str(error)
    except Exception:
        message = "(the exception's message could not be read)"
    mro = [f"{cls.__module__}.{cls.__qualname__}" for cls in type(error).__mro__]
    return {
        "type": type(error).__name__,
        "mro": mro,
        "message": message[:1000],
        "where": _where(error, path),
    }


class Worker:
    """Serves import and call requests for one student module."""

    def __init__(self, sock, output_chars: int):
        self.channel = channel.Channel(sock)
        self.output_chars = output_chars
        self.module: types.ModuleType | None = None
        self.path = ""

    def serve(self) -> None:
        while True:
            try:
                request = self.channel.receive()
            except (channel.ChannelClosed, OSError):
                return
            reply = self.handle(request)
            try:
                self.channel.send(reply)
            except channel.ChannelClosed:
                return
            except BaseException as error:  # the reply itself could not be encoded
                self.channel.send({"ok": False, "error": _describe_error(error, "")})

    def handle(self, request: dict) -> dict:
        if request["op"] == "import":
            return self.import_module(request)
        return self.call(request)

    def _capture(self) -> CappedOutput:
        capture = CappedOutput(self.output_chars)
        sys.stdout = sys.stderr = capture
        return capture

    def import_module(self, request: dict) -> dict:
        self.path = request["path"]
        module = types.ModuleType(request["name"])
        module.__file__ = self.path
        sys.modules[request["name"]] = module
        capture = self._capture()
        try:
            code = compile(request["source"], self.path, "exec", dont_inherit=True)
            exec(code, module.__dict__)
        except BaseException as error:
            return {
                "ok": False,
                "error": _describe_error(error, self.path),
                "output": capture.text(),
            }
        self.module = module
        functions = sorted(
            name
            for name, value in vars(module).items()
            if callable(value) and not name.startswith("_")
        )
        return {"ok": True, "functions": functions, "output": capture.text()}

    def call(self, request: dict) -> dict:
        name = request["function"]
        function = getattr(self.module, name, None)
        if not callable(function):
            return {"ok": False, "missing": True}
        args, kwargs = list(request["args"]), dict(request["kwargs"])
        before = _snapshot(args, kwargs)
        capture = self._capture()
        try:
            value = function(*args, **kwargs)
        except BaseException as error:
            reply = {"ok": False, "error": _describe_error(error, self.path)}
        else:
            reply = {"ok": True, "value": value}
            shared = _shared(value, args, kwargs)
            if shared:
                reply["shares_memory"] = shared
        output = capture.text()
        if output:
            reply["output"] = output
        mutated = _mutated(before, args, kwargs)
        if mutated:
            reply["mutated"] = mutated
        return reply


def _arguments(args: list, kwargs: dict):
    yield from ((str(index), value) for index, value in enumerate(args))
    yield from kwargs.items()


def _snapshot(args: list, kwargs: dict) -> dict:
    """Copies of the mutable arguments, to detect in-place changes."""
    snapshot = {}
    for key, value in _arguments(args, kwargs):
        if isinstance(value, np.ndarray):
            snapshot[key] = value.copy()
        elif isinstance(value, list):
            snapshot[key] = _deep_copy_list(value)
    return snapshot


def _deep_copy_list(value):
    if isinstance(value, list):
        return [_deep_copy_list(item) for item in value]
    if isinstance(value, np.ndarray):
        return value.copy()
    return value


def _same(a, b) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (
            isinstance(a, np.ndarray)
            and isinstance(b, np.ndarray)
            and a.shape == b.shape
            and a.dtype == b.dtype
            and bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
        )
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=False))
    if type(a) is not type(b):
        return False
    return bool(a == b) or (a != a and b != b)  # NaN equals NaN here


def _mutated(before: dict, args: list, kwargs: dict) -> dict:
    """The arguments the call changed in place, with their new contents."""
    now = dict(_arguments(args, kwargs))
    return {key: now[key] for key, old in before.items() if not _same(old, now[key])}


def _shared(value, args: list, kwargs: dict) -> list:
    """Names of the array arguments whose memory the returned array shares."""
    if not isinstance(value, np.ndarray):
        return []
    return [
        key
        for key, argument in _arguments(args, kwargs)
        if isinstance(argument, np.ndarray) and np.may_share_memory(value, argument)
    ]


def run(sock, output_chars: int) -> None:
    """Serve requests until the harness closes the connection, then exit."""
    Worker(sock, output_chars).serve()
    sys.stdout.flush()
    os._exit(0)
