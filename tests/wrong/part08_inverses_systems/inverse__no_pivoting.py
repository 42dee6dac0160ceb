# Mistake: Never swaps rows, so a zero pivot stops the elimination.
# Clue: needs-a-swap | pivot is 0
def inverse(A):
    A = _square_matrix(A)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])
    for k in range(n):
        if M[k, k] == 0.0:
            raise np.linalg.LinAlgError("zero pivot")
        M[k] /= M[k, k]
        others = np.arange(n) != k
        M[others] -= np.outer(M[others, k], M[k])
    return M[:, n:].copy()
