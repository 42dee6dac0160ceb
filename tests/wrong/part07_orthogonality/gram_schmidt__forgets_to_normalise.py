# Mistake: Makes the columns orthogonal but never divides them by their norms.
# Clue: what length
def gram_schmidt(A):
    A = _matrix(A, "A")
    m, n = A.shape
    W = np.zeros((m, n))
    for j in range(n):
        w = A[:, j].copy()
        for i in range(j):
            w -= (W[:, i] @ A[:, j]) / (W[:, i] @ W[:, i]) * W[:, i]
        if np.linalg.norm(w) <= 1e-10 * np.linalg.norm(A[:, j]):
            raise np.linalg.LinAlgError("dependent columns")
        W[:, j] = w
    return W
