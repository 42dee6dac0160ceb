"""The critical path of one `la4ml grade` run: when each stage begins, in ms since spawn.

Usage:
    python benchmarks/timeline.py --runs 7 -- 11 --workspace solutions
    python benchmarks/timeline.py -- --workspace exercises

Each run is a new process (as a student's command is) that wraps the real
command and notes the time at each stage; the table gives the median over the
runs of each stage's time since the process was spawned, next to the floor
(`python -c 'import numpy, pytest, click, yaml'`) measured in the same rounds.
It shows what the run waits for: the harness's imports, the warm parent's
boot, pytest's session, the sandboxes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bytecode import compile_grader
from grade_speed import FLOOR, seconds

REPO = Path(__file__).resolve().parents[1]

# Runs inside the measured process: wraps the stages, then runs the command.
_PROBE = r"""
import json, os, sys, time
spawned = float(os.environ["LA4ML_TIMELINE_SPAWNED"])
marks = []
def mark(stage):
    marks.append((stage, (time.time() - spawned) * 1000))
mark("interpreter ready")
import grader.cli
mark("command line imported")
import grader.plan, grader.sandbox.host as host
def wrap(owner, name, stage, end=None):
    original = getattr(owner, name)
    def wrapped(*args, **kwargs):
        mark(stage)
        try:
            return original(*args, **kwargs)
        finally:
            if end:
                mark(end)
    setattr(owner, name, wrapped)
wrap(host.WarmParent, "_start", "warm parent launch begins", "warm parent launched")
wrap(host.WarmParent, "_wait_ready", "waits for the warm parent", "warm parent ready")
start_warm_parent = grader.plan.start_warm_parent
def started(*args, **kwargs):
    warm = start_warm_parent(*args, **kwargs)
    import grader.runner as runner
    mark("runner imported")
    wrap(runner, "_run_session", "pytest session begins", "pytest session ends")
    wrap(runner, "_report_untouched", "changed stubs imported (if any)")
    return warm
grader.plan.start_warm_parent = started
sys.argv = ["la4ml", "grade", "--no-history", "--format", "json", "-o", os.devnull, *sys.argv[1:]]
try:
    grader.cli.main()
except SystemExit:
    pass
mark("done")
print(json.dumps(marks), file=sys.stderr)
"""


def timed_run(arguments: list[str]) -> dict[str, float]:
    """One run's stages (first occurrence of each) in ms since spawn."""
    environment = {**os.environ, "LA4ML_TIMELINE_SPAWNED": repr(time.time())}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *arguments],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    stages: dict[str, float] = {}
    for stage, at in json.loads(done.stderr.strip().splitlines()[-1]):
        stages.setdefault(stage, at)
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("grade_arguments", nargs="*", help="after --: arguments of la4ml grade")
    options = parser.parse_args()
    compile_grader()
    runs, floors = [], []
    for _ in range(options.runs):
        floors.append(seconds(FLOOR) * 1000)
        runs.append(timed_run(options.grade_arguments))
    order = sorted(runs[0], key=lambda stage: runs[0][stage])
    print(f"la4ml grade {' '.join(options.grade_arguments)}: medians of {options.runs} runs")
    print(f"  {'floor: python -c ' + repr(FLOOR[-1]):<46} {statistics.median(floors):7.1f} ms")
    for stage in order:
        times = [run[stage] for run in runs if stage in run]
        print(f"  {stage:<46} {statistics.median(times):7.1f} ms")


if __name__ == "__main__":
    main()
