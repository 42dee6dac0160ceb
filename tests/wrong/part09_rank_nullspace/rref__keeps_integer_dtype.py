# Mistake: Copies A with np.array and no dtype, so integer input gives an integer (truncated)
#   result.
# Clue: float64
def rref(A, tol=1e-10):
    # np.array(A) keeps integers, so dividing a row by its pivot truncates
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    R = np.array(A)
    if R.ndim != 2 or R.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {R.shape}")
    m, n = R.shape
    pivot_row = 0
    for col in range(n):
        if pivot_row == m:
            break
        best = pivot_row + int(np.argmax(np.abs(R[pivot_row:, col])))
        if abs(R[best, col]) <= tol:
            R[pivot_row:, col] = 0
            continue
        R[[pivot_row, best]] = R[[best, pivot_row]]
        R[pivot_row] = R[pivot_row] / R[pivot_row, col]
        for row in range(m):
            if row != pivot_row:
                R[row] = R[row] - R[row, col] * R[pivot_row]
        pivot_row += 1
    return R
