# Mistake: Returns the 0-based index of the first position instead of the rank (index + 1).
# Clue: rank or an index
def rank_for_energy(A, threshold):
    A = _matrix(A, "A")
    if not 0 < threshold <= 1 or not np.any(A):
        raise ValueError("bad input")
    energies = np.linalg.svd(A, compute_uv=False) ** 2
    kept = np.cumsum(energies) / energies.sum()
    return int(np.argmax(kept >= threshold - 1e-12))
