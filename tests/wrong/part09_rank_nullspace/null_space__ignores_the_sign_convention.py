# Mistake: Returns the singular vectors with whatever signs the SVD gives, ignoring the sign
#   convention.
# Clue: which sign
def null_space(A, tol=None):
    A = _matrix(A)
    _, s, Vt = np.linalg.svd(A)
    r = _count_above(s, A.shape, tol)
    return Vt[r:].T.copy()
