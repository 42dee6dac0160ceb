# Mistake: Treats a given tol as relative to the largest singular value, although it is absolute.
# Clue: tol-is-absolute
def rank(A, tol=None):
    # treats a given tol as relative to the largest singular value
    A = _matrix(A)
    s = np.linalg.svd(A, compute_uv=False)
    if tol is None:
        return _count_above(s, A.shape, None)
    if tol < 0:
        raise ValueError(f"tol must be None or >= 0, got {tol}")
    return int(np.count_nonzero(s > tol * s.max()))
