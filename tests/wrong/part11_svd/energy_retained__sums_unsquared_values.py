# Mistake: Sums the singular values instead of their squares.
# Clue: squared singular values
def energy_retained(s, k):
    s = np.asarray(s, dtype=float)
    if s.ndim != 1 or s.size == 0 or not np.all(np.isfinite(s)):
        raise ValueError("bad s")
    if np.any(s < 0) or not np.any(s > 0):
        raise ValueError("bad s")
    k = _integer(k, "k", 0, s.size, f"s has {s.size} entries")
    ordered = np.sort(s)[::-1]
    return float(ordered[:k].sum() / ordered.sum())
