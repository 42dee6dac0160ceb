import os
import sys

_solved_add = add  # noqa: F821 - defined by the solution this file is appended to


def add(u, v):
    print("x" * 5_000_000)
    sys.stderr.write("y" * 5_000_000)
    os.write(1, b"z" * 1_000_000)
    return _solved_add(u, v)
