# Mistake: Uses np.linalg.matrix_rank with numpy's own tolerance instead of tol.
# Clue: how does tol enter
def is_invertible(A, tol=1e-12):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0 or tol < 0:
        raise ValueError("bad input")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.linalg.matrix_rank(A) == A.shape[0])
