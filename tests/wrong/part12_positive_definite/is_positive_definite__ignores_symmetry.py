# Mistake: Tests the symmetric part (A + A^T) / 2 instead of refusing a non-symmetric A.
# Clue: [[2, 1], [0, 2]]
def is_positive_definite(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {A.shape}")
    if A.shape[0] != A.shape[1]:
        return False
    # the quadratic form only sees the symmetric part, so the student tests that instead
    try:
        _factor((A + A.T) / 2)
    except np.linalg.LinAlgError:
        return False
    return True
