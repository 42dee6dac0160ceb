# Mistake: Requires the kept energy to exceed the threshold strictly, with no allowance for
#   rounding, so a threshold of 1 is never reached.
# Clue: first reach | rounding
def rank_for_energy(A, threshold):
    A = _matrix(A, "A")
    if not 0 < threshold <= 1 or not np.any(A):
        raise ValueError("bad input")
    energies = np.linalg.svd(A, compute_uv=False) ** 2
    kept = np.cumsum(energies) / energies.sum()
    return int(np.argmax(kept > threshold)) + 1
