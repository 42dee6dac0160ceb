# Mistake: Computes U diag(1/s) Vt, keeping the factors in place, instead of V diag(1/s) U^T.
# Clue: reverse order | n-by-m
def pseudo_inverse(A, rcond=1e-15):
    A = _matrix(A, "A")
    if rcond < 0:
        raise ValueError("rcond must be non-negative")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > rcond * s[0]
    s_plus = np.zeros_like(s)
    s_plus[keep] = 1.0 / s[keep]
    return (U * s_plus) @ Vt  # U diag(1/s) Vt: the factors of A kept in place
