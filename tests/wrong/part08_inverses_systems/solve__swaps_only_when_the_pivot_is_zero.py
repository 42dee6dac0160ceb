# Mistake: Looks for another row only when the pivot is exactly zero, so a tiny pivot is kept (and
#   then refused) instead of swapping in the largest one.
# Clue: rather than the first non-zero one
def solve(A, b):
    U = _square_matrix(A)
    n = U.shape[0]
    b = np.asarray(b, dtype=float)
    if b.ndim not in (1, 2) or b.size == 0 or b.shape[0] != n:
        raise ValueError(f"bad b of shape {b.shape}")
    B = b.reshape(n, -1).copy()
    floor = _pivot_floor(U)
    for k in range(n):
        if U[k, k] == 0.0:  # look for another row only when the pivot is exactly zero
            p = k + int(np.flatnonzero(U[k:, k])[0]) if np.any(U[k:, k]) else k
            U[[k, p]] = U[[p, k]]
            B[[k, p]] = B[[p, k]]
        if abs(U[k, k]) <= floor:
            raise np.linalg.LinAlgError("singular")
        factors = U[k + 1 :, k] / U[k, k]
        U[k + 1 :, k:] -= np.outer(factors, U[k, k:])
        B[k + 1 :] -= np.outer(factors, B[k])
    x = np.empty_like(B)
    for k in range(n - 1, -1, -1):
        x[k] = (B[k] - U[k, k + 1 :] @ x[k + 1 :]) / U[k, k]
    return x.reshape(b.shape)
