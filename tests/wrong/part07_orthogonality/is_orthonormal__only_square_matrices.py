# Mistake: Returns False for every non-square Q, so tall matrices with orthonormal columns are
#   rejected.
# Clue: tall Q
def is_orthonormal(Q, tol=1e-8):
    Q = _matrix(Q, "Q")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    m, n = Q.shape
    if m != n:
        return False
    return bool(np.max(np.abs(Q.T @ Q - np.eye(n))) <= tol)
