# Mistake: Uses the reduced SVD, whose V^T has only min(m, n) rows, so a wide A loses its nullspace
#   directions.
# Clue: more columns than rows
def null_space(A, tol=None):
    # full_matrices=False keeps only min(m, n) rows of V^T: a wide A loses nullspace directions
    A = _matrix(A)
    _, s, Vt = np.linalg.svd(A, full_matrices=False)
    r = _count_above(s, A.shape, tol)
    return _sign_convention(Vt[r:].T.copy())
