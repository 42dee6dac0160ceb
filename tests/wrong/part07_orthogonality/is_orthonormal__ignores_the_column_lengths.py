# Mistake: Checks only that the columns are orthogonal, not that each has length 1.
# Clue: 1 with themselves
def is_orthonormal(Q, tol=1e-8):
    Q = _matrix(Q, "Q")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    m, n = Q.shape
    if n > m:
        return False
    gram = Q.T @ Q
    off_diagonal = gram - np.diag(np.diag(gram))
    return bool(np.max(np.abs(off_diagonal)) <= tol)
