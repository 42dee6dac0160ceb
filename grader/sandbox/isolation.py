"""How strongly student code is isolated, and the bubblewrap command that isolates it.

Two levels exist:

``namespaces``
    The warm parent starts inside `bubblewrap <https://github.com/containers/bubblewrap>`_
    with its own user, mount, PID, IPC, UTS and network namespaces. It sees a
    read-only view of the interpreter, the standard library, numpy and the
    sandbox's own modules, and nothing else: no suite, no solution, no
    workspace, no site-packages. Its only writable places are a private,
    size-limited tmpfs at ``/tmp`` and nothing else (``/`` and ``/dev`` are
    read-only). Run as root, the harness prepares the user namespace itself so
    that the sandboxes become an unprivileged uid of their own outside it
    (allocated per warm parent, see :class:`UidLease`), while the warm parent
    keeps the right to switch its children to that uid.
``rlimits``
    bubblewrap is missing or the kernel refuses user namespaces: the sandboxes
    are plain processes with resource limits (and ``nobody`` when the grader
    runs as root). Students still get feedback; every report says so.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import functools
import importlib.util
import os
import shutil
import site
import stat
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
from pathlib import Path

import grader

NAMESPACES = "namespaces"
RLIMITS = "rlimits"
LEVELS = (NAMESPACES, RLIMITS)

SANDBOX_UID = 65534  # the uid student code has inside its namespace
LIBRARY = "/la4ml/lib"  # where numpy and the sandbox's modules appear inside
INSTALL_HINT = "install bubblewrap (Debian/Ubuntu: sudo apt-get install bubblewrap)"
_CLONE_NEWUSER = 0x10000000
_UID_BASE = 1_900_000_000
_UID_COUNT = 8192


class IsolationUnavailable(RuntimeError):
    """Namespaces were required but cannot be set up on this machine."""


@dataclass(frozen=True)
class Isolation:
    """The level in force and, for ``rlimits``, why namespaces are not used."""

    level: str
    reason: str = ""
    tentative: bool = False  # not probed yet: the warm parent falls back if namespaces fail

    @property
    def strong(self) -> bool:
        return self.level == NAMESPACES


def bwrap_path() -> str | None:
    """The bubblewrap binary: ``$LA4ML_BWRAP`` if set (empty disables it), else on PATH."""
    override = os.environ.get("LA4ML_BWRAP")
    if override is not None:
        return override or None
    return shutil.which("bwrap")


@functools.cache
def detect() -> Isolation:
    """Whether namespaces work here: a real bubblewrap run with the sandbox's own layout."""
    if not sys.platform.startswith("linux"):
        return Isolation(RLIMITS, f"namespaces need Linux; this is {sys.platform}")
    binary = bwrap_path()
    if binary is None:
        return Isolation(RLIMITS, f"bubblewrap was not found: {INSTALL_HINT}")
    try:
        with launch_context() as context:
            command = context.command(binary, [interpreter(), "-I", "-S", "-c", "pass"])
            completed = subprocess.run(
                command,
                pass_fds=context.pass_fds,
                capture_output=True,
                text=True,
                timeout=30,
                env=sandbox_environment(),
            )
    except (OSError, subprocess.SubprocessError) as error:
        return Isolation(RLIMITS, f"bubblewrap could not run: {error}")
    if completed.returncode != 0:
        first = (completed.stderr.strip().splitlines() or ["no message"])[0]
        return Isolation(
            RLIMITS,
            f"bubblewrap cannot create namespaces here ({first}); unprivileged user "
            "namespaces may be disabled (sysctl kernel.unprivileged_userns_clone or "
            "user.max_user_namespaces)",
        )
    return Isolation(NAMESPACES)


def choose(requested: str, probe: bool = True) -> Isolation:
    """The isolation for ``requested`` ("auto", "namespaces" or "rlimits").

    With ``probe`` false and "auto", namespaces are assumed wherever bubblewrap
    is installed, without a trial run: the warm parent, which starts under
    bubblewrap anyway, falls back to rlimits (and says why) if they fail. That
    saves an interpreter start on every ``la4ml grade``.
    """
    if requested == RLIMITS:
        return Isolation(RLIMITS, "weak isolation was asked for (--isolation rlimits)")
    if requested == "auto" and not probe:
        if not sys.platform.startswith("linux"):
            return Isolation(RLIMITS, f"namespaces need Linux; this is {sys.platform}")
        if bwrap_path() is None:
            return Isolation(RLIMITS, f"bubblewrap was not found: {INSTALL_HINT}")
        return Isolation(NAMESPACES, tentative=True)
    found = detect()
    if requested == NAMESPACES and not found.strong:
        raise IsolationUnavailable(f"namespaces were required but {found.reason}")
    return found


def sandbox_environment() -> dict[str, str]:
    """The whole environment of the warm parent: nothing of the harness's leaks in."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "TMPDIR": "/tmp",
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
    }


# ---------------------------------------------------------------- the read-only view


def interpreter() -> str:
    """The real interpreter binary (a virtual environment's python is a link to it)."""
    return os.path.realpath(sys.executable)


def _under(path: str, roots: list[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots)


def _site_directories(trees: list[str]) -> list[str]:
    """Every directory of installed packages this interpreter knows of, or that a tree holds."""
    found = set(site.getsitepackages())
    for tree in trees:
        for pattern in (
            "lib*/python3*/site-packages",
            "lib*/python3*/dist-packages",
            "lib*/python3/dist-packages",
            "local/lib*/python3*/site-packages",
            "local/lib*/python3*/dist-packages",
            "python3*/site-packages",
            "python3*/dist-packages",
            "python3/dist-packages",
        ):
            found.update(str(p) for p in Path(tree).glob(pattern))
    with contextlib.suppress(AttributeError):
        found.add(site.getusersitepackages())
    for key in ("purelib", "platlib"):
        found.add(sysconfig.get_paths()[key])
    found.update(p for p in sys.path if p.endswith(("site-packages", "dist-packages")))
    return sorted(os.path.realpath(p) for p in found if p and os.path.isdir(p))


def numpy_package() -> Path:
    """Where numpy is installed, found without importing it (that takes a tenth of a second)."""
    spec = importlib.util.find_spec("numpy")
    if spec is None or spec.origin is None:
        raise IsolationUnavailable("numpy is not installed for this Python")
    return Path(spec.origin).resolve().parent


def _numpy_directories() -> list[tuple[str, str]]:
    package = numpy_package()
    binds = [(str(package), f"{LIBRARY}/numpy")]
    bundled = package.parent / "numpy.libs"
    if bundled.is_dir():
        binds.append((str(bundled), f"{LIBRARY}/numpy.libs"))
    return binds


def _sandbox_code() -> list[tuple[str, str]]:
    package = Path(grader.__file__).resolve().parent
    return [
        (str(package / "__init__.py"), f"{LIBRARY}/grader/__init__.py"),
        (str(package / "codec.py"), f"{LIBRARY}/grader/codec.py"),
        (str(package / "sandbox"), f"{LIBRARY}/grader/sandbox"),
    ]


@functools.cache
def layout() -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """(read-only trees bound at their own path, binds into LIBRARY, directories hidden).

    The trees are the interpreter's prefix and the system's libraries; every
    site-packages directory inside them, and the grader itself if it lives
    there, is hidden under an empty tmpfs, so the sandbox sees the standard
    library but no installed package except numpy, which appears under LIBRARY.
    """
    trees = [os.path.realpath(sys.base_prefix)]
    for candidate in ("/usr/lib", "/usr/lib64", "/usr/lib32", "/usr/libx32"):
        real = os.path.realpath(candidate)
        if os.path.isdir(real) and not _under(real, trees):
            trees.append(real)
    hidden = [d for d in _site_directories(trees) if _under(d, trees)]
    package = str(Path(grader.__file__).resolve().parent)
    if _under(package, trees) and not _under(package, hidden):
        hidden.append(package)
    return trees, _numpy_directories() + _sandbox_code(), hidden


def _ancestors(paths: list[str]) -> list[str]:
    """Every proper ancestor directory of ``paths`` (not ``/``), parents first."""
    found = set()
    for path in paths:
        parent = os.path.dirname(path.rstrip("/"))
        while parent not in ("", "/"):
            found.add(parent)
            parent = os.path.dirname(parent)
    return sorted(found, key=lambda p: (p.count("/"), p))


def _top_level_links() -> list[tuple[str, str, str]]:
    """``/lib``, ``/lib64``, ``/bin`` … as on the host: links kept as links, dirs bound."""
    entries = []
    for name in ("/lib", "/lib64", "/lib32", "/libx32", "/bin"):
        if os.path.islink(name):
            entries.append(("symlink", os.readlink(name), name))
        elif os.path.isdir(name):
            entries.append(("bind", name, name))
    return entries


# ---------------------------------------------------------------- root: our own user namespace


class UidLease:
    """An outside uid reserved for one warm parent's sandboxes while the lease is held.

    Leases are lock files under a root-owned directory, so concurrent graders
    (several runs, several lanes) never give two warm parents the same uid.
    """

    def __init__(self):
        directory = Path(os.environ.get("LA4ML_UID_DIR", "/run/la4ml-uids"))
        if not directory.parent.is_dir():
            directory = Path(tempfile.gettempdir()) / "la4ml-uids"
        directory.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(directory)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != 0 or info.st_mode & 0o022:
            raise IsolationUnavailable(f"{directory} must be a directory owned by root, mode 700")
        base = int(os.environ.get("LA4ML_UID_BASE", _UID_BASE))
        for uid in range(base, base + _UID_COUNT):
            fd = os.open(directory / f"{uid}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self.uid, self._fd = uid, fd
            return
        raise IsolationUnavailable(f"all {_UID_COUNT} sandbox uids from {base} are in use")

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _user_namespace(outside_uid: int) -> int:
    """A new user namespace mapping root to root and SANDBOX_UID to ``outside_uid``.

    Root writes the maps of a child's namespace (only a privileged writer may
    map two ids), keeps a descriptor of it and lets the child go. bubblewrap
    joins it with ``--userns``; the warm parent is root inside (so it may
    switch its children's uid) and each sandbox drops to SANDBOX_UID, which is
    ``outside_uid`` to the kernel: an unprivileged user that owns nothing.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    ready_read, ready_write = os.pipe()
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the forked child
        try:
            os.close(ready_read)
            os.close(go_write)
            code = 0 if libc.unshare(_CLONE_NEWUSER) == 0 else 1
            os.write(ready_write, bytes([code]))
            os.read(go_read, 1)
        finally:
            os._exit(0)
    os.close(ready_write)
    os.close(go_read)
    try:
        if os.read(ready_read, 1) != b"\0":
            raise IsolationUnavailable("the kernel refused a new user namespace")
        mapping = f"0 0 1\n{SANDBOX_UID} {outside_uid} 1\n"
        for name in ("uid_map", "gid_map"):
            with open(f"/proc/{pid}/{name}", "w") as stream:
                stream.write(mapping)
        return os.open(f"/proc/{pid}/ns/user", os.O_RDONLY | os.O_CLOEXEC)
    finally:
        os.close(ready_read)
        os.close(go_write)
        os.waitpid(pid, 0)


class LaunchContext:
    """What one bubblewrap launch needs: its arguments, descriptors and lease."""

    def __init__(self):
        self.root = os.geteuid() == 0
        self.lease: UidLease | None = None
        self._userns: int | None = None
        if self.root:
            self.lease = UidLease()
            try:
                self._userns = _user_namespace(self.lease.uid)
            except BaseException:
                self.lease.release()
                raise

    @property
    def pass_fds(self) -> tuple[int, ...]:
        return () if self._userns is None else (self._userns,)

    @property
    def outside_uid(self) -> int:
        """The uid the kernel sees for student code."""
        return self.lease.uid if self.lease else os.getuid()

    def command(self, binary: str, argv: list[str], tmpfs_bytes: int = 64 << 20) -> list[str]:
        """The bubblewrap command line that runs ``argv`` isolated."""
        command = [binary]
        if self._userns is not None:
            command += ["--userns", str(self._userns)]
        else:
            command += ["--unshare-user", "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID)]
            command += ["--disable-userns"]
        command += [
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-net",
            "--unshare-uts",
            "--unshare-cgroup-try",
            "--hostname",
            "la4ml-sandbox",
            "--die-with-parent",
            "--new-session",
        ]
        trees, library, hidden = layout()
        binds = [(tree, tree) for tree in trees]
        binds += [(p, p) for p in ("/etc/ld.so.cache", "/etc/localtime") if os.path.isfile(p)]
        for kind, source, target in _top_level_links():
            if kind == "bind" and not _under(os.path.realpath(source), trees):
                binds.append((source, target))
        # Directories on the way to a mount point are made world-traversable (bubblewrap
        # would make them 0700 when run as root, and the sandbox's uid could not pass).
        for directory in _ancestors([target for _, target in binds + library]):
            command += ["--perms", "0755", "--dir", directory]
        for kind, source, target in _top_level_links():
            if kind == "symlink":
                command += ["--symlink", source, target]
        for source, target in binds:
            command += ["--ro-bind", source, target]
        for directory in hidden:
            command += ["--tmpfs", directory, "--remount-ro", directory]
        for source, target in library:
            command += ["--ro-bind", source, target]
        command += ["--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev"]
        command += ["--size", str(tmpfs_bytes), "--tmpfs", "/tmp", "--chdir", "/tmp"]
        command += ["--remount-ro", "/"]
        return [*command, "--", *argv]

    def close_userns(self) -> None:
        """Close the user namespace's descriptor once bubblewrap has joined it."""
        if self._userns is not None:
            os.close(self._userns)
            self._userns = None

    def close(self) -> None:
        self.close_userns()
        if self.lease is not None:
            self.lease.release()
            self.lease = None


@contextlib.contextmanager
def launch_context():
    context = LaunchContext()
    try:
        yield context
    finally:
        context.close()
