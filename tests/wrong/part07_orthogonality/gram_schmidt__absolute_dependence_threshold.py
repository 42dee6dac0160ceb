# Mistake: Declares a column dependent when its remainder is below an absolute 1e-10, so a matrix
#   of tiny entries is refused.
# Clue: whatever the scale
def gram_schmidt(A):
    A = _matrix(A, "A")
    m, n = A.shape
    Q = np.zeros((m, n))
    for j in range(n):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        size = np.linalg.norm(w)
        if size < 1e-10:
            raise np.linalg.LinAlgError("dependent columns")
        Q[:, j] = w / size
    return Q
