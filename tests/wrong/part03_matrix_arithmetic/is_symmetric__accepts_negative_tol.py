# Mistake: Uses the absolute value of tol instead of refusing a negative one.
# Clue: tol must be >= 0
def is_symmetric(A, tol=1e-10):
    A = _matrix(A, "A")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.max(np.abs(A - A.T)) <= abs(tol))
