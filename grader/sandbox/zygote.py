"""The warm parent: a process with numpy imported that forks sandboxes on request.

The harness starts it once per grading run or lane (see :mod:`grader.sandbox.host`),
inside bubblewrap's namespaces when they are available. Requests come over a
SOCK_SEQPACKET socket, one codec-encoded dict per message; a spawn request
carries the sandbox's end of a fresh socket pair and the argument arena as
ancillary data, and the reply carries a pidfd of the new sandbox so that the
harness can stop, continue and kill it without trusting anyone's word.
Forking from here costs milliseconds, where starting a new interpreter and
importing numpy costs a few hundred.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import signal
import socket
import sys
import time

CONTROL_MESSAGE_BYTES = 1 << 16

# Imported once here, before any sandbox is forked. Under weak isolation as
# root, a sandbox that has dropped to ``nobody`` may be unable to read the
# interpreter's files (a Python installed under /root, say), so what a student
# may import must already be loaded: numpy and the standard library modules a
# numerical exercise uses. Inside namespaces the whole standard library is
# readable, and these only save time.
# What a sandbox can import when it cannot read Python's own files (root without
# namespaces, Python under /root): only what the warm parent imported before forking.
PRELOADED_MODULES = (
    "numpy",
    "numpy.linalg",
    "numpy.random",
    "numpy.fft",
    "numpy.polynomial",
    "numpy.testing",
    "abc",
    "array",
    "bisect",
    "cmath",
    "collections",
    "collections.abc",
    "contextlib",
    "copy",
    "dataclasses",
    "decimal",
    "encodings.utf_8_sig",
    "enum",
    "fractions",
    "functools",
    "heapq",
    "itertools",
    "json",
    "math",
    "numbers",
    "operator",
    "random",
    "re",
    "statistics",
    "string",
    "struct",
    "textwrap",
    "time",
    "typing",
    "unicodedata",
    "warnings",
)
# With namespaces a sandbox reads the standard library and numpy through read-only
# binds and imports anything else itself; the warm parent boots on the path of every
# run, so it imports only what most sandboxes use (numpy.testing alone costs 30 ms).
NAMESPACES_PRELOADED_MODULES = ("numpy", "numpy.linalg", "numpy.random", "encodings.utf_8_sig")


class Zygote:
    """Forks sandboxes and reaps them; ``mode`` says how a sandbox gets its identity.

    ``namespaces-root``: this process is root inside its own user namespace and
    each sandbox drops to the namespace's unprivileged uid; ``namespaces``: this
    process already is that uid; ``rlimits``: no namespaces, and a root grader's
    sandboxes drop to ``nobody``.
    """

    def __init__(self, control: socket.socket, mode: str, scratch_root: str):
        from grader.sandbox import limits as sandbox_limits

        self.control = control
        self.mode = mode
        self.scratch_root = scratch_root
        self.children: dict[int, str] = {}
        self.counter = 0
        if mode == "namespaces-root":
            self.ids = (sandbox_limits.SANDBOX_ID, sandbox_limits.SANDBOX_ID)
        elif mode == "namespaces":
            self.ids = None
        else:
            self.ids = sandbox_limits.unprivileged_ids()

    def serve(self) -> None:
        """Answer requests until the harness goes away."""
        from grader import codec

        self._send({"ready": True, "pid": os.getpid()}, [os.pidfd_open(os.getpid())])
        try:
            while True:
                message, fds, _, _ = socket.recv_fds(self.control, CONTROL_MESSAGE_BYTES, 4)
                if not message:
                    return
                request = codec.decode(message)
                operation = request["op"]
                if operation == "spawn":
                    self._spawn(request, fds)
                    continue
                for fd in fds:
                    os.close(fd)
                if operation == "reap":
                    self._send(self._reap(request["pid"], request.get("grace", 0.5)))
                elif operation == "clear":
                    self._clear()
                    self._send({"cleared": True})
                else:
                    self._send({"error": f"unknown operation {operation!r}"})
        finally:
            for pid in self.children:
                _kill(pid)

    def _send(self, reply: dict, fds: list[int] = ()) -> None:
        from grader import codec

        socket.send_fds(self.control, [codec.encode(reply)], list(fds))
        for fd in fds:
            os.close(fd)

    def _spawn(self, request: dict, fds: list[int]) -> None:
        self.counter += 1
        scratch = os.path.join(self.scratch_root, f"sandbox-{self.counter}")
        sock_fd, arena_fd = fds[0], (fds[1] if len(fds) > 1 else None)
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            _sandbox_child(self.control, sock_fd, arena_fd, request, self.ids, scratch, parent)
        for fd in fds:
            os.close(fd)
        self.children[pid] = scratch
        self._send({"pid": pid}, [os.pidfd_open(pid)])

    def _reap(self, pid: int, grace: float) -> dict:
        scratch = self.children.pop(pid, None)
        if scratch is None:
            return {"unknown": True}
        status = _reap(pid, grace)
        shutil.rmtree(scratch, ignore_errors=True)
        return status

    def _clear(self) -> None:
        """Kill every sandbox and empty the scratch space: the next student starts clean."""
        for pid in list(self.children):
            _kill(pid)
            self._reap(pid, 0)
        if self.mode.startswith("namespaces"):
            for name in os.listdir(self.scratch_root):
                path = os.path.join(self.scratch_root, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        os.unlink(path)


def _sandbox_child(
    control, fd: int, arena_fd: int | None, request: dict, ids, scratch: str, parent: int
):
    """Set up the forked child as a sandbox, then serve the student module. Never returns."""
    from grader.sandbox import limits as sandbox_limits
    from grader.sandbox import worker

    try:
        control.close()
        os.setsid()
        keep = sorted(f for f in (fd, arena_fd) if f is not None)
        low = 3
        for kept in keep:
            os.closerange(low, kept)
            low = kept + 1
        os.closerange(low, 1 << 16)
        os.makedirs(scratch, mode=0o700)
        if ids is not None:
            os.chown(scratch, *ids)
        os.chdir(scratch)
        os.environ.update({"HOME": scratch, "TMPDIR": scratch})
        null = os.open(os.devnull, os.O_RDWR)
        for standard in (0, 1, 2):
            os.dup2(null, standard)
        limits = sandbox_limits.Limits(**request["limits"])
        sandbox_limits.apply_rlimits(limits)
        sandbox_limits.drop_privileges(ids)
        sandbox_limits.forbid_new_privileges()
        sandbox_limits.die_with_parent(parent)
        sock = socket.socket(fileno=fd)
        worker.run(sock, arena_fd, limits.output_chars)
    except BaseException:
        os._exit(70)
    os._exit(0)


def _exit_status(status: int) -> dict:
    if os.WIFSIGNALED(status):
        return {"signal": os.WTERMSIG(status)}
    return {"exit": os.waitstatus_to_exitcode(status)}


def _reap(pid: int, grace: float) -> dict:
    """Wait up to ``grace`` seconds for the sandbox to end, then kill it."""
    deadline = time.monotonic() + grace
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return {"unknown": True}
        if done:
            return _exit_status(status)
        if time.monotonic() >= deadline:
            _kill(pid)
            _, status = os.waitpid(pid, 0)
            return _exit_status(status)
        time.sleep(0.002)


def _kill(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
            return
        except (ProcessLookupError, PermissionError):
            continue


def _warm_up_numpy() -> None:
    """Call the routines the exercises use once, so each sandbox inherits them ready."""
    import numpy as np

    a = np.eye(4) + 0.1
    for routine in (
        np.linalg.svd,
        np.linalg.eigh,
        np.linalg.eig,
        np.linalg.qr,
        np.linalg.inv,
        np.linalg.det,
        np.linalg.slogdet,
        np.linalg.cholesky,
        np.linalg.norm,
        np.linalg.matrix_rank,
        np.linalg.pinv,
        np.linalg.eigvalsh,
    ):
        routine(a)
    np.linalg.solve(a, a[0])
    np.linalg.lstsq(a, a[0], rcond=None)
    np.einsum("ij,jk->ik", a, a)
    np.random.default_rng(0).normal(size=(2, 2)) @ a[:2, :2]


def main() -> None:
    """Entry point: ``python -I -S -c BOOTSTRAP FD LIBRARY MODE SCRATCH``."""
    from grader.sandbox import limits as sandbox_limits

    control_fd, _, mode, scratch_root = sys.argv[1:5]
    sandbox_limits.load_libc()
    sandbox_limits.die_with_parent(os.getppid())
    sandbox_limits.not_dumpable()
    control = socket.socket(fileno=int(control_fd))
    namespaces = mode.startswith("namespaces")
    for name in NAMESPACES_PRELOADED_MODULES if namespaces else PRELOADED_MODULES:
        importlib.import_module(name)
    _warm_up_numpy()
    import grader.sandbox.worker  # noqa: F401
    from grader import codec

    with contextlib.suppress(OSError, codec.CodecError, KeyError, IndexError):
        Zygote(control, mode, scratch_root).serve()
    os._exit(0)
