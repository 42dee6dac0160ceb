# Mistake: Uses np.asarray, which returns the caller's own float array instead of a copy.
# Clue: shares memory | copy
def as_vector(values):
    vector = np.asarray(values, dtype=float)
    if vector.ndim != 1 or vector.size == 0 or not np.all(np.isfinite(vector)):
        raise ValueError("bad vector")
    return vector
