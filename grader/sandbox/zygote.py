"""The warm parent: a process with numpy imported that forks sandboxes on request.

The harness starts it once per grading run (see :mod:`grader.sandbox.host`).
Requests come over a SOCK_SEQPACKET socket, one codec-encoded dict per
message; a spawn request carries the sandbox's end of a fresh socket pair as
ancillary data. Forking from here costs milliseconds, where starting a new
interpreter and importing numpy costs a few hundred.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import socket
import sys
import time

CONTROL_MESSAGE_BYTES = 1 << 16

# Imported once here, before any sandbox is forked. A sandbox that has dropped
# root privileges may be unable to read the interpreter's files (a Python
# installed under /root, say), so what a student may import must already be
# loaded: numpy and the standard library modules a numerical exercise uses.
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
    "warnings",
)


def _sandbox_child(control: socket.socket, fd: int, request: dict, ids, zygote_pid: int):
    """Set up the forked child as a sandbox, then serve the student module. Never returns."""
    from grader.sandbox import limits as sandbox_limits
    from grader.sandbox import worker

    try:
        control.close()
        os.setsid()
        os.closerange(3, fd)
        os.closerange(fd + 1, 1 << 16)
        scratch = request["scratch"]
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
        sandbox_limits.die_with_parent(zygote_pid)
        sock = socket.socket(fileno=fd)
        worker.run(sock, limits.output_chars)
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


def serve(control: socket.socket) -> None:
    """Answer spawn and reap requests until the harness goes away."""
    from grader import codec
    from grader.sandbox import limits as sandbox_limits

    ids = sandbox_limits.unprivileged_ids()
    children: set[int] = set()
    control.send(codec.encode({"ready": True}))
    try:
        while True:
            message, fds, _, _ = socket.recv_fds(control, CONTROL_MESSAGE_BYTES, 1)
            if not message:
                return
            request = codec.decode(message)
            if request["op"] == "spawn":
                pid = os.fork()
                if pid == 0:
                    _sandbox_child(control, fds[0], request, ids, os.getppid())
                os.close(fds[0])
                children.add(pid)
                reply = {"pid": pid}
            else:
                for fd in fds:
                    os.close(fd)
                children.discard(request["pid"])
                reply = _reap(request["pid"], request.get("grace", 0.5))
            control.send(codec.encode(reply))
    finally:
        for pid in children:
            _kill(pid)


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
    """Entry point: ``python -I -c BOOTSTRAP FD`` where FD is the control socket."""
    from grader.sandbox import limits as sandbox_limits

    harness_pid = os.getppid()
    sandbox_limits.load_libc()
    sandbox_limits.die_with_parent(harness_pid)
    control = socket.socket(fileno=int(sys.argv[1]))
    for name in PRELOADED_MODULES:
        importlib.import_module(name)
    _warm_up_numpy()
    import grader.sandbox.worker  # noqa: F401
    from grader import codec

    with contextlib.suppress(OSError, codec.CodecError, KeyError, IndexError):
        serve(control)
    os._exit(0)
