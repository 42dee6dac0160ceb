# Mistake: Calls np.linalg.norm(A, 2), which for a matrix is the spectral norm, the largest
#   singular value.
# Clue: np.linalg.norm(A, 2)
def frobenius_norm(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError("A must be a non-empty 2-D matrix")
    return float(np.linalg.norm(A, 2))
