# Mistake: Checks symmetry with np.allclose's defaults, which accept an asymmetry of 1e-7.
# Clue: symmetric within 1e-10
def graph_laplacian(A, normalized=False):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad shape")
    if not np.allclose(A, A.T) or np.any(A < 0):
        raise ValueError("not a symmetric non-negative matrix")
    degrees = A.sum(axis=1)
    if not normalized:
        return np.diag(degrees) - A
    inv_sqrt = np.divide(1.0, np.sqrt(degrees), out=np.zeros_like(degrees), where=degrees > 0)
    return np.diag((degrees > 0).astype(float)) - inv_sqrt[:, None] * A * inv_sqrt
