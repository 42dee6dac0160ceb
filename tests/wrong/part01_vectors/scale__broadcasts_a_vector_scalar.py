# Mistake: Never checks that c is a single number, so a vector c is multiplied entry by entry.
# Clue: single number
def scale(c, v):
    v = np.asarray(v, dtype=float)
    if v.ndim != 1:
        raise ValueError("bad input")
    return np.asarray(c, dtype=float) * v
