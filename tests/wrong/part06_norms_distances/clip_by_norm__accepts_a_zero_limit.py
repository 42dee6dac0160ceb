# Mistake: Accepts max_norm = 0 (it only refuses negative limits).
# Clue: number > 0
def clip_by_norm(g, max_norm):
    g = np.array(g, dtype=float)
    if g.size == 0 or max_norm < 0:
        raise ValueError("bad input")
    norm = np.sqrt(np.sum(g**2))
    if norm > max_norm:
        g *= max_norm / norm
    return g
