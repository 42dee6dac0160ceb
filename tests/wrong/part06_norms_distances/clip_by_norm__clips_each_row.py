# Mistake: Rescales each row by its own norm instead of using the norm over all entries.
# Clue: each row
def clip_by_norm(g, max_norm):
    g = np.array(g, dtype=float)
    if g.size == 0 or not max_norm > 0:
        raise ValueError("bad input")
    norms = np.linalg.norm(g, axis=-1, keepdims=True)
    return g * np.minimum(1.0, max_norm / np.where(norms > 0, norms, 1.0))
