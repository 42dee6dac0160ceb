# Mistake: Tests only the sign of the determinant, which is positive for a negative definite matrix
#   of even size.
# Clue: determinant
def is_positive_definite(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {A.shape}")
    if A.shape[0] != A.shape[1] or not _asymmetry(A) <= _SYMMETRY_RTOL:
        return False
    # only the full determinant, not every leading principal minor
    return bool(np.linalg.det(A) > 1e-12)
