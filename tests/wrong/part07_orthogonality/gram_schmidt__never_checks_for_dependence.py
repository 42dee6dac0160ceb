# Mistake: Divides every remainder by its norm without checking whether anything is left, so
#   dependent columns give NaN instead of LinAlgError.
# Clue: nothing left
def gram_schmidt(A):
    A = _matrix(A, "A")
    m, n = A.shape
    Q = np.zeros((m, n))
    for j in range(n):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        with np.errstate(divide="ignore", invalid="ignore"):
            Q[:, j] = w / np.linalg.norm(w)
    return Q
