# Mistake: Sorts the caller's float array in place with s.sort().
# Clue: in place
def energy_retained(s, k):
    s = np.asarray(s, dtype=float)
    if s.ndim != 1 or s.size == 0 or not np.all(np.isfinite(s)):
        raise ValueError("bad s")
    if np.any(s < 0) or not np.any(s > 0):
        raise ValueError("bad s")
    k = _integer(k, "k", 0, s.size, f"s has {s.size} entries")
    s.sort()  # ascending, and in the caller's array when s was a float array
    energies = s[::-1] ** 2
    return float(energies[:k].sum() / energies.sum())
