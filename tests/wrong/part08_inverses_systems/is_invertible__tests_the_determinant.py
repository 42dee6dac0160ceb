# Mistake: Tests whether the determinant is exactly non-zero, so a nearly singular matrix counts as
#   invertible.
# Clue: determinant 1e-20
def is_invertible(A, tol=1e-12):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0 or tol < 0:
        raise ValueError("bad input")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.linalg.det(A) != 0.0)
