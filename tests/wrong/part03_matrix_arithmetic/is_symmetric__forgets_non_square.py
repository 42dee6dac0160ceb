# Mistake: Subtracts the transpose without checking the shape, so a non-square matrix raises a
#   broadcasting error instead of giving False.
# Clue: 2-by-3
def is_symmetric(A, tol=1e-10):
    A = _matrix(A, "A")
    if tol < 0:
        raise ValueError("tol must be >= 0")
    return bool(np.all(np.abs(A - A.T) <= tol))
