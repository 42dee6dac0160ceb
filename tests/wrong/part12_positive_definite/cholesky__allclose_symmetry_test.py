# Mistake: Tests symmetry with np.allclose's absolute tolerance, so a symmetric matrix of large
#   entries is refused with ValueError instead of LinAlgError.
# Clue: A is symmetric but
def cholesky(A):
    A = _square(A)
    if not np.allclose(A, A.T):
        raise ValueError("A must be symmetric")
    return _factor(A)
