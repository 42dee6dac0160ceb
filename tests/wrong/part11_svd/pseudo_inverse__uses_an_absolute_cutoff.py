# Mistake: Compares the singular values with rcond itself instead of rcond times the largest one.
# Clue: compared with what | cutoff-is-relative
def pseudo_inverse(A, rcond=1e-15):
    A = _matrix(A, "A")
    if rcond < 0:
        raise ValueError("rcond must be non-negative")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    s_plus = np.zeros_like(s)
    s_plus[s > rcond] = 1.0 / s[s > rcond]
    return (Vt.T * s_plus) @ U.T
