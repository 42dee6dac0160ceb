# Mistake: Never swaps rows, so a zero pivot stops the elimination.
# Clue: largest candidate pivot | needs-a-swap
def solve(A, b):
    U = _square_matrix(A)
    n = U.shape[0]
    b = np.asarray(b, dtype=float)
    if b.ndim not in (1, 2) or b.size == 0 or b.shape[0] != n:
        raise ValueError(f"bad b of shape {b.shape}")
    B = b.reshape(n, -1).copy()
    for k in range(n):
        if U[k, k] == 0.0:
            raise np.linalg.LinAlgError("zero pivot")
        factors = U[k + 1 :, k] / U[k, k]
        U[k + 1 :, k:] -= np.outer(factors, U[k, k:])
        B[k + 1 :] -= np.outer(factors, B[k])
    x = np.empty_like(B)
    for k in range(n - 1, -1, -1):
        x[k] = (B[k] - U[k, k + 1 :] @ x[k + 1 :]) / U[k, k]
    return x.reshape(b.shape)
