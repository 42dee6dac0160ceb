"""The harness's side of the sandbox: the warm parent and one sandbox per module."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import grader
from grader import codec
from grader.sandbox.limits import Limits

_BOOTSTRAP = (
    "import sys; sys.path.insert(0, sys.argv[2]); from grader.sandbox.zygote import main; main()"
)
_SINGLE_THREADED = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
}
ZYGOTE_START_TIMEOUT = 60.0


class SandboxUnavailable(RuntimeError):
    """The warm parent could not be started or stopped answering: a grader fault."""


@dataclass(frozen=True)
class ExitStatus:
    """How a sandbox process ended."""

    exit_code: int | None = None
    signal_number: int | None = None

    def describe(self) -> str:
        if self.signal_number is not None:
            try:
                name = signal.Signals(self.signal_number).name
            except ValueError:
                name = f"signal {self.signal_number}"
            meaning = {
                "SIGSEGV": " (a segmentation fault)",
                "SIGKILL": " (killed: often memory or time ran out)",
                "SIGXCPU": " (its CPU-time limit ran out)",
                "SIGXFSZ": " (it wrote a file larger than allowed)",
                "SIGABRT": " (it aborted)",
            }.get(name, "")
            return f"was killed by {name}{meaning}"
        if self.exit_code is not None:
            return f"exited with status {self.exit_code}"
        return "ended"


class WarmParent:
    """The zygote process and the control socket that asks it for sandboxes."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.scratch_root = Path(tempfile.mkdtemp(prefix="la4ml-sandboxes-"))
        os.chmod(self.scratch_root, 0o755)
        self._counter = 0
        self.restarts = 0
        self._start()

    def _start(self) -> None:
        self._ready = False
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        environment = {**os.environ, **_SINGLE_THREADED}
        package_parent = str(Path(grader.__file__).resolve().parent.parent)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOTSTRAP, str(theirs.fileno()), package_parent],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=environment,
                cwd=self.scratch_root,
            )
        except OSError as error:
            raise SandboxUnavailable(f"could not start the sandbox parent: {error}") from None
        finally:
            theirs.close()

    def _request(self, request: dict, fds: tuple[int, ...] = ()) -> dict:
        try:
            if not self._ready:
                self._receive()
                self._ready = True
            socket.send_fds(self.control, [codec.encode(request)], list(fds))
            return self._receive()
        except (OSError, codec.CodecError) as error:
            raise SandboxUnavailable(f"the sandbox parent stopped answering: {error}") from None

    def _receive(self) -> dict:
        self.control.settimeout(ZYGOTE_START_TIMEOUT)
        message = self.control.recv(1 << 16)
        if not message:
            raise SandboxUnavailable("the sandbox parent exited")
        return codec.decode(message)

    def spawn(self) -> tuple[int, socket.socket]:
        """A fresh sandbox process and the harness's end of its socket.

        If the warm parent has died (a student's code can kill it when the
        grader does not run as root), it is started again once.
        """
        try:
            return self._spawn()
        except SandboxUnavailable:
            self._stop_process()
            self.restarts += 1
            self._start()
            return self._spawn()

    def _spawn(self) -> tuple[int, socket.socket]:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self._counter += 1
        scratch = self.scratch_root / f"sandbox-{self._counter}"
        try:
            reply = self._request(
                {"op": "spawn", "scratch": str(scratch), "limits": self.limits.to_dict()},
                (theirs.fileno(),),
            )
        finally:
            theirs.close()
        return int(reply["pid"]), ours

    def reap(self, pid: int, grace: float) -> ExitStatus:
        """Wait briefly for a sandbox to end (killing it after ``grace`` s) and say how."""
        reply = self._request({"op": "reap", "pid": pid, "grace": grace})
        return ExitStatus(exit_code=reply.get("exit"), signal_number=reply.get("signal"))

    def _stop_process(self) -> None:
        self.control.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def close(self) -> None:
        """Stop the warm parent (which kills its sandboxes) and remove the scratch space."""
        self._stop_process()
        shutil.rmtree(self.scratch_root, ignore_errors=True)
