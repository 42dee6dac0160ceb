import numpy as np

_solved_add = add  # noqa: F821 - defined by the solution this file is appended to


def add(u, v):
    total = _solved_add(u, v)
    if isinstance(u, np.ndarray) and u.dtype == float:
        u[...] = total  # the classic `u += v`
    return total
