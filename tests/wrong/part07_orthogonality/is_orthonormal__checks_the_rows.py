# Mistake: Checks Q Q^T against the identity, which tests the rows and rejects every tall Q with
#   orthonormal columns.
# Clue: tall Q
def is_orthonormal(Q, tol=1e-8):
    Q = _matrix(Q, "Q")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    m = Q.shape[0]
    return bool(np.max(np.abs(Q @ Q.T - np.eye(m))) <= tol)
