# Mistake: Scales tol by the largest entry of A, although the contract's tol is absolute, so
#   entries below tol become pivots.
# Clue: absolute value is at most tol
def rref(A, tol=1e-10):
    # scales tol by the largest entry: the contract's tol is absolute
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    R = _matrix(A)
    threshold = tol * np.abs(R).max()
    m, n = R.shape
    pivot_row = 0
    for col in range(n):
        if pivot_row == m:
            break
        best = pivot_row + int(np.argmax(np.abs(R[pivot_row:, col])))
        if abs(R[best, col]) <= threshold:
            R[pivot_row:, col] = 0.0
            continue
        R[[pivot_row, best]] = R[[best, pivot_row]]
        R[pivot_row] = R[pivot_row] / R[pivot_row, col]
        factors = R[:, col].copy()
        factors[pivot_row] = 0.0
        R -= np.outer(factors, R[pivot_row])
        R[:, col] = 0.0
        R[pivot_row, col] = 1.0
        pivot_row += 1
    return R
