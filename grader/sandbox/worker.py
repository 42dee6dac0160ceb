"""The sandbox process: imports one student module and serves calls to it.

This module runs only inside a sandbox, after :mod:`grader.sandbox.zygote` has
forked it, limited it and dropped its privileges. Everything it sends back
goes through :mod:`grader.codec`, so the student's code can influence the
grade only through the plain values its functions return.
"""

from __future__ import annotations

import io
import mmap
import os
import sys
import traceback
import types

from grader.sandbox import arena, channel
from grader.sandbox.tripwire import MARKER, Tripwires


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
        return {
            "line": int(error.lineno or 0),
            "function": "",
            "code": (error.text or "").rstrip("\n"),
            "offset": int(error.offset or 0),
        }
    if not frames:
        return {}
    frame = frames[-1]
    return {"line": int(frame.lineno or 0), "function": frame.name, "code": frame.line or ""}


def _describe_error(error: BaseException, path: str) -> dict:
    try:
        message = error.msg if isinstance(error, SyntaxError) else str(error)
    except Exception:
        message = "(the exception's message could not be read)"
    mro = [f"{cls.__module__}.{cls.__qualname__}" for cls in type(error).__mro__]
    forbidden = message.startswith(MARKER)
    return {
        "type": "ForbiddenRoutine" if forbidden else type(error).__name__,
        "mro": mro,
        "message": message[:1000],
        "where": _where(error, path),
    }


class Worker:
    """Serves import and call requests for one student module."""

    def __init__(self, sock, arena_fd: int | None, output_chars: int):
        self.channel = channel.Channel(sock)
        self.arena = None
        if arena_fd is not None:
            size = os.fstat(arena_fd).st_size
            self.arena = mmap.mmap(arena_fd, size, mmap.MAP_SHARED)
            os.close(arena_fd)
        self.output_chars = output_chars
        self.module: types.ModuleType | None = None
        self.path = ""
        self.last_value = None
        self.tripwires = Tripwires()

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
        operation = request["op"]
        if operation == "import":
            return self.import_module(request)
        if operation == "resend":
            return {"ok": True, "value": self.last_value}
        if operation == "batch":
            return self.batch(request)
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

    def batch(self, request: dict) -> dict:
        """Several calls of one function in one message; one reply each, in order."""
        replies = []
        for args, kwargs in request["calls"]:
            single = {**request, "op": "call", "args": args, "kwargs": kwargs}
            replies.append(self.call(single))
        self.last_value = None
        return {"ok": True, "replies": replies}

    def call(self, request: dict) -> dict:
        name = request["function"]
        self.last_value = None
        function = getattr(self.module, name, None)
        if not callable(function):
            return {"ok": False, "missing": True}
        args = arena.views(list(request["args"]), self.arena)
        kwargs = arena.views(dict(request["kwargs"]), self.arena)
        capture = self._capture()
        self.tripwires.arm(request.get("forbid", ()))
        try:
            value = function(*args, **kwargs)
        except BaseException as error:
            reply = {"ok": False, "error": _describe_error(error, self.path)}
        else:
            self.last_value = value
            reply = {"ok": True, "value": value}
        finally:
            self.tripwires.disarm()
        output = capture.text()
        if output:
            reply["output"] = output
        return reply


def run(sock, arena_fd: int | None, output_chars: int) -> None:
    """Serve requests until the harness closes the connection, then exit."""
    Worker(sock, arena_fd, output_chars).serve()
    sys.stdout.flush()
    os._exit(0)
