# Mistake: Divides by the norm even when it is 0, so a zero gradient becomes NaN.
# Clue: gradient is zero
def clip_by_norm(g, max_norm):
    g = np.array(g, dtype=float)
    if g.size == 0 or not max_norm > 0:
        raise ValueError("bad input")
    norm = np.sqrt(np.sum(g**2))
    with np.errstate(invalid="ignore", divide="ignore"):
        return g / norm * min(norm, max_norm)  # the direction times the clipped length
