# Mistake: Uses np.allclose with its own tolerances instead of tol.
# Clue: allclose
def is_orthonormal(Q, tol=1e-8):
    Q = _matrix(Q, "Q")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    m, n = Q.shape
    if n > m:
        return False
    return bool(np.allclose(Q.T @ Q, np.eye(n)))
