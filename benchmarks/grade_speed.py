"""How fast is `la4ml grade`, against the floor that every Python grader pays?

The floor is an interpreter that starts and imports numpy, pytest, click and
yaml: no grader can answer faster. Every measurement here is a subprocess run
of the real command, timed in the same session as the floor; the measurements
alternate (floor, course, part, stubs, floor, ...) so that a change in the
machine's load touches them all alike, and each figure is a median.

    python benchmarks/grade_speed.py                 # 7 rounds, both isolation levels
    python benchmarks/grade_speed.py --runs 9        # steadier medians
    python benchmarks/grade_speed.py --isolation namespaces

What each row includes:
- course: `la4ml grade --workspace solutions`, all 20 parts, JSON to /dev/null:
  interpreter start, imports, suite verification, the warm parent (inside
  bubblewrap for `namespaces`), every hidden test, the report;
- one part: the same for a single part, `la4ml grade N`; the figure is the
  median over rounds of the median over the 20 parts (each round grades
  every part once, one at a time);
- stubs: `la4ml grade --workspace exercises` (everything not started).
The ratio to the floor, and for `rlimits` against `namespaces`, is printed for
each, so the cost of isolation is read off directly.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bytecode import compile_grader

REPO = Path(__file__).resolve().parents[1]
FLOOR = [sys.executable, "-c", "import numpy, pytest, click, yaml"]
PARTS = range(1, 21)


def seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
    return time.perf_counter() - started


def grade(isolation: str, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "grader",
        "grade",
        "--no-history",
        "--format",
        "json",
        "--isolation",
        isolation,
        *args,
    ]


def measure(levels: list[str], runs: int) -> dict[str, list[float]]:
    """Alternating rounds; every round times each measurement once."""
    times: dict[str, list[float]] = {"floor": []}
    for _ in range(runs):
        times["floor"].append(seconds(FLOOR))
        for level in levels:
            times.setdefault(f"course/{level}", []).append(
                seconds(grade(level, "--workspace", "solutions"))
            )
            parts = [seconds(grade(level, str(n), "--workspace", "solutions")) for n in PARTS]
            times.setdefault(f"part/{level}", []).append(statistics.median(parts))
            times.setdefault(f"stubs/{level}", []).append(
                seconds(grade(level, "--workspace", "exercises"))
            )
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (medians over them)")
    parser.add_argument(
        "--isolation",
        choices=["both", "namespaces", "rlimits"],
        default="both",
        help="which isolation levels to time",
    )
    args = parser.parse_args()
    compile_grader()
    levels = ["namespaces", "rlimits"] if args.isolation == "both" else [args.isolation]
    times = measure(levels, args.runs)
    floor = statistics.median(times["floor"])
    print(f"{args.runs} alternating rounds, medians; floor = {floor:.3f} s")
    print(f"{'measurement':<34} {'seconds':>8} {'x floor':>8}   {'x namespaces':>12}")
    for what in ("course", "part", "stubs"):
        for level in levels:
            value = statistics.median(times[f"{what}/{level}"])
            relative = ""
            if level == "rlimits" and "namespaces" in levels:
                relative = f"{value / statistics.median(times[f'{what}/namespaces']):12.2f}"
            label = {"course": "whole course", "part": "one part (median of 20)"}.get(what, what)
            print(f"{label + ' / ' + level:<34} {value:8.3f} {value / floor:8.2f}   {relative}")


if __name__ == "__main__":
    main()
