"""The harness's side of the sandbox: the warm parent and one sandbox per module."""

from __future__ import annotations

import contextlib
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
from grader.sandbox.isolation import (
    LIBRARY,
    RLIMITS,
    Isolation,
    IsolationUnavailable,
    LaunchContext,
    bwrap_path,
    choose,
    interpreter,
    numpy_package,
    sandbox_environment,
)
from grader.sandbox.limits import Limits

# argv: the control socket's fd, where the grader package is, the mode, the scratch root
# argv: the control socket's fd, where the grader package and numpy are, the mode, the scratch
_BOOTSTRAP = (
    "import sys; sys.path[:0] = sys.argv[2].split(':'); "
    "from grader.sandbox.zygote import main; main()"
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
    """The zygote process and the control socket that asks it for sandboxes.

    With ``namespaces`` isolation the zygote runs inside bubblewrap (see
    :mod:`grader.sandbox.isolation`); with ``rlimits`` it is a plain child
    process. Either way the harness holds a pidfd of the zygote and of every
    sandbox, so it can continue, stop and kill them itself.
    """

    def __init__(self, limits: Limits, isolation: Isolation | None = None):
        self.limits = limits
        self.isolation = isolation or choose("auto")
        self._launch: LaunchContext | None = None
        self.scratch_root: Path | None = None
        if not self.isolation.strong:
            self.scratch_root = Path(tempfile.mkdtemp(prefix="la4ml-sandboxes-"))
            os.chmod(self.scratch_root, 0o755)
        self.restarts = 0
        self._pidfd: int | None = None
        self._start()

    @property
    def outside_uid(self) -> int | None:
        """The uid the kernel sees for student code under namespaces (None otherwise)."""
        return self._launch.outside_uid if self._launch else None

    def _start(self) -> None:
        self._ready = False
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        fd = str(theirs.fileno())
        try:
            if self.isolation.strong:
                self._launch = LaunchContext()
                mode = "namespaces-root" if self._launch.root else "namespaces"
                argv = [interpreter(), "-I", "-S", "-c", _BOOTSTRAP, fd, LIBRARY, mode, "/tmp"]
                command = self._launch.command(
                    bwrap_path() or "bwrap", argv, self.limits.tmpfs_bytes
                )
                pass_fds = [theirs.fileno(), *self._launch.pass_fds]
                environment, cwd = sandbox_environment(), "/"
            else:
                paths = {
                    str(Path(grader.__file__).resolve().parent.parent),
                    str(numpy_package().parent),
                }
                command = [
                    sys.executable, "-I", "-c", _BOOTSTRAP, fd, ":".join(sorted(paths)), RLIMITS,
                    str(self.scratch_root),
                ]  # fmt: skip
                pass_fds = [theirs.fileno()]
                environment = {**os.environ, **_SINGLE_THREADED}
                cwd = self.scratch_root
            self.process = subprocess.Popen(
                command,
                pass_fds=pass_fds,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE if self.isolation.strong else subprocess.DEVNULL,
                env=environment,
                cwd=cwd,
            )
        except (OSError, IsolationUnavailable) as error:
            self._close_launch()
            raise SandboxUnavailable(f"could not start the sandbox parent: {error}") from None
        finally:
            theirs.close()

    def _close_launch(self) -> None:
        if self._launch is not None:
            self._launch.close()
            self._launch = None

    def _wait_ready(self) -> None:
        try:
            message, fds = self._receive_with_fds()
        except SandboxUnavailable as error:
            if not self.isolation.tentative:
                raise
            self._fall_back(str(error))
            message, fds = self._receive_with_fds()
        if not message.get("ready") or len(fds) != 1:
            raise SandboxUnavailable("the sandbox parent did not start properly")
        self._pidfd = fds[0]
        self._ready = True
        if self._launch is not None and self._launch.pass_fds:
            # The user namespace is joined: its descriptor is no longer needed.
            self._launch.close_userns()

    def _request(self, request: dict, fds: tuple[int, ...] = ()) -> tuple[dict, list[int]]:
        codec = _codec()
        try:
            if not self._ready:
                self._wait_ready()
            self._continue()
            socket.send_fds(self.control, [codec.encode(request)], list(fds))
            return self._receive_with_fds()
        except (OSError, codec.CodecError) as error:
            raise SandboxUnavailable(
                f"the sandbox parent stopped answering: {error}{self._stderr_tail()}"
            ) from None

    def _fall_back(self, why: str) -> None:
        """Namespaces were assumed, not probed, and failed: start again with rlimits only."""
        self._stop_process()
        what = why.removeprefix("the sandbox parent ")
        self.isolation = Isolation(
            RLIMITS,
            f"bubblewrap cannot create namespaces here ({what}); unprivileged user "
            "namespaces may be disabled",
        )
        self.scratch_root = Path(tempfile.mkdtemp(prefix="la4ml-sandboxes-"))
        os.chmod(self.scratch_root, 0o755)
        self._start()

    def _continue(self) -> None:
        """A sandbox of the same uid may have stopped the zygote: continue it first."""
        if self._pidfd is not None:
            with contextlib.suppress(ProcessLookupError, OSError):
                signal.pidfd_send_signal(self._pidfd, signal.SIGCONT)

    def _stderr_tail(self) -> str:
        """The last line bubblewrap or the zygote wrote, once it has exited."""
        stream = self.process.stderr
        if stream is None or self.process.poll() is None:
            return ""
        os.set_blocking(stream.fileno(), False)
        try:
            text = os.read(stream.fileno(), 4000).decode("utf-8", "replace").strip()
        except (BlockingIOError, OSError):
            return ""
        return f" ({text.splitlines()[-1][:300]})" if text else ""

    def _receive_with_fds(self) -> tuple[dict, list[int]]:
        self.control.settimeout(ZYGOTE_START_TIMEOUT)
        message, fds, _, _ = socket.recv_fds(self.control, 1 << 16, 4)
        if not message:
            for fd in fds:
                os.close(fd)
            raise SandboxUnavailable(f"the sandbox parent exited{self._stderr_tail()}")
        reply = _codec().decode(message)
        if not isinstance(reply, dict):
            raise SandboxUnavailable("the sandbox parent sent something that is not a reply")
        return reply, fds

    def spawn(self, arena_fd: int) -> tuple[int, int, socket.socket]:
        """A fresh sandbox: its pid (in the zygote's view), a pidfd, and our socket end.

        If the warm parent has died (a student's code can kill it under weak
        isolation), it is started again once.
        """
        if not self.alive():
            self.restart()
        try:
            return self._spawn(arena_fd)
        except SandboxUnavailable:
            self.restart()
            return self._spawn(arena_fd)

    def restart(self) -> None:
        self._stop_process()
        self.restarts += 1
        self._start()

    def _spawn(self, arena_fd: int) -> tuple[int, int, socket.socket]:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            reply, fds = self._request(
                {"op": "spawn", "limits": self.limits.to_dict()}, (theirs.fileno(), arena_fd)
            )
        finally:
            theirs.close()
        if not isinstance(reply.get("pid"), int) or len(fds) != 1:
            for fd in fds:
                os.close(fd)
            ours.close()
            raise SandboxUnavailable("the sandbox parent did not say which process it started")
        return reply["pid"], fds[0], ours

    def reap(self, pid: int, grace: float) -> ExitStatus:
        """Wait briefly for a sandbox to end (killing it after ``grace`` s) and say how."""
        reply, fds = self._request({"op": "reap", "pid": pid, "grace": grace})
        for fd in fds:
            os.close(fd)
        exit_code, signal_number = reply.get("exit"), reply.get("signal")
        return ExitStatus(
            exit_code=exit_code if isinstance(exit_code, int) else None,
            signal_number=signal_number if isinstance(signal_number, int) else None,
        )

    def clear(self) -> None:
        """Kill every sandbox and empty the scratch space (between two students)."""
        self._request({"op": "clear"})

    def alive(self) -> bool:
        return self.process.poll() is None

    def _stop_process(self) -> None:
        self.control.close()
        if self._pidfd is not None:
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(self._pidfd, signal.SIGCONT)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stderr is not None:
            self.process.stderr.close()
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        self._close_launch()

    def close(self) -> None:
        """Stop the warm parent (which kills its sandboxes) and remove the scratch space."""
        self._stop_process()
        if self.scratch_root is not None:
            shutil.rmtree(self.scratch_root, ignore_errors=True)


def _codec():
    """The message codec, imported on first use.

    It loads numpy, which launching the warm parent does not need: a run can
    start its warm parent before numpy is loaded.
    """
    from grader import codec

    return codec
