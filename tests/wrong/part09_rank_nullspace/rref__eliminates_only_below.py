# Mistake: Clears only the entries below each pivot, stopping at a row echelon form with non-zero
#   entries above the pivots.
# Clue: above it
def rref(A, tol=1e-10):
    # stops at a (normalised) row echelon form: entries above the pivots stay
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
            R[pivot_row:, col] = 0.0
            continue
        R[[pivot_row, best]] = R[[best, pivot_row]]
        R[pivot_row] = R[pivot_row] / R[pivot_row, col]
        for row in range(pivot_row + 1, m):
            R[row] = R[row] - R[row, col] * R[pivot_row]
        pivot_row += 1
    return R
