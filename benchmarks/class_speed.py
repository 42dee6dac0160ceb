"""How fast does `la4ml class grade` grade a class, per student, against one CLI run?

A synthetic class of 200 submissions is built from the course itself: for
every student and part, the module is the solution, the stub, the solution
with one wrong answer from tests/wrong appended, or (rarely) the solution with
a misbehaving module from tests/hostile appended. The mix is seeded, so every
run builds the same class.

Measured in one run:
- baseline: `la4ml grade --workspace solutions` (one student, a new process),
  median of several runs;
- `la4ml class grade CLASS --jobs 2` into a fresh gradebook: submissions per
  second, and wall time per student; the ratio baseline / per-student time
  says how much the warm lanes save (goal: at least 3);
- the same command again (nothing changed): its time as a share of the first
  run's (goal: under 5 %).

    python benchmarks/class_speed.py              # 200 students, 2 lanes
    python benchmarks/class_speed.py --students 60 --jobs 2
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from bytecode import compile_grader

REPO = Path(__file__).resolve().parents[1]
HOSTILE = ("os_exit_in_call", "returns_objects", "print_megabytes", "syntax_error")


def build_class(root: Path, students: int, seed: int = 0) -> dict[str, int]:
    """Write the synthetic class; returns how many modules of each kind it holds."""
    manifest = yaml.safe_load((REPO / "grader" / "course.yaml").read_text())
    modules = [part["module"] for part in manifest["parts"]]
    wrong = {m: sorted((REPO / "tests" / "wrong" / m).glob("*.py")) for m in modules}
    rng = random.Random(seed)
    kinds = {"solution": 0, "stub": 0, "wrong": 0, "hostile": 0}
    for index in range(students):
        folder = root / f"student{index:03d}"
        folder.mkdir(parents=True)
        for module in modules:
            solved = (REPO / "solutions" / f"{module}.py").read_text()
            roll = rng.random()
            if roll < 0.5:
                kind, text = "solution", solved
            elif roll < 0.7:
                kind, text = "stub", (REPO / "exercises" / f"{module}.py").read_text()
            elif roll < 0.98 or module != "part01_vectors":
                kind = "wrong"
                text = solved + "\n\n" + rng.choice(wrong[module]).read_text()
            else:
                kind = "hostile"
                extra = (REPO / "tests" / "hostile" / f"{rng.choice(HOSTILE)}.py").read_text()
                text = solved + "\n\n" + extra
            kinds[kind] += 1
            (folder / f"{module}.py").write_text(text)
    return kinds


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5, help="runs of the baseline (median)")
    args = parser.parse_args()
    compile_grader()
    la4ml = [sys.executable, "-m", "grader"]
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        kinds = build_class(root / "class", args.students)
        baseline_command = [*la4ml, "grade", "--workspace", "solutions", "--no-history",
                            "--format", "json", "--timeout", "1"]  # fmt: skip
        baselines = [timed(baseline_command)]
        book = root / "class.sqlite"
        command = [*la4ml, "class", "grade", str(root / "class"), "--gradebook", str(book),
                   "--jobs", str(args.jobs), "--timeout", "1"]  # fmt: skip
        first = timed(command)
        baselines += [timed(baseline_command) for _ in range(args.runs - 1)]
        resumed = timed(command)
    baseline = statistics.median(baselines)
    per_student = first / args.students
    print(f"class: {args.students} students x 20 parts; modules: {kinds}")
    print(f"baseline: one `la4ml grade --workspace solutions` run  {baseline:7.3f} s (median)")
    print(f"class grade, --jobs {args.jobs}, first run             {first:7.2f} s")
    print(f"  submissions per second                         {args.students / first:7.2f}")
    print(f"  wall time per student                          {per_student:7.3f} s")
    print(f"  baseline / per-student time                    {baseline / per_student:7.2f} x")
    print(f"class grade again, nothing changed                {resumed:7.3f} s")
    print(f"  share of the first run                          {100 * resumed / first:6.2f} %")


if __name__ == "__main__":
    main()
