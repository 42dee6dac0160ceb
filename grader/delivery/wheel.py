"""A wheel of the running la4ml, to ship inside an autograder.

From a checkout (an editable install), the wheel is built by pip from a clean
copy of the files a build needs, so that nothing else in the checkout (an old
``build/`` folder, ``solutions/``) can reach it. From an installed wheel, the
installed files are packed again, as the installer's RECORD lists them, after
checking that none of them changed.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path

from grader.delivery.sources import checkout_root
from grader.integrity import verify_installation

BUILD_FILES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
# Files of an installed .dist-info that the installer wrote, not the wheel.
_INSTALLER_FILES = ("INSTALLER", "REQUESTED", "direct_url.json", "RECORD")


class WheelError(RuntimeError):
    """No wheel can be made; the message says why and what to do."""


def build_wheel(destination: Path) -> Path:
    """A wheel of this la4ml in ``destination`` (a folder); returns its path."""
    destination.mkdir(parents=True, exist_ok=True)
    root = checkout_root()
    if root is not None:
        return _build_from_checkout(root, destination)
    return repack_installed(destination)


def _build_from_checkout(root: Path, destination: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="la4ml-build-") as scratch:
        tree = Path(scratch) / "la4ml"
        tree.mkdir()
        for name in BUILD_FILES:
            shutil.copy2(root / name, tree / name)
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".la4ml", "stubs")
        shutil.copytree(root / "grader", tree / "grader", ignore=ignore)
        shutil.copytree(root / "exercises", tree / "exercises", ignore=ignore)
        output = Path(scratch) / "wheel"
        completed = subprocess.run(
            [
                *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet"),
                *("--disable-pip-version-check", "-w", str(output), str(tree)),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        wheels = sorted(output.glob("la4ml-*.whl"))
        if completed.returncode != 0 or len(wheels) != 1:
            detail = (completed.stderr.strip().splitlines() or ["no message"])[-1]
            raise WheelError(f"pip could not build la4ml's wheel from {root}: {detail}")
        target = destination / wheels[0].name
        shutil.copy2(wheels[0], target)
        return target


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def repack_installed(destination: Path) -> Path:
    """Pack the installed la4ml into a wheel again, from its RECORD."""
    try:
        distribution = metadata.distribution("la4ml")
    except metadata.PackageNotFoundError:
        raise WheelError("la4ml is not installed, so there is no wheel to pack") from None
    verify_installation()
    record = distribution.read_text("RECORD") or ""
    rows = [row for row in csv.reader(io.StringIO(record)) if row]
    info = next((r[0].split("/")[0] for r in rows if r[0].endswith(".dist-info/METADATA")), None)
    if info is None:
        raise WheelError("the installed la4ml has no RECORD to pack it from")
    wheel_tags = distribution.read_text("WHEEL") or ""
    tags = [
        line.split(":", 1)[1].strip()
        for line in wheel_tags.splitlines()
        if line.startswith("Tag:")
    ]
    if len(tags) != 1:
        raise WheelError(f"the installed la4ml has {len(tags)} wheel tags; expected one")
    files = []
    for path, *_ in rows:
        top = path.split("/")[0]
        name = path.rsplit("/", 1)[-1]
        if top not in ("grader", info) or "__pycache__" in path or path.endswith(".pyc"):
            continue
        if top == info and name in _INSTALLER_FILES:
            continue
        files.append(path)
    files.sort(key=lambda p: (p.startswith(info), p))  # .dist-info last, as wheels have it
    name = f"{info.removesuffix('.dist-info')}-{tags[0]}.whl"
    target = destination / name
    lines = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            data = Path(distribution.locate_file(path)).read_bytes()
            archive.writestr(path, data)
            lines.append([path, _record_hash(data), str(len(data))])
        lines.append([f"{info}/RECORD", "", ""])
        text = io.StringIO()
        csv.writer(text, lineterminator="\n").writerows(lines)
        archive.writestr(f"{info}/RECORD", text.getvalue())
    return target
