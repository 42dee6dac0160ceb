# Mistake: Uses the absolute value of tol instead of refusing a negative one.
# Clue: a number >= 0
def is_orthonormal(Q, tol=1e-8):
    Q = _matrix(Q, "Q")
    m, n = Q.shape
    if n > m:
        return False
    return bool(np.max(np.abs(Q.T @ Q - np.eye(n))) <= abs(tol))
