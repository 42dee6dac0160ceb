# Mistake: Tests the real parts of the eigenvalues without checking symmetry, so a non-symmetric
#   matrix can pass.
# Clue: [[2, 1], [0, 2]]
def is_positive_definite(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"A must be a non-empty 2-D matrix, got shape {A.shape}")
    if A.shape[0] != A.shape[1]:
        return False
    values = np.linalg.eigvals(A)
    return bool(np.all(values.real > 1e-12 * np.max(np.abs(values))))
