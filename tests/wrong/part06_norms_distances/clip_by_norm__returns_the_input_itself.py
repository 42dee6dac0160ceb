# Mistake: Returns the caller's own float array (np.asarray, no copy) when it is short enough.
# Clue: shares memory
def clip_by_norm(g, max_norm):
    g = np.asarray(g, dtype=float)
    if g.size == 0 or not max_norm > 0:
        raise ValueError("bad input")
    norm = np.sqrt(np.sum(g**2))
    if norm <= max_norm:
        return g
    return g * (max_norm / norm)
