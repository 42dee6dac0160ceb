def scale(c, v):
    if np.ndim(c) != 0 or np.ndim(v) != 1:
        raise ValueError("bad input")
    return c + np.asarray(v, dtype=float)
