# Mistake: Finds the pivots with np.linalg.matrix_rank and the rows with lstsq, which the exercise
#   forbids.
# Clue: forbids
def rref(A, tol=1e-10):
    # finds the pivot columns by rank and lets np.linalg.solve do the elimination
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    A = _matrix(A)
    m, n = A.shape
    pivots = []
    for col in range(n):
        if np.linalg.matrix_rank(A[:, [*pivots, col]], tol=tol) > len(pivots):
            pivots.append(col)
    R = np.zeros((m, n))
    if pivots:
        r = len(pivots)
        rows = A[:, pivots]
        coefficients = np.linalg.lstsq(rows, A, rcond=None)[0]
        R[:r] = coefficients
        R[:r, pivots] = np.eye(r)
        R[np.abs(R) <= tol] = 0.0
    return R
