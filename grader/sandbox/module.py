"""One student module in a sandbox: import it once, call its functions, survive its crashes.

The harness keeps the upper hand over the sandbox process at every step:

- it is continued (SIGCONT) just before a request and stopped (SIGSTOP) as
  soon as its reply has arrived, through a pidfd the harness holds, so that
  student code uses no CPU outside the call being served;
- array arguments travel through the shared :class:`~grader.sandbox.arena.Arena`,
  whose bytes the harness reads back itself after the call;
- every string in a reply is cut to a fixed length here, whatever the sandbox
  sent, so a hostile reply cannot swell the harness's memory or the report;
- every call's timeout is also bounded by the whole run's deadline.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

from grader import codec
from grader.outcomes import BadReply, CallTimeout, ImportFailed, SandboxCrashed
from grader.sandbox import channel
from grader.sandbox.arena import Arena
from grader.sandbox.host import SandboxUnavailable, WarmParent
from grader.sandbox.limits import Limits
from grader.student_files import StudentFileError, decode_source, read_module

MAX_REPLY_BYTES = 64 * 1024 * 1024
MAX_MESSAGE_CHARS = 1000
MAX_NAME_CHARS = 200
MAX_MRO_ENTRIES = 40
MAX_FUNCTIONS = 500

_ERROR_FIELDS = {"type": str, "mro": list, "message": str, "where": dict}
_OPTIONAL_CALL_FIELDS = {"output": str, "missing": bool}


def _cut(text, limit: int) -> str:
    if not isinstance(text, str):
        return ""
    return text if len(text) <= limit else text[:limit] + f"... [{len(text) - limit} more]"


def _check(reply, fields: dict, optional: dict | None = None, output_chars: int = 2000) -> dict:
    """A validated copy of ``reply`` with every string cut to size; BadReply if malformed."""
    if not isinstance(reply, dict):
        raise BadReply(f"the sandbox sent a {type(reply).__name__} instead of a reply")
    for key, kind in fields.items():
        if not isinstance(reply.get(key), kind):
            raise BadReply(f"the sandbox sent a reply without a valid {key!r}")
    for key, kind in (optional or {}).items():
        if key in reply and not isinstance(reply[key], kind):
            raise BadReply(f"the sandbox sent a reply with an invalid {key!r}")
    clean = dict(reply)
    if "output" in clean:
        clean["output"] = _cut(clean["output"], output_chars + 100)
    if "functions" in clean:
        names = clean["functions"] if isinstance(clean["functions"], list) else []
        clean["functions"] = [
            n for n in names[:MAX_FUNCTIONS] if isinstance(n, str) and len(n) <= MAX_NAME_CHARS
        ]
    if "error" in clean:
        clean["error"] = _clean_error(clean["error"])
    elif clean.get("ok") is False and not clean.get("missing"):
        raise BadReply("the sandbox reported a failure without saying what it was")
    return clean


def _clean_error(error) -> dict:
    if not isinstance(error, dict):
        raise BadReply("the sandbox sent an error that is not a record")
    for key, kind in _ERROR_FIELDS.items():
        if not isinstance(error.get(key), kind):
            raise BadReply(f"the sandbox sent an error without a valid {key!r}")
    where = error["where"]
    line, offset = where.get("line"), where.get("offset")
    return {
        "type": _cut(error["type"], MAX_NAME_CHARS),
        "mro": [_cut(m, MAX_NAME_CHARS) for m in error["mro"][:MAX_MRO_ENTRIES]],
        "message": _cut(error["message"], MAX_MESSAGE_CHARS),
        "where": {
            "line": line if isinstance(line, int) and 0 <= line < 10**7 else 0,
            "function": _cut(where.get("function", ""), MAX_NAME_CHARS),
            "code": _cut(where.get("code", ""), 300),
            "offset": offset if isinstance(offset, int) and 0 <= offset <= 300 else 0,
        },
    }


def describe_import_error(error: dict, path: str) -> str:
    """``path, line 12: SyntaxError: invalid syntax``, then the line and a caret under it."""
    where = error["where"]
    text = f"{error['type']}: {error['message']}" if error["message"] else error["type"]
    line = where.get("line") or 0
    if line <= 0:
        return f"{path}: {text}"
    head = f"{path}, line {line}: {text}"
    code = where.get("code", "").rstrip()
    if not code.strip():
        return head
    shown = code.lstrip()
    lines = [head, f"    {shown}"]
    offset = where.get("offset") or 0
    if offset > 0:
        column = max(offset - 1 - (len(code) - len(shown)), 0)
        lines.append("    " + " " * min(column, len(shown)) + "^")
    return "\n".join(lines)


def describe_error(error: dict, path: str) -> str:
    """``ValueError: message (path, line 12, in add)`` from a sandbox error record."""
    text = f"{error['type']}: {error['message']}" if error["message"] else error["type"]
    where = error["where"]
    if isinstance(where.get("line"), int) and where["line"] > 0:
        function = where.get("function")
        location = f"{path}, line {where['line']}"
        if isinstance(function, str) and function and function != "<module>":
            location += f", in {function}"
        text += f" ({location})"
    return text


class RunDeadline:
    """The wall-clock limit of a whole grading run, shared by all its sandboxes."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()


class ModuleSandbox:
    """Calls into one student module, in a sandbox process replaced whenever it dies."""

    def __init__(
        self,
        parent: WarmParent,
        name: str,
        path: Path,
        limits: Limits,
        deadline: RunDeadline | None = None,
        display_path: str | None = None,
    ):
        self.parent = parent
        self.name = name
        self.path = path
        self.display_path = display_path or str(path)
        self.limits = limits
        self.deadline = deadline or RunDeadline(limits.run_timeout)
        self.functions: list[str] = []
        self.import_output = ""
        self.arena: Arena | None = None
        self._source = self._read_source()
        self._import_error: ImportFailed | None = None
        self._pid: int | None = None
        self._pidfd: int | None = None
        self._channel: channel.Channel | None = None
        self._import_pending = False
        self._import_deadline = 0.0

    def _read_source(self) -> bytes | ImportFailed:
        try:
            return read_module(self.path.parent, self.path.name, shown=self.display_path)
        except StudentFileError as error:
            return ImportFailed(str(error))

    @property
    def source_text(self) -> str | None:
        """The module's source decoded as Python decodes it; None if it cannot be."""
        if isinstance(self._source, ImportFailed):
            return None
        return decode_source(self._source)

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Fork a sandbox and send it the module to import, without waiting for the answer.

        The runner starts every part's sandbox early, so that forks and imports
        overlap with the harness's own work on another core.
        """
        if isinstance(self._source, ImportFailed) or self._import_error is not None:
            return
        if self._channel is not None:
            return
        if self.arena is None:
            self.arena = Arena()
        self._pid, self._pidfd, sock = self.parent.spawn(self.arena.fd)
        self._channel = channel.Channel(sock, MAX_REPLY_BYTES)
        timeout = self._bounded(self.limits.import_timeout)
        self._import_deadline = time.monotonic() + timeout
        request = {
            "op": "import",
            "name": self.name,
            "path": self.display_path,
            "source": self._source,
        }
        with contextlib.suppress(channel.ChannelTimeout, channel.ChannelClosed):
            self._channel.send(request, timeout)  # the reply tells the rest
        self._import_pending = True

    def ensure_imported(self) -> None:
        """Have a sandbox with the module imported, or raise the (cached) ImportFailed."""
        if isinstance(self._source, ImportFailed):
            raise self._source
        if self._import_error is not None:
            raise self._import_error
        if self._channel is not None and not self._import_pending:
            return
        self.start()
        self._import_pending = False
        remaining = max(self._import_deadline - time.monotonic(), 0.05)
        try:
            reply = self._receive(remaining, "importing the module")
            reply = _check(reply, {"ok": bool, "output": str}, None, self.limits.output_chars)
        except (CallTimeout, SandboxCrashed, BadReply) as error:
            self._import_error = ImportFailed(f"{self.display_path}: {error}")
            raise self._import_error from None
        self.import_output = reply["output"]
        if not reply["ok"]:
            self.stop()
            error = reply.get("error") or {"type": "Error", "message": "", "where": {}}
            line = error["where"].get("line")
            self._import_error = ImportFailed(
                describe_import_error(error, self.display_path),
                line if isinstance(line, int) and line > 0 else None,
            )
            raise self._import_error
        self.functions = reply.get("functions", [])

    def stop(self, grace: float = 0.0):
        """End the current sandbox process, if any, and say how it ended."""
        if self._channel is None:
            return None
        pid, pidfd, old = self._pid, self._pidfd, self._channel
        self._pid = self._pidfd = self._channel = None
        old.close()
        if grace <= 0:
            _signal(pidfd, signal.SIGKILL)
        else:
            _signal(pidfd, signal.SIGCONT)  # a stopped process cannot end on its own
        try:
            return self.parent.reap(pid, grace)
        except SandboxUnavailable:  # the warm parent died with it; the next spawn restarts it
            _signal(pidfd, signal.SIGKILL)
            return None
        finally:
            if pidfd is not None:
                os.close(pidfd)

    def close(self) -> None:
        """Stop the sandbox and release the arena."""
        self.stop()
        if self.arena is not None:
            self.arena.close()
            self.arena = None

    # ------------------------------------------------------------ calls

    def call(self, function: str, args: list, kwargs: dict, forbid=()) -> dict:
        """Call ``function`` in the sandbox; the validated reply, or a StudentCodeError.

        Array arguments go through the arena; afterwards ``self.arena.changed()``
        tells which of them the call modified.
        """
        self.ensure_imported()
        args, kwargs = self.arena.place(args, kwargs)
        request = {"op": "call", "function": function, "args": args, "kwargs": kwargs}
        if forbid:
            request["forbid"] = list(forbid)
        timeout = self._bounded(self.limits.call_timeout)
        reply = self._exchange(request, timeout, f"calling {function}")
        return _check(reply, {"ok": bool}, _OPTIONAL_CALL_FIELDS, self.limits.output_chars)

    def call_batch(self, function: str, calls: list, forbid=()) -> tuple[list[dict], list] | None:
        """Several calls in one round trip: validated replies and each call's placements.

        None when the batch as a whole did not come back (a hang, a crash, an
        unreadable reply): the caller then makes the calls one by one, so that
        each failure is timed and reported on its own.
        """
        self.ensure_imported()
        placed, each = self.arena.place_batch(calls)
        request = {"op": "batch", "function": function, "calls": placed}
        if forbid:
            request["forbid"] = list(forbid)
        timeout = self._bounded(self.limits.call_timeout * len(calls))
        try:
            reply = self._exchange(request, timeout, f"calling {function}")
            reply = _check(reply, {"ok": bool, "replies": list})
            if len(reply["replies"]) != len(calls):
                raise BadReply("the sandbox sent the wrong number of replies")
            replies = [
                _check(r, {"ok": bool}, _OPTIONAL_CALL_FIELDS, self.limits.output_chars)
                for r in reply["replies"]
            ]
        except (CallTimeout, SandboxCrashed, BadReply):
            return None
        return replies, each

    def returned_a_view(self, previous) -> bool:
        """Whether the last call's result changes when its array arguments do.

        The harness flips the bits of the arguments in the arena and asks for
        the result again: a result that shares memory with an argument changes
        with it. Only the values the harness receives decide.
        """
        if self.arena is None or not self.arena.placed or self._channel is None:
            return False
        self.arena.scramble()
        reply = self._exchange({"op": "resend"}, self._bounded(self.limits.call_timeout), "")
        reply = _check(reply, {"ok": bool})
        return not _identical(previous, reply.get("value"))

    def _bounded(self, timeout: float) -> float:
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise CallTimeout(
                f"the time limit of the whole run ({self.deadline.seconds:g} s) ran out "
                "before this call"
            )
        return min(timeout, remaining)

    def _exchange(self, request: dict, timeout: float, doing: str) -> dict:
        _signal(self._pidfd, signal.SIGCONT)
        try:
            self._channel.send(request, timeout)
        except channel.ChannelTimeout:
            self.stop()
            raise CallTimeout(f"{doing} did not finish within {timeout:g} s") from None
        except (channel.ChannelClosed, OSError):
            pass  # the process is gone: receiving says how it ended
        return self._receive(timeout, doing)

    def _receive(self, timeout: float, doing: str) -> dict:
        shown = self.limits.import_timeout if doing.startswith("importing") else timeout
        try:
            reply = self._channel.receive(timeout)
        except channel.ChannelTimeout:
            self.stop()
            raise CallTimeout(f"{doing} did not finish within {shown:g} s") from None
        except (channel.ChannelClosed, OSError):
            status = self.stop(grace=0.5)
            how = status.describe() if status else "ended"
            raise SandboxCrashed(f"the process running your code {how} while {doing}") from None
        except (codec.CodecError, channel.FrameTooLarge) as error:
            self.stop()
            raise BadReply(f"{doing} produced a reply the grader cannot read: {error}") from None
        _signal(self._pidfd, signal.SIGSTOP)
        return reply


def _identical(a, b) -> bool:
    """Same structure and the same bytes in every array (NaN equals NaN here)."""
    import numpy as np

    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (
            isinstance(a, np.ndarray)
            and isinstance(b, np.ndarray)
            and a.dtype == b.dtype
            and a.shape == b.shape
            and a.tobytes() == b.tobytes()
        )
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return (
            type(a) is type(b)
            and len(a) == len(b)
            and all(_identical(x, y) for x, y in zip(a, b, strict=True))
        )
    return True  # only arrays can share memory with an argument


def _signal(pidfd: int | None, number: int) -> None:
    if pidfd is None:
        return
    with contextlib.suppress(ProcessLookupError, OSError):
        signal.pidfd_send_signal(pidfd, number)
