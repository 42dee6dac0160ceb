"""``la4ml watch``: grade the current part each time a module is saved.

The screen shows the course's progress (a bar that stays at the top), the
current part's checklist with the first failure and hint of each function,
and the keys: ``h`` the next hint, ``l`` the list of parts, ``n``/``p`` the
next or previous part, ``a`` grade all parts, ``q`` quit. When the current
part is complete it moves on to the next part that is not; when none is
left it says the course is complete.

File changes come from `watchfiles <https://github.com/samuelcolvin/watchfiles>`_
(the operating system's notifications, not a polling loop of ours); keys are
read from the terminal in cbreak mode, so it works in any plain terminal, and
without keys when standard input is not a terminal.
"""

from __future__ import annotations

import contextlib
import os
import select
import sys
import termios
import tty
from dataclasses import dataclass, field, replace
from pathlib import Path

import click

from grader import history
from grader.hints import choose_function, next_hint
from grader.manifest import Course
from grader.reports.table import render_checklist, render_table
from grader.runner import GradeOptions, grade
from grader.sandbox.host import SandboxUnavailable, WarmParent
from grader.sandbox.isolation import choose

KEYS = "h hint   l list   n next part   p previous part   a grade all   q quit"
CLEAR = "\033[2J\033[H"


@dataclass
class WatchState:
    course: Course
    workspace: Path
    options: GradeOptions
    part: int
    color: bool
    best: dict[int, float] = field(default_factory=dict)
    complete: set[int] = field(default_factory=set)
    message: str = ""


def course_bar(state: WatchState, width: int = 30) -> str:
    """``Course [#######-----] 120/318 points, 6 of 20 parts complete``."""
    total = state.course.max_score
    earned = sum(state.best.get(p.number, 0.0) for p in state.course.parts)
    filled = round(width * earned / total) if total else 0
    bar = "#" * filled + "-" * (width - filled)
    return (
        f"Course [{bar}] {earned:.0f}/{total:.0f} points, "
        f"{len(state.complete)} of {len(state.course.parts)} parts complete"
    )


def _load_progress(state: WatchState) -> None:
    maxima = {p.number: p.max_score for p in state.course.parts}
    summary = history.best_scores(history.read(state.workspace), maxima)
    state.best = {number: entry["best"] for number, entry in summary.items()}
    state.complete = {n for n, entry in summary.items() if entry.get("status") == "complete"}


def _record(state: WatchState, result) -> None:
    with contextlib.suppress(OSError):
        history.append(state.workspace, history.grade_record(result))
    for part in result.parts:
        state.best[part.number] = max(state.best.get(part.number, 0.0), part.score)
        if part.status == "complete":
            state.complete.add(part.number)
        else:
            state.complete.discard(part.number)


def _screen(state: WatchState, body: str) -> str:
    part = state.course.part(state.part)
    head = [
        course_bar(state),
        f"Watching {state.workspace}/{part.filename} (and every module): save to grade.",
        "",
    ]
    tail = ["", state.message] if state.message else []
    return CLEAR + "\n".join([*head, body, *tail, "", KEYS])


class Watcher:
    """The watch loop's actions; the loop itself is :func:`run`."""

    def __init__(self, state: WatchState, echo=click.echo):
        self.state = state
        self.echo = echo
        self.parent: WarmParent | None = None

    def _parent(self) -> WarmParent:
        if self.parent is None or not self.parent.alive():
            if self.parent is not None:
                self.parent.close()
            self.parent = WarmParent(
                self.state.options.limits, choose(self.state.options.isolation)
            )
        return self.parent

    def close(self) -> None:
        if self.parent is not None:
            self.parent.close()

    def grade_part(self) -> None:
        state = self.state
        options = replace(state.options, parts=(state.part,))
        try:
            result = grade(state.course, options, parent=self._parent())
        except SandboxUnavailable as error:
            state.message = f"the grader could not run its sandbox: {error}"
            self.echo(_screen(state, ""), nl=False)
            return
        _record(state, result)
        part = result.parts[0]
        body = render_checklist(part, state.course, False, state.color)
        if part.status == "complete":
            following = self._next_incomplete()
            if following is None:
                self._course_complete()
                return
            state.message = f"Part {part.number} is complete. On to part {following}."
            state.part = following
            self.echo(_screen(state, body), nl=False)
            self.grade_part()
            return
        self.echo(_screen(state, body), nl=False)
        state.message = ""

    def _next_incomplete(self) -> int | None:
        numbers = [p.number for p in self.state.course.parts]
        start = numbers.index(self.state.part)
        for number in numbers[start + 1 :] + numbers[: start + 1]:
            if number not in self.state.complete:
                return number
        return None

    def _course_complete(self) -> None:
        state = self.state
        lines = [
            "",
            "   ******************************************",
            "   *   Course complete: every part passes.  *",
            "   ******************************************",
            "",
            f"   {state.course.max_score:g} points out of {state.course.max_score:g}.",
        ]
        state.message = ""
        self.echo(_screen(state, "\n".join(lines)), nl=False)

    def grade_all(self) -> None:
        state = self.state
        options = replace(state.options, parts=())
        result = grade(state.course, options, parent=self._parent())
        _record(state, result)
        self.echo(_screen(state, render_table(result, state.course, state.color)), nl=False)

    def hint(self) -> None:
        state = self.state
        part = state.course.part(state.part)
        records = history.read(state.workspace)
        name = choose_function(part, records)
        if name is None:
            state.message = f"Part {part.number} is complete: no hint needed."
        else:
            shown = next_hint(part, name, records)
            with contextlib.suppress(OSError):
                history.append(
                    state.workspace, history.hint_record(part.number, shown.function, shown.level)
                )
            state.message = (
                f"Hint {shown.level} of {shown.levels} for {shown.function}: {shown.text}"
            )
        self.grade_part()

    def show_list(self) -> None:
        state = self.state
        lines = []
        for part in state.course.parts:
            done = "complete" if part.number in state.complete else ""
            mark = ">" if part.number == state.part else " "
            best = state.best.get(part.number, 0.0)
            lines.append(
                f" {mark}{part.number:>3}  {part.title:<46} {best:>5g}/{part.max_score:<3g} {done}"
            )
        self.echo(_screen(state, "\n".join(lines)), nl=False)

    def move(self, step: int) -> None:
        numbers = [p.number for p in self.state.course.parts]
        index = (numbers.index(self.state.part) + step) % len(numbers)
        self.state.part = numbers[index]
        self.grade_part()

    def key(self, char: str) -> bool:
        """Act on a key; False to quit."""
        actions = {
            "h": self.hint,
            "l": self.show_list,
            "n": lambda: self.move(1),
            "p": lambda: self.move(-1),
            "a": self.grade_all,
        }
        if char in ("q", "\x03", "\x04"):
            return False
        if char in actions:
            actions[char]()
        return True


def _changed_modules(changes, course: Course) -> list[int]:
    names = {p.filename: p.number for p in course.parts}
    return sorted({names[Path(path).name] for _, path in changes if Path(path).name in names})


@contextlib.contextmanager
def _cbreak(stream):
    if not stream.isatty():
        yield False
        return
    saved = termios.tcgetattr(stream.fileno())
    try:
        tty.setcbreak(stream.fileno())
        yield True
    finally:
        termios.tcsetattr(stream.fileno(), termios.TCSADRAIN, saved)


def run(state: WatchState) -> None:
    """Grade now, then after every save, and act on keys until ``q``."""
    from watchfiles import watch

    _load_progress(state)
    watcher = Watcher(state)
    stop = _Stop()
    try:
        with _cbreak(sys.stdin) as keys:
            watcher.grade_part()
            for changes in watch(
                state.workspace, yield_on_timeout=True, rust_timeout=100, stop_event=stop
            ):
                if changes:
                    parts = _changed_modules(changes, state.course)
                    if parts:
                        if state.part not in parts and len(parts) == 1:
                            state.part = parts[0]
                        watcher.grade_part()
                if keys and not _read_keys(watcher):
                    stop.set()
    except KeyboardInterrupt:
        pass
    finally:
        watcher.close()
    click.echo("\nStopped watching.")


def _read_keys(watcher: Watcher) -> bool:
    while select.select([sys.stdin], [], [], 0)[0]:
        char = os.read(sys.stdin.fileno(), 1).decode(errors="replace")
        if not char or not watcher.key(char.lower()):
            return False
    return True


class _Stop:
    """A stop flag for watchfiles (it asks ``is_set()``)."""

    def __init__(self):
        self.flag = False

    def set(self) -> None:
        self.flag = True

    def is_set(self) -> bool:
        return self.flag
