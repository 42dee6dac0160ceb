# Mistake: Tests eigvalsh > 0 with no threshold, so a pivot that the contract treats as zero
#   passes.
# Clue: single attempt
def is_positive_definite(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {A.shape}")
    if A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        return False
    return bool(np.all(np.linalg.eigvalsh(A) > 0))
