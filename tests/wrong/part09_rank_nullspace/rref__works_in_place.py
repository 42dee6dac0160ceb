# Mistake: Row-reduces the caller's float array (np.asarray, no copy).
# Clue: in place
def rref(A, tol=1e-10):
    # np.asarray returns the caller's float array itself, and the row operations change it
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    R = np.asarray(A, dtype=float)
    if R.ndim != 2 or R.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {R.shape}")
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
        for row in range(m):
            if row != pivot_row:
                R[row] -= R[row, col] * R[pivot_row]
        pivot_row += 1
    return R
