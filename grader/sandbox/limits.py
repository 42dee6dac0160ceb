"""Resource limits and privileges for a sandbox process (Linux)."""

from __future__ import annotations

import ctypes
import os
import pwd
import resource
import signal
from dataclasses import asdict, dataclass

UNPRIVILEGED_USER = "nobody"
SANDBOX_ID = 65534  # the uid and gid of student code inside its user namespace
_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_PR_SET_NO_NEW_PRIVS = 38


@dataclass(frozen=True)
class Limits:
    """What one sandbox process may use."""

    memory_bytes: int = 2 * 1024**3
    cpu_seconds: int = 60
    file_bytes: int = 16 * 1024**2
    open_files: int = 64
    call_timeout: float = 5.0
    import_timeout: float = 10.0
    output_chars: int = 2000
    run_timeout: float = 600.0
    tmpfs_bytes: int = 64 * 1024**2

    def to_dict(self) -> dict:
        return asdict(self)


def apply_rlimits(limits: Limits) -> None:
    """Cap address space, CPU time, file size, open files, processes and core dumps."""
    caps = {
        resource.RLIMIT_AS: limits.memory_bytes,
        resource.RLIMIT_CPU: limits.cpu_seconds,
        resource.RLIMIT_FSIZE: limits.file_bytes,
        resource.RLIMIT_NOFILE: limits.open_files,
        resource.RLIMIT_CORE: 0,
        # No new processes or threads: forks and thread starts fail.
        resource.RLIMIT_NPROC: 0,
    }
    for which, value in caps.items():
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, value))


def unprivileged_ids() -> tuple[int, int] | None:
    """The uid and gid to drop to when running as root, or None when not root."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(UNPRIVILEGED_USER)
    except KeyError:
        return (65534, 65534)
    return (entry.pw_uid, entry.pw_gid)


def drop_privileges(ids: tuple[int, int] | None) -> None:
    """Become the unprivileged user for good (no way back to root)."""
    if ids is None:
        return
    uid, gid = ids
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if os.geteuid() == 0 or os.getegid() == 0:
        raise OSError("could not drop root privileges")


_LIBC = None


def load_libc() -> None:
    """Load the C library once, in the warm parent: a sandbox cannot run ldconfig."""
    global _LIBC
    if _LIBC is None:
        _LIBC = ctypes.CDLL(None, use_errno=True)


def _prctl(option: int, value: int) -> None:
    load_libc()
    _LIBC.prctl(option, value, 0, 0, 0)


def die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to kill this process when its parent dies."""
    _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:
        os._exit(1)


def not_dumpable() -> None:
    """No process of the same uid may ptrace this one or read its memory through /proc."""
    _prctl(_PR_SET_DUMPABLE, 0)


def forbid_new_privileges() -> None:
    """No setuid binary can give this process privileges back."""
    _prctl(_PR_SET_NO_NEW_PRIVS, 1)
