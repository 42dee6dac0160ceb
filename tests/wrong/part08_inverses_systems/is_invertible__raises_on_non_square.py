# Mistake: Raises ValueError for a non-square matrix instead of returning False.
# Clue: non-square
def is_invertible(A, tol=1e-12):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0 or tol < 0 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a non-empty square matrix, got shape {A.shape}")
    s = np.linalg.svd(A, compute_uv=False)
    return bool(s[-1] > tol * s[0])
