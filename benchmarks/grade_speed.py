"""How fast is `la4ml grade`, against the floor that every Python grader pays?

The floor is an interpreter that starts and imports numpy, pytest, click and
yaml: no grader can answer faster. Both are timed here, in the same run, as
the median of several runs of a subprocess, and reported with their ratio.

    python benchmarks/grade_speed.py            # the course as it is
    python benchmarks/grade_speed.py --runs 9   # more runs, steadier medians

Besides the real course it times a synthetic full course: twenty copies of
Part 1's suite and solution, to show what grading costs once every part has
a suite of Part 1's size.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
FLOOR = [sys.executable, "-c", "import numpy, pytest, click, yaml"]


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def grade_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "grader", "grade", "--no-history", "--format", "json", *args]


def synthetic_course(directory: Path, copies: int) -> list[str]:
    """A manifest, suites and a workspace with ``copies`` copies of Part 1."""
    manifest = yaml.safe_load((REPO / "grader" / "course.yaml").read_text())
    first = manifest["parts"][0]
    suites, workspace = directory / "suites", directory / "workspace"
    suites.mkdir()
    workspace.mkdir()
    parts = []
    for number in range(1, copies + 1):
        module = f"part{number:02d}_copy"
        parts.append(
            {
                **first,
                "number": number,
                "slug": f"copy-{number}",
                "title": f"Copy {number}",
                "module": module,
            }
        )
        shutil.copy(REPO / "grader/suites/test_part01_vectors.py", suites / f"test_{module}.py")
        shutil.copy(REPO / "solutions/part01_vectors.py", workspace / f"{module}.py")
    manifest["parts"] = parts
    (directory / "course.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    return [
        "--manifest",
        str(directory / "course.yaml"),
        "--suites",
        str(suites),
        "--workspace",
        str(workspace),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    args = parser.parse_args()
    floor = median_seconds(FLOOR, args.runs)
    print(f"floor: python -c 'import numpy, pytest, click, yaml'   {floor:6.3f} s")
    rows = [
        ("la4ml grade --workspace solutions", grade_command("--workspace", "solutions")),
        ("la4ml grade (the stubs in exercises/)", grade_command()),
    ]
    with tempfile.TemporaryDirectory() as scratch:
        rows.append(
            (
                "synthetic: 20 copies of Part 1, solved",
                grade_command(*synthetic_course(Path(scratch), 20)),
            )
        )
        for label, command in rows:
            seconds = median_seconds(command, args.runs)
            print(f"{label:<46} {seconds:6.3f} s   {seconds / floor:4.2f} x floor")


if __name__ == "__main__":
    main()
