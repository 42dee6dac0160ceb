# Mistake: Scales the independent columns of A to length 1, which does not make them orthogonal.
# Clue: not orthonormal
def column_space(A, tol=None):
    # picks the independent columns of A and scales them to length 1: not orthogonal
    A = _matrix(A)
    kept = []
    for j in range(A.shape[1]):
        candidate = [*kept, j]
        if rank(A[:, candidate], tol) == len(candidate):
            kept.append(j)
    C = A[:, kept] / np.linalg.norm(A[:, kept], axis=0)
    return _sign_convention(C)
