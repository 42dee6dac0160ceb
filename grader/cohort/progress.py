"""Progress of a class run on stderr: a live bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time

from grader.cohort.grading import ClassSummary
from grader.cohort.lanes import Outcome


class ClassProgress:
    """Called once per graded student: done / total, rate, time left, problems so far."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.live = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.done = 0

    def __call__(self, student: str, outcome: Outcome, summary: ClassSummary) -> None:
        self.done += 1
        total = max(summary.total, 1)
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (total - self.done) / rate if rate > 0 else 0.0
        trouble = summary.timeouts + summary.errors
        score = ""
        if outcome.result:
            score = f" {outcome.result['score']:g}/{outcome.result['max_score']:g}"
        if self.live:
            width = 24
            filled = int(width * self.done / total)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\r[{bar}] {self.done}/{total}  {rate:4.1f}/s  about {left:4.0f} s left  "
                f"timeouts+errors {trouble}  "
            )
            if self.done >= total:
                self.stream.write("\n")
        else:
            self.stream.write(
                f"{self.done}/{total} {student}: {outcome.status}{score} "
                f"({outcome.duration:.2f} s; {rate:.1f} students/s)\n"
            )
        self.stream.flush()
