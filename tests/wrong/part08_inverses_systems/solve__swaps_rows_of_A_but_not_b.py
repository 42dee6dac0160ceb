# Mistake: Swaps rows of A during pivoting but leaves b in its old order.
# Clue: what must happen to b
def solve(A, b):
    U = _square_matrix(A)
    n = U.shape[0]
    b = np.asarray(b, dtype=float)
    if b.ndim not in (1, 2) or b.size == 0 or b.shape[0] != n:
        raise ValueError(f"bad b of shape {b.shape}")
    B = b.reshape(n, -1).copy()
    floor = _pivot_floor(U)
    for k in range(n):
        p = _pivot_row(U, k)
        if abs(U[p, k]) <= floor:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        factors = U[k + 1 :, k] / U[k, k]
        U[k + 1 :, k:] -= np.outer(factors, U[k, k:])
        B[k + 1 :] -= np.outer(factors, B[k])
    x = np.empty_like(B)
    for k in range(n - 1, -1, -1):
        x[k] = (B[k] - U[k, k + 1 :] @ x[k + 1 :]) / U[k, k]
    return x.reshape(b.shape)
