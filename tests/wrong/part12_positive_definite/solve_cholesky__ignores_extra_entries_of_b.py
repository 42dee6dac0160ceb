# Mistake: Accepts a b with more rows than A and ignores the extra entries.
# Clue: as many rows as A
def solve_cholesky(A, b):
    L = _factor(_symmetric(A))
    b = np.asarray(b, dtype=float)
    n = L.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] < n:
        raise ValueError(f"b of shape {b.shape} does not fit A of shape {L.shape}")
    B = b[:n].reshape(n, -1)
    y = np.zeros_like(B)
    for i in range(n):
        y[i] = (B[i] - L[i, :i] @ y[:i]) / L[i, i]
    x = np.zeros_like(B)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - L[i + 1 :, i] @ x[i + 1 :]) / L[i, i]
    return x.reshape(b[:n].shape)
