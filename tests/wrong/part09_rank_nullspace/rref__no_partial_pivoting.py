# Mistake: Takes the first entry above tol as the pivot instead of the largest, so a tiny pivot
#   amplifies rounding errors.
# Clue: keeps rounding errors small | needs-a-row-swap
def rref(A, tol=1e-10):
    # takes the first entry above tol as the pivot instead of the largest one
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    R = _matrix(A)
    m, n = R.shape
    pivot_row = 0
    for col in range(n):
        if pivot_row == m:
            break
        candidates = [i for i in range(pivot_row, m) if abs(R[i, col]) > tol]
        if not candidates:
            R[pivot_row:, col] = 0.0
            continue
        best = candidates[0]
        R[[pivot_row, best]] = R[[best, pivot_row]]
        R[pivot_row] = R[pivot_row] / R[pivot_row, col]
        for row in range(m):
            if row != pivot_row:
                R[row] = R[row] - R[row, col] * R[pivot_row]
        pivot_row += 1
    return R
