# Mistake: Tests s_min >= tol * s_max instead of strictly greater, so the zero matrix (0 >= 0)
#   counts as invertible.
# Clue: zero matrix is singular
def is_invertible(A, tol=1e-12):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0 or tol < 0:
        raise ValueError("bad input")
    if A.shape[0] != A.shape[1]:
        return False
    s = np.linalg.svd(A, compute_uv=False)
    return bool(s[-1] >= tol * s[0])
