# Mistake: Back-substitutes with the rows of L instead of the rows of L^T.
# Clue: its transpose
def solve_cholesky(A, b):
    L = _factor(_symmetric(A))
    b = np.asarray(b, dtype=float)
    n = L.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise ValueError(f"b of shape {b.shape} does not fit A of shape {L.shape}")
    B = b.reshape(n, -1)
    y = np.zeros_like(B)
    for i in range(n):
        y[i] = (B[i] - L[i, :i] @ y[:i]) / L[i, i]
    x = np.zeros_like(B)
    for i in range(n - 1, -1, -1):  # solves with L's row instead of L.T's row
        x[i] = (y[i] - L[i, i + 1 :] @ x[i + 1 :]) / L[i, i]
    return x.reshape(b.shape)
