"""One student module in a sandbox: import it once, call its functions, survive its crashes."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

from grader import codec
from grader.outcomes import BadReply, CallTimeout, ImportFailed, SandboxCrashed
from grader.sandbox import channel
from grader.sandbox.host import SandboxUnavailable, WarmParent
from grader.sandbox.limits import Limits

MAX_SOURCE_BYTES = 2 * 1024 * 1024

_ERROR_FIELDS = {"type": str, "mro": list, "message": str, "where": dict}
_OPTIONAL_CALL_FIELDS = {"output": str, "shares_memory": list, "mutated": dict, "missing": bool}


def _check(reply, fields: dict, optional: dict | None = None) -> dict:
    """Raise BadReply unless ``reply`` is a dict with these keys of these types."""
    if not isinstance(reply, dict):
        raise BadReply(f"the sandbox sent a {type(reply).__name__} instead of a reply")
    for key, kind in fields.items():
        if not isinstance(reply.get(key), kind):
            raise BadReply(f"the sandbox sent a reply without a valid {key!r}")
    for key, kind in (optional or {}).items():
        if key in reply and not isinstance(reply[key], kind):
            raise BadReply(f"the sandbox sent a reply with an invalid {key!r}")
    if "error" in reply:
        _check(reply["error"], _ERROR_FIELDS)
    elif reply.get("ok") is False and not reply.get("missing"):
        raise BadReply("the sandbox reported a failure without saying what it was")
    return reply


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


class ModuleSandbox:
    """Calls into one student module, in a sandbox process replaced whenever it dies."""

    def __init__(self, parent: WarmParent, name: str, path: Path, limits: Limits):
        self.parent = parent
        self.name = name
        self.path = path
        self.display_path = str(path)
        self.limits = limits
        self.functions: list[str] = []
        self.import_output = ""
        self._source = self._read_source()
        self._import_error: ImportFailed | None = None
        self._pid: int | None = None
        self._channel: channel.Channel | None = None
        self._import_pending = False
        self._import_deadline = 0.0

    def _read_source(self) -> bytes | ImportFailed:
        try:
            size = self.path.stat().st_size
            if size > MAX_SOURCE_BYTES:
                return ImportFailed(f"{self.display_path} is {size} bytes; the limit is 2 MiB")
            return self.path.read_bytes()
        except OSError as error:
            return ImportFailed(f"cannot read {self.display_path}: {error.strerror}")

    @property
    def source_text(self) -> str:
        """The module's source as text ('' if it could not be read)."""
        if isinstance(self._source, ImportFailed):
            return ""
        return self._source.decode("utf-8", "replace")

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Fork a sandbox and send it the module to import, without waiting for the answer.

        The runner starts every part's sandbox before pytest collects the suites,
        so that forks and imports overlap with collection on another core.
        """
        if isinstance(self._source, ImportFailed) or self._import_error is not None:
            return
        if self._channel is not None:
            return
        self._pid, sock = self.parent.spawn()
        self._channel = channel.Channel(sock)
        self._import_deadline = time.monotonic() + self.limits.import_timeout
        request = {
            "op": "import",
            "name": self.name,
            "path": self.display_path,
            "source": self._source,
        }
        with contextlib.suppress(channel.ChannelTimeout, channel.ChannelClosed):
            self._channel.send(request, self.limits.import_timeout)  # the reply tells the rest
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
            reply = _check(reply, {"ok": bool, "output": str})
        except (CallTimeout, SandboxCrashed, BadReply) as error:
            self._import_error = ImportFailed(f"{self.display_path}: {error}")
            raise self._import_error from None
        self.import_output = reply["output"]
        if not reply["ok"]:
            self.stop()
            error = reply.get("error") or {"type": "Error", "message": "", "where": {}}
            line = error["where"].get("line")
            self._import_error = ImportFailed(
                f"importing {self.display_path} failed: "
                f"{describe_error(error, self.display_path)}",
                line if isinstance(line, int) else None,
            )
            raise self._import_error
        names = reply.get("functions")
        self.functions = (
            [n for n in names if isinstance(n, str)] if isinstance(names, list) else []
        )

    def stop(self, grace: float = 0.0):
        """End the current sandbox process, if any, and say how it ended."""
        if self._channel is None:
            return None
        pid, old = self._pid, self._channel
        self._pid = self._channel = None
        old.close()
        if grace <= 0:
            _kill_group(pid)
        try:
            return self.parent.reap(pid, grace)
        except SandboxUnavailable:  # the warm parent died with it; the next spawn restarts it
            _kill_group(pid)
            return None

    # ------------------------------------------------------------ calls

    def call(self, function: str, args: list, kwargs: dict) -> dict:
        """Call ``function`` in the sandbox; the validated reply, or a StudentCodeError."""
        self.ensure_imported()
        request = {"op": "call", "function": function, "args": args, "kwargs": kwargs}
        reply = self._exchange(request, self.limits.call_timeout, f"calling {function}")
        return _check(reply, {"ok": bool}, _OPTIONAL_CALL_FIELDS)

    def _exchange(self, request: dict, timeout: float, doing: str) -> dict:
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
            return self._channel.receive(timeout)
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


def _kill_group(pid: int) -> None:
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, signal.SIGKILL)
            return
        except (ProcessLookupError, PermissionError):
            continue
