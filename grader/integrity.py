"""The hidden suites are verified before any student code runs.

``grader/suites/SHA256SUMS`` records the SHA-256 of every suite file, of the
course manifest and of the pinned pytest configuration: everything that
decides a score besides the grader's code. Each run hashes what is installed
and refuses to grade if anything differs, so a modified installation (by a
student's code run without namespaces, or by hand) is detected. When la4ml
was installed from a wheel, the installer's own RECORD is checked as well,
which covers the grader's Python modules.

Course authors rewrite it, and the suites' inventory
(:mod:`grader.inventory`), after changing a suite:

    python -m grader.integrity --write
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SUMS = PACKAGE / "suites" / "SHA256SUMS"


class IntegrityError(RuntimeError):
    """An installed file that decides scores is not what this la4ml recorded."""


def recorded_files() -> list[Path]:
    """The files whose hashes SHA256SUMS records, in a stable order."""
    suites = sorted((PACKAGE / "suites").glob("test_*.py"))
    inventory = PACKAGE / "suites" / "INVENTORY.json"
    return [*suites, inventory, PACKAGE / "course.yaml", PACKAGE / "pytest.ini"]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def render_sums() -> str:
    return "".join(f"{_digest(p.read_bytes())}  {_name(p)}\n" for p in recorded_files())


def read_sums() -> dict[str, str]:
    try:
        text = SUMS.read_text(encoding="utf-8")
    except OSError as error:
        raise IntegrityError(f"cannot read {SUMS}: {error.strerror}") from None
    sums = {}
    for number, line in enumerate(text.splitlines(), 1):
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise IntegrityError(f"{SUMS}, line {number}: not '<sha256>  <file>'")
        sums[name] = digest
    return sums


def verify_installation() -> dict[str, bytes]:
    """Check every recorded file (and the wheel's RECORD if any); return the suites' bytes.

    Raises IntegrityError naming the first file that differs.
    """
    sums = read_sums()
    present = {_name(p) for p in recorded_files()}
    extra = sorted(present - set(sums))
    if extra:
        raise IntegrityError(
            f"{PACKAGE / extra[0]} is not recorded in {SUMS}: this installation was changed"
        )
    contents = {}
    for name, digest in sums.items():
        path = PACKAGE / name
        try:
            data = path.read_bytes()
        except OSError as error:
            raise IntegrityError(f"cannot read {path}: {error.strerror}") from None
        if _digest(data) != digest:
            raise IntegrityError(
                f"{path} is not the file this la4ml recorded (its SHA-256 differs): the "
                "installation was modified; reinstall la4ml (pip install --force-reinstall la4ml)"
            )
        contents[name] = data
    _verify_wheel_record()
    return contents


def _verify_wheel_record() -> None:
    """For a wheel install, the grader's files must match the installer's RECORD."""
    try:
        distribution = metadata.distribution("la4ml")
        record = distribution.read_text("RECORD")
    except metadata.PackageNotFoundError:
        return
    if not record:
        return
    for row in csv.reader(io.StringIO(record)):
        if len(row) < 2 or not row[0].startswith("grader/") or not row[1].startswith("sha256="):
            continue
        path = Path(distribution.locate_file(row[0]))
        if path.resolve().parent != PACKAGE and PACKAGE not in path.resolve().parents:
            return  # an editable or other install: RECORD does not describe these files
        try:
            data = path.read_bytes()
        except OSError as error:
            raise IntegrityError(f"cannot read {path}: {error.strerror}") from None
        expected = row[1].removeprefix("sha256=")
        actual = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        if actual != expected:
            raise IntegrityError(
                f"{path} differs from what pip installed (RECORD): the installation was "
                "modified; reinstall la4ml (pip install --force-reinstall la4ml)"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check or rewrite grader/suites/SHA256SUMS.")
    parser.add_argument("--write", action="store_true", help="rewrite the file from the suites")
    options = parser.parse_args(argv)
    if options.write:
        from grader.delivery.sources import stub_sources
        from grader.inventory import FILENAME, render_inventory
        from grader.manifest import load_course

        course = load_course()
        inventory = SUMS.with_name(FILENAME)
        inventory.write_text(render_inventory(course, stub_sources(course)), encoding="utf-8")
        print(f"wrote {inventory}")
        SUMS.write_text(render_sums(), encoding="utf-8")
        print(f"wrote {SUMS}")
        return 0
    try:
        verify_installation()
    except IntegrityError as error:
        print(f"integrity: {error}")
        return 1
    print("integrity: ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
