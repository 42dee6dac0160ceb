# Mistake: Multiplies the caller's array v in place with *= and returns a copy of it.
# Clue: in place
def scale(c, v):
    if np.ndim(c) != 0 or np.ndim(v) != 1:
        raise ValueError("bad input")
    if isinstance(v, np.ndarray):
        v *= c
        return v.copy()
    return c * np.asarray(v, dtype=float)
