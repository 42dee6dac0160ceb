# Mistake: Tests exact equality with np.array_equal, so rounding-level asymmetry makes a symmetric
#   matrix fail.
# Clue: exact equality
def is_symmetric(A, tol=1e-10):
    A = _matrix(A, "A")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    return A.shape[0] == A.shape[1] and bool(np.array_equal(A, A.T))
