# Mistake: Runs the back substitution from the first row down instead of from the last row up.
# Clue: last row up
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
    for i in range(n):  # should run from the last row up
        x[i] = (y[i] - L[i + 1 :, i] @ x[i + 1 :]) / L[i, i]
    return x.reshape(b.shape)
