# Mistake: Takes the first n - r rows of V^T, which belong to the largest singular values, instead
#   of the last.
# Clue: send to zero
def null_space(A, tol=None):
    # the first n - r right singular vectors belong to the largest singular values
    A = _matrix(A)
    _, s, Vt = np.linalg.svd(A)
    r = _count_above(s, A.shape, tol)
    return _sign_convention(Vt[: A.shape[1] - r].T.copy())
