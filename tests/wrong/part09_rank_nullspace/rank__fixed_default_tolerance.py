def rank(A, tol=None):
    # an absolute 1e-10 as default, whatever the scale of A
    A = _matrix(A)
    s = np.linalg.svd(A, compute_uv=False)
    return _count_above(s, A.shape, 1e-10 if tol is None else tol)
