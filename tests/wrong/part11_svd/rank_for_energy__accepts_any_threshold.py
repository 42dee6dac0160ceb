# Mistake: Never checks the threshold, so 0 or a value above 1 is accepted.
# Clue: 0 < threshold <= 1
def rank_for_energy(A, threshold):
    A = _matrix(A, "A")
    if not np.any(A):
        raise ValueError("A is all zeros")
    energies = np.linalg.svd(A, compute_uv=False) ** 2
    kept = np.cumsum(energies) / energies.sum()
    return int(np.argmax(kept >= threshold - 1e-12)) + 1
