def cholesky(A):
    return _factor(_square(A))
