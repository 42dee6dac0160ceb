# Mistake: Counts every singular value above 0 when tol is None, so rounding-level values add to
#   the rank.
# Clue: exact zeros
def rank(A, tol=None):
    # rounding leaves tiny non-zero singular values: they get counted too
    A = _matrix(A)
    s = np.linalg.svd(A, compute_uv=False)
    if tol is None:
        return int(np.count_nonzero(s > 0))
    return _count_above(s, A.shape, tol)
