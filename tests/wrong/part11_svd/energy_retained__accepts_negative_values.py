# Mistake: Never checks that the values are non-negative, so a negative value is squared into
#   energy.
# Clue: non-negative
def energy_retained(s, k):
    s = np.asarray(s, dtype=float)
    if s.ndim != 1 or s.size == 0 or not np.all(np.isfinite(s)) or not np.any(s != 0):
        raise ValueError("bad s")
    k = _integer(k, "k", 0, s.size, f"s has {s.size} entries")
    energies = np.sort(s**2)[::-1]
    return float(energies[:k].sum() / energies.sum())
