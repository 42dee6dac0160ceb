# Mistake: Inverts every singular value, the zero ones included.
# Clue: zero singular values
def pseudo_inverse(A, rcond=1e-15):
    A = _matrix(A, "A")
    if rcond < 0:
        raise ValueError("rcond must be non-negative")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (Vt.T / s) @ U.T
