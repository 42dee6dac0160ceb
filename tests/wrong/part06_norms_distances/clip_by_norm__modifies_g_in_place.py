# Mistake: Scales the caller's float array in place with *= and returns a copy of it.
# Clue: in place
def clip_by_norm(g, max_norm):
    g = np.asarray(g, dtype=float)
    if g.size == 0 or not max_norm > 0:
        raise ValueError("bad input")
    norm = np.sqrt(np.sum(g**2))
    if norm > max_norm:
        g *= max_norm / norm
    return g.copy()
