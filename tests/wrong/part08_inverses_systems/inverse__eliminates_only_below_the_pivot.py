# Mistake: Clears only the entries below each pivot, leaving a triangle instead of the identity on
#   the left.
# Clue: rather than a triangle
def inverse(A):
    A = _square_matrix(A)
    n = A.shape[0]
    floor = _pivot_floor(A)
    M = np.hstack([A, np.eye(n)])
    for k in range(n):
        p = _pivot_row(M, k)
        if abs(M[p, k]) <= floor:
            raise np.linalg.LinAlgError("singular")
        M[[k, p]] = M[[p, k]]
        M[k] /= M[k, k]
        M[k + 1 :] -= np.outer(M[k + 1 :, k], M[k])
    return M[:, n:].copy()
