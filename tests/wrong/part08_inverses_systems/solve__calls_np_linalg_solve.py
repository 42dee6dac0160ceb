# Mistake: Calls np.linalg.solve, which the exercise forbids.
# Clue: forbids
from numpy.linalg import solve as _numpy_solve


def solve(A, b):
    A = _square_matrix(A)
    b = np.asarray(b, dtype=float)
    if b.ndim not in (1, 2) or b.size == 0 or b.shape[0] != A.shape[0]:
        raise ValueError(f"bad b of shape {b.shape}")
    return _numpy_solve(A, b)
