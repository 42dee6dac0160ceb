# Mistake: Uses np.allclose with its own default tolerances instead of the given tol.
# Clue: allclose
def is_symmetric(A, tol=1e-10):
    A = _matrix(A, "A")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    return A.shape[0] == A.shape[1] and bool(np.allclose(A, A.T))
