# Mistake: Uses an absolute 1e-10 as the default rank threshold, so a tiny but invertible A gets a
#   nullspace.
# Clue: same cut-off as rank
def null_space(A, tol=None):
    # an absolute 1e-10 as default: a tiny but invertible A gets a nullspace
    A = _matrix(A)
    _, s, Vt = np.linalg.svd(A)
    r = _count_above(s, A.shape, 1e-10 if tol is None else tol)
    return _sign_convention(Vt[r:].T.copy())
