# Mistake: Accumulates the singular values instead of their squares.
# Clue: squared singular values
def rank_for_energy(A, threshold):
    A = _matrix(A, "A")
    if not 0 < threshold <= 1 or not np.any(A):
        raise ValueError("bad input")
    s = np.linalg.svd(A, compute_uv=False)
    kept = np.cumsum(s) / s.sum()
    return int(np.argmax(kept >= threshold - 1e-12)) + 1
