# Mistake: Accepts eigenvalues down to (slightly below) zero, so a positive semi-definite matrix
#   counts as positive definite.
# Clue: zero eigenvalue
def is_positive_definite(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {A.shape}")
    if A.shape[0] != A.shape[1] or not _asymmetry(A) <= _SYMMETRY_RTOL:
        return False
    values = np.linalg.eigvalsh(A)
    return bool(np.all(values >= -1e-12 * np.max(np.abs(values))))
