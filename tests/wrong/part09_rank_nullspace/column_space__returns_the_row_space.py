# Mistake: Returns the first rows of V^T (the row space) instead of the first columns of U.
# Clue: columns of U
def column_space(A, tol=None):
    # rows of V^T span the row space, not the column space
    A = _matrix(A)
    _, s, Vt = np.linalg.svd(A, full_matrices=False)
    r = _count_above(s, A.shape, tol)
    return _sign_convention(Vt[:r].T.copy())
