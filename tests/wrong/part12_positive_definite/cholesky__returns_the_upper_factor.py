def cholesky(A):
    return _factor(_symmetric(A)).T
