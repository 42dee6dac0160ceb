# Mistake: Subtracts the projections onto the original columns a_i, which are not orthogonal,
#   instead of onto the q_i found so far.
# Clue: not the original columns
def gram_schmidt(A):
    A = _matrix(A, "A")
    m, n = A.shape
    Q = np.zeros((m, n))
    for j in range(n):
        w = A[:, j].copy()
        for i in range(j):
            a = A[:, i]
            w -= (A[:, j] @ a) / (a @ a) * a
        size = np.linalg.norm(w)
        if size <= 1e-10 * np.linalg.norm(A[:, j]):
            raise np.linalg.LinAlgError("dependent columns")
        Q[:, j] = w / size
    return Q
