# Mistake: Returns the basis vectors as rows, shape (n - r, n), instead of columns.
# Clue: columns of V | expected shape
def null_space(A, tol=None):
    # the basis vectors as rows: shape (n - r, n) instead of (n, n - r)
    A = _matrix(A)
    _, s, Vt = np.linalg.svd(A)
    r = _count_above(s, A.shape, tol)
    return _sign_convention(Vt[r:].T.copy()).T
