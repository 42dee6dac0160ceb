# Mistake: Orthonormalises the rows of A instead of its columns.
# Clue: column j
def gram_schmidt(A):
    A = _matrix(A, "A")
    m, n = A.shape
    if m > n:
        raise np.linalg.LinAlgError("more rows than columns")
    Q = np.zeros((m, n))
    for i in range(m):
        w = A[i].copy()
        for k in range(i):
            w -= (Q[k] @ w) * Q[k]
        size = np.linalg.norm(w)
        if size <= 1e-10 * np.linalg.norm(A[i]):
            raise np.linalg.LinAlgError("dependent rows")
        Q[i] = w / size
    return Q
