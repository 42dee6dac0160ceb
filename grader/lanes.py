"""One grading run on several cores: parts split over harness processes, results merged.

The harness and a sandbox take turns (the harness sends a call and waits, the
sandbox computes and waits), so one grading run keeps about one core busy.
Split over two lanes, each a copy of the harness forked after every import
with its own warm parent and its own parts, a run keeps two cores busy. The
lanes are the grader's own processes, so their results come back pickled;
student code never sees them.
"""

from __future__ import annotations

import os
import pickle
import select
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace

from grader.manifest import Part
from grader.sandbox.limits import die_with_parent

_LENGTH = struct.Struct("<Q")


@dataclass
class LaneRun:
    """Stands for a PartRun in progress reports: from a lane, or of a part run nowhere."""

    part: Part


def partition(parts: list[Part], lanes: int) -> list[list[Part]]:
    """Parts in ``lanes`` groups of about equal cost (a suite's size stands for its cost)."""
    groups: list[list[Part]] = [[] for _ in range(lanes)]
    loads = [0] * lanes
    for part in sorted(parts, key=lambda p: (-_cost(p), p.number)):
        lightest = loads.index(min(loads))
        groups[lightest].append(part)
        loads[lightest] += _cost(part)
    return [sorted(g, key=lambda p: p.number) for g in groups if g]


def _cost(part: Part) -> int:
    try:
        return part.suite_path.stat().st_size
    except OSError:
        return 0


def _send(fd: int, message: tuple) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


class _Lane:
    """The parent's end of one lane: its process and the messages it sends."""

    def __init__(self, pid: int, fd: int):
        self.pid, self.fd = pid, fd
        self.buffer = bytearray()
        self.open = True

    def read(self) -> list[tuple]:
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            self.open = False
        self.buffer += chunk
        messages = []
        while len(self.buffer) >= _LENGTH.size:
            (length,) = _LENGTH.unpack_from(self.buffer)
            end = _LENGTH.size + length
            if len(self.buffer) < end:
                break
            messages.append(pickle.loads(bytes(self.buffer[_LENGTH.size : end])))
            del self.buffer[:end]
        return messages


def _lane(group: list[Part], grade_group: Callable, fd: int) -> None:  # pragma: no cover
    """The body of a lane process: grade, send the result (or the error), exit."""
    code = 0
    try:

        def on_test(run, result):
            _send(fd, ("test", LaneRun(run.part), replace(result, call_arrays={})))

        _send(fd, ("result", grade_group(group, on_test)))
    except BaseException as error:
        try:
            _send(fd, ("error", error))
        except Exception:
            code = 1
    os._exit(code)


def run_in_lanes(groups: list[list[Part]], grade_group: Callable, progress=None) -> list:
    """``grade_group(parts, on_test)`` for each group in a forked process; results in order.

    An exception raised in a lane is raised here once every lane has ended.
    """
    lanes = []
    harness = os.getpid()
    for group in groups:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the lane process
            die_with_parent(harness)
            os.close(read_end)
            _lane(group, grade_group, write_end)
        os.close(write_end)
        lanes.append(_Lane(pid, read_end))
    results: dict[int, object] = {}
    error: BaseException | None = None
    try:
        while any(lane.open for lane in lanes):
            ready, _, _ = select.select([lane.fd for lane in lanes if lane.open], [], [])
            for index, lane in enumerate(lanes):
                if lane.fd not in ready:
                    continue
                for message in lane.read():
                    if message[0] == "test" and progress is not None:
                        progress(message[1], message[2])
                    elif message[0] == "result":
                        results[index] = message[1]
                    elif message[0] == "error" and error is None:
                        error = message[1]
    finally:
        for lane in lanes:
            os.close(lane.fd)
            os.waitpid(lane.pid, 0)
    if error is not None:
        raise error
    missing = [i for i in range(len(lanes)) if i not in results]
    if missing:
        raise RuntimeError(f"grading lane {missing[0] + 1} ended without a result")
    return [results[index] for index in range(len(lanes))]
