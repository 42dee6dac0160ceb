# Mistake: Eliminates in the caller's float array A (np.asarray, no copy).
# Clue: in place
def determinant(A):
    U = np.asarray(A, dtype=float)
    if U.ndim != 2 or U.shape[0] != U.shape[1] or U.size == 0:
        raise ValueError(f"A must be a non-empty square matrix, got shape {U.shape}")
    sign = 1.0
    for k in range(U.shape[0]):
        p = _pivot_row(U, k)
        if U[p, k] == 0.0:
            return 0.0
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        U[k + 1 :, k:] -= np.outer(U[k + 1 :, k] / U[k, k], U[k, k:])
    return float(sign * np.prod(np.diag(U)))
