# Mistake: Compares the smallest singular value with tol itself instead of tol times the largest,
#   so a scaled identity counts as singular.
# Clue: scale-free
def is_invertible(A, tol=1e-12):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0 or tol < 0:
        raise ValueError("bad input")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.linalg.svd(A, compute_uv=False)[-1] > tol)
