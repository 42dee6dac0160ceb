# Mistake: Works on the caller's float array (np.asarray, no copy), overwriting A column by column.
# Clue: in place
def gram_schmidt(A):
    Q = np.asarray(A, dtype=float)
    if Q.ndim != 2 or Q.size == 0:
        raise ValueError("A must be a non-empty 2-D matrix")
    m, n = Q.shape
    if n > m:
        raise np.linalg.LinAlgError("more columns than rows")
    for j in range(n):
        size_before = np.linalg.norm(Q[:, j])
        for i in range(j):
            Q[:, j] -= (Q[:, i] @ Q[:, j]) * Q[:, i]
        size = np.linalg.norm(Q[:, j])
        if size <= 1e-10 * size_before:
            raise np.linalg.LinAlgError("dependent columns")
        Q[:, j] /= size
    return Q.copy()
