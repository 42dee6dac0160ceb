# Mistake: Uses an absolute 1e-10 as the default threshold, so a full-rank matrix of tiny entries
#   gets rank 0.
# Clue: grow with the size of the entries
def rank(A, tol=None):
    # an absolute 1e-10 as default, whatever the scale of A
    A = _matrix(A)
    s = np.linalg.svd(A, compute_uv=False)
    return _count_above(s, A.shape, 1e-10 if tol is None else tol)
