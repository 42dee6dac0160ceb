# Mistake: Compares the condition number with 1 / tol, which divides by zero when tol = 0.
# Clue: tol may be 0
def is_invertible(A, tol=1e-12):
    # The condition number against 1 / tol, as an early lesson put it: tol = 0 divides
    # by zero.
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0 or tol < 0:
        raise ValueError("bad input")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.linalg.cond(A) < 1 / tol)
