def is_orthonormal(Q, tol=1e-8):
    Q = _matrix(Q, "Q")
    m, n = Q.shape
    if n > m:
        return False
    return bool(np.max(np.abs(Q.T @ Q - np.eye(n))) <= abs(tol))
