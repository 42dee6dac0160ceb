# Mistake: Never divides the pivot rows by their pivots, so the left half ends diagonal rather than
#   the identity.
# Clue: exactly I
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
        others = np.arange(n) != k
        M[others] -= np.outer(M[others, k] / M[k, k], M[k])
    return M[:, n:].copy()  # the left half is diagonal, not yet the identity
