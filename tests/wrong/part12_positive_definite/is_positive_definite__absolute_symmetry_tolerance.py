# Mistake: Tests symmetry with an absolute 1e-10, so a matrix of large entries with rounding-level
#   asymmetry is called non-symmetric.
# Clue: relative to what
def is_positive_definite(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {A.shape}")
    if A.shape[0] != A.shape[1] or np.max(np.abs(A - A.T)) > 1e-10:
        return False
    try:
        _factor(A)
    except np.linalg.LinAlgError:
        return False
    return True
