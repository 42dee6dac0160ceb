# Mistake: Rescales every non-zero gradient to length max_norm, lengthening short ones too.
# Clue: already short enough
def clip_by_norm(g, max_norm):
    g = np.array(g, dtype=float)
    if g.size == 0 or not max_norm > 0:
        raise ValueError("bad input")
    norm = np.linalg.norm(g)
    if norm == 0:
        return g
    return g * (max_norm / norm)
