# Mistake: Builds the default threshold from min(m, n) instead of max(m, n).
# Clue: max(m,n)
def rank(A, tol=None):
    # sigma_max * min(m, n) * eps instead of max(m, n)
    A = _matrix(A)
    s = np.linalg.svd(A, compute_uv=False)
    if tol is None:
        return int(np.count_nonzero(s > s.max() * min(A.shape) * np.finfo(float).eps))
    return _count_above(s, A.shape, tol)
