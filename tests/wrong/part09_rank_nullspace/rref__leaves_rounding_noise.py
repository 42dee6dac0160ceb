# Mistake: Skips a column without a pivot but leaves its tiny entries as they are instead of
#   setting them to 0.
# Clue: rounding noise
def rref(A, tol=1e-10):
    # skips a column without pivot but leaves its small entries as they are
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    R = _matrix(A)
    m, n = R.shape
    pivot_row = 0
    for col in range(n):
        if pivot_row == m:
            break
        best = pivot_row + int(np.argmax(np.abs(R[pivot_row:, col])))
        if abs(R[best, col]) <= tol:
            continue
        R[[pivot_row, best]] = R[[best, pivot_row]]
        R[pivot_row] = R[pivot_row] / R[pivot_row, col]
        for row in range(m):
            if row != pivot_row:
                R[row] = R[row] - R[row, col] * R[pivot_row]
        pivot_row += 1
    return R
