"""Where the time of one `la4ml grade` goes: a measured breakdown, not an estimate.

Runs the grading of a workspace in this process, several times, and reports
for the median run:

- wall time of each phase (manifest, suite verification, isolation choice,
  the pytest session with the warm parent's boot, collection and the tests,
  the report), measured with timers around the grader's own functions;
- CPU time of the harness (this process) and of the sandbox side (the warm
  parent and every sandbox: all are reaped descendants, so the kernel's
  RUSAGE_CHILDREN counts them), so that waiting shows as wall minus CPU;
- the number of round trips to sandboxes and their median latency.

The interpreter's start and imports, which this in-process run does not pay,
are measured separately as the floor (`python -c "import numpy, pytest,
click, yaml"`). Run with `--lanes 1` (default) to see one harness's critical
path.

    python benchmarks/profile_grade.py --workspace solutions --runs 5
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bytecode import compile_grader

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from grader import runner  # noqa: E402
from grader.manifest import load_course  # noqa: E402
from grader.reports.machine import to_json  # noqa: E402
from grader.sandbox import module as sandbox_module  # noqa: E402
from grader.sandbox.host import WarmParent  # noqa: E402
from grader.sandbox.isolation import choose  # noqa: E402


class Timers:
    """Timers around the grader's functions; :meth:`restore` puts the originals back."""

    def __init__(self):
        self.totals: dict[str, float] = {}
        self.exchanges: list[float] = []
        self.originals: list[tuple[object, str, object]] = []

    def restore(self) -> None:
        for owner, name, original in reversed(self.originals):
            setattr(owner, name, original)

    def wrap(self, owner, name: str, label: str) -> None:
        original = getattr(owner, name)
        self.originals.append((owner, name, original))

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.totals[label] = self.totals.get(label, 0.0) + time.perf_counter() - started

        setattr(owner, name, timed)

    def wrap_exchange(self) -> None:
        original = sandbox_module.ModuleSandbox._exchange
        self.originals.append((sandbox_module.ModuleSandbox, "_exchange", original))

        def timed(sandbox, *args, **kwargs):
            started = time.perf_counter()
            try:
                return original(sandbox, *args, **kwargs)
            finally:
                self.exchanges.append(time.perf_counter() - started)

        sandbox_module.ModuleSandbox._exchange = timed


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(course, options, lanes: int) -> dict:
    timers = Timers()
    timers.wrap(runner, "verify_installation", "verify suites")
    timers.wrap(runner, "choose", "choose isolation")
    timers.wrap(runner, "_run_session", "pytest session (boot, collect, tests)")
    timers.wrap_exchange()
    wall, cpu, child = time.perf_counter(), time.process_time(), children_cpu()
    try:
        result = runner.grade(course, options, lanes=lanes)
        started = time.perf_counter()
        to_json(result)
        report = time.perf_counter() - started
    finally:
        timers.restore()
    figures = {
        "wall": time.perf_counter() - wall,
        "harness cpu": time.process_time() - cpu,
        "sandbox-side cpu": children_cpu() - child,
        "report": report,
        **timers.totals,
        "round trips": len(timers.exchanges),
        "round trip median (us)": 1e6 * statistics.median(timers.exchanges or [0.0]),
        "waiting on sandboxes": sum(timers.exchanges),
    }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", default="solutions")
    parser.add_argument("--parts", type=int, nargs="*", default=[], help="default: all")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lanes", type=int, default=1)
    parser.add_argument(
        "--isolation",
        default="namespaces",
        help="rlimits makes the sandboxes reaped children of this process, so that their CPU "
        "time is counted; under namespaces the kernel does not pass it up",
    )
    args = parser.parse_args()
    compile_grader()
    command = [
        *("-m", "grader", "grade", "--workspace", args.workspace, *map(str, args.parts)),
        *("--format", "json", "-o", "/dev/null", "--no-history", "--isolation", args.isolation),
        *("--lanes", str(args.lanes)),
    ]
    floors, commands = [], []
    for _ in range(args.runs):  # alternating, like benchmarks/grade_speed.py
        floors.append(_timed([sys.executable, "-c", "import numpy, pytest, click, yaml"]))
        commands.append(_timed([sys.executable, *command]))
    imports = _import_seconds([sys.executable, "-X", "importtime", *command])
    started = time.perf_counter()
    course = load_course()
    manifest = time.perf_counter() - started
    options = runner.GradeOptions(
        Path(args.workspace), tuple(args.parts), isolation=args.isolation
    )
    runner.grade(course, options, lanes=args.lanes)  # warm: suites compiled once, caches filled
    boot = statistics.median(_boot_seconds(options) for _ in range(args.runs))
    runs = []
    for _ in range(args.runs):
        runs.append(one_run(course, options, args.lanes))
    median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    parts = " ".join(map(str, args.parts)) or "all"
    print(f"workspace {args.workspace}, parts {parts}, lanes {args.lanes}, medians of {args.runs}")
    print("the whole command, a new process each time:")
    _show("floor: python -c 'import numpy, pytest, click, yaml'", statistics.median(floors))
    _show(f"la4ml {' '.join(command[2:])}", statistics.median(commands))
    _show("  of which imports (-X importtime, one run)", imports)
    _show("  warm parent, start to ready (overlaps the imports)", boot)
    print("in this process, grading again (imports done, suites compiled):")
    _show("manifest (once per command)", manifest)
    for key, value in median.items():
        _show(key, value)


def _show(label: str, value: float) -> None:
    if label.startswith("round trip"):
        print(f"  {label:<56} {value:8.0f}")
    else:
        print(f"  {label:<56} {value:8.3f} s")


def _boot_seconds(options) -> float:
    """How long a warm parent takes from its start to its first answer."""
    started = time.perf_counter()
    parent = WarmParent(options.limits, choose(options.isolation, probe=False))
    try:
        parent._wait_ready()
        return time.perf_counter() - started
    finally:
        parent.close()


def _import_seconds(command: list[str]) -> float:
    """Total time of the top-level imports that ``-X importtime`` reports for one run."""
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO)
    total = 0
    for line in done.stderr.splitlines():
        fields = line.split("|")
        timed = line.startswith("import time:") and len(fields) == 3
        # One space after the last bar marks a top-level import; its time includes its own.
        if timed and fields[1].strip().isdigit() and not fields[2].startswith("  "):
            total += int(fields[1])
    return total / 1e6


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
