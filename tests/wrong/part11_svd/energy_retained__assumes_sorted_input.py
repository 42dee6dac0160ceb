# Mistake: Takes the first k values as the largest without sorting them.
# Clue: [1, 3, 2]
def energy_retained(s, k):
    s = np.asarray(s, dtype=float)
    if s.ndim != 1 or s.size == 0 or not np.all(np.isfinite(s)):
        raise ValueError("bad s")
    if np.any(s < 0) or not np.any(s > 0):
        raise ValueError("bad s")
    k = _integer(k, "k", 0, s.size, f"s has {s.size} entries")
    return float(np.sum(s[:k] ** 2) / np.sum(s**2))
