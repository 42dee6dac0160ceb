def cholesky(A):
    A = _square(A)
    if not np.allclose(A, A.T):
        raise ValueError("A must be symmetric")
    return _factor(A)
