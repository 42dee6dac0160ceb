# Mistake: Returns the columns of U with whatever signs the SVD gives, ignoring the sign
#   convention.
# Clue: which sign
def column_space(A, tol=None):
    A = _matrix(A)
    U, s, _ = np.linalg.svd(A, full_matrices=False)
    r = _count_above(s, A.shape, tol)
    return U[:, :r].copy()
