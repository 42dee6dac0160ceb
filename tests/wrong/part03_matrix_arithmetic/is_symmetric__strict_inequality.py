# Mistake: Compares the asymmetry with < instead of <=, so a difference equal to tol (and tol = 0)
#   counts as asymmetric.
# Clue: exactly tol
def is_symmetric(A, tol=1e-10):
    A = _matrix(A, "A")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    return A.shape[0] == A.shape[1] and bool(np.max(np.abs(A - A.T)) < tol)
