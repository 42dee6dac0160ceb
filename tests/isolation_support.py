"""Running the real ``la4ml`` command as root and as an unprivileged user, for security tests.

As root, the tests create a system user (``la4ml-test``) and run the grader as
that user too. Python and the project usually live where such a user cannot
read them (a pyenv under /root, a checkout under /root), so the runtime the
grader needs (the ``grader`` package and its dependencies) is copied to a
world-readable directory, and the user runs the system's Python of the same
version. Not being root, the tests run as the current (unprivileged) user,
and the root variants skip.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TEST_USER = "la4ml-test"
# Top-level modules the grader imports (with their own dependencies).
RUNTIME_MODULES = (
    "numpy",
    "pytest",
    "_pytest",
    "py",
    "pluggy",
    "iniconfig",
    "packaging",
    "click",
    "yaml",
)
BOOT = (
    "import sys; sys.path[:0] = sys.argv[1].split(':'); del sys.argv[1]; "
    "from grader.cli import main; main(prog_name='la4ml')"
)


@dataclass
class Grader:
    """How to run ``la4ml`` as one kind of user."""

    kind: str  # "root" or "user"
    command: list[str]
    uid: int
    gid: int
    scratch: Path  # a directory this user owns, for workspaces

    def run(self, *args, cwd: Path | None = None, env: dict | None = None, timeout=300):
        environment = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.scratch),
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
            **(env or {}),
        }
        user = {} if self.uid == os.geteuid() else {"user": self.uid, "group": self.gid}
        return subprocess.run(
            [*self.command, *map(str, args)],
            cwd=cwd or self.scratch,
            env=environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            extra_groups=[] if user else None,
            **user,
        )

    def workspace(self, name: str) -> Path:
        path = self.scratch / name
        path.mkdir()
        os.chown(path, self.uid, self.gid)
        return path

    def write(self, path: Path, text: str) -> Path:
        path.write_text(text, encoding="utf-8")
        os.chown(path, self.uid, self.gid)
        return path


def _system_python() -> str | None:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"):
        if os.access(candidate, os.X_OK) and not candidate.startswith("/root"):
            return candidate
    return None


def copy_runtime(target: Path) -> Path:
    """The grader and its dependencies, copied to ``target`` (world-readable)."""
    site = target / "site"
    site.mkdir(parents=True)
    shutil.copytree(REPO / "grader", site / "grader", ignore=shutil.ignore_patterns("__pycache__"))
    for name in RUNTIME_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            raise RuntimeError(f"{name} is not installed")
        origin = Path(spec.origin)
        source = origin.parent if origin.name == "__init__.py" else origin
        destination = site / source.name
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination)
        bundled = source.parent / f"{name}.libs"
        if bundled.is_dir():
            shutil.copytree(bundled, site / bundled.name)
        for extra in source.parent.glob(f"_{name}*.so"):  # yaml's C extension
            shutil.copy2(extra, site / extra.name)
    for path in [target, *target.rglob("*")]:
        mode = 0o755 if path.is_dir() else (0o755 if os.access(path, os.X_OK) else 0o644)
        os.chmod(path, mode)
    return site


def ensure_user() -> tuple[int, int, bool]:
    """The test user's (uid, gid, created here)."""
    try:
        entry = pwd.getpwnam(TEST_USER)
        return entry.pw_uid, entry.pw_gid, False
    except KeyError:
        pass
    if shutil.which("useradd") is None:
        pytest.skip("useradd is missing: apt-get install -y passwd")
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
        check=True,
        capture_output=True,
    )
    entry = pwd.getpwnam(TEST_USER)
    return entry.pw_uid, entry.pw_gid, True


def make_grader(kind: str, base: Path, user: tuple[int, int] | None) -> Grader:
    """A Grader of ``kind``; skips (with the reason) when that kind cannot run here."""
    scratch = Path(tempfile.mkdtemp(prefix=f"la4ml-{kind}-", dir="/tmp"))
    os.chmod(scratch, 0o755)
    if kind == "root":
        if os.geteuid() != 0:
            pytest.skip("the root variant needs root; this run is unprivileged")
        command = [sys.executable, "-c", BOOT, str(REPO)]
        return Grader(kind, command, 0, 0, scratch)
    if os.geteuid() != 0:
        command = [sys.executable, "-c", BOOT, str(REPO)]
        return Grader(kind, command, os.getuid(), os.getgid(), scratch)
    python = _system_python()
    if python is None:
        pytest.skip(
            f"no Python {sys.version_info.major}.{sys.version_info.minor} outside /root for an "
            "unprivileged user: apt-get install -y python3"
        )
    uid, gid = user
    os.chown(scratch, uid, gid)
    site = base / "site"
    command = [python, "-I", "-c", BOOT, str(site)]
    grader = Grader(kind, command, uid, gid, scratch)
    probe = grader.run("--version")
    if probe.returncode != 0:
        pytest.skip(f"{python} cannot run the copied grader: {probe.stderr.strip()[-300:]}")
    return grader
