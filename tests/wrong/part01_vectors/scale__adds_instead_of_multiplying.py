# Mistake: Adds the scalar to every entry instead of multiplying by it.
# Clue: shift | stretch
def scale(c, v):
    if np.ndim(c) != 0 or np.ndim(v) != 1:
        raise ValueError("bad input")
    return c + np.asarray(v, dtype=float)
